package org.mizan.figures;

import static org.mizan.figures.FigureExtractor.APPROX;

import java.util.List;
import java.util.Set;
import org.mizan.text.Token;

/**
 * The approximation said before a figure, for {@link FigureExtractor}: {@code نحو} → about, {@code أكثر من}
 * → more than (approximations.tsv), also across a measure noun ({@code تجاوز حاجز 100 دولار}) or a subject
 * in construct ({@code تجاوز سعر الذهب 1100 دولار}); a verb of reaching after a toll states the figure.
 */
final class Approximations {
  private Approximations() {}

  /** Heads of a subject in construct that may stand between a verb of exceeding and its number. */
  private static final Set<String> PRICE_HEADS = Set.of("سعر", "اسعار", "قيمه", "عدد", "حجم", "موشر");

  /** Nouns that may stand between an approximation and its number: تجاوز حاجز 100 دولار، تتجاوز أعمارهم 14 عاما. */
  private static final Set<String> MEASURE_NOUNS = Set.of("مبلغ", "المبلغ", "قيمه", "حاجز", "مستوي", "عتبه", "سقف",
      "عدد", "عمر", "اعمار");

  /** The approximation ending right before token i (about, more_than, up_to …), or null. */
  static String approxBefore(List<Token> toks, int i) {
    PhraseTable.Match<String> a = APPROX.endingBefore(toks, i);
    if (a != null && "up_to".equals(a.value()) && reaches(toks, i - a.length())) return null;
    if (a == null && i > 1 && MEASURE_NOUNS.contains(measureNoun(toks.get(i - 1).norm()))) {
      a = APPROX.endingBefore(toks, i - 1); // تتجاوز مبلغ (20) مليون، تجاوز حاجز 100 دولار، تجاوزت قيمتها 1.3 مليون
    }
    if (a == null && i > 2 && PRICE_HEADS.contains(toks.get(i - 2).norm()) && toks.get(i - 1).norm().startsWith("ال")) {
      a = APPROX.endingBefore(toks, i - 2); // تجاوز سعر الذهب 1100 دولار: the subject between the verb and the number
      if (a != null && !"more_than".equals(a.value()) && !"less_than".equals(a.value())) a = null;
    }
    return a == null ? ReachingBound.before(toks, i) : a.value();
  }

  /**
   * A clock time is a moment, not a bound: {@code حتى الساعة 3:00 مساء} is "until" three, so no up_to (the
   * other approximations, {@code نحو الساعة}, stay).
   */
  static String ofTime(String approx) {
    return "up_to".equals(approx) ? null : approx;
  }

  /** A bound printed right after the figure and its noun: {@code 35 قرشا فأكثر} (at least), {@code فأقل} (up to). */
  static String boundAfter(List<Token> toks, int j) {
    String w = toks.get(j).norm();
    if (w.equals("فاكثر") || w.equals("فما") && j + 1 < toks.size() && toks.get(j + 1).norm().equals("فوق")) return "at_least";
    return w.equals("فاقل") || w.equals("فما") && j + 1 < toks.size() && toks.get(j + 1).norm().equals("دون") ? "up_to" : null;
  }

  /** قيمتها → قيمه، عددهم → عدد: a measure noun without its pronoun suffix. */
  private static String measureNoun(String norm) {
    String w = NounShapes.withoutPossessive(norm);
    if (w.length() == norm.length() && norm.length() >= 5 && norm.endsWith("ته")) w = norm.substring(0, norm.length() - 1);
    return w.length() < norm.length() && w.endsWith("ت") ? w.substring(0, w.length() - 1) + "ه" : w;
  }

  /**
   * {@code حصيلة القتلى تصل إلى 230 ألفا}: a verb of reaching after a toll or a count states the
   * figure reached, not a bound ({@code غرامة تصل إلى 5 آلاف} is "up to").
   */
  private static boolean reaches(List<Token> toks, int verb) {
    String v = toks.get(verb).norm();
    if (!(v.equals("يصل") || v.equals("تصل")) || verb < 2 || !toks.get(verb - 1).norm().startsWith("ال")) return false;
    String head = toks.get(verb - 2).norm();
    return TOLL_HEADS.contains(head) || TOLL_HEADS.contains(PhraseTable.strip(head));
  }

  /** The head of a toll or count whose reaching a number states it (حصيلة القتلى تصل إلى). */
  private static final Set<String> TOLL_HEADS = Set.of("حصيله", "عدد", "اجمالي", "مجموع", "العدد");
}
