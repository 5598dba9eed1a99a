package org.mizan.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Forms met on modern web news (round 18): a price table whose currency is printed only in its column
 * header. Invented sentences, one rule each.
 */
class FiguresRound18Test {
  private final FigureExtractor extractor = new FigureExtractor();

  private List<String> figures(String text) {
    return extractor.extract(text).stream().map(f -> f.text() + " = " + f.value() + " " + f.unit()).toList();
  }

  @Test
  void rowsUnderAHeaderNamingACurrencyAreAmountsInIt() {
    String page = "قائمة أسعار السوق\n\nالرقم السلعة السعر بالجنيه\n1 أرز 3.5\n2 عدس أحمر 12\nالمصدر وزارة التموين";
    assertThat(figures(page)).containsExactly("1 أرز 3.5 = 3.5 EGP", "2 عدس أحمر 12 = 12.0 EGP");
  }

  @Test
  void rowsWithoutACurrencyHeaderOrAloneAreNoAmounts() {
    assertThat(figures("الرقم السلعة السعر\n1 أرز 3.5\n2 عدس 12")).noneMatch(f -> f.contains("3.5") || f.contains("12"));
    assertThat(figures("السعر بالجنيه\n1 أرز 3.5\nوقال التاجر إن الطلب ضعيف")).noneMatch(f -> f.contains("3.5"));
  }

  @Test
  void aRowEndingInAPercentIsNoPrice() {
    assertThat(figures("السعر بالجنيه\nأرز 3\nعدس 5%")).doesNotContain("عدس 5 = 5.0 EGP");
  }
}
