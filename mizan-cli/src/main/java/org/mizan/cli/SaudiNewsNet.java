package org.mizan.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.mizan.doc.Document;
import org.mizan.doc.Json;
import org.mizan.doc.Published;
import org.mizan.doc.RawArticle;
import org.mizan.ingest.Ids;
import org.mizan.pipeline.Pipeline;
import org.mizan.pipeline.Problem;

/**
 * Reads the SaudiNewsNet corpus ({@code ../shared/data/saudinewsnet}: one zip per day holding a JSON
 * array of articles) for evaluations, benchmarks and training. Never copied into the repository.
 */
final class SaudiNewsNet {
  /** One article as the corpus stores it. */
  record Article(String source, String url, String dateExtracted, String title, String author, String content) {}

  private SaudiNewsNet() {}

  /** The default location beside the repository, relative to the working directory. */
  static Path defaultDir() {
    return Path.of("..", "shared", "data", "saudinewsnet");
  }

  /** The day zips of a SaudiNewsNet directory, in date order; a clear error if there are none. */
  static List<Path> days(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) throw new IOException(dir + ": no such directory (SaudiNewsNet data)");
    try (Stream<Path> s = Files.list(dir)) {
      List<Path> zips = s.filter(p -> p.getFileName().toString().endsWith(".zip")).sorted().toList();
      if (zips.isEmpty()) throw new IOException(dir + ": no day zips found (SaudiNewsNet data)");
      return zips;
    }
  }

  /** Streams the articles of one day zip. */
  static void read(Path zip, Consumer<Article> sink) throws IOException {
    try (ZipInputStream z = new ZipInputStream(Files.newInputStream(zip))) {
      for (ZipEntry e; (e = z.getNextEntry()) != null; ) {
        if (!e.getName().endsWith(".json")) continue;
        readArray(z, sink, zip + "!" + e.getName());
      }
    }
  }

  private static void readArray(InputStream in, Consumer<Article> sink, String name) throws IOException {
    JsonParser p = Json.mapper().getFactory().createParser(new NonClosing(in));
    if (p.nextToken() != JsonToken.START_ARRAY) throw new IOException(name + ": not a JSON array");
    while (p.nextToken() == JsonToken.START_OBJECT) {
      Map<String, String> m = new LinkedHashMap<>();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String k = p.currentName();
        p.nextToken();
        m.put(k, p.currentToken() == JsonToken.VALUE_NULL ? null : p.getValueAsString());
        if (p.currentToken().isStructStart()) p.skipChildren();
      }
      sink.accept(new Article(m.get("source"), m.get("url"), m.get("date_extracted"), m.get("title"),
          m.get("author"), m.get("content")));
    }
  }

  /** Every article of every day, in file order (day by day). */
  static List<Article> all(Path dir) throws IOException {
    List<Article> out = new ArrayList<>();
    for (Path day : days(dir)) read(day, out::add);
    return out;
  }

  /** Day names available ({@code 2015-07-21} …), sorted. */
  static List<String> dayNames(Path data) {
    try {
      return days(data).stream().map(p -> p.getFileName().toString().replaceFirst("\\.zip$", "")).toList();
    } catch (IOException e) {
      throw new IllegalArgumentException(e.getMessage());
    }
  }

  /** The articles of one day as JSON trees. */
  static List<com.fasterxml.jackson.databind.JsonNode> day(Path data, String day) {
    Path zip = data.resolve(day + ".zip");
    List<com.fasterxml.jackson.databind.JsonNode> out = new ArrayList<>();
    try {
      org.mizan.clean.SaudiNewsNet.read(zip, out::add);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read " + zip + ": " + e.getMessage());
    }
    return out;
  }

  /** An article tree as a raw input: its content lines (the title is metadata, not body). */
  static RawArticle raw(String id, com.fasterxml.jackson.databind.JsonNode art) {
    List<String> lines = art.path("content").asText().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    if (lines.isEmpty()) lines = List.of(art.path("title").asText(" "));
    return new RawArticle(id, art.path("url").asText(id), "json", lines,
        Map.of(RawArticle.URL, art.path("url").asText("")));
  }

  /** The raw form of an article, with its metadata as hints. Its id is derived from its URL. */
  static RawArticle raw(Article a) {
    List<String> lines = a.content() == null ? List.of()
        : a.content().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    Map<String, String> meta = new LinkedHashMap<>();
    put(meta, RawArticle.TITLE, a.title());
    put(meta, RawArticle.URL, a.url());
    put(meta, RawArticle.SOURCE, a.source());
    put(meta, RawArticle.PUBLISHED, a.dateExtracted());
    put(meta, RawArticle.AUTHOR, a.author());
    return new RawArticle(Ids.contentId(a.url() == null ? String.valueOf(a.content()) : a.url()), a.url(), "json",
        lines, meta);
  }

  /**
   * A document for the article: run through {@code pipeline}'s document stages when given, with
   * the corpus metadata filling whatever the stages left empty (headline, outlet, date).
   */
  static Document document(Article a, Pipeline pipeline, Consumer<Problem> problems) {
    RawArticle raw = raw(a);
    Document d = pipeline == null ? Document.of(raw) : pipeline.analyse(raw, problems);
    if (d == null) return null;
    String headline = d.headline() != null ? d.headline() : a.title();
    Published published = d.published() != null && d.published().value() != null ? d.published()
        : a.dateExtracted() == null ? Published.UNKNOWN
        : new Published(a.dateExtracted().replace(' ', 'T'), "date_extracted", 0.5, true);
    String outlet = d.outlet() != null ? d.outlet() : a.source();
    return d.withMetadata(headline, published, outlet, d.creditedSources(), d.dateline(), d.byline()).withoutRaw();
  }

  private static void put(Map<String, String> m, String k, String v) {
    if (v != null && !v.isBlank()) m.put(k, v);
  }

  /** Keeps the zip stream open when the JSON parser closes its input. */
  private static final class NonClosing extends java.io.FilterInputStream {
    NonClosing(InputStream in) {
      super(in);
    }

    @Override
    public void close() {}
  }
}
