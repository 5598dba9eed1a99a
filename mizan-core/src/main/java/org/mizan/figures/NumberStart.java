package org.mizan.figures;

import static org.mizan.figures.FigureExtractor.COUNTED;
import static org.mizan.figures.FigureExtractor.NUMBER_WORDS;
import static org.mizan.figures.FigureExtractor.SCALES;
import static org.mizan.figures.FigureExtractor.UNITS;
import static org.mizan.figures.FigureExtractor.VAGUE;

import java.util.List;
import org.mizan.text.Token;

/**
 * The number a figure starts with, for {@link FigureReader}: digits (mirrored, restated in words), a
 * fraction of a scale ({@code نصف مليون}) or number words (teens, compounds, decimals in words); a
 * definite cardinal is read whole with its noun.
 */
final class NumberStart {
  private NumberStart() {}

  /**
   * Reads the number: digits, a fraction of a scale ({@code نصف مليون}) or number words, with its compound
   * tail and the same number restated. Returns the index after when there is no amount to go on with.
   */
  static int read(FigureDraft d, Double compoundUnit) {
    if (d.t.isNumber()) return digits(d);
    if (NumberWords.fractionOfScale(d.toks, d.i) != null) {
      PhraseTable.Match<Double> sc = SCALES.at(d.toks, d.i + 1); // نصف مليون = 500000، ربع مليار
      d.value = NumberWords.FRACTION_WORDS.get(PhraseTable.strip(d.t.norm())) * sc.value();
      d.word = true;
      d.j = d.i + 1 + sc.length();
      return FigureReader.GO_ON;
    }
    return words(d, compoundUnit);
  }

  /** Digits, read mirrored or with an Arabic comma, or restated in words after them ({@code (7) سبعة}). */
  private static int digits(FigureDraft d) {
    String body = d.body;
    List<Token> toks = d.toks;
    int i = d.i;
    if (NotFigures.notAFigure(body, toks, i)) return i + 1;
    Double v = DigitNumbers.parseDigits(d.t.norm());
    if (v == null) return i + 1;
    d.value = v;
    d.j = i + 1;
    double[] mirrored = DigitNumbers.mirrored(body, toks, i);
    if (mirrored == null) mirrored = DigitNumbers.arabicComma(body, toks, i);
    if (mirrored != null) { // 0721.‏1 = 1.0721, 25ر2 = 2.25, 432ر690ر29 = 29690432, 157،7 مليون = 157.7 million
      d.value = mirrored[0];
      d.j = (int) mirrored[1];
    }
    double[] restated = RestatedNumbers.restatedInWords(body, toks, i, d.j, d.value); // (7) سبعة من رجال: the number again in words
    if (restated != null) {
      d.value = restated[0];
      d.j = (int) restated[1];
      d.word = true; // its scale is read
    }
    return FigureReader.GO_ON;
  }

  /**
   * Number words: a teen, a definite cardinal (read whole with its noun), a short word with a proclitic,
   * a compound's unit or a vague word; none is an amount in a name or an ordinal's tail.
   */
  private static int words(FigureDraft d, Double compoundUnit) {
    String body = d.body;
    List<Token> toks = d.toks;
    int i = d.i;
    Token t = d.t;
    List<Figure> out = d.out;
    Double teen = i + 1 < toks.size() && NumberWords.isTen(toks.get(i + 1).norm()) ? NumberWords.TEEN_HEADS.get(t.norm()) : null; // أحد عشر
    PhraseTable.Match<Double> m = teen != null ? new PhraseTable.Match<>(teen, 1) : NUMBER_WORDS.at(toks, i);
    // الدول الاثنتي عشرة: the definite head of twelve, which number-words.tsv leaves out
    boolean definiteTeen = m == null && i + 1 < toks.size() && NumberWords.isTen(toks.get(i + 1).norm())
        && t.norm().startsWith("ال") && NumberWords.TEEN_HEADS.containsKey(t.norm().substring(2));
    if (definiteTeen) m = new PhraseTable.Match<>(NumberWords.TEEN_HEADS.get(t.norm().substring(2)), 1);
    if (m == null && NumberWords.isDefinite(t.norm())) m = new PhraseTable.Match<>(NUMBER_WORDS.get(t.norm().substring(2)), 1); // الست: too short to strip
    if (m == null && shortWithProclitic(toks, i)) {
      m = new PhraseTable.Match<>(NUMBER_WORDS.get(t.norm().substring(1)), 1); // بست خطوط: too short to strip
    }
    if (m == null && compoundUnit != null) m = new PhraseTable.Match<>(compoundUnit, 1);
    PhraseTable.Match<Double> vm = m == null ? VAGUE.at(toks, i) : null;
    if (m == null && vm == null) return i;
    if (m != null) {
      int skip = notAnAmount(toks, i);
      if (skip != FigureReader.GO_ON) return skip;
    }
    // المئتي ألف مهاجر: a definite cardinal before a scale word reads as the scaled number
    boolean scaled = m != null && i + 1 < toks.size() && SCALES.at(toks, i + 1) != null;
    if (m != null && NumberWords.isDefinite(t.norm()) && NumberWords.definiteCompound(toks, i)) {
      int after = DefiniteCardinals.compoundAfterNoun(body, toks, i, m.value(), out); // الساعات الأربع والعشرين
      if (after > i) return after;
    }
    if (m != null && (NumberWords.isDefinite(t.norm()) || definiteTeen) && !NumberWords.definiteCompound(toks, i) && !scaled) {
      return DefiniteCardinals.read(body, toks, i, m, out); // السنوات الخمس، الدول الخمس
    }
    inWords(d, m != null ? m.value() : vm.value(), vm != null);
    return FigureReader.GO_ON;
  }

