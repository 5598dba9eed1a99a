package org.mizan.synthesis;

import org.mizan.figures.Figure;
import org.mizan.synthesis.StoryDigest.FigureValue;

/**
 * How two printed values of a quantity relate, for {@link FigureTable}: one figure written otherwise
 * (thousands grouped with a dot or comma, a decimal's digit groups swapped, one outlet's rounding), ranges
 * that overlap given their approximations, and how near or how many magnitudes apart the values lie.
 */
final class PrintedValues {
  private PrintedValues() {}

  /**
   * Whether {@code f} prints the value of {@code g} with a dot or comma grouping its thousands ({@code 1.949
   * مليون ريال} for 1,949 million): the same figure, linked as an agreement before any conflict is.
   */
  static boolean thousandsOf(Figure f, Figure g) {
    return f.value() != 0 && THOUSANDS_TAIL.matcher(org.mizan.text.ArabicNormalization.normalize(f.text())).find()
        && same(g.value(), f.value() * 1000);
  }

  /**
   * Whether {@code f}, its digits ending in a separator and three digits read as thousands ({@code
   * 277,300 مليون}), is a thousand times {@code g}, whose digits end otherwise ({@code 277.3 مليون}): one
   * figure, {@code f} the decimal written with its zeros.
   */
  static boolean decimalOf(Figure f, Figure g) {
    return g.value() != 0 && THOUSANDS_TAIL.matcher(org.mizan.text.ArabicNormalization.normalize(f.text())).find()
        && !THOUSANDS_TAIL.matcher(org.mizan.text.ArabicNormalization.normalize(g.text())).find()
        && same(f.value(), g.value() * 1000);
  }

  /**
   * Whether two values lie more than {@value #MAGNITUDES} apart: a company's earnings per share (3.73
   * riyals) and its quarter's profit (6.17 billion) are two quantities worded alike, not two outlets
   * disagreeing; a slip between thousand, million and billion stays within that factor.
   */
  static boolean apartInMagnitude(Figure a, Figure b) {
    double x = Math.abs(a.value()), y = Math.abs(b.value());
    return x > 0 && y > 0 && Math.max(x, y) / Math.min(x, y) > MAGNITUDES;
  }

  /** Smaller over larger absolute value (1 for equal values, 0 when one is zero). */
  static double nearness(Figure a, Figure b) {
    double x = Math.abs(a.value()), y = Math.abs(b.value());
    return Math.max(x, y) == 0 ? 1 : Math.min(x, y) / Math.max(x, y);
  }

  /** The factor beyond which two values are not readings of one quantity ({@link #apartInMagnitude}). */
  static final double MAGNITUDES = 10_000;

  /** Whether {@code a} equals {@code b} within a millionth of {@code b} (the noise of a scaled double). */
  static boolean same(double a, double b) {
    return Math.abs(a - b) <= 1e-6 * Math.abs(b);
  }

  /**
   * The value with the two digit groups of its decimal swapped: an outlet that writes decimals with
   * ر (right to left, {@code 5ر32} for 32.5) and a copy that turned the ر into a point print {@code 5.32}
   * for the same 32.5; NaN when the figure is not digits with one separator.
   */
  static double swappedReading(String normText, double value) {
    java.util.regex.Matcher m = ONE_SEPARATOR.matcher(normText);
    if (!m.find()) return Double.NaN;
    double printed = Double.parseDouble(m.group(1) + "." + m.group(2));
    if (printed == 0 || value == 0) return Double.NaN;
    return Double.parseDouble(m.group(2) + "." + m.group(1)) * (value / printed);
  }

  /** Digits with one decimal point or comma, and no other separator around them. */
  private static final java.util.regex.Pattern ONE_SEPARATOR =
      java.util.regex.Pattern.compile("(?<![0-9.,])([0-9]+)[.,]([0-9]+)(?![0-9.,])");

  /** Digits ending in a separator and exactly three digits. */
  private static final java.util.regex.Pattern THOUSANDS_TAIL =
      java.util.regex.Pattern.compile("[0-9][.,٫٬][0-9]{3}(?![0-9])");

  /**
   * Whether the ranges two figures state overlap: {@code أكثر من 3} and {@code نحو أربع} can both be
   * true, {@code 120} and {@code أكثر من 100} too; an exact figure is its value, {@code نحو} ±10%.
   */
  static boolean compatible(Figure a, Figure b) {
    double[] x = range(a);
    double[] y = range(b);
    return x[0] <= y[1] && y[0] <= x[1];
  }

