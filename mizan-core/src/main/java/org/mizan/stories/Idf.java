package org.mizan.stories;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Inverse document frequencies of story terms: a background table shipped with Mizan (document
 * frequencies over a large news corpus, rebuilt by {@code mizan train stories-idf}) plus the
 * documents seen in this and earlier runs, so rare event words weigh more than words every article
 * has, from the first article on and on any outlet.
 */
public final class Idf {
  /** Resource holding the background table: first line the document count, then {@code term<TAB>df}. */
  public static final String RESOURCE = "/org/mizan/stories/idf.tsv.gz";

  private final int backgroundDocs;
  private final Map<String, Integer> background;
  private final Map<String, Integer> seen;
  private long seenDocs;

  Idf(int backgroundDocs, Map<String, Integer> background, Map<String, Integer> seen, long seenDocs) {
    this.backgroundDocs = backgroundDocs;
    this.background = background;
    this.seen = seen;
    this.seenDocs = seenDocs;
  }

  /** The shipped background table (empty when absent, so online counts alone are used). */
  public static Idf standard() {
    return Holder.STANDARD.copy();
  }

  /** An empty table: frequencies come only from the documents added. */
  public static Idf empty() {
    return new Idf(0, Map.of(), new HashMap<>(), 0);
  }

  Idf copy() {
    return new Idf(backgroundDocs, background, new HashMap<>(seen), seenDocs);
  }

  /** Counts one more document with these distinct terms. */
  void add(Iterable<String> distinctTerms) {
    seenDocs++;
    for (String t : distinctTerms) seen.merge(t, 1, Integer::sum);
  }

  double idf(String term) {
    double n = backgroundDocs + seenDocs + 1.0;
    double df = background.getOrDefault(term, 0) + seen.getOrDefault(term, 0);
    return Math.log(n / (df + 1.0)) + 1.0;
  }

  Map<String, Integer> seenCounts() {
    return seen;
  }

  void addSeenDocs(long n) {
    seenDocs += n;
  }

  long seenDocs() {
    return seenDocs;
  }

  private static final class Holder {
    static final Idf STANDARD = load();

    private static Idf load() {
      try (InputStream raw = Idf.class.getResourceAsStream(RESOURCE)) {
        if (raw == null) return empty();
        BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8));
        int docs = Integer.parseInt(r.readLine().strip());
        Map<String, Integer> df = new HashMap<>();
        for (String line; (line = r.readLine()) != null; ) {
          int tab = line.indexOf('\t');
          if (tab > 0) df.put(line.substring(0, tab), Integer.parseInt(line.substring(tab + 1)));
        }
        return new Idf(docs, Map.copyOf(df), new HashMap<>(), 0);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + RESOURCE, e);
      }
    }
  }
}
