package org.mizan.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mizan.figures.FigureShow.figures;
import static org.mizan.figures.FigureShow.values;

import org.junit.jupiter.api.Test;

/**
 * Forms of round 9: elided units (a range whose first end shares the scale and noun of the second, an
 * amount of millions with nothing after it), a unit word joined to ten. Invented sentences, one rule each.
 */
class FiguresRound9Test {
  private final FigureExtractor extractor = new FigureExtractor();

  @Test
  void aUnitJoinedToTenIsTwoEndsNotFifteen() {
    assertThat(figures("وانتشر في المنطقة ما بين خمسة وعشرة آلاف جندي"))
        .containsExactly("5000.0 null soldier", "10000.0 null soldier");
    assertThat(figures("وشارك في التمرين خمسة وعشرون جنديا")).containsExactly("25.0 null soldier");
  }

  @Test
  void aRangeWithItsNounLeftToTheContextSharesScaleAndNoun() {
    assertThat(figures("ويقدر المراقبون عدد القتلى بين 5 و10 آلاف."))
        .containsExactly("5000.0 null killed", "10000.0 null killed");
  }

  @Test
  void millionsWithNothingAfterThemMeasureTheAmountBefore() {
    assertThat(figures("وبلغت قيمة الصفقة 1.3 مليار دولار أمس، وباعت الشركة 29 طنا أخرى بـ 1.02 مليار في البورصة"))
        .containsExactly("1.3E9 USD null", "29.0 ton null", "1.02E9 USD null");
    // an amount restated in brackets is passed over
    assertThat(figures("ارتفع التمويل إلى 86 مليار يورو (94 مليار دولار) من 77 مليار في مايو"))
        .containsExactly("8.6E10 EUR null", "9.4E10 USD null", "7.7E10 EUR null");
    // not across a paragraph
    assertThat(figures("وبلغت قيمة الصفقة 1.3 مليار دولار.\nوارتفعت المبيعات بـ 2 مليون")).containsExactly(
        "1.3E9 USD null", "2000000.0 null null");
  }

  @Test
  void aStatedYesterdayMovesTheBareYesterdaysOfTheArticle() {
    // published on a Wednesday, written on a Tuesday: its أمس (الاثنين) says so, and so is its bare أمس
    assertThat(values("وافتتحت الهيئة أمس (الاثنين) مكاتبها الجديدة. وزار المكاتب حتى مساء أمس ألف مراجع."))
        .containsExactly("2025-08-11", "2025-08-11");
    // أول من أمس الاثنين is the day before yesterday, no sign of another writing day
    assertThat(values("وافتتحت الهيئة أول من أمس الاثنين مكاتبها. وزارها أمس ألف مراجع."))
        .containsExactly("2025-08-11", "2025-08-12");
  }

  @Test
  void aBareWeekdayIsReadBackFromTheStatedToday() {
    // published on a Wednesday, written on a Monday: its Tuesday is last week's, not the day before publication
    assertThat(values("تراجعت الأسهم اليوم الاثنين بعد أن ارتفعت يوم الثلاثاء إلى أعلى مستوى"))
        .containsExactly("2025-08-11", "2025-08-05");
  }

  @Test
  void anApproximationBeforeAnAgeNounBoundsTheAge() {
    assertThat(extractor.extract("وشمل المسح السكان الذين تتجاوز أعمارهم 16 عاما").get(0).approx()).isEqualTo("more_than");
  }

  @Test
  void aNumberForANamedMonthCountsNoMonths() {
    assertThat(figures("وسجل مؤشر الثقة قراءة 47 لشهر سبتمبر")).isEmpty();
    assertThat(figures("وتوقف العمل 3 أشهر")).containsExactly("3.0 month null");
  }

  @Test
  void aCountedSpanAfterAnApproximationIsADate() {
    assertThat(values("وصل الوفد إلى المدينة منذ نحو عشرة أيام")).containsExactly("2025-08-03");
  }

  @Test
  void aMonthTakesItsYearAfterMinAam() {
    assertThat(values("وكان المصنع قد افتتح في 12 مارس من عام 2011")).containsExactly("2011-03-12");
    assertThat(values("وبدأت الدراسة في أكتوبر من العام 2019")).containsExactly("2019-10");
  }

  @Test
  void aDefiniteCardinalAfterAQuotedNameCountsTheHeadBeforeIt() {
    assertThat(figures("واجتمع وزراء مالية دول «آسيان» العشر في جاكرتا")).containsExactly("10.0 null country");
    assertThat(figures("وعرض مسرح «الأصدقاء» الثلاثة")).isEmpty(); // a singular head: a title
  }

  @Test
  void orMoreAfterAFigureIsItsLowerBound() {
    assertThat(extractor.extract("واعتقلت الشرطة 40 شخصا أو أكثر في الحي").get(0).approx()).isEqualTo("at_least");
    assertThat(extractor.extract("وتباع التذكرة بـ 5 دولارات أو أقل").get(0).approx()).isEqualTo("up_to");
    assertThat(extractor.extract("ويسكن في كل غرفة 3 أو 4 أشخاص").get(0).approx()).isNull();
  }
}
