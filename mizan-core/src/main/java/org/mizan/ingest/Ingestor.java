package org.mizan.ingest;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.mizan.doc.RawArticle;
import org.mizan.pipeline.Problem;

/**
 * Turns inputs (files, directories read recursively in name order, {@code -} for standard input) into
 * {@link RawArticle}s. The format is decided from the content ({@link FormatSniffer}): plain text,
 * HTML pages, JSON Lines, JSON documents and arrays, RSS/Atom, WARC, and zip or gzip containers of
 * any of these (entries named {@code archive.zip!entry#n}). The encoding is detected
 * ({@link EncodingDetector}). An {@code http(s)://} argument, or a text file whose lines are all URLs
 * ({@link UrlList}), is fetched ({@link UrlFetcher}) and the pages read like files. Every failure is a one-line {@link Problem} naming the input; the batch
 * goes on. One ingestor is one run: it keeps document ids unique across the run.
 */
public final class Ingestor {

  /**
   * Size limits. {@code maxArticleBytes} bounds a single text, HTML or feed file (read whole);
   * {@code maxStreamBytes} bounds what a streamed container (JSON, WARC, zip, gzip) may expand to.
   */
  public record Limits(int maxArticleBytes, long maxStreamBytes) {
    public static final Limits DEFAULT = new Limits(16 << 20, 8L << 30);
  }

  private static final int MAX_NESTING = 3;
  private static final int MAX_DIRECTORY_DEPTH = 64;
  /** The file {@code mizan digest} leaves in its output folder, so that later runs do not read their own output. */
  public static final String OUTPUT_MARKER = ".mizan-digest";

  private final Limits limits;
  private final Supplier<InputStream> stdin;
  private final Map<String, Integer> ids = new HashMap<>();
  private UrlFetcher fetcher = new UrlFetcher(UrlFetcher.Options.DEFAULT);
  private Runnable fetched = () -> {};

  public Ingestor() {
    this(Limits.DEFAULT, () -> System.in);
  }

  public Ingestor(Limits limits, Supplier<InputStream> stdin) {
    this.limits = limits;
    this.stdin = stdin;
  }

  /** Fetches URLs with these options (timeouts, private addresses) instead of the defaults. */
  public Ingestor urls(UrlFetcher.Options options) {
    this.fetcher = new UrlFetcher(options);
    return this;
  }

  /** Called each time a URL has been fetched (or failed): drives a progress display. */
  public Ingestor onFetched(Runnable listener) {
    this.fetched = listener;
    return this;
  }

  /** Reads every input in order; consecutive URL arguments are fetched together. */
  public void read(List<String> inputs, Consumer<RawArticle> sink, Consumer<Problem> problems) {
    List<String> urls = new ArrayList<>();
    for (String input : inputs) {
      if (UrlFetcher.looksLikeUrl(input)) {
        urls.add(input);
        continue;
      }
      readUrls(urls, sink, problems);
      urls.clear();
      if (input.equals("-")) {
        readStream("stdin", stdin.get(), sink, problems);
      } else {
        Path p;
        try {
          p = Path.of(input);
        } catch (InvalidPathException e) {
          problems.accept(new Problem(input, "invalid path: " + e.getReason()));
          continue;
        }
        readPath(p, true, 0, sink, problems);
      }
    }
    readUrls(urls, sink, problems);
  }

  /** Fetches the pages (a few at a time) and reads them in the given order; failures name the URL. */
  public void readUrls(List<String> urls, Consumer<RawArticle> sink, Consumer<Problem> problems) {
    if (urls.isEmpty()) return;
    for (UrlFetcher.Result r : fetcher.fetchAll(urls, fetched)) {
      if (r.page() == null) {
        problems.accept(new Problem(r.url(), r.failure()));
        continue;
      }
      UrlFetcher.Page page = r.page();
      String type = page.contentType();
      if (type.matches("(image|audio|video|font)/.*|application/(pdf|msword|vnd\\..*)")) {
        problems.accept(new Problem(r.url(), "not an article: the server sent " + type));
        continue;
      }
      Reading reading = new Reading(sink, problems);
      reading.baseUri = page.finalUrl();
      reading.headerCharset = page.charset();
      reading.dispatch(r.url(), new ByteArrayInputStream(page.body()), 0);
    }
  }

  /** Reads one stream of any supported format; {@code input} names it in problems and documents. */
  public void readStream(String input, InputStream in, Consumer<RawArticle> sink, Consumer<Problem> problems) {
    new Reading(sink, problems).dispatch(input, in, 0);
  }

