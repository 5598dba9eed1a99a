package org.mizan.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Dates whose value depends on another date or event of the article (round 3): invented sentences. */
class DateExtractorEventsTest {
  private final DateExtractor extractor = new DateExtractor();

  private List<String> values(String text, LocalDate published) {
    return extractor.extract(text, published).stream().map(TextDate::value).toList();
  }

  @Test
  void theEndOfASpanIsNotBeforeItsStart() {
    LocalDate saturday = LocalDate.of(2025, 7, 26);
    assertThat(values("يفتتح المعرض في الثامن من أكتوبر في باريس ويستمر حتى الثالث من يناير", saturday))
        .containsExactly("2025-10-08", "2026-01-03");
    assertThat(values("تراجع السعر في الأشهر الثلاثة من يوليو إلى سبتمبر", LocalDate.of(2025, 8, 4)))
        .containsExactly("2025-07", "2025-09");
  }

  @Test
  void aSpanEndWithItsOwnYearOrAnotherSentenceIsKept() {
    LocalDate saturday = LocalDate.of(2025, 7, 26);
    assertThat(values("يمتد من أكتوبر حتى يناير 2025", saturday)).containsExactly("2024-10", "2025-01");
    assertThat(values("افتتح في 8 أكتوبر. واستمر حتى 3 يناير", saturday)).containsExactly("2025-10-08", "2025-01-03");
  }

  @Test
  void aBareWeekdayNamesTheDayOfAnEventDatedWithThatWeekday() {
    String text = "وقع التفجير خلال صلاة جمعة 27 يونيو الماضي.\n\nوقال المتهم إنه نقله إلى المسجد ظهر الجمعة.";
    assertThat(values(text, LocalDate.of(2025, 8, 6))).containsExactly("2025-06-27", "2025-06-27");
  }

  @Test
  void aBareWeekdayNamesTheDayOfAnEventDatedWithItsWeekdayInOnePhrase() {
    String text = "اندلعت الحرب يوم الخميس 2 أغسطس 1990.\n\nوفي صبيحة ذلك اليوم «الخميس» خرجنا إلى الشارع.";
    assertThat(values(text, LocalDate.of(2025, 8, 6))).containsExactly("1990-08-02", "1990-08-02");
  }

  @Test
  void aDateWithoutItsWeekdayDoesNotDateALaterWeekday() {
    String text = "وتعيد المصارف المغلقة منذ 30 يونيو فتح أبوابها الاثنين";
    assertThat(values(text, LocalDate.of(2025, 8, 6))).containsExactly("2025-06-30", "2025-08-04");
  }

  @Test
  void aMonthThatIsAlsoAVerbReadsAsAMonthAfterATimePreposition() {
    LocalDate friday = LocalDate.of(2025, 8, 8);
    assertThat(values("في أكبر هبوط له منذ مارس.", friday)).containsExactly("2025-03");
    assertThat(values("ارتفع السعر منذ مارس الماضي", friday)).containsExactly("2025-03");
    assertThat(values("وهو لاعب منذ مارس الرياضة في شبابه", friday)).isEmpty();
  }

  @Test
  void aDayThatNamesAnEventHasThatEventsYearOrNone() {
    LocalDate friday = LocalDate.of(2025, 8, 8);
    assertThat(values("في الذكرى الرابعة لثورة 25 يناير", friday)).containsExactly("2011-01-25");
    assertThat(values("تذكر الناس هجمات 11 سبتمبر", friday)).containsExactly("2001-09-11");
    TextDate unknown = extractor.extract("احتفلوا بذكرى ثورة 3 مايو", friday).get(0);
    assertThat(unknown.resolved()).isFalse();
    assertThat(unknown.value()).isNull();
  }

  @Test
  void aSpanCountedFromAnEventIsNoDate() {
    LocalDate friday = LocalDate.of(2025, 8, 8);
    assertThat(values("انضم إلى التنظيم قبل يوم واحد من الهجوم", friday)).isEmpty();
    assertThat(values("أعلن ترشحه قبل يومين على الانتخابات", friday)).isEmpty();
    assertThat(values("بدأ ذلك قبل أسبوعين من الآن", friday)).containsExactly("2025-07-25");
  }

  @Test
  void aMonthAloneIsTheClosestOneAComingMonthCountingDouble() {
    LocalDate wednesday = LocalDate.of(2025, 8, 6);
    assertThat(values("ستجرى الانتخابات في الأسبوع الثاني من أكتوبر", wednesday)).containsExactly("2025-10");
    assertThat(values("وفي ديسمبر، سلمت واشنطن عشر مروحيات", wednesday)).containsExactly("2024-12");
    assertThat(values("ومن المفترض أن تعقد أولى الجلسات في منتصف ديسمبر", wednesday)).containsExactly("2025-12");
    assertThat(values("وفي يونيو سلمت زورقين", wednesday)).containsExactly("2025-06");
  }

