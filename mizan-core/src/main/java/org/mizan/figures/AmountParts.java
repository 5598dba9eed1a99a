package org.mizan.figures;

import static org.mizan.figures.FigureExtractor.NUMBER_WORDS;
import static org.mizan.figures.FigureExtractor.SCALES;

import java.util.ArrayList;
import java.util.List;
import org.mizan.text.Token;

/**
 * The smaller parts of an amount after و, for {@link FigureExtractor}: {@code خمسة عشر مليون وأربعمائة ألف},
 * {@code 3 ملايين و500 ألف}, {@code 281 ألفا و800 دولار} are one amount each, not second figures.
 */
final class AmountParts {
  private AmountParts() {}

  /** A smaller part of an amount after و: its value, the token after it, its scale, and the figure read with its unit. */
  record Part(double value, int next, double scale, Figure tail) {}

  /**
   * The part after {@code و} at token j of an amount of the given magnitude, or null: a number (digits or
   * number words, {@code وتسعة وخمسين}) with a smaller scale ({@code و500 ألف}, {@code وأربعمائة ألف}), or
   * a smaller number with its unit right after it ({@code 281 ألفا و800 دولار}, {@code ألف و500 مشتبه}).
   */
  static Part partAfterWaw(String body, List<Token> toks, int j, double magnitude) {
    if (magnitude <= 0 || j >= toks.size()) return null;
    String w = toks.get(j).norm();
    int at; // the token of the number
    Double n;
    if (w.equals("و") && j + 1 < toks.size()) {
      at = j + 1;
      Token t = toks.get(at);
      n = t.isNumber() ? DigitNumbers.parseDigits(t.norm()) : NUMBER_WORDS.get(t.norm());
    } else if (w.startsWith("و") && w.length() > 2) {
      at = j;
      String rest = w.substring(1);
      n = rest.chars().allMatch(Character::isDigit) ? DigitNumbers.parseDigits(rest) : NUMBER_WORDS.get(rest);
    } else {
      return null;
    }
    if (n == null || n <= 0) return null;
    int k = at + 1;
    if (!toks.get(at).isNumber()) { // وتسعة وخمسين مليون
      double[] c = NumberWords.compound(toks, k, n);
      n = c[0];
      k = (int) c[1];
    }
    PhraseTable.Match<Double> sc = k < toks.size() ? SCALES.at(toks, k) : null;
    if (sc != null) {
      if (n >= 1000 || sc.value() >= magnitude) return null;
      // وخمسة آلاف مليار: thousands of the larger scale, the other end of a range, not a smaller part
      if (k + sc.length() < toks.size() && SCALES.at(toks, k + sc.length()) != null) return null;
      return new Part(n * sc.value(), k + sc.length(), sc.value(), null);
    }
    if (n >= magnitude) return null;
    List<Figure> tail = new ArrayList<>();
    int after = FigureReader.figureAt(body, toks, at, tail);
    if (after <= at || tail.size() != 1) return null;
    Figure f = tail.get(0);
    if ("time".equals(f.unit()) || f.unit() == null && f.counted() == null || f.value() != n) return null;
    return new Part(n, after, 1, f);
  }

  /** بين X و Y: the two ends of a range, never one amount. */
  static boolean afterBetween(List<Token> toks, int i) {
    return i > 0 && toks.get(i - 1).norm().equals("بين");
  }
}