  public void readBytes(String input, byte[] data, Consumer<RawArticle> sink, Consumer<Problem> problems) {
    readStream(input, new ByteArrayInputStream(data), sink, problems);
  }

  private void readPath(Path p, boolean explicit, int depth, Consumer<RawArticle> sink, Consumer<Problem> problems) {
    String name = p.toString();
    if (Files.isDirectory(p)) {
      if (!explicit && Files.isSymbolicLink(p)) return; // never follow links to directories (loops)
      if (depth > MAX_DIRECTORY_DEPTH) {
        problems.accept(new Problem(name, "directories nested more than " + MAX_DIRECTORY_DEPTH + " deep: skipped"));
        return;
      }
      if (isDigestOutput(p)) {
        problems.accept(new Problem(name, "a Mizan digest output folder: skipped (name its files to read them)"));
        return;
      }
      List<Path> children = new ArrayList<>();
      try (DirectoryStream<Path> ds = Files.newDirectoryStream(p)) {
        for (Path c : ds) if (!c.getFileName().toString().startsWith(".")) children.add(c);
      } catch (IOException | RuntimeException e) {
        problems.accept(new Problem(name, "cannot list directory: " + reason(e)));
        return;
      }
      children.sort(null);
      for (Path c : children) readPath(c, false, depth + 1, sink, problems);
    } else if (!Files.exists(p)) {
      problems.accept(new Problem(name, Files.exists(p, LinkOption.NOFOLLOW_LINKS)
          ? "broken symbolic link" : "no such file or directory"));
    } else if (!Files.isRegularFile(p)) {
      problems.accept(new Problem(name, "not a regular file (device, socket or pipe): skipped"));
    } else {
      try (InputStream in = Files.newInputStream(p)) {
        new Reading(sink, problems).dispatch(name, in, 0);
      } catch (IOException | RuntimeException e) {
        problems.accept(new Problem(name, "cannot read: " + reason(e)));
      }
    }
  }

  /** A folder {@code mizan digest} wrote: its marker, or (older runs) its digest and documents files together. */
  static boolean isDigestOutput(Path dir) {
    return Files.exists(dir.resolve(OUTPUT_MARKER))
        || (Files.isRegularFile(dir.resolve("digest.json")) && Files.isRegularFile(dir.resolve("documents.jsonl")));
  }

  static String reason(Throwable e) {
    if (e instanceof AccessDeniedException) return "permission denied";
    if (e instanceof NoSuchFileException) return "no such file (removed while reading?)";
    if (e instanceof FileSystemException f && f.getReason() != null) return f.getReason();
    if (e instanceof StackOverflowError) return "structure nested too deeply";
    String m = JsonRecords.oneLine(e.getMessage());
    return m.isEmpty() ? e.getClass().getSimpleName() : m;
  }

  /** One input being read: dispatches on the sniffed format and emits articles with unique ids. */
  private final class Reading {
    private final Consumer<RawArticle> sink;
    private final Consumer<Problem> problems;
    /** Set when the bytes were fetched: the page's final URL, its HTTP charset; fetched lists are not followed. */
    private String baseUri;
    private String headerCharset;

    Reading(Consumer<RawArticle> sink, Consumer<Problem> problems) {
      this.sink = sink;
      this.problems = problems;
    }

    void dispatch(String input, InputStream raw, int nesting) {
      try {
        InputStream in = raw.markSupported() ? raw : new BufferedInputStream(raw, 1 << 16);
        in.mark(FormatSniffer.HEAD + 1);
        byte[] head = in.readNBytes(FormatSniffer.HEAD);
        in.reset();
        FormatSniffer.Sniffed s = FormatSniffer.sniff(head, head.length);
        Format f = s.format();
        if ((f == Format.ZIP || f == Format.GZIP) && nesting >= MAX_NESTING) {
          problem(input, "archives nested more than " + MAX_NESTING + " deep: skipped");
          return;
        }
        switch (f) {
          case EMPTY -> problem(input, head.length == 0 ? "empty file" : "empty file (only white space)");
          case BINARY -> problem(input, "not an article: looks like " + s.what());
          case ZIP -> zip(input, in, nesting);
          case GZIP -> dispatch(input, new LimitedInputStream(new GZIPInputStream(in, 1 << 16), limits.maxStreamBytes()),
              nesting + 1);
          case WARC -> Warcs.read(input, new LimitedInputStream(in, limits.maxStreamBytes()), limits.maxArticleBytes(),
              records(Format.WARC));
          case JSONL -> JsonRecords.jsonLines(input, reader(in, head), limits.maxArticleBytes(), records(f));
          case JSON -> JsonRecords.jsonDocument(input, reader(in, head), records(f));
          default -> whole(input, in, f);
        }
      } catch (Exception | StackOverflowError e) {
        problem(input, describe(f(e), e));
      }
    }

