package org.mizan.clean;

import java.net.URI;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mizan.doc.Document;
import org.mizan.doc.RawArticle;
import org.mizan.pipeline.DocumentStage;

/**
 * {@code clean.repeated}: page furniture an outlet prints on every article (a slogan, a menu entry,
 * a newsletter call) shows up as the same short line in many articles of one outlet in a batch.
 * {@link #learn} counts short lines per outlet (site name, source or URL host; articles with none
 * are left out) over the whole batch before analysis; the stage then removes, as {@code repeated}, lines
 * found in at least {@value #MIN_ARTICLES} articles and {@value #MIN_SHARE_PERCENT}% of the
 * outlet's articles. Learned before the document stages run, so each document is still analysed
 * on its own and the stage stays pure.
 */
public final class RepeatedLines implements DocumentStage {
  static final int MIN_ARTICLES = 3;
  static final int MIN_SHARE_PERCENT = 2;
  static final int MAX_WORDS = 12;
  /** Learned from nothing: removes nothing. */
  public static final RepeatedLines NONE = new RepeatedLines(Set.of());

  private final Set<String> repeated; // outlet + '\n' + line key

  private RepeatedLines(Set<String> repeated) {
    this.repeated = Set.copyOf(repeated);
  }

  /** Learns the repeated short lines of a batch. */
  public static RepeatedLines learn(List<RawArticle> batch) {
    Map<String, Integer> articles = new HashMap<>();
    Map<String, Integer> counts = new HashMap<>();
    for (RawArticle r : batch) {
      String outlet = group(r);
      if (outlet == null) continue;
      articles.merge(outlet, 1, Integer::sum);
      Set<String> seen = new HashSet<>();
      for (String line : r.lines()) {
        if (Lines.words(line, MAX_WORDS + 1) > MAX_WORDS || Lines.isBody(line)) continue; // sentences may recur: not furniture
        String key = Lines.key(line);
        // lines the phrase list knows keep their own reason (a read-also marker also ends the article)
        if (!key.isEmpty() && Phrases.reason(line).isEmpty() && seen.add(key)) counts.merge(outlet + "\n" + key, 1, Integer::sum);
      }
    }
    Set<String> out = new HashSet<>();
    counts.forEach((k, n) -> {
      int total = articles.get(k.substring(0, k.indexOf('\n')));
      if (n >= MIN_ARTICLES && n * 100 >= total * MIN_SHARE_PERCENT) out.add(k);
    });
    return new RepeatedLines(out);
  }

  public int size() {
    return repeated.size();
  }

  @Override
  public String name() {
    return "clean.repeated";
  }

  @Override
  public Document apply(Document d) {
    if (repeated.isEmpty() || d.raw() == null) return d;
    String outlet = group(d.raw());
    if (outlet == null) return d;
    Map<Integer, String> reasons = new HashMap<>();
    for (int i = 0; i < d.paragraphs().size(); i++) {
      String text = d.paragraphs().get(i).text();
      if (repeated.contains(outlet + "\n" + Lines.key(text))) reasons.put(i, "repeated");
    }
    return Removals.apply(d, reasons);
  }

  /** The outlet an article comes from, as far as the container says; null when it does not say. */
  static String group(RawArticle r) {
    for (String key : new String[] {RawArticle.SITE_NAME, RawArticle.SOURCE}) {
      String v = r.meta(key);
      if (v != null && !v.isBlank()) return Lines.key(v);
    }
    String url = r.meta(RawArticle.URL);
    if (url != null) {
      try {
        String host = URI.create(url.strip().replace(" ", "%20")).getHost();
        if (host != null) return host.startsWith("www.") ? host.substring(4) : host;
      } catch (IllegalArgumentException e) {
        // not a URL: fall back to the folder
      }
    }
    return null; // no outlet known: files in one folder may come from many outlets
  }
}
