package org.mizan.clean;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.mizan.doc.Json;

/**
 * Streams the articles of the SaudiNewsNet corpus ({@code YYYY-MM-DD.zip}, each one JSON array of
 * {@code source, url, date_extracted, title, author, content}) for training and evaluation, one
 * article at a time so the whole corpus never sits in memory. The corpus itself is never shipped.
 */
public final class SaudiNewsNet {
  private SaudiNewsNet() {}

  /** The day archives under {@code dir}, in name order. */
  public static List<Path> days(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().matches("\\d{4}-\\d{2}-\\d{2}\\.zip")).sorted().toList();
    }
  }

  /** Calls {@code sink} with every article object of one day archive. */
  public static void read(Path zip, Consumer<JsonNode> sink) throws IOException {
    try (ZipInputStream z = new ZipInputStream(Files.newInputStream(zip))) {
      for (ZipEntry e; (e = z.getNextEntry()) != null; ) {
        if (e.getName().endsWith(".json")) readArray(z, sink);
      }
    }
  }

  /**
   * One article as a plain-text page: its title as the first line, then the content lines; only
   * the URL as metadata, so headline, date and attribution come from the text as for any page.
   */
  public static org.mizan.doc.RawArticle asRawArticle(JsonNode a, String id) {
    java.util.List<String> lines = new java.util.ArrayList<>();
    String title = trim(a.path("title").asText(""));
    if (!title.isEmpty()) lines.add(title);
    for (String l : a.path("content").asText("").split("\n")) if (!trim(l).isEmpty()) lines.add(trim(l));
    return new org.mizan.doc.RawArticle(id, a.path("url").asText(), "json", lines,
        java.util.Map.of(org.mizan.doc.RawArticle.URL, a.path("url").asText()));
  }

  /** Strips white space including no-break and other Unicode spaces (String.strip keeps U+00A0). */
  static String trim(String s) {
    int b = 0;
    int e = s.length();
    while (b < e && isSpace(s.charAt(b))) b++;
    while (e > b && isSpace(s.charAt(e - 1))) e--;
    return s.substring(b, e);
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private static void readArray(InputStream in, Consumer<JsonNode> sink) throws IOException {
    JsonParser p = Json.mapper().getFactory().createParser(new java.io.FilterInputStream(in) {
      @Override
      public void close() {} // the zip stream stays open for the next entry
    });
    if (p.nextToken() != JsonToken.START_ARRAY) throw new IOException("not a JSON array");
    while (p.nextToken() == JsonToken.START_OBJECT) sink.accept(Json.mapper().readTree(p));
  }
}
