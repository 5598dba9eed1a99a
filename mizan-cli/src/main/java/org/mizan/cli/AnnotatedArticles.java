package org.mizan.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.mizan.doc.Json;
import org.mizan.ingest.SaudiNewsNet;

/**
 * The articles an annotation file names ({@code eval/quotes/}, {@code eval/figures/},
 * {@code eval/entities/}), read at eval time so no article text is kept in the repository: a
 * SaudiNewsNet article by day and URL from the corpus zips; a page written for the set (text in the
 * repository, no corpus text) by its {@code file} path relative to the annotation file.
 */
final class AnnotatedArticles {
  private AnnotatedArticles() {}

  /** The annotation file as JSON; a one-line error naming it when it cannot be read or parsed. */
  static JsonNode json(Path annotations) {
    try {
      return Json.mapper().readTree(annotations.toFile());
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read " + annotations + ": " + e.getMessage());
    }
  }

  /** Whether some article is named by day and URL, so the SaudiNewsNet corpus must be present. */
  static boolean needsCorpus(JsonNode articles) {
    for (JsonNode a : articles) {
      if (!a.has("file")) return true;
    }
    return false;
  }

  /**
   * Annotation id → article, in file order; a one-line error naming the annotation file when a day
   * cannot be read or an article is not in its day.
   */
  static Map<String, SaudiNewsNet.Article> read(Path annotations, JsonNode articles, Path data) {
    Map<String, Map<String, SaudiNewsNet.Article>> byDay = new HashMap<>();
    for (JsonNode a : articles) {
      if (a.has("file")) continue;
      byDay.computeIfAbsent(a.path("day").asText(), k -> new HashMap<>()).put(a.path("url").asText(), null);
    }
    for (Map.Entry<String, Map<String, SaudiNewsNet.Article>> day : byDay.entrySet()) {
      try {
        SaudiNewsNet.readDay(data, day.getKey(), art -> {
          String url = SaudiNewsNet.nz(art.url());
          if (day.getValue().containsKey(url)) day.getValue().put(url, art);
        });
      } catch (IOException e) {
        throw new IllegalArgumentException("cannot read " + e.getMessage());
      }
    }
    Map<String, SaudiNewsNet.Article> out = new LinkedHashMap<>();
    for (JsonNode a : articles) {
      String id = a.path("id").asText();
      if (a.has("file")) {
        out.put(id, webPage(annotations, a));
        continue;
      }
      SaudiNewsNet.Article art = byDay.get(a.path("day").asText()).get(a.path("url").asText());
      if (art == null) throw new IllegalArgumentException(annotations + ": article " + id + " not found in " + data);
      out.put(id, art);
    }
    return out;
  }

  private static SaudiNewsNet.Article webPage(Path annotations, JsonNode a) {
    String text = pageText(annotations, a.path("file").asText());
    return new SaudiNewsNet.Article("web", a.path("url").asText(null), null, null, null, text);
  }

  /**
   * The text of a page a gold file names by {@code file}, a path relative to the gold file's folder; a
   * one-line error when the path leaves that folder or the page cannot be read.
   */
  static String pageText(Path gold, String file) {
    Path folder = gold.toAbsolutePath().getParent().normalize();
    Path page = folder.resolve(file).normalize();
    if (!page.startsWith(folder)) throw new IllegalArgumentException(gold + ": file outside the gold file's folder: " + file);
    try {
      return Files.readString(page);
    } catch (IOException e) {
      throw new IllegalArgumentException(gold + ": cannot read page " + page + ": " + e.getMessage());
    }
  }
}
