package org.mizan.quotes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mizan.text.ArabicNormalization;

/**
 * Scores extracted quotes against gold annotations: a quote is found when its text covers most of
 * the gold snippet's words (or the snippet covers most of its words), and its speaker is right when
 * its name or description is one of the gold speaker's forms. Used by {@code mizan eval quotes}.
 */
public final class QuoteScoring {
  /** Word overlap above which a predicted text and a gold snippet are the same quote. */
  public static final double OVERLAP = 0.6;

  /** A gold quote: document, acceptable speaker names (normalized), snippet, kind. */
  public record Gold(String doc, String speaker, Set<String> speakerForms, String snippet, String kind) {
    public Gold {
      Set<String> forms = new HashSet<>();
      forms.add(ArabicNormalization.normalize(speaker).strip());
      for (String f : speakerForms) forms.add(ArabicNormalization.normalize(f).strip());
      speakerForms = Set.copyOf(forms);
    }
  }

  /**
   * Counts. {@code found}: gold quotes matched by a predicted quote with the right speaker;
   * {@code located}: matched whatever the speaker; {@code predicted}: predicted quotes considered;
   * {@code matched}: predicted quotes that match a gold quote; {@code matchedRight}: of those, with
   * the right speaker; {@code abstained}: predicted quotes left with no speaker, which count in
   * neither (the extractor keeps the text but names no one: an abstention lowers recall only).
   */
  public record Result(int gold, int located, int found, int predicted, int matched, int matchedRight,
      int abstained, List<String> misses) {
    public double recall() {
      return gold == 0 ? 0 : (double) found / gold;
    }

    /** Speaker precision over predicted quotes that match a gold quote. */
    public double speakerPrecision() {
      return matched == 0 ? 0 : (double) matchedRight / matched;
    }

    /** Precision over every predicted quote (meaningful when the gold lists every quote). */
    public double precision() {
      return predicted == 0 ? 0 : (double) matchedRight / predicted;
    }
  }

  private QuoteScoring() {}

  /** Scores predictions (by document id) against gold; {@code directOnly} keeps only direct predictions. */
  public static Result score(Map<String, List<Quote>> predicted, List<Gold> gold, boolean directOnly) {
    int located = 0;
    int found = 0;
    List<String> misses = new ArrayList<>();
    for (Gold g : gold) {
      boolean loc = false;
      boolean ok = false;
      for (Quote q : predicted.getOrDefault(g.doc(), List.of())) {
        if (directOnly && !"direct".equals(q.kind())) continue;
        if (!overlaps(q.text(), g.snippet())) continue;
        loc = true;
        ok |= speakerMatches(q.speaker(), g.speakerForms());
      }
      if (loc) located++;
      if (ok) found++;
      else misses.add(g.doc() + " " + g.speaker() + ": " + g.snippet() + (loc ? " (wrong speaker)" : " (not found)"));
    }
    int n = 0;
    int abstained = 0;
    int matched = 0;
    int right = 0;
    for (Map.Entry<String, List<Quote>> e : predicted.entrySet()) {
      for (Quote q : e.getValue()) {
        if (directOnly && !"direct".equals(q.kind())) continue;
        if (!named(q.speaker())) {
          abstained++;
          continue;
        }
        n++;
        boolean m = false;
        boolean r = false;
        for (Gold g : gold) {
          if (!g.doc().equals(e.getKey()) || !overlaps(q.text(), g.snippet())) continue;
          m = true;
          r |= speakerMatches(q.speaker(), g.speakerForms());
        }
        if (m) matched++;
        if (r) right++;
      }
    }
    return new Result(gold.size(), located, found, n, matched, right, abstained, misses);
  }

  /** True when a speaker names someone (a canonical name or a description). */
  public static boolean named(Quote.Speaker s) {
    return s != null && (s.canonical() != null || s.description() != null);
  }

  /** True when either text's words are mostly in the other. */
  public static boolean overlaps(String predictedText, String goldSnippet) {
    List<String> a = StatementGroups.keys(predictedText);
    List<String> b = StatementGroups.keys(goldSnippet);
    if (a.isEmpty() || b.isEmpty()) return false;
    Set<String> sa = new HashSet<>(a);
    Set<String> sb = new HashSet<>(b);
    long bInA = b.stream().filter(sa::contains).count();
    long aInB = a.stream().filter(sb::contains).count();
    return (double) bInA / b.size() >= OVERLAP || (double) aInB / a.size() >= OVERLAP && a.size() >= 3;
  }

  /** True when the speaker's name or description is one of the (normalized) forms. */
  public static boolean speakerMatches(Quote.Speaker s, Set<String> forms) {
    if (s == null) return false;
    for (String name : new String[] {s.canonical(), s.description()}) {
      if (name != null && forms.contains(ArabicNormalization.normalize(name).strip())) return true;
    }
    return false;
  }
}
