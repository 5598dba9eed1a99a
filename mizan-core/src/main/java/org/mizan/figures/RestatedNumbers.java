package org.mizan.figures;

import static org.mizan.figures.FigureExtractor.NUMBER_WORDS;
import static org.mizan.figures.FigureExtractor.SCALES;

import java.util.List;
import org.mizan.text.Token;

/**
 * A number stated twice, for {@link FigureExtractor}: digits in parentheses restated in words ({@code (7)
 * سبعة من رجال الأمن}) or words restated in digits ({@code سبعة (7) أشخاص}), read as one figure.
 */
final class RestatedNumbers {
  private RestatedNumbers() {}

  /**
   * {@code (7) سبعة من رجال الأمن}, {@code (1500) ألف وخمسمائة ريال}, {@code (5.5) خمسة ملايين وخمسمائة ألف}:
   * digits in parentheses restated in words right after them (an official style). Returns {value, index
   * after the words} (the words' value when the digits counted in their scale), or null when the words
   * are not the same number.
   */
  static double[] restatedInWords(String body, List<Token> toks, int i, int j, double value) {
    if (j >= toks.size() || j != i + 1 || !openedBefore(body, toks.get(i).start(), '(')) return null;
    if (!body.substring(toks.get(i).end(), toks.get(j).start()).strip().equals(")")) return null;
    PhraseTable.Match<Double> m = NUMBER_WORDS.at(toks, j);
    Double teen = j + 1 < toks.size() && NumberWords.isTen(toks.get(j + 1).norm()) ? NumberWords.TEEN_HEADS.get(toks.get(j).norm()) : null;
    if (teen != null) m = new PhraseTable.Match<>(teen, 1); // (12) اثنا عشر
    Double unit = m == null ? NumberWords.compoundUnit(toks, j) : null;
    if (unit != null) m = new PhraseTable.Match<>(unit, 1); // (22) اثنان وعشرون
    if (m == null || toks.get(j).norm().startsWith("و") || NumberWords.isDefinite(toks.get(j).norm())) return null;
    double[] c = NumberWords.compound(toks, j + m.length(), m.value());
    double words = c[0];
    int k = (int) c[1];
    if (words == value) return new double[] {value, k};
    PhraseTable.Match<Double> scale = k < toks.size() ? SCALES.at(toks, k) : null;
    if (scale == null || words >= 1000) return null;
    words *= scale.value();
    k += scale.length();
    double magnitude = scale.value();
    for (AmountParts.Part p = AmountParts.partAfterWaw(body, toks, k, magnitude); p != null;
        p = AmountParts.partAfterWaw(body, toks, k, magnitude)) {
      words += p.value();
      if (p.tail() != null) { // (17800) سبعة عشر ألفا وثمانمائة كيلو: the last part; its unit is read after
        k = NumberWords.numberWordsEnd(toks, k);
        break;
      }
      k = p.next();
      magnitude = p.scale();
    }
    // (100,000) مائة ألف: the same amount; (5.5) خمسة ملايين وخمسمائة ألف: the digits count millions
    if (words == value || Math.abs(value * scale.value() - words) < 1e-6 * words) return new double[] {words, k};
    return null;
  }

  /** {@code سبعة (7) أشخاص}: the number at j is the one just read in words, restated in parentheses. */
  static boolean restatedInDigits(String body, List<Token> toks, int j, double value) {
    if (j + 1 >= toks.size() || !toks.get(j).isNumber() || !openedBefore(body, toks.get(j).start(), '(')) return false;
    Double v = DigitNumbers.parseDigits(toks.get(j).norm());
    int k = toks.get(j).end();
    while (k < body.length() && body.charAt(k) == ' ') k++;
    return v != null && v == value && k < body.length() && body.charAt(k) == ')'
        && body.substring(toks.get(j - 1).end(), toks.get(j).start()).strip().equals("(");
  }

  /** The character before {@code at}, spaces skipped, is {@code open}. */
  private static boolean openedBefore(String body, int at, char open) {
    int k = at - 1;
    while (k >= 0 && body.charAt(k) == ' ') k--;
    return k >= 0 && body.charAt(k) == open;
  }
}
