package org.mizan.clean;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.mizan.text.Token;
import org.mizan.text.Tokenizer;

/**
 * Word frequencies of Arabic news, in matching form ({@link org.mizan.text.ArabicNormalization}).
 * The shipped list ({@code vocabulary.tsv.gz}, {@code word<TAB>count}, most frequent first) is
 * learned from the SaudiNewsNet corpus by {@code mizan train vocabulary}; it tells a real word from
 * two words glued together at a lost paragraph break.
 */
public final class Vocabulary {
  static final String RESOURCE = "/org/mizan/clean/vocabulary.tsv.gz";
  private static volatile Vocabulary shipped;

  private final Map<String, Integer> counts;

  public Vocabulary(Map<String, Integer> counts) {
    this.counts = new HashMap<>(counts); // never modified; HashMap looks up faster than Map.copyOf here
  }

  /** The shipped vocabulary (loaded once). */
  public static Vocabulary shipped() {
    Vocabulary v = shipped;
    if (v == null) {
      synchronized (Vocabulary.class) {
        if (shipped == null) shipped = load();
        v = shipped;
      }
    }
    return v;
  }

  /** Corpus count of a normalized word; 0 when it is not in the list. */
  public int count(String norm) {
    return counts.getOrDefault(norm, 0);
  }

  public int size() {
    return counts.size();
  }

  private static Vocabulary load() {
    InputStream in = Vocabulary.class.getResourceAsStream(RESOURCE);
    if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
    Map<String, Integer> m = new HashMap<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        int tab = line.indexOf('\t');
        if (tab > 0) m.put(line.substring(0, tab), Integer.parseInt(line.substring(tab + 1)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Vocabulary(m);
  }

  /** Counts the Arabic words of {@code text} into {@code counts}. */
  public static void count(String text, Map<String, Integer> counts) {
    for (Token t : Tokenizer.tokenize(text)) {
      if (t.isArabic() && t.norm().length() >= 2) counts.merge(t.norm(), 1, Integer::sum);
    }
  }

  /**
   * Writes the {@code top} most frequent words (ties by word, so the file is reproducible) as a
   * gzipped {@code word<TAB>count} list.
   */
  public static void write(Map<String, Integer> counts, int top, int minCount, Path out) throws IOException {
    List<Map.Entry<String, Integer>> entries = new ArrayList<>(counts.entrySet());
    entries.removeIf(e -> e.getValue() < minCount);
    entries.sort(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
        .thenComparing(Map.Entry.comparingByKey()));
    if (out.getParent() != null) Files.createDirectories(out.getParent());
    // fixed gzip header fields (no timestamp) keep the file byte-identical across rebuilds
    try (Writer w = new java.io.OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(out)) {
      { def.setLevel(java.util.zip.Deflater.BEST_COMPRESSION); }
    }, StandardCharsets.UTF_8)) {
      for (int i = 0; i < Math.min(top, entries.size()); i++) {
        w.write(entries.get(i).getKey() + "\t" + entries.get(i).getValue() + "\n");
      }
    }
  }
}
