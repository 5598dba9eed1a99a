package org.mizan.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Forms met on modern web news (round 15): a Levantine month governed by a part of a period, a
 * dateline's date, a spelled sum across scale words, a dashed range before its unit, a clock time
 * less some minutes, a glued approximation word, multiples and reading-time furniture. Invented
 * sentences, one rule each.
 */
class FiguresRound15Test {
  private final FigureExtractor extractor = new FigureExtractor();
  private final DateExtractor dates = new DateExtractor();
  /** A Wednesday. */
  private static final LocalDate WEDNESDAY = LocalDate.of(2024, 10, 9);

  private static String show(Figure f) {
    return f.value() + " " + f.unit() + " " + f.counted() + " " + f.approx();
  }

  private List<String> figures(String text) {
    return extractor.extract(text).stream().map(FiguresRound15Test::show).toList();
  }

  private List<String> values(String text) {
    return dates.extract(text, WEDNESDAY).stream().map(TextDate::value).toList();
  }

  @Test
  void aDegreeSignAfterTheNumberIsItsUnit() {
    assertThat(figures("وتسجل العاصمة 46° مئوية، وتبلغ الصغرى 31 °")).containsExactly("46.0 degree null null", "31.0 degree null null");
  }

  @Test
  void aBareSharedCurrencyIsTheOneThePageNames() {
    // named in full elsewhere on the page
    assertThat(figures("وتراجعت الليرة التركية أمام الدولار، وبلغ سعر الغرام 3900 ليرة")).contains("3900.0 TRY null null");
    // only its country named
    assertThat(figures("وقضت محكمة في الرباط بغرامة قدرها 4000 درهم على المتهم")).containsExactly("4000.0 MAD null null");
    assertThat(figures("وقضت محكمة في دبي بغرامة قدرها 4000 درهم على المتهم")).containsExactly("4000.0 AED null null");
    // a month name only Moroccan pages print names the country too; another currency named in full does not count
    assertThat(figures("وفي 12 شتنبر قضت المحكمة بغرامة 300 درهم، أي نحو 30 دولار أمريكي")).contains("300.0 MAD null null");
    // two countries of the noun, or none: the default stays
    assertThat(figures("وقارن التقرير بين الرباط ودبي، والغرامة 4000 درهم")).containsExactly("4000.0 AED null null");
    // the bare riyal stays Saudi on a page that quotes the Qatari one
    assertThat(figures("وبلغ سعر الريال القطري 1.03 ريال سعودي، وكلف المشروع 500 ريال")).contains("500.0 SAR null null");
  }

  @Test
  void levantineMonthAfterAPartOfAPeriodIsTheMonth() {
    assertThat(values("وبلغت الصادرات حتى نهاية تموز نحو مليار")).containsExactly("2024-07");
    assertThat(values("وتبدأ الأعمال مطلع آب وتستمر")).containsExactly("2024-08");
    // without the period word the ambiguous name stays a word
    assertThat(values("وقال تموز إن الفريق جاهز")).isEmpty();
  }

  @Test
  void aDatelinesDateIsThePagesNotTheStorys() {
    assertThat(values("الدوحة، 9 أكتوبر 2024 – افتتح الوزير المعرض يوم 7 أكتوبر")).containsExactly("2024-10-07");
    assertThat(values("عمان في 8 أكتوبر / بترا / وقع البلدان الاتفاق")).isEmpty();
    // the same date inside a sentence is the story's
    assertThat(values("وقال الوزير، 9 أكتوبر 2024 – وهو يوم الافتتاح – إن")).containsExactly("2024-10-09");
  }

  @Test
  void aSumSpelledAcrossScalesWithTanweenIsOneFigure() {
    assertThat(figures("وبلغت الإيرادات 12 تريليونًا و300 مليار دينار عراقي")).containsExactly("1.23E13 IQD null null");
  }

  @Test
  void aDashedRangeTakesTheUnitOnce() {
    assertThat(figures("وتهب الرياح بسرعة 20 – 50 كم/ساعة على الساحل")).containsExactly("20.0 km null null", "50.0 km null null");
    // a score has no unit after it
    assertThat(figures("وفاز الفريق 3-1 على ضيفه")).isEmpty();
  }

  @Test
  void aClockTimeLessSomeMinutes() {
    assertThat(figures("وبدأ الاجتماع في الساعة السابعة والنصف إلا عشر دقائق مساء")).containsExactly("19.3333 time null null");
    assertThat(figures("وبدأ الاجتماع في الساعة السابعة والنصف مساء")).containsExactly("19.5 time null null");
  }

  @Test
  void aGluedApproximationWord() {
    assertThat(figures("وارتفعت الأسعار أكثرمن 40% خلال العام")).containsExactly("40.0 percent null more_than");
  }

  @Test
  void multiplesAndReadingTimeAreNoFigures() {
    assertThat(figures("وسجلت الصادرات ثلاثة أضعاف ما سجلته")).isEmpty();
    assertThat(figures("مدّة القراءة : 3 دقائق")).isEmpty();
    assertThat(figures("واستمر الاجتماع 3 دقائق")).containsExactly("3.0 minute null null");
  }

  @Test
  void theHeadNounBeforeAnAsideCountsTheNumberAfterIt() {
    assertThat(figures("وقال إن عدد القتلى، وفق آخر حصيلة رسمية، قد بلغ 75 في المدينة"))
        .containsExactly("75.0 null killed null");
  }

  @Test
  void thisMonthAfterAnotherNamedMonthIsNotDated() {
    assertThat(values("وبلغ العجز في شهر أغسطس 20 مليارا، وهو رقم قياسي لهذا الشهر")).containsExactly("2024-08");
    assertThat(values("وارتفعت الأسعار هذا الشهر بنسبة 3%")).containsExactly("2024-10");
    // a part of the present month, after another month named
    assertThat(values("وتراجعت المبيعات في أغسطس، ويصدر التقرير في وقت لاحق من هذا الشهر"))
        .containsExactly("2024-08", "2024-10");
  }
}