    private String f(Throwable e) {
      String n = e.getClass().getName();
      if (n.contains("jackson")) return "broken JSON";
      if (n.contains("rometools") || n.contains("jdom")) return "broken feed";
      if (n.contains("Zip") || e instanceof java.util.zip.ZipException) return "broken zip archive";
      if (n.contains("netpreserve") || n.contains("Parsing")) return "broken WARC";
      return "cannot read";
    }

    private String describe(String what, Throwable e) {
      return what + ": " + reason(e);
    }

    /** Text, HTML and feeds are read whole, up to the article size limit. */
    private void whole(String input, InputStream in, Format f) throws Exception {
      byte[] all = in.readNBytes(limits.maxArticleBytes() + 1);
      if (all.length > limits.maxArticleBytes()) {
        problem(input, "too large for one " + f.label() + " article (more than " + (limits.maxArticleBytes() >> 20)
            + " MB): skipped; split it, or use JSON Lines for many articles");
        return;
      }
      String declared = f == Format.TEXT ? null : FormatSniffer.declaredCharset(all, Math.min(all.length, FormatSniffer.HEAD));
      if (headerCharset != null) declared = headerCharset; // HTTP header first, as browsers do
      EncodingDetector.Decoded d = EncodingDetector.decode(all, declared);
      if (d.truncated()) problem(input, "truncated UTF-8: the incomplete last character was dropped");
      switch (f) {
        case HTML -> {
          HtmlExtractor.Extracted x = HtmlExtractor.extract(d.text(), baseUri);
          if (x.lines().isEmpty()) problem(input, "no article text found in the HTML page");
          else emit(input, null, x.lines(), x.meta(), f);
        }
        case RSS -> Feeds.read(input, d.text(), records(f));
        default -> {
          List<String> urls = baseUri == null && input.toLowerCase(java.util.Locale.ROOT).endsWith(".urls")
              ? UrlList.parseForced(d.text()) : UrlList.parse(d.text());
          if (urls != null) {
            if (baseUri != null) problem(input, "not an article: the page is a list of URLs (not followed)");
            else readUrls(urls, sink, problems);
            return;
          }
          List<String> lines = Lines.of(d.text());
          if (lines.isEmpty()) problem(input, "empty file (no text)");
          else emit(input, null, lines, Map.of(), f);
        }
      }
    }

    private void zip(String input, InputStream in, int nesting) throws IOException {
      ZipInputStream z = new ZipInputStream(in);
      ZipEntry e;
      int entries = 0;
      while ((e = z.getNextEntry()) != null) {
        String entry = e.getName();
        String base = entry.substring(entry.lastIndexOf('/') + 1);
        if (e.isDirectory() || base.startsWith(".") || entry.startsWith("__MACOSX/")) continue;
        entries++;
        dispatch(input + "!" + entry, new LimitedInputStream(z, limits.maxStreamBytes()), nesting + 1);
      }
      if (entries == 0) problem(input, "zip archive has no files");
    }

    private BufferedReader reader(InputStream in, byte[] head) {
      Charset cs = EncodingDetector.decode(head, head.length, null).charset();
      var decoder = cs.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE);
      return new BufferedReader(new InputStreamReader(in, decoder), 1 << 16);
    }

    private JsonRecords.Sink records(Format f) {
      return new JsonRecords.Sink() {
        @Override
        public void article(String input, String givenId, List<String> lines, Map<String, String> meta) {
          emit(input, givenId, lines, meta, f);
        }

        @Override
        public void problem(String input, String reason) {
          Reading.this.problem(input, reason);
        }
      };
    }

    private void emit(String input, String givenId, List<String> lines, Map<String, String> meta, Format f) {
      String id = Ids.safeId(givenId);
      if (id == null) {
        String title = meta.getOrDefault(RawArticle.TITLE, "");
        id = Ids.contentId(title + "\n" + String.join("\n", lines));
      }
      Map<String, String> m = new LinkedHashMap<>(meta);
      m.remove(HtmlMetadata.BODY);
      sink.accept(new RawArticle(unique(id), input, f.label(), lines, m));
    }

    private void problem(String input, String reason) {
      problems.accept(new Problem(input, reason));
    }
  }

  /** The same id twice in one run (a re-posted article) gets a {@code -2}, {@code -3}... suffix. */
  private String unique(String id) {
    int n = ids.merge(id, 1, Integer::sum);
    return n == 1 ? id : id + "-" + n;
  }
}
