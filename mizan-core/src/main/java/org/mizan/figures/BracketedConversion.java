package org.mizan.figures;

import java.util.List;

/**
 * A sum converted into another currency in brackets right after it ({@code تصل إلى 12.5 مليار يورو
 * (13.8 مليار دولار)}) is the same amount, so it shares the bound of the sum it converts. A conversion
 * that states its own bound ({@code (نحو 7600 دولار)}) keeps it.
 */
final class BracketedConversion {
  private BracketedConversion() {}

  static void shareApprox(String body, List<Figure> figures) {
    for (int k = 1; k < figures.size(); k++) {
      Figure sum = figures.get(k - 1), conv = figures.get(k);
      if (conv.approx() != null || sum.approx() == null || sum.approx().equals("about")) continue;
      if (!isCurrency(sum.unit()) || !isCurrency(conv.unit()) || sum.unit().equals(conv.unit()) || conv.start() < sum.end()) {
        continue;
      }
      String between = body.substring(sum.end(), conv.start()).strip();
      boolean bracketed = between.equals("(") || (between.isEmpty() && conv.text().startsWith("("));
      if (!bracketed) continue;
      figures.set(k, new Figure(conv.text(), conv.value(), conv.unit(), conv.counted(), sum.approx(), conv.start(), conv.end()));
    }
  }

  private static boolean isCurrency(String unit) {
    return unit != null && unit.length() == 3 && unit.chars().allMatch(c -> c >= 'A' && c <= 'Z');
  }
}
