package org.mizan.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mizan.figures.FigureShow.figures;

import org.junit.jupiter.api.Test;

/**
 * Forms of round 10: decimals written with the Arabic comma before a currency, a bare franc, model
 * numbers that count nothing. Invented sentences, one rule each.
 */
class FiguresRound10Test {
  @Test
  void anArabicCommaDecimalBeforeACurrencyIsAPrice() {
    assertThat(figures("ويبلغ سعر لتر الوقود الجديد 2،35 ريال أي 0،63 دولار"))
        .containsExactly("2.35 SAR null", "0.63 USD null");
    // a list of numbers is not read as decimals
    assertThat(figures("وفاز المرشحون بـ 3، 5 مقاعد")).doesNotContain("3.5 null seat");
  }

  @Test
  void aBareFrancIsTheSwissFrancUnlessQualified() {
    assertThat(figures("وتراجع الدولار إلى 0.9650 فرنك في التعاملات المسائية"))
        .containsExactly("0.965 CHF null");
    assertThat(figures("وبلغت المنحة 500 مليون فرنك أفريقي")).containsExactly("5.0E8 XOF null");
  }

  @Test
  void aNumberAfterAMakerOrModelWordNamesAModel() {
    assertThat(figures("وكانت طائرة بوينغ 787 تقل 140 راكبا")).containsExactly("140.0 null راكب");
    assertThat(figures("واشترى سيارة طراز 2012 بمبلغ 40 ألف ريال")).containsExactly("40000.0 SAR null");
  }

  @Test
  void theDefiniteTwelveAfterItsNounCounts() {
    assertThat(figures("واجتمع وزراء الدول الاثنتي عشرة في العاصمة")).containsExactly("12.0 null country");
    assertThat(figures("وتسلم الفرق الاثني عشر جوائزها")).containsExactly("12.0 null فرق");
  }
}
