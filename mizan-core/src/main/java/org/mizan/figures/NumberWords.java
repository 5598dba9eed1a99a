package org.mizan.figures;

import static org.mizan.figures.FigureExtractor.CURRENCIES;
import static org.mizan.figures.FigureExtractor.NUMBER_WORDS;
import static org.mizan.figures.FigureExtractor.SCALES;
import static org.mizan.figures.FigureExtractor.UNITS;

import java.util.List;
import java.util.Set;
import org.mizan.text.Token;

/**
 * Numbers written in words, for {@link FigureExtractor}: teens and compounds joined by و ({@code ثلاثة
 * عشر}, {@code خمسة وعشرون}, {@code مئة وخمسون}), decimals in words ({@code فاصلة}), fractions of a scale
 * ({@code نصف مليون}) and the dual of a scale in construct ({@code مليونا ريال}).
 */
final class NumberWords {
  private NumberWords() {}

  static final java.util.Map<String, Double> FRACTION_WORDS = java.util.Map.of("ربع", 0.25, "نصف", 0.5,
      "ثلث", 1.0 / 3);

  static final java.util.Map<String, Double> TEEN_HEADS = java.util.Map.of("احد", 1.0, "احدي", 1.0,
      "اثنا", 2.0, "اثني", 2.0, "اثنتا", 2.0, "اثنتي", 2.0);

  /** One and two, which number-words.tsv leaves out (they follow their noun), as parts after a hundred. */
  private static final java.util.Map<String, Double> SMALL_UNITS = java.util.Map.of("واحد", 1.0, "واحده", 1.0,
      "احدي", 1.0, "اثنان", 2.0, "اثنين", 2.0, "اثنتان", 2.0, "اثنتين", 2.0);

  /**
   * A number in words continued from token j: its tens ({@code ثلاثة عشر}) and parts after و
   * ({@code خمسة وعشرون}, {@code مئة وخمسون}, {@code سبعمائة وخمسة عشر}); not a part that has a scale of
   * its own after an amount of thousands ({@code مليون وخمسمائة ألف}: read by {@link AmountParts#partAfterWaw}).
   * Returns {value, token after it}.
   */
  static double[] compound(List<Token> toks, int j, double value) {
    if (j < toks.size() && value < 10 && isTen(toks.get(j).norm())) {
      value += 10;
      j++;
    }
    while (j < toks.size() && toks.get(j).norm().startsWith("و") && toks.get(j).norm().length() > 2) {
      String w = toks.get(j).norm().substring(1);
      if (w.startsWith("ال") && NUMBER_WORDS.contains(w.substring(2))) w = w.substring(2); // الثلاثة والعشرين
      Double more = NUMBER_WORDS.get(w);
      if (more == null && value >= 100) more = SMALL_UNITS.get(w); // ستمائة وواحد وثمانون = 681
      if (more == null || more >= value && value >= 100) break;
      // خمسة وعشرة آلاف: a unit joined to ten is a pair (five and ten thousand), not a number (15 is خمسة عشر)
      if (value < 10 && more == 10) break;
      if (value >= 1000) {
        double[] rest = compound(toks, j + 1, more);
        if ((int) rest[1] < toks.size() && SCALES.at(toks, (int) rest[1]) != null) break; // مليون وخمسمائة ألف
      }
      value += more;
      j++;
      if (more < 10 && j < toks.size() && isTen(toks.get(j).norm())) {
        value += 10; // سبعمائة وخمسة عشر
        j++;
      }
    }
    return new double[] {value, j};
  }

  /** The token after the و-joined number words (or digits) from j: where a part's unit starts. */
  static int numberWordsEnd(List<Token> toks, int j) {
    int k = j;
    while (k < toks.size()) {
      String n = toks.get(k).norm();
      String w = n.startsWith("و") && n.length() > 2 ? n.substring(1) : n;
      boolean number = n.equals("و") || toks.get(k).isNumber() || NUMBER_WORDS.contains(w) || isTen(w)
          || w.chars().allMatch(Character::isDigit);
      if (!number) break;
      k++;
    }
    return k;
  }

