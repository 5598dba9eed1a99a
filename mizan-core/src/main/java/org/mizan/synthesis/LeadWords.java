package org.mizan.synthesis;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.mizan.figures.Figure;
import org.mizan.text.Token;

/**
 * The few words just before a figure in its sentence, which name what it counts ({@code صافي أرباحها
 * بلغ 2.3 مليار}, {@code إيراداتها بلغت 10.5 مليار}), as short stems, and how much two figures share
 * them. Two outlets that list the same results in another order are paired by these, not by position.
 */
final class LeadWords {
  /** How many words before the figure name it. */
  private static final int SPAN = 4;
  /** Leading clitics dropped before a word's stem is taken (وأرباحها → أرباحها). */
  private static final List<String> PROCLITICS = List.of("وال", "بال", "لل", "ال", "و", "ب", "ل", "ف");

  private LeadWords() {}

  static Set<String> of(StoryText.Sentence s, Figure f) {
    Set<String> out = new HashSet<>();
    List<Token> toks = s.tokens();
    int k = -1;
    for (int i = 0; i < toks.size(); i++) if (toks.get(i).end() <= f.start()) k = i;
    for (int i = k; i >= 0 && i > k - SPAN; i--) {
      String w = toks.get(i).norm();
      if (toks.get(i).isNumber() || w.length() < 2) continue;
      for (String p : PROCLITICS) {
        if (w.startsWith(p) && w.length() - p.length() >= 3) {
          w = w.substring(p.length());
          break;
        }
      }
      out.add(w.substring(0, Math.min(3, w.length())));
    }
    return out;
  }

  /** Shared stems over all stems of the two (0 when neither has any). */
  static double overlap(Set<String> a, Set<String> b) {
    Set<String> all = new HashSet<>(a);
    all.addAll(b);
    if (all.isEmpty()) return 0;
    Set<String> both = new HashSet<>(a);
    both.retainAll(b);
    return (double) both.size() / all.size();
  }
}