  /**
   * Where a number word at i is no amount of its own: "West" in a name ({@code وست بروميتش}), the scale of a number
   * before it, or the tail of an ordinal; returns the index to go on from, or {@link FigureReader#GO_ON}.
   */
  private static int notAnAmount(List<Token> toks, int i) {
    Token t = toks.get(i);
    if (NotFigures.westInAName(toks, i)) return i + 1;
    if (i > 0 && SCALES.at(toks, i) != null && NUMBER_WORDS.at(toks, i - 1) != null) {
      return i + 1; // المليون والثمانمائة ألف: the scale of a number read (or left) before, no amount of its own
    }
    if (t.norm().startsWith("وال") && !NUMBER_WORDS.contains(t.norm().substring(1))) {
      return i; // الحادية والعشرين: the tail of an ordinal (but وألفي is "and two thousand")
    }
    if (NumberWords.isTen(t.norm()) && i > 0 && ordinalHead(toks.get(i - 1).norm())) {
      return i + 1; // المرتبة الخامسة عشرة: the tail of an ordinal teen
    }
    return FigureReader.GO_ON;
  }

  /** Masculine ordinals of a teen's head, without the article (الحادي عشر، الثالث عشر). */
  private static final java.util.Set<String> ORDINAL_HEADS = java.util.Set.of("حادي", "ثاني", "ثالث", "رابع", "خامس",
      "سادس", "سابع", "ثامن", "تاسع");

  /**
   * The definite ordinal before a teen's عشر(ة): الخامسة، الحادي. Not any word with the article: إلى عشرة
   * أشخاص (normalized الي) is a preposition before a cardinal.
   */
  private static boolean ordinalHead(String norm) {
    if (!norm.startsWith("ال") || NUMBER_WORDS.contains(norm.substring(2))) return false;
    String stem = norm.substring(2);
    return stem.endsWith("ه") && stem.length() > 2 || ORDINAL_HEADS.contains(stem);
  }

  /** Sets the number in words at i (vague or not), with its compound tail, decimals and digits restating it. */
  private static void inWords(FigureDraft d, double value, boolean vague) {
    List<Token> toks = d.toks;
    int i = d.i;
    d.word = true;
    d.vague = vague;
    d.value = value;
    d.j = i + 1;
    if (NumberWords.dualInConstruct(toks, i)) d.value *= 2; // ومليونا ريال: two million (مليونًا, one, is accusative)
    if (!d.vague) {
      // ثلاثة عشر (13), خمسة وعشرون (25), مئة وخمسون (150)
      double[] c = NumberWords.compound(toks, d.j, d.value);
      d.value = c[0];
      d.j = (int) c[1];
      double[] point = NumberWords.decimalInWords(toks, d.j, d.value);
      if (point != null) {
        d.value = point[0];
        d.j = (int) point[1];
      }
      if (RestatedNumbers.restatedInDigits(d.body, toks, d.j, d.value)) {
        d.gapStart = toks.get(d.j).start(); // سبعة (7) أشخاص: the same number again in digits
        d.j++;
      }
    }
  }

  /**
   * {@code بست خطوط}, {@code وست نساء}: a two-letter number word with و or ب, which the tables do not strip
   * (too short), read only before a plural, a listed noun or a word of four letters or more ({@code وست
   * هام} is a name).
   */
  private static boolean shortWithProclitic(List<Token> toks, int i) {
    String w = toks.get(i).norm();
    if (w.length() != 3 || "وب".indexOf(w.charAt(0)) < 0 || !NUMBER_WORDS.contains(w.substring(1)) || i + 1 >= toks.size()) {
      return false;
    }
    String next = toks.get(i + 1).norm();
    return NounShapes.plural(next) || COUNTED.at(toks, i + 1) != null || UNITS.at(toks, i + 1) != null
        || next.length() >= 4 && toks.get(i + 1).isArabic() && !CountedNouns.NOT_NOUN.contains(next); // بست خطوط
  }
}
