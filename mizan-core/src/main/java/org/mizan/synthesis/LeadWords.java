package org.mizan.synthesis;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.mizan.figures.Figure;
import org.mizan.text.Clitics;
import org.mizan.text.Token;

/**
 * The few words just before a figure in its sentence, which name what it counts ({@code صافي أرباحها
 * بلغ 2.3 مليار}, {@code إيراداتها بلغت 10.5 مليار}), as short stems, and how much two figures share
 * them. Two outlets that list the same results in another order are paired by these, not by position.
 */
final class LeadWords {
  /** How many words before the figure name it. */
  private static final int SPAN = 4;
  /**
   * One-letter proclitics dropped when no article follows (وأرباحها → أرباحها). {@link Clitics#strip}
   * leaves them (it cannot tell them from a root letter), but a three-letter stem of four lead words
   * is a likeness measure, not a lookup, so a wrongly dropped root letter costs little.
   */
  private static final String BARE_PROCLITICS = "وبلف";

  private LeadWords() {}

  static Set<String> of(StoryText.Sentence s, Figure f) {
    Set<String> out = new HashSet<>();
    List<Token> toks = s.tokens();
    int k = -1;
    for (int i = 0; i < toks.size(); i++) if (toks.get(i).end() <= f.start()) k = i;
    for (int i = k; i >= 0 && i > k - SPAN; i--) {
      String w = toks.get(i).norm();
      if (toks.get(i).isNumber() || w.length() < 2) continue;
      w = stem(w);
      out.add(w.substring(0, Math.min(3, w.length())));
    }
    return out;
  }

  /**
   * The word without its clitic chain: the article chain by {@link Clitics#strip} (also وبال، فال، ولل),
   * else one bare proclitic; at least three letters stay.
   */
  static String stem(String norm) {
    String w = Clitics.strip(norm);
    if (w.length() < 3) w = norm; // الذي، التي: a stem needs three letters, as before the shared stripper
    if (w.length() == norm.length() && w.length() >= 4 && BARE_PROCLITICS.indexOf(w.charAt(0)) >= 0) w = w.substring(1);
    return w;
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
