package org.mizan.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mizan.doc.Document;
import org.mizan.doc.Json;
import org.mizan.ingest.SaudiNewsNet;
import org.mizan.pipeline.Pipeline;

/**
 * A labelled pair gold ({@code eval/stories/*-pairs*.gold.jsonl}): two SaudiNewsNet articles by URL
 * and day, whether they report the same story, and the split. No article text: the articles are
 * read from the corpus and analysed at run time.
 */
final class PairGold {
  private PairGold() {}

  /** One labelled pair; {@code a} is the earlier article. */
  record Row(String urlA, String dayA, String urlB, String dayB, boolean same, String split) {}

  /** A pair with its two articles analysed. */
  record Analysed(Row row, Document a, Document b, String titleA, String titleB) {}

  static List<Row> read(Path file) throws IOException {
    List<Row> out = new ArrayList<>();
    int n = 0;
    for (String line : Files.readAllLines(file)) {
      n++;
      if (line.isBlank()) continue;
      JsonNode j = Json.mapper().readTree(line);
      if (!j.hasNonNull("url_a") || !j.hasNonNull("url_b") || !j.hasNonNull("same")) {
        throw new IOException(file + ":" + n + ": needs url_a, url_b and same");
      }
      out.add(new Row(j.get("url_a").asText(), j.get("day_a").asText(), j.get("url_b").asText(), j.get("day_b").asText(),
          j.get("same").asBoolean(), j.path("split").asText(split(j.get("url_a").asText(), j.get("url_b").asText()))));
    }
    return out;
  }

  /** The split of a pair by the first byte of the SHA-1 of its two URLs (even: dev). */
  static String split(String urlA, String urlB) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-1").digest((urlA + " " + urlB).getBytes(StandardCharsets.UTF_8));
      return (h[0] & 1) == 0 ? "dev" : "test";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The rows of {@code split} ("all": every row) with their articles analysed; rows whose articles are missing are left out. */
  static List<Analysed> analyse(List<Row> rows, String split, Path dataDir, Pipeline pipeline) throws IOException {
    Set<String> days = new LinkedHashSet<>();
    Set<String> urls = new java.util.HashSet<>();
    List<Row> kept = rows.stream().filter(r -> split.equals("all") || split.equals(r.split())).toList();
    for (Row r : kept) {
      days.add(r.dayA());
      days.add(r.dayB());
      urls.add(r.urlA());
      urls.add(r.urlB());
    }
    Map<String, Document> docs = new HashMap<>();
    Map<String, String> titles = new HashMap<>();
    for (SaudiNewsNet.Article a : SaudiNewsNet.select(dataDir, days, a -> a.url() != null && urls.contains(a.url()))) {
      if (docs.containsKey(a.url())) continue;
      Document d = SaudiNewsNet.document(a, pipeline, p -> {});
      if (d == null) continue;
      docs.put(a.url(), d);
      titles.put(a.url(), a.source() + " " + a.dateExtracted() + " " + a.title());
    }
    List<Analysed> out = new ArrayList<>();
    for (Row r : kept) {
      Document a = docs.get(r.urlA());
      Document b = docs.get(r.urlB());
      if (a != null && b != null) out.add(new Analysed(r, a, b, titles.get(r.urlA()), titles.get(r.urlB())));
    }
    if (out.size() < kept.size()) System.err.println("mizan: " + (kept.size() - out.size()) + " pairs not found in " + dataDir);
    return out;
  }
}
