package org.mizan.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.mizan.doc.Json;
import org.mizan.doc.RawArticle;

/**
 * Articles from JSON: JSON Lines (one object per line; a broken line is reported and skipped) and
 * JSON documents (one object, or an array of objects such as the SaudiNewsNet days, read as a stream
 * so a large array never sits in memory). Field names are matched loosely, first present wins.
 */
final class JsonRecords {
  private static final String[] ID = {"id", "_id", "guid", "doc_id", "article_id"};
  private static final String[] TITLE = {"title", "headline"};
  private static final String[] TEXT = {"text", "content", "body", "article", "articleBody", "article_body",
      "full_text", "maintext"};
  private static final String[] HTML = {"html", "raw_html", "content_html"};
  private static final String[] URL = {"url", "link", "canonical_url", "source_url"};
  private static final String[] SOURCE = {"source", "outlet", "publisher", "source_name", "domain"};
  private static final String[] SITE = {"site_name", "site", "sitename"};
  private static final String[] PUBLISHED = {"published", "published_at", "publishedAt", "date_published",
      "datePublished", "pubDate", "pub_date", "date", "time"};
  private static final String[] MODIFIED = {"modified", "updated", "updated_at", "dateModified", "date_modified"};
  private static final String[] RETRIEVED = {"date_extracted", "extracted_at", "retrieved", "retrieved_at",
      "crawled", "crawled_at", "crawl_date", "date_crawled", "fetched_at", "scraped_at", "date_scraped"};
  private static final String[] AUTHOR = {"author", "authors", "byline", "writer"};
  private static final String[] DESCRIPTION = {"description", "summary", "lead", "abstract"};
  private static final Pattern TAGS = Pattern.compile("<(p|div|br|html|body|article|span|h[1-6])[\\s>/]",
      Pattern.CASE_INSENSITIVE);

  /** Where records go: a record, or a problem with the record's position. */
  interface Sink {
    void article(String input, String givenId, List<String> lines, Map<String, String> meta);

    void problem(String input, String reason);
  }

  private JsonRecords() {}

  static void jsonLines(String input, BufferedReader reader, int maxLineChars, Sink sink) throws IOException {
    String line;
    int n = 0;
    int records = 0;
    while ((line = readLine(reader, maxLineChars)) != null) {
      n++;
      String where = input + "#" + n;
      if (line == TOO_LONG) {
        sink.problem(where, "line longer than " + maxLineChars / 1_000_000 + " M characters: skipped");
        continue;
      }
      if (line.isBlank()) continue;
      records++;
      JsonNode node;
      try {
        node = Json.mapper().readTree(line);
      } catch (IOException | RuntimeException e) {
        sink.problem(where, "not valid JSON: " + oneLine(e.getMessage()));
        continue;
      }
      record(where, node, sink);
    }
    if (records == 0) sink.problem(input, "no JSON records");
  }

  /**
   * One JSON document: an object, or an array whose elements are read one at a time. Objects that
   * follow the first one (JSON Lines whose first line is too long for the sniffer to see its end,
   * or concatenated objects) are read too, numbered as JSON Lines records are, never dropped.
   */
  static void jsonDocument(String input, Reader reader, Sink sink) throws IOException {
    try (JsonParser p = Json.mapper().getFactory().createParser(reader)) {
      JsonToken t = p.nextToken();
      if (t == JsonToken.START_OBJECT) {
        JsonNode first = p.readValueAsTree();
        try {
          t = p.nextToken();
        } catch (IOException e) { // trailing garbage after one object: keep the object, say what was ignored
          record(input, first, sink);
          sink.problem(input, "text after the JSON object ignored: " + oneLine(e.getMessage()));
          return;
        }
        if (t == null) {
          record(input, first, sink);
          return;
        }
        record(input + "#1", first, sink);
        for (int n = 2; t != null; n++, t = p.nextToken()) {
          if (t != JsonToken.START_OBJECT) throw new IOException("unexpected " + t + " after record " + (n - 1));
          record(input + "#" + n, p.readValueAsTree(), sink);
        }
      } else if (t == JsonToken.START_ARRAY) {
        int n = 0;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
          if (t == null) throw new IOException("the array is not closed (truncated file?)");
          n++;
          JsonNode node = p.readValueAsTree();
          record(input + "#" + n, node, sink);
        }
        if (n == 0) sink.problem(input, "empty JSON array: no articles");
      } else {
        sink.problem(input, "JSON is neither an article object nor an array of them");
      }
    }
  }

  static void record(String where, JsonNode node, Sink sink) {
    if (node == null || !node.isObject()) {
      sink.problem(where, "not a JSON object (" + (node == null ? "nothing" : node.getNodeType().name().toLowerCase()) + ")");
      return;
    }
    Map<String, String> meta = new LinkedHashMap<>();
    put(meta, RawArticle.TITLE, field(node, TITLE));
    put(meta, RawArticle.URL, field(node, URL));
    put(meta, RawArticle.SOURCE, field(node, SOURCE));
    put(meta, RawArticle.SITE_NAME, field(node, SITE));
    put(meta, RawArticle.PUBLISHED, field(node, PUBLISHED));
    put(meta, RawArticle.MODIFIED, field(node, MODIFIED));
    put(meta, RawArticle.RETRIEVED, field(node, RETRIEVED));
    put(meta, RawArticle.AUTHOR, field(node, AUTHOR));
    put(meta, RawArticle.DESCRIPTION, field(node, DESCRIPTION));
    String html = field(node, HTML);
    String text = field(node, TEXT);
    List<String> lines;
    if (html != null) {
      HtmlExtractor.Extracted x = HtmlExtractor.extract(html, meta.get(RawArticle.URL));
      x.meta().forEach(meta::putIfAbsent);
      lines = x.lines();
    } else if (text != null && TAGS.matcher(text).find()) {
      lines = HtmlExtractor.fragmentLines(text);
    } else {
      lines = text == null ? List.of() : Lines.of(TextEntities.decode(text));
    }
    if (lines.isEmpty()) {
      sink.problem(where, "record has no article text (expected a field such as text, content or html)");
      return;
    }
    sink.article(where, field(node, ID), lines, meta);
  }

  private static String field(JsonNode node, String[] names) {
    for (String name : names) {
      String v = HtmlMetadata.text(node.get(name));
      if (v != null && !v.isBlank()) return v;
    }
    return null;
  }

  private static void put(Map<String, String> meta, String key, String value) {
    HtmlMetadata.put(meta, key, value);
  }

  private static final String TOO_LONG = new String("\u0000too long");

  /** A line, or {@link #TOO_LONG} (the rest of the line is consumed), or null at the end. */
  private static String readLine(BufferedReader r, int max) throws IOException {
    StringBuilder sb = new StringBuilder();
    int c;
    boolean any = false;
    while ((c = r.read()) >= 0) {
      any = true;
      if (c == '\n') break;
      if (sb.length() <= max) sb.append((char) c);
    }
    if (!any) return null;
    return sb.length() > max ? TOO_LONG : sb.toString();
  }

  static String oneLine(String s) {
    if (s == null) return "";
    String first = s.lines().findFirst().orElse("");
    return first.length() > 160 ? first.substring(0, 160) + "…" : first;
  }
}
