package org.mizan.figures;

import java.util.List;
import java.util.Set;
import org.mizan.text.Clitics;
import org.mizan.text.Token;

/**
 * "Up to" stated by a verb of reaching with its subject between it and {@code إلى}: {@code سندات تصل
 * قيمتها إلى 12.5 مليار}, {@code كشف تصل احتياطياته إلى 15 مليار}. The adjacent form ({@code تصل إلى})
 * is in {@code approximations.tsv}; a toll or count as the subject ({@code يصل عدد القتلى إلى 50})
 * states the figure reached, not a bound.
 */
final class ReachingBound {
  private static final Set<String> VERBS = Set.of("يصل", "تصل", "ويصل", "وتصل");
  /** At most this many words between the verb and إلى. */
  private static final int GAP = 2;
  private static final Set<String> TOLL_HEADS = Set.of("حصيله", "عدد", "اجمالي", "مجموع");

  private ReachingBound() {}

  /** {@code up_to} when token {@code i} (a number) follows {@code إلى} after such a verb and its subject, else null. */
  static String before(List<Token> toks, int i) {
    if (i < 3 || !toks.get(i - 1).norm().equals("الي")) return null;
    for (int k = i - 3; k >= 0 && k >= i - 2 - GAP; k--) {
      Token w = toks.get(k + 1);
      if (!w.isArabic() || TOLL_HEADS.contains(NounShapes.withoutPossessive(Clitics.strip(w.norm())))) return null;
      if (VERBS.contains(toks.get(k).norm())) return "up_to";
    }
    return null;
  }

}
