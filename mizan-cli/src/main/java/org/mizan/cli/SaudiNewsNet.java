package org.mizan.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.mizan.doc.Json;
import org.mizan.doc.RawArticle;

/** Reads SaudiNewsNet days ({@code YYYY-MM-DD.zip}, one JSON array each) from the shared data folder. */
final class SaudiNewsNet {
  private SaudiNewsNet() {}

  /** Day names available ({@code 2015-07-21} …), sorted. */
  static List<String> days(Path data) {
    try (Stream<Path> s = Files.list(data)) {
      return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".zip"))
          .map(n -> n.substring(0, n.length() - 4)).sorted().toList();
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot list " + data + ": " + e.getMessage());
    }
  }

  /** The articles of one day. */
  static List<JsonNode> day(Path data, String day) {
    Path zip = data.resolve(day + ".zip");
    List<JsonNode> out = new ArrayList<>();
    try (ZipFile z = new ZipFile(zip.toFile())) {
      for (ZipEntry e : java.util.Collections.list(z.entries())) {
        if (!e.getName().endsWith(".json")) continue;
        try (InputStream in = z.getInputStream(e)) {
          Json.mapper().readTree(in).forEach(out::add);
        }
      }
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read " + zip + ": " + e.getMessage());
    }
    return out;
  }

  /** An article as a raw input: its content lines (the title is metadata, not body). */
  static RawArticle raw(String id, JsonNode art) {
    List<String> lines = art.path("content").asText().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    if (lines.isEmpty()) lines = List.of(art.path("title").asText(" "));
    return new RawArticle(id, art.path("url").asText(id), "saudinewsnet", lines,
        Map.of(RawArticle.URL, art.path("url").asText("")));
  }
}
