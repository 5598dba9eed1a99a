package org.mizan.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.mizan.doc.Document;
import org.mizan.doc.Json;
import org.mizan.doc.Published;
import org.mizan.doc.RawArticle;
import org.mizan.pipeline.Pipeline;
import org.mizan.pipeline.Problem;

/**
 * The one reader of the SaudiNewsNet corpus ({@code YYYY-MM-DD.zip}, each holding one JSON array of
 * {@code source, url, date_extracted, title, author, content}) for training, evaluation and
 * benchmarks. It streams one article at a time, so the corpus never has to sit in memory, and says
 * which folder or zip is at fault when one is absent or corrupt. The corpus is never shipped.
 */
public final class SaudiNewsNet {
  /** Where the corpus lies beside the repository, relative to the working directory. */
  public static final Path DEFAULT_DIR = Path.of("..", "shared", "data", "saudinewsnet");

  private static final String DAY_ZIP = "\\d{4}-\\d{2}-\\d{2}\\.zip";

  /** One article as the corpus stores it; absent fields are null. */
  public record Article(String source, String url, String dateExtracted, String title, String author, String content) {
    /** The content's non-blank lines, stripped (a paragraph a line). */
    public List<String> contentLines() {
      return content == null ? List.of() : content.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
  }

  private SaudiNewsNet() {}

  /** The day zips under {@code dir} in date order; an error naming {@code dir} when it has none. */
  public static List<Path> days(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) throw new IOException(dir + ": no such directory (SaudiNewsNet data)");
    try (Stream<Path> s = Files.list(dir)) {
      List<Path> zips = s.filter(p -> p.getFileName().toString().matches(DAY_ZIP)).sorted().toList();
      if (zips.isEmpty()) throw new IOException(dir + ": no YYYY-MM-DD.zip day files (SaudiNewsNet data)");
      return zips;
    }
  }

  /** The day names ({@code 2015-07-21} …) under {@code dir}, in date order. */
  public static List<String> dayNames(Path dir) throws IOException {
    return days(dir).stream().map(p -> p.getFileName().toString().replaceFirst("\\.zip$", "")).toList();
  }

  /** Calls {@code sink} with every article of one day zip, in file order. */
  public static void read(Path zip, Consumer<Article> sink) throws IOException {
    if (!Files.isRegularFile(zip)) throw new IOException(zip + ": missing day of SaudiNewsNet");
    boolean found = false;
    try (ZipInputStream z = new ZipInputStream(Files.newInputStream(zip))) {
      for (ZipEntry e; (e = z.getNextEntry()) != null; ) {
        if (!e.getName().endsWith(".json")) continue;
        found = true;
        readArray(z, sink, zip + "!" + e.getName());
      }
    } catch (ZipException | java.io.EOFException e) {
      throw new IOException(zip + ": corrupt zip (" + e.getMessage() + ")", e);
    }
    // a file that is not a zip at all reads as an empty one
    if (!found) throw new IOException(zip + ": no JSON articles in it (corrupt or not a SaudiNewsNet day)");
  }

  /** Calls {@code sink} with every article of the named day under {@code dir}. */
  public static void readDay(Path dir, String day, Consumer<Article> sink) throws IOException {
    read(dir.resolve(day + ".zip"), sink);
  }

  /** Every article of every day, streamed day after day in file order. */
  public static void forEach(Path dir, Consumer<Article> sink) throws IOException {
    for (Path day : days(dir)) read(day, sink);
  }

  /** The articles of the named days that {@code keep} accepts, in day then file order. */
  public static List<Article> select(Path dir, Collection<String> days, java.util.function.Predicate<Article> keep)
      throws IOException {
    days(dir);
    List<Article> out = new ArrayList<>();
    for (String day : days) readDay(dir, day, a -> {
      if (keep.test(a)) out.add(a);
    });
    return out;
  }