  /** Scale words whose bare form is a dual in construct before a currency or unit: مليونا ريال = 2,000,000. */
  private static final Set<String> DUAL_CONSTRUCT = Set.of("مليونا", "مليارا", "ومليونا", "ومليارا");

  /**
   * {@code مليونا} or {@code مليارا} without the tanween of the accusative, right before a currency or
   * unit: the dual in construct ({@code مليونا ريال}, two million riyals), not "a million" as an object.
   */
  static boolean dualInConstruct(List<Token> toks, int i) {
    Token t = toks.get(i);
    if (!DUAL_CONSTRUCT.contains(t.norm()) || t.text().indexOf('\u064B') >= 0 || i + 1 >= toks.size()) return false;
    return CURRENCIES.at(toks, i + 1) != null || UNITS.at(toks, i + 1) != null;
  }

  /** نصف مليون، وربع مليار: a fraction word (not the tail of a figure, مليون وربع) before a scale of a thousand or more. */
  static PhraseTable.Match<Double> fractionOfScale(List<Token> toks, int i) {
    String w = toks.get(i).norm();
    if (!FRACTION_WORDS.containsKey(PhraseTable.strip(w)) || i + 1 >= toks.size()) return null;
    if (w.startsWith("و") && i > 0 && (toks.get(i - 1).isNumber() || SCALES.at(toks, i - 1) != null)) return null;
    PhraseTable.Match<Double> sc = SCALES.at(toks, i + 1);
    return sc != null && sc.value() >= 1000 ? sc : null;
  }

  /**
   * The value of one or two at {@code j} when tens joined by و follow ({@code اثنان وعشرون}, {@code واحد
   * وأربعون}): the unit of a compound number, which number-words.tsv leaves out; else null.
   */
  static Double compoundUnit(List<Token> toks, int j) {
    String n = toks.get(j).norm();
    Double v = SMALL_UNITS.get(n);
    if (v == null && n.length() > 4 && n.charAt(0) == 'و') v = SMALL_UNITS.get(n.substring(1)); // واثنان وثلاثون: a listed item
    return v != null && j + 1 < toks.size() && andTens(toks.get(j + 1).norm()) ? v : null;
  }

  /**
   * {@code ثلاثة وأربعين فاصلة ثمانية} (43.8): "comma" and a number in words after a whole number in
   * words, its decimals ({@code فاصلة خمسة وعشرين} = .25). Returns {value, token after it}, or null.
   */
  static double[] decimalInWords(List<Token> toks, int j, double whole) {
    if (j + 1 >= toks.size() || !toks.get(j).norm().equals("فاصله")) return null;
    PhraseTable.Match<Double> m = NUMBER_WORDS.at(toks, j + 1);
    Double unit = m == null ? compoundUnit(toks, j + 1) : null;
    if (m == null && unit == null) return null;
    double[] c = m != null ? compound(toks, j + 1 + m.length(), m.value()) : compound(toks, j + 2, unit);
    double d = c[0];
    if (d < 0 || d >= 1000 || d != Math.floor(d)) return null;
    double scale = d < 10 ? 10 : d < 100 ? 100 : 1000;
    return new double[] {whole + d / scale, c[1]};
  }

  /** {@code وعشرون} … {@code وتسعين}: the tens that follow a unit in a compound number. */
  private static boolean andTens(String norm) {
    if (norm.length() < 4 || norm.charAt(0) != 'و') return false;
    Double v = NUMBER_WORDS.get(norm.substring(1));
    return v != null && v >= 20 && v <= 90 && v % 10 == 0;
  }

  static boolean isTen(String norm) {
    return norm.equals("عشر") || norm.equals("عشره");
  }

  /** الخمس، الثلاثة: the article on a cardinal (not on a word that merely starts with ال, like ألفي = الفي). */
  static boolean isDefinite(String norm) {
    return norm.startsWith("ال") && NUMBER_WORDS.contains(norm.substring(2));
  }

  /** الثلاثة والعشرين: a definite unit word followed by its definite tens. */
  static boolean definiteCompound(List<Token> toks, int i) {
    if (i + 1 >= toks.size()) return false;
    String n = toks.get(i + 1).norm();
    return n.startsWith("وال") && NUMBER_WORDS.contains(n.substring(3));
  }
}
