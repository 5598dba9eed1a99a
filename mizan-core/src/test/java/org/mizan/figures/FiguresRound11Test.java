package org.mizan.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mizan.figures.FigureShow.values;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Forms of round 11: "up to" with the subject between the verb of reaching and its number, a bracketed
 * conversion sharing the bound, planned weekdays after a stated today, last night in a story told of
 * yesterday. Invented sentences, one rule each; publication is {@link FigureShow#WEDNESDAY} (2025-08-13).
 */
class FiguresRound11Test {
  private final FigureExtractor extractor = new FigureExtractor();

  private List<String> approx(String text) {
    return extractor.extract(text).stream().map(f -> f.value() + " " + f.approx()).toList();
  }

  @Test
  void aVerbOfReachingWithItsSubjectBeforeIlaIsUpTo() {
    assertThat(approx("وتطرح الشركة أسهما تصل قيمتها إلى 300 مليون ريال")).containsExactly("3.0E8 up_to");
    assertThat(approx("وأعلنت عن حقل تصل احتياطياته المؤكدة إلى 40 مليون برميل")).containsExactly("4.0E7 up_to");
    // a toll or count reaching a number states it
    assertThat(approx("ويصل عدد الضحايا إلى 40 شخصا")).containsExactly("40.0 null");
  }

  @Test
  void aBracketedConversionSharesTheBoundOfItsSum() {
    assertThat(approx("وتبيع سندات تصل قيمتها إلى 4 مليارات يورو (4.4 مليار دولار) هذا الشهر"))
        .containsExactly("4.0E9 up_to", "4.4E9 up_to");
    // a conversion with its own bound keeps it; one after an exact sum stays exact
    assertThat(approx("وغرمته المحكمة أكثر من 100 ألف جنيه (نحو 13 ألف دولار)"))
        .containsExactly("100000.0 more_than", "13000.0 about");
    assertThat(approx("ودفعت 100 ألف جنيه (13 ألف دولار)")).containsExactly("100000.0 null", "13000.0 null");
    assertThat(approx("ودفعت نحو 100 ألف جنيه (13 ألف دولار)")).containsExactly("100000.0 about", "13000.0 null");
  }

  @Test
  void aPlannedWeekdayAfterAStatedTodayIsTheComingOne() {
    // today is stated as Tuesday 12 August, the day before publication
    assertThat(values("وقالت الوزارة اليوم الثلاثاء إنها ستصدر سندات لأجل ثلاثة أشهر وستة أشهر بقيمة إجمالية"
        + " تبلغ 5.5 مليار دولار يوم الأربعاء وأذونا أخرى يوم الجمعة"))
        .containsExactly("2025-08-12", "2025-08-13", "2025-08-15");
    // a weekday of a past sentence stays the one before
    assertThat(values("وقالت الوزارة اليوم الثلاثاء إنها باعت سندات يوم الجمعة"))
        .containsExactly("2025-08-12", "2025-08-08");
  }

  @Test
  void lastNightInAStoryToldOfYesterdayIsTheNightBefore() {
    assertThat(values("وأعلن مسؤولون أمس الثلاثاء مقتل خمسة أشخاص في انفجار وقع الليلة الماضية"))
        .containsExactly("2025-08-12", "2025-08-11");
    assertThat(values("وقتل خمسة أشخاص في انفجار وقع الليلة الماضية")).containsExactly("2025-08-12");
    assertThat(values("وقال اليوم إن خمسة أشخاص قتلوا الليلة الماضية")).containsExactly("2025-08-12");
  }
}