  /**
   * Every article, in file order or, when {@code byDate}, in the order an archive fed day after day
   * would see them: by extraction time, then URL (stable, so equal keys keep file order).
   */
  public static List<Article> all(Path dir, boolean byDate) throws IOException {
    List<Article> out = new ArrayList<>();
    forEach(dir, out::add);
    if (byDate) sortByDate(out);
    return out;
  }

  /** Sorts by extraction time, then URL; stable, so equal keys keep their order. */
  public static void sortByDate(List<Article> articles) {
    articles.sort(Comparator.comparing((Article a) -> String.valueOf(a.dateExtracted()))
        .thenComparing(a -> String.valueOf(a.url())));
  }

  /**
   * The article as a plain-text page: its title as the first line, then the content lines; only
   * the URL as metadata, so headline, date and attribution come from the text as for any page.
   */
  public static RawArticle asPage(Article a, String id) {
    List<String> lines = new ArrayList<>();
    String title = trim(nz(a.title()));
    if (!title.isEmpty()) lines.add(title);
    for (String l : nz(a.content()).split("\n")) if (!trim(l).isEmpty()) lines.add(trim(l));
    return new RawArticle(id, nz(a.url()), "json", lines, Map.of(RawArticle.URL, nz(a.url())));
  }

  /** The article's content lines (its title when it has none) with only the URL as metadata. */
  public static RawArticle asText(Article a, String id) {
    List<String> lines = a.contentLines();
    if (lines.isEmpty()) lines = List.of(a.title() == null ? " " : a.title());
    return new RawArticle(id, a.url() == null ? id : a.url(), "json", lines, Map.of(RawArticle.URL, nz(a.url())));
  }

  /** The raw form of an article, with its corpus fields as metadata hints; its id derives from its URL. */
  public static RawArticle raw(Article a) {
    Map<String, String> meta = new LinkedHashMap<>();
    put(meta, RawArticle.TITLE, a.title());
    put(meta, RawArticle.URL, a.url());
    put(meta, RawArticle.SOURCE, a.source());
    put(meta, RawArticle.PUBLISHED, a.dateExtracted());
    put(meta, RawArticle.AUTHOR, a.author());
    return new RawArticle(Ids.contentId(a.url() == null ? String.valueOf(a.content()) : a.url()), a.url(), "json",
        a.contentLines(), meta);
  }

  /**
   * A document for the article: run through {@code pipeline}'s document stages when given, with
   * the corpus fields filling whatever the stages left empty (headline, outlet, date).
   */
  public static Document document(Article a, Pipeline pipeline, Consumer<Problem> problems) {
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

  /** Null as the empty string. */
  public static String nz(String s) {
    return s == null ? "" : s;
  }

  private static void put(Map<String, String> m, String k, String v) {
    if (v != null && !v.isBlank()) m.put(k, v);
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

  private static void readArray(InputStream in, Consumer<Article> sink, String name) throws IOException {
    try {
      JsonParser p = Json.mapper().getFactory().createParser(new FilterInputStream(in) {
        @Override
        public void close() {} // the zip stream stays open for the next entry
      });
      if (p.nextToken() != JsonToken.START_ARRAY) throw new IOException(name + ": not a JSON array");
      while (p.nextToken() == JsonToken.START_OBJECT) {
        Map<String, String> m = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String k = p.currentName();
          p.nextToken();
          m.put(k, p.currentToken() == JsonToken.VALUE_NULL ? null : p.getValueAsString());
          if (p.currentToken().isStructStart()) p.skipChildren();
        }
        sink.accept(new Article(m.get("source"), m.get("url"), m.get("date_extracted"), TextEntities.decode(m.get("title")),
            m.get("author"), TextEntities.decode(m.get("content"))));
      }
    } catch (JsonProcessingException e) {
      throw new IOException(name + ": corrupt JSON (" + e.getOriginalMessage() + ")", e);
    }
  }
}
