package org.mizan.figures;

import static org.mizan.figures.FigureExtractor.CURRENCIES;
import static org.mizan.figures.FigureExtractor.SCALES;

import java.util.ArrayList;
import java.util.List;
import org.mizan.text.Token;

/**
 * Numbers printed in digits, for {@link FigureExtractor}: thousands and decimal separators read
 * ({@code 1,234.5}, {@code 2,5}, {@code 1.000.000}), mirrored numbers ({@code 25ر2}) and digits joined
 * by an Arabic comma ({@code 2،804،130}).
 */
final class DigitNumbers {
  private DigitNumbers() {}

  /**
   * A number some pages print mirrored, its parts in reverse order joined by a glued {@code ر} or by
   * {@code .}+RLM: two parts are a decimal ({@code 25ر2} = 2.25, {@code 0721.‏1} = 1.0721), more are
   * thousands groups ({@code 432ر690ر29} = 29690432). Returns {value, token after it}, or null.
   */
  static double[] mirrored(String body, List<Token> toks, int i) {
    List<String> parts = new ArrayList<>(List.of(toks.get(i).norm()));
    int k = i;
    while (true) {
      Token a = toks.get(k);
      if (k + 2 < toks.size() && toks.get(k + 1).norm().equals("ر") && toks.get(k + 1).start() == a.end()
          && toks.get(k + 2).isNumber() && toks.get(k + 2).start() == toks.get(k + 1).end()) {
        k += 2;
      } else if (k + 1 < toks.size() && body.startsWith(".\u200F", a.end()) && toks.get(k + 1).isNumber()
          && toks.get(k + 1).start() == a.end() + 2) {
        k += 1;
      } else {
        break;
      }
      parts.add(toks.get(k).norm());
    }
    if (parts.size() < 2 || !parts.stream().allMatch(p -> p.matches("\\d+"))) return null;
    java.util.Collections.reverse(parts);
    String plain;
    if (parts.size() == 2) {
      plain = parts.get(0) + "." + parts.get(1);
    } else if (parts.subList(1, parts.size()).stream().allMatch(p -> p.length() == 3)) {
      plain = String.join("", parts);
    } else {
      return null;
    }
    return new double[] {Double.parseDouble(plain), k + 1};
  }

  /**
   * Digits joined by the Arabic comma with no space (the tokenizer splits at it, so only the last part
   * was read): groups of three are thousands ({@code 2،804،130 ريال}, {@code 1،500 مليون}); one or two
   * digits before a scale word, a percent sign or a currency are decimals ({@code 157،7 مليون}, {@code 80،4%},
   * {@code 1،72 درهم}).
   * Null otherwise ({@code 3، 5، 7} is a list).
   */
  static double[] arabicComma(String body, List<Token> toks, int i) {
    String x = toks.get(i).norm();
    if (!x.matches("\\d{1,3}")) return null;
    int k = i; // 2،804،130 ريال: groups of three glued with the Arabic comma are thousands
    StringBuilder digits = new StringBuilder(x);
    while (k + 1 < toks.size() && commaGlued(body, toks.get(k), toks.get(k + 1)) && toks.get(k + 1).norm().matches("\\d{3}")) {
      digits.append(toks.get(++k).norm());
    }
    if (k > i) return new double[] {Double.parseDouble(digits.toString()), k + 1};
    if (i + 1 >= toks.size() || !commaGlued(body, toks.get(i), toks.get(i + 1))) return null;
    String y = toks.get(i + 1).norm();
    if (!y.matches("\\d{1,2}")) return null;
    // 157،7 مليون، 80،4%: a decimal comma before a scale or a percent sign
    int after = toks.get(i + 1).end();
    while (after < body.length() && body.charAt(after) == ' ') after++;
    boolean percent = after < body.length() && (body.charAt(after) == '%' || body.charAt(after) == '٪');
    // 1،72 درهم: a decimal comma before a currency (prices to the fils or cent)
    if (!percent && (i + 2 >= toks.size()
        || (SCALES.at(toks, i + 2) == null && CURRENCIES.at(toks, i + 2) == null))) {
      return null;
    }
    return new double[] {Double.parseDouble(x + "." + y), i + 2};
  }

  /** Two digit tokens joined by an Arabic comma with no space around it ({@code 2،804}). */
  private static boolean commaGlued(String body, Token a, Token b) {
    return b.isNumber() && a.end() < body.length() && body.charAt(a.end()) == '،' && b.start() == a.end() + 1;
  }

  /** {@code 1,234.5}, {@code ١٬٢٣٤٫٥}, {@code 2,5} (decimal comma), {@code 1.000.000}; null when not a number. */
  public static Double parseDigits(String norm) {
    try {
      return Double.valueOf(plain(norm));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** How many decimals a number printed as {@link #parseDigits} reads it states ({@code 13.23} 2, {@code 2,5} 1, {@code 1,234} 0). */
  public static int decimalPlaces(String norm) {
    String s = plain(norm);
    int dot = s.indexOf('.');
    return dot < 0 ? 0 : s.length() - dot - 1;
  }

  /** A number whose every mark stands before three digits ({@code 253,753.468}) read with all of them as groups; else {@code value}. */
  static double inGroups(String norm, double value) {
    String s = norm.replace('٫', '.').replace('٬', ',');
    return s.matches("\\d{1,3}([.,]\\d{3}){2,}") ? Double.parseDouble(s.replaceAll("[.,]", "")) : value;
  }

  /** The number in plain {@code 1234.5} form: separators read as thousands or decimal marks. */
  private static String plain(String norm) {
    String s = norm.replace('٫', '.').replace('٬', ',');
    if (s.matches("\\d{1,3}(,\\d{3})+(\\.\\d+)?")) return s.replace(",", "");
    if (s.matches("\\d{1,3}(\\.\\d{3}){2,}")) return s.replace(".", "");
    // 542.963,440: dots grouping thousands, then a comma before three more digits groups them too
    if (s.matches("\\d{1,3}(\\.\\d{3})+,\\d{3}")) return s.replace(".", "").replace(",", "");
    if (s.matches("\\d+,\\d+")) return s.replace(',', '.');
    return s;
  }
}