  private static double[] range(Figure f) {
    double v = f.value();
    // نحو مئات الأشخاص: "about hundreds" is some hundreds, not about one hundred
    if (Lexicon.VAGUE_NUMBERS.contains(firstWord(f.text()))) {
      return new double[] {v, "at_least".equals(f.approx()) ? Double.POSITIVE_INFINITY : v * 10};
    }
    if (f.approx() == null) return new double[] {v, v};
    return switch (f.approx()) {
      case "about" -> new double[] {v * 0.9, v * 1.1};
      case "nearly" -> new double[] {v * 0.9, v};
      case "more_than", "at_least" -> new double[] {v, Double.POSITIVE_INFINITY};
      case "less_than", "up_to" -> new double[] {0, v};
      default -> new double[] {v, v};
    };
  }

  /** The figure's first word, normalized, without و and the article ({@code والمئات} → {@code مئات}). */
  private static String firstWord(String text) {
    var toks = org.mizan.text.Tokenizer.tokenize(text);
    if (toks.isEmpty()) return "";
    String w = toks.get(0).norm();
    if (w.startsWith("و") && w.length() > 3) w = w.substring(1);
    return w.startsWith("ال") && w.length() > 4 ? w.substring(2) : w;
  }

  /**
   * Whether two values differ only as one outlet's rounding of the other's: within one unit of the
   * last digit the less precise one states ("13 مليار" and "13.23 مليار", "95%" and "95.4%"; "45
   * مليون" for 45.5 million, since outlets truncate as often as they round). A value written in words
   * states its precision only when it is compound: {@code مليار وتسعة وخمسون مليون ريال} counts in
   * millions, so it is 1,059,593,121 riyals rounded; a bare {@code خمسة آلاف} states none and never qualifies.
   */
  static boolean roundingOf(FigureValue a, FigureValue b) {
    double ua = lastDigitUnit(a.text(), a.value());
    double ub = lastDigitUnit(b.text(), b.value());
    if (Double.isNaN(ua) || Double.isNaN(ub)) return false;
    return Math.abs(a.value() - b.value()) < Math.max(ua, ub) * (1 - 1e-9);
  }

  /** The value of one unit in the last written digit ("13.23 مليار" → 10^7), NaN when no digits are written. */
  static double lastDigitUnit(String text, double value) {
    java.util.regex.Matcher m = DIGITS.matcher(org.mizan.text.ArabicNormalization.normalize(text));
    if (!m.find()) return compoundWordsUnit(text);
    // read as the figures stage reads it: 2,5 is two and a half, 77,189 seventy-seven thousand
    Double mantissa = org.mizan.figures.FigureExtractor.parseDigits(m.group());
    if (mantissa == null || mantissa == 0 || value == 0) return Double.NaN;
    double scale = Math.abs(value / mantissa);
    return scale * Math.pow(10, -org.mizan.figures.FigureExtractor.decimalPlaces(m.group()));
  }

  /**
   * The smallest order a compound amount in words names ({@code مليارا وتسعة وخمسين مليون} → 10^6), NaN
   * when the words join no parts with و or name no order (thousand, million, billion).
   */
  static double compoundWordsUnit(String text) {
    var toks = org.mizan.text.Tokenizer.tokenize(text);
    boolean joined = false;
    double smallest = Double.NaN;
    int at = -1;
    for (int i = 0; i < toks.size(); i++) {
      String w = toks.get(i).norm();
      if (i > 0 && w.startsWith("و") && w.length() > 2) joined = true;
      Double order = ORDERS.get(w.startsWith("و") ? w.substring(1) : w);
      if (order != null && !(order >= smallest)) {
        smallest = order;
        at = i;
      }
    }
    // a part joined after the smallest order (آلاف وخمسمائة) counts finer than it
    for (int i = at + 1; at >= 0 && i < toks.size(); i++) if (toks.get(i).norm().startsWith("و")) return Double.NaN;
    return joined ? smallest : Double.NaN;
  }

  /** Order words and their value, normalized, in the forms amounts print them. */
  private static final java.util.Map<String, Double> ORDERS = orders();

  private static java.util.Map<String, Double> orders() {
    java.util.Map<String, Double> m = new java.util.HashMap<>();
    for (String w : new String[] {"الف", "الاف", "الفا", "الفي", "الفان", "الفين", "الوف"}) m.put(w, 1e3);
    for (String w : new String[] {"مليون", "ملايين", "مليونا", "مليوني", "مليونان", "مليونين"}) m.put(w, 1e6);
    for (String w : new String[] {"مليار", "مليارات", "مليارا", "ملياري", "ملياران", "مليارين"}) m.put(w, 1e9);
    return java.util.Map.copyOf(m);
  }

  private static final java.util.regex.Pattern DIGITS = java.util.regex.Pattern.compile("[0-9]+(?:[.,٫٬][0-9]+)*");
}