  @Test
  void aPartOfTheDayWithTodayIsThePublicationDay() {
    LocalDate friday = LocalDate.of(2025, 8, 8);
    assertThat(values("حلقت الطائرات عصر اليوم فوق المدينة", friday)).containsExactly("2025-08-08");
    assertThat(values("وصل صباح اليوم الجمعة", friday)).containsExactly("2025-08-08");
    assertThat(values("أصبح اليوم من أهم المدن", friday)).isEmpty();
    TextDate unanchored = extractor.extract("حلقت الطائرات عصر اليوم", null).get(0);
    assertThat(unanchored.resolved()).isFalse();
  }

  @Test
  void aDualPastAfterTwoMonthsDatesBoth() {
    assertThat(values("دارت المعركة بين سبتمبر ويناير الماضيين", LocalDate.of(2025, 7, 21)))
        .containsExactly("2024-09", "2025-01");
  }

  @Test
  void aYearlessDateTakesTheYearOfTheDateBeforeItInTheSentence() {
    assertThat(values("انفجرت القنبلة في 9 أغسطس 1945 وانتهت الحرب في 15 أغسطس", LocalDate.of(2025, 8, 6)))
        .containsExactly("1945-08-09", "1945-08-15");
    assertThat(values("صدر في 9 أغسطس 1945. ويعقد المؤتمر في 15 أغسطس", LocalDate.of(2025, 8, 6)))
        .containsExactly("1945-08-09", "2025-08-15");
  }

  @Test
  void todayIsTheDayTheArticleStates() {
    String text = "قتل 14 جنديا اليوم (الاثنين) في غارة. ونفذت الضربة صباح اليوم في منطقة جبلية";
    assertThat(values(text, LocalDate.of(2025, 7, 22))).containsExactly("2025-07-21", "2025-07-21");
  }

  @Test
  void aMonthThatNamesAnEventHasThatEventsYearOrNone() {
    LocalDate thursday = LocalDate.of(2025, 8, 7);
    assertThat(values("بعد استرداد سيناء في حرب أكتوبر (تشرين الأول) المجيدة", thursday)).containsExactly("1973-10");
    TextDate unknown = extractor.extract("في ذكرى انتفاضة مايو", thursday).get(0);
    assertThat(unknown.value()).isNull();
    assertThat(values("تراجع السعر في أكتوبر", thursday)).containsExactly("2025-10");
  }

  @Test
  void aDayOfTheCurrentLastOrNextMonth() {
    LocalDate pub = LocalDate.of(2025, 8, 20);
    assertThat(values("انقطع الاتصال بهم منذ 9 من الشهر الجاري", pub)).containsExactly("2025-08-09");
    assertThat(values("بدأ الإضراب في الثالث من الشهر الماضي", pub)).containsExactly("2025-07-03");
    assertThat(values("تبدأ الدراسة في الأسبوع الأول من الشهر المقبل", pub)).containsExactly("2025-09");
  }

  @Test
  void anApproximateSpanGivesNoDay() {
    LocalDate pub = LocalDate.of(2025, 8, 20);
    assertThat(values("فقد الاتصال بالسفينة منذ خمسة أيام تقريبا", pub)).isEmpty();
    assertThat(values("فقد الاتصال بالسفينة منذ خمسة أيام", pub)).containsExactly("2025-08-15");
  }

  @Test
  void monthNamesPairedWithADash() {
    LocalDate pub = LocalDate.of(2025, 8, 20);
    assertThat(values("ضرب الزلزال في 8 تشرين الأول - أكتوبر 2005 المنطقة", pub)).containsExactly("2005-10-08");
    assertThat(values("وقعت الفيضانات في أيلول – سبتمبر 2013", pub)).containsExactly("2013-09");
  }

  @Test
  void aBareWeekdayInAPlannedSentenceIsTheComingOne() {
    LocalDate monday = LocalDate.of(2025, 8, 18);
    assertThat(values("ومن المقرر أن يجتمع الوزراء الخميس في العاصمة.", monday)).containsExactly("2025-08-21");
    assertThat(values("وكان من المقرر أن يجتمع الوزراء الخميس لكنهم أجلوا.", monday)).containsExactly("2025-08-14");
    assertThat(values("اجتمع الوزراء الخميس في العاصمة.", monday)).containsExactly("2025-08-14");
    assertThat(values("وقال الوزير الخميس إن من المتوقع أن ترتفع الأسعار.", monday)).containsExactly("2025-08-14");
    assertThat(values("وأمضى نهار السبت المقرر لإقامة حفلته في الفندق.", monday)).containsExactly("2025-08-16");
  }

  @Test
  void aBareWeekdayAfterAlaAnAndAnImperfectVerbIsScheduled() {
    LocalDate saturday = LocalDate.of(2025, 8, 16);
    assertThat(values("ويفتتح المهرجان أبوابه للزوار، على أن يختتم عروضه الأحد في الساحة.", saturday))
        .containsExactly("2025-08-17");
    assertThat(values("وشدد على أن الوفد وصل الأحد إلى العاصمة.", saturday)).containsExactly("2025-08-10");
  }
}
