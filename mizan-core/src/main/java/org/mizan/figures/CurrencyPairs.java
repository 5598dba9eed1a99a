package org.mizan.figures;

import java.util.List;
import org.mizan.text.WordList;

/**
 * Which currency of a quoted pair a rate counts. A rate is printed in units of the pair's quote currency,
 * the base being the one market convention puts first ({@code base-currencies.txt}: EUR, GBP, AUD, NZD,
 * USD): {@code الإسترليني 1.3370 مقابل الدولار} is 1.337 dollars, {@code الدولار 144.70 مقابل الين} 144.7 yen,
 * {@code الروبل 58 مقابل الدولار} 58 roubles. When neither currency is a base, the one named first is
 * counted (the rouble's rule before this one).
 */
final class CurrencyPairs {
  private static final List<String> BASES = WordList.lines(CurrencyPairs.class, "base-currencies.txt");

  private CurrencyPairs() {}

  /** The currency a rate of {@code first} against {@code second} is counted in. */
  static String quoted(String first, String second) {
    int a = rank(first);
    int b = rank(second);
    return a < b ? second : first;
  }

  private static int rank(String code) {
    int i = BASES.indexOf(code);
    return i < 0 ? Integer.MAX_VALUE : i;
  }
}
