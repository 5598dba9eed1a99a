package org.mizan.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Entity-level precision, recall and F1 with conlleval semantics: an entity counts as correct only
 * when its span and type both match exactly; an I- tag after O or another type starts an entity.
 */
public final class NerScore {
  private final Map<String, int[]> counts = new TreeMap<>(); // type -> {gold, predicted, correct}

  /** A typed span of token positions [start, end). */
  public record Chunk(int start, int end, String type) {}

  /** Adds one sentence's gold and predicted tags. */
  public void add(List<String> gold, List<String> predicted) {
    List<Chunk> g = chunks(gold);
    List<Chunk> p = chunks(predicted);
    for (Chunk c : g) counts(c.type())[0]++;
    for (Chunk c : p) counts(c.type())[1]++;
    for (Chunk c : p) if (g.contains(c)) counts(c.type())[2]++;
  }

  /**
   * Scores a model on sentences read in corpus order. The corpus is one running document (ANERcorp
   * marks no article breaks), so a two-pass model sees its usual window of neighbouring sentences.
   */
  public static NerScore of(NerModel m, List<ConllCorpus.Sentence> sentences) {
    List<String[]> words = new ArrayList<>();
    for (ConllCorpus.Sentence s : sentences) words.add(s.words().toArray(String[]::new));
    List<String[]> tags = m.tagDocument(words);
    NerScore score = new NerScore();
    for (int j = 0; j < sentences.size(); j++) score.add(sentences.get(j).tags(), List.of(tags.get(j)));
    return score;
  }

  /** Adds the counts of another score (pooling cross-validation blocks). */
  public void addAll(NerScore other) {
    other.counts.forEach((t, c) -> {
      int[] mine = counts(t);
      for (int k = 0; k < 3; k++) mine[k] += c[k];
    });
  }

  private int[] counts(String type) {
    return counts.computeIfAbsent(type, t -> new int[3]);
  }

  /** Chunks of a BIO sequence, conlleval style. */
  public static List<Chunk> chunks(List<String> tags) {
    List<Chunk> out = new ArrayList<>();
    int start = -1;
    String type = null;
    for (int i = 0; i <= tags.size(); i++) {
      String t = i < tags.size() ? tags.get(i) : "O";
      boolean begin = t.startsWith("B-") || (t.startsWith("I-") && !t.substring(2).equals(type));
      if (type != null && (t.equals("O") || begin)) {
        out.add(new Chunk(start, i, type));
        type = null;
      }
      if (begin) {
        start = i;
        type = t.substring(2);
      }
    }
    return out;
  }

  public double precision(String type) {
    int[] c = total(type);
    return c[1] == 0 ? 0 : 100.0 * c[2] / c[1];
  }

  public double recall(String type) {
    int[] c = total(type);
    return c[0] == 0 ? 0 : 100.0 * c[2] / c[0];
  }

  public double f1(String type) {
    double p = precision(type);
    double r = recall(type);
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** Overall figures: {@code type} null. */
  private int[] total(String type) {
    if (type != null) return counts.getOrDefault(type, new int[3]);
    int[] sum = new int[3];
    for (int[] c : counts.values()) for (int k = 0; k < 3; k++) sum[k] += c[k];
    return sum;
  }

  public List<String> types() {
    return List.copyOf(counts.keySet());
  }

  /** A conlleval-like table: overall, then one line per type. */
  public String report() {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format("%-8s %9s %9s %9s %7s %7s%n", "type", "precision", "recall", "F1", "gold", "found"));
    sb.append(line("overall", null));
    for (String t : types()) sb.append(line(t, t));
    return sb.toString();
  }

  private String line(String label, String type) {
    int[] c = total(type);
    return String.format("%-8s %9.2f %9.2f %9.2f %7d %7d%n", label, precision(type), recall(type), f1(type), c[0], c[1]);
  }
}
