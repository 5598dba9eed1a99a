package org.mizan.synthesis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mizan.text.Token;
import org.mizan.text.Tokenizer;

/**
 * ROUGE-1, ROUGE-2 (clipped n-gram overlap) and ROUGE-L (longest common subsequence) between a
 * candidate summary and a reference, over normalized word tokens ({@link Token#norm()}), as in Lin
 * (2004): recall, precision and F1 (beta = 1).
 */
public final class Rouge {
  private Rouge() {}

  /** Recall, precision and F1 of one measure. */
  public record Score(double recall, double precision, double f1) {
    static Score of(double hits, int refTotal, int candTotal) {
      double r = refTotal == 0 ? 0 : hits / refTotal;
      double p = candTotal == 0 ? 0 : hits / candTotal;
      return new Score(r, p, r + p == 0 ? 0 : 2 * r * p / (r + p));
    }
  }

  /** The three measures for one candidate against one reference. */
  public record Scores(Score rouge1, Score rouge2, Score rougeL) {}

  public static Scores score(String candidate, String reference) {
    List<String> c = words(candidate);
    List<String> r = words(reference);
    return new Scores(ngram(c, r, 1), ngram(c, r, 2), lcs(c, r));
  }

  /** Word tokens in matching form (normalized; numbers folded to ASCII digits). */
  public static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    for (Token t : Tokenizer.tokenize(text)) out.add(t.norm());
    return out;
  }

  static Score ngram(List<String> cand, List<String> ref, int n) {
    Map<String, Integer> rc = counts(ref, n);
    Map<String, Integer> cc = counts(cand, n);
    int hits = 0;
    for (var e : cc.entrySet()) hits += Math.min(e.getValue(), rc.getOrDefault(e.getKey(), 0));
    return Score.of(hits, Math.max(0, ref.size() - n + 1), Math.max(0, cand.size() - n + 1));
  }

  static Score lcs(List<String> cand, List<String> ref) {
    int[] prev = new int[ref.size() + 1];
    int[] cur = new int[ref.size() + 1];
    for (String c : cand) {
      for (int j = 1; j <= ref.size(); j++) {
        cur[j] = c.equals(ref.get(j - 1)) ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return Score.of(prev[ref.size()], ref.size(), cand.size());
  }

  private static Map<String, Integer> counts(List<String> w, int n) {
    Map<String, Integer> m = new HashMap<>();
    for (int i = 0; i + n <= w.size(); i++) m.merge(String.join(" ", w.subList(i, i + n)), 1, Integer::sum);
    return m;
  }
}
