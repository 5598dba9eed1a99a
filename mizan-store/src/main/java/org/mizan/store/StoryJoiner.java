package org.mizan.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.mizan.doc.Document;
import org.mizan.doc.Paragraph;
import org.mizan.text.Token;
import org.mizan.text.Tokenizer;

/**
 * Incremental story assignment: each new article joins the most similar open story (TF-IDF cosine
 * between the article's terms and the story's summed terms) when the similarity passes a threshold
 * and the dates are close, else it opens a new story. State is rebuilt from the store on open, so
 * the assignment of the next article never depends on how earlier articles were batched.
 */
final class StoryJoiner {
  /** Default minimum cosine similarity to join a story (tuned with mizan eval archive-stories). */
  static final double THRESHOLD = 0.25;
  /** Stories more than this many days from the article's date are not candidates. */
  static final int WINDOW_DAYS = 3;
  private static final int DOC_TERMS = 60;
  private static final int STORY_TERMS = 150;
  private static final int HEADLINE_WEIGHT = 3;
  private static final int LEAD_PARAGRAPHS = 12;
  private static final Set<String> STOP = loadStopwords();

  private final double threshold;
  private final Map<String, Integer> df = new HashMap<>();
  private int docs;
  private final Map<String, Centroid> stories = new HashMap<>();
  private final Map<String, Set<String>> postings = new HashMap<>();

  StoryJoiner() {
    this(THRESHOLD);
  }

  StoryJoiner(double threshold) {
    this.threshold = threshold;
  }

  /** A story's summed term counts and its latest day (or null). */
  static final class Centroid {
    final Map<String, Integer> terms = new HashMap<>();
    LocalDate last;
    /** TF-IDF norm of {@link #terms}, with the document frequencies of its last update. */
    double norm;
  }

  /** Term counts of an article: headline (weighted) and its lead paragraphs, content words only. */
  static Map<String, Integer> terms(Document d) {
    Map<String, Integer> tf = new HashMap<>();
    if (d.headline() != null) count(d.headline(), HEADLINE_WEIGHT, tf);
    int n = 0;
    for (Paragraph p : d.paragraphs()) {
      if (n++ >= LEAD_PARAGRAPHS) break;
      count(p.text(), 1, tf);
    }
    return top(tf, DOC_TERMS);
  }

  private static void count(String text, int weight, Map<String, Integer> tf) {
    for (Token t : Tokenizer.tokenize(text)) {
      String s = t.stem();
      if (s.length() < 3 || t.isNumber() || STOP.contains(s) || STOP.contains(t.norm())) continue;
      tf.merge(s, weight, Integer::sum);
    }
  }

  private static Map<String, Integer> top(Map<String, Integer> tf, int k) {
    Map<String, Integer> out = new LinkedHashMap<>();
    tf.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(k).forEach(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }

  /** Counts an article's terms in the document frequencies (call once per stored article). */
  void observe(Map<String, Integer> terms) {
    docs++;
    for (String t : terms.keySet()) df.merge(t, 1, Integer::sum);
  }

  /** The story the article should join, or null for a new one. */
  String assign(Map<String, Integer> terms, String day) {
    LocalDate date = day(day);
    Set<String> candidates = new HashSet<>();
    for (String t : terms.keySet()) {
      Set<String> ids = postings.get(t);
      if (ids != null && ids.size() < 5000) candidates.addAll(ids);
    }
    // the article's weights once; each candidate then costs one pass over the article's terms
    Map<String, Double> weights = new HashMap<>();
    double na = 0;
    for (var e : terms.entrySet()) {
      double idf = idf(e.getKey());
      weights.put(e.getKey(), idf);
      double w = e.getValue() * idf;
      na += w * w;
    }
    String best = null;
    double bestScore = threshold;
    for (String id : candidates) {
      Centroid c = stories.get(id);
      if (date != null && c.last != null && Math.abs(c.last.toEpochDay() - date.toEpochDay()) > WINDOW_DAYS) continue;
      double s = cosine(terms, weights, na, c);
      if (s > bestScore || (s == bestScore && best != null && id.compareTo(best) < 0)) {
        bestScore = s;
        best = id;
      }
    }
    return best;
  }

  /** Adds the article's terms to a story (new or existing). */
  void add(String storyId, Map<String, Integer> terms, String day) {
    Centroid c = stories.computeIfAbsent(storyId, k -> new Centroid());
    for (var e : terms.entrySet()) c.terms.merge(e.getKey(), e.getValue(), Integer::sum);
    if (c.terms.size() > STORY_TERMS * 2) {
      Map<String, Integer> kept = top(c.terms, STORY_TERMS);
      for (String t : c.terms.keySet()) {
        Set<String> ids = postings.get(t);
        if (ids != null && !kept.containsKey(t)) ids.remove(storyId);
      }
      c.terms.clear();
      c.terms.putAll(kept);
    }
    for (String t : c.terms.keySet()) postings.computeIfAbsent(t, k -> new HashSet<>()).add(storyId);
    double nb = 0;
    for (var e : c.terms.entrySet()) {
      double w = e.getValue() * idf(e.getKey());
      nb += w * w;
    }
    c.norm = Math.sqrt(nb);
    LocalDate d = day(day);
    if (d != null && (c.last == null || d.isAfter(c.last))) c.last = d;
  }

  /** Restores a stored story's centroid (on open). */
  void restore(String storyId, Map<String, Integer> terms, String lastDay) {
    add(storyId, terms, lastDay);
  }

  Map<String, Integer> centroid(String storyId) {
    Centroid c = stories.get(storyId);
    return c == null ? Map.of() : top(c.terms, STORY_TERMS);
  }

  /** Cosine of the article (counts, their idf, squared norm) and a story centroid. */
  private static double cosine(Map<String, Integer> a, Map<String, Double> idf, double na, Centroid c) {
    double dot = 0;
    for (var e : a.entrySet()) {
      Integer o = c.terms.get(e.getKey());
      if (o != null) {
        double w = idf.get(e.getKey());
        dot += e.getValue() * w * o * w;
      }
    }
    if (dot == 0 || c.norm == 0) return 0;
    return dot / (Math.sqrt(na) * c.norm);
  }

  private double idf(String term) {
    // a prior of 100 background articles keeps small archives from treating shared words as noise
    return Math.log((docs + 100.0) / (df.getOrDefault(term, 0) + 1.0));
  }

  static LocalDate day(String iso) {
    if (iso == null || iso.length() < 10) return null;
    try {
      return LocalDate.parse(iso.substring(0, 10));
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static Set<String> loadStopwords() {
    Set<String> out = new HashSet<>();
    try (InputStream in = StoryJoiner.class.getResourceAsStream("stopwords.txt");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        line = line.strip();
        if (!line.isEmpty() && !line.startsWith("#")) out.add(line);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
