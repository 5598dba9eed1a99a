package org.mizan.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateExtractorTest {
  private static final LocalDate WEDNESDAY = LocalDate.of(2025, 12, 3);
  private final DateExtractor extractor = new DateExtractor();

  private TextDate only(String text, LocalDate published) {
    List<TextDate> ds = extractor.extract(text, published);
    assertThat(ds).as(text).hasSize(1);
    return ds.get(0);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "وصل أمس الثلاثاء|أمس الثلاثاء|2025-12-02",
      "التقى الوفد يوم الاثنين|يوم الاثنين|2025-12-01",
      "غادر صباح اليوم الأربعاء|صباح اليوم الأربعاء|2025-12-03",
      "انتهت المحادثات مساء الثلاثاء|مساء الثلاثاء|2025-12-02",
      "يعقد الاجتماع يوم الأحد المقبل|يوم الأحد المقبل|2025-12-07",
      "وقع الهجوم الجمعة الماضي|الجمعة الماضي|2025-11-28",
      "كشف عنها الشهر الماضي|الشهر الماضي|2025-11",
      "في جنيف الأسبوع الماضي|الأسبوع الماضي|2025-W48",
      "تسربت قبل أسبوعين|قبل أسبوعين|2025-11-19",
      "وصل قبل يوم، وغادر|قبل يوم|2025-12-02",
      "موقوف منذ يوم الخميس الماضي وحتى الآن|يوم الخميس الماضي|2025-11-27",
      "يحسم الصفقة قبل يوم السبت المقبل|يوم السبت المقبل|2025-12-06",
      "في نوفمبر 2024|نوفمبر 2024|2024-11",
      "بدأ الهجوم في فبراير/شباط 2022|فبراير/شباط 2022|2022-02",
      "في تشرين الثاني/نوفمبر عام 2024|تشرين الثاني/نوفمبر عام 2024|2024-11",
      "في 24 فبراير/شباط 2022|24 فبراير/شباط 2022|2022-02-24",
      "صدر في 2025-11-30|2025-11-30|2025-11-30",
      "تتواصل الاحتجاجات منذ العشرين من ديسمبر|العشرين من ديسمبر|2024-12-20",
      "تتواصل الاحتجاجات ومنذ 28 ديسمبر|28 ديسمبر|2024-12-28",
      "صدر في 5/11/2024|5/11/2024|2024-11-05",
      "في أيار الماضي|أيار الماضي|2025-05",
      "وصل في كانون الثاني|كانون الثاني|2025-01",
      "وقعت في الخامس عشر من نوفمبر الماضي|الخامس عشر من نوفمبر الماضي|2025-11-15",
      "عقد في السابع والعشرين من شهر أكتوبر|السابع والعشرين من شهر أكتوبر|2025-10-27",
      "بدأ في الأول من ديسمبر|الأول من ديسمبر|2025-12-01",
      "تم في مايو (أيار) الماضي|مايو (أيار) الماضي|2025-05",
      "وقع في نوفمبر (تشرين الثاني)|نوفمبر (تشرين الثاني)|2025-11",
      "هبط منذ فبراير شباط 2010|فبراير شباط 2010|2010-02",
      "في أكتوبر تشرين الأول من العام الماضي|أكتوبر تشرين الأول من العام الماضي|2024-10",
      "يسري من كانون ثان/يناير 2017|كانون ثان/يناير 2017|2017-01",
      "ارتفعت عقود تسليم يناير|يناير|2026-01",
      "تراجع هذا العام|هذا العام|2025",
      "خسر هذا الأسبوع|هذا الأسبوع|2025-W49",
      "توفي الأول من أمس|الأول من أمس|2025-12-01",
      "التقى أمس الأول وفدا|أمس الأول|2025-12-01",
      "غنت الليلة الماضية|الليلة الماضية|2025-12-02",
      "غادرت صباح اليوم (الأربعاء) البعثة|صباح اليوم (الأربعاء)|2025-12-03",
      "غادرت صباح اليوم (الاثنين) البعثة|صباح اليوم (الاثنين)|2025-12-01",
      "تفتح المصارف أبوابها الاثنين، بحسب مرسوم|الاثنين|2025-12-01",
      "تنطلق غدا الخميس الاجتماعات|غدا الخميس|2025-12-04",
      "وصل مساء أول من أمس|أول من أمس|2025-12-01",
      "خلال 9 أشهر من تموز (يوليو) 2014 حتى|تموز (يوليو) 2014|2014-07",
      "صدر الأمر اعتبارا من 9 / 10 / 1436 هـ|9 / 10 / 1436|2015-07-25",
      "صدر الأمر اعتبارا من 9-10-1436هـ|9-10-1436|2015-07-25",
      "افتتح المعرض في 24-07-2015 بحضور|24-07-2015|2015-07-24",
      "يطبق القرار ابتداء من الاثنين على جميع الشركات|الاثنين|2025-12-08",
      "يطبق القرار اعتبارا من الأحد على جميع الشركات|الأحد|2025-12-07",
      "ممنوعا منذ ثلاثة أسابيع|منذ ثلاثة أسابيع|2025-11-12",
      "هاتفها الرائد لهذا العام|لهذا العام|2025",
      "سيكشف عنه في 27 من شهر ديسمبر الجاري|27 من شهر ديسمبر الجاري|2025-12-27",
      // a weekday set off by commas after a future verb is the coming one; after a past verb the last one
      "وستنتقل الوزيرة، الجمعة، إلى عمان|الجمعة|2025-12-05",
      "وانتقلت الوزيرة، الجمعة، إلى عمان|الجمعة|2025-11-28",
  })
  void resolvedAgainstThePublicationDate(String text, String printed, String value) {
    TextDate d = only(text, WEDNESDAY);
    assertThat(d.text()).isEqualTo(printed);
    assertThat(d.value()).isEqualTo(value);
    assertThat(d.resolved()).isTrue();
    assertThat(text.substring(d.start(), d.end())).isEqualTo(printed);
  }

  @Test
  void aMonthAfterSinceIsPastEvenWhenItIsNear() {
    LocalDate august = LocalDate.of(2024, 8, 10);
    assertThat(only("يستمر الإضراب في المصانع منذ أكتوبر", august).value()).isEqualTo("2023-10");
    assertThat(only("يبدأ الإضراب في المصانع في أكتوبر", august).value()).isEqualTo("2024-10");
  }

  @Test
  void relativeDatesStayUnresolvedWithoutAnAnchor() {
    TextDate d = only("وصل أمس الجمعة", null);
    assertThat(d.resolved()).isFalse();
    assertThat(d.value()).isNull();
    assertThat(only("في نوفمبر 2024", null).value()).isEqualTo("2024-11");
  }

  @Test
  void aStatedTodayThatContradictsThePublicationWeekdayIsNotTrusted() {
    assertThat(only("يجتمع الوفد اليوم الخميس", LocalDate.of(2025, 12, 6)).value()).isEqualTo("2025-12-04");
  }

  @Test
  void ambiguousWordsNeedContext() {
    assertThat(extractor.extract("بعد صلاة الجمعة تحدث الاثنين معا عن الأب ومارس الرياضة", WEDNESDAY)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "يقام المهرجان من 4 شوال|4 شوال|2015-07-24|2015-07-20",
      "يستمر حتى 19 ذو القعدة المقبل|19 ذو القعدة المقبل|2015-07-24|2015-09-03",
      "يستمر حتى 6 ذوالقعدة|6 ذوالقعدة|2015-07-24|2015-08-21",
      "صدر في 12 رمضان 1436هـ|12 رمضان 1436هـ|2025-12-03|2015-06-29",
      "يستمر حتى الثامن عشر من أغسطس الجاري|الثامن عشر من أغسطس الجاري|2015-08-02|2015-08-18",
  })
  void hijriAndOrdinalDays(String text, String printed, String published, String value) {
    TextDate d = only(text, LocalDate.parse(published));
    assertThat(d.text()).isEqualTo(printed);
    assertThat(d.value()).isEqualTo(value);
  }

  @Test
  void bothDaysOfADayRange() {
    List<TextDate> ds = extractor.extract("تعقد في الفترة من 22- 24 نوفمبر ومن 3 إلى 5 أكتوبر", WEDNESDAY);
    assertThat(ds).extracting(TextDate::value).containsExactly("2025-11-22", "2025-11-24", "2025-10-03", "2025-10-05");
  }

  @Test
  void aHijriDayRange() {
    List<TextDate> ds = extractor.extract("خلال الفترة 19 – 21 شوال 1436هـ", WEDNESDAY);
    assertThat(ds).extracting(TextDate::value).containsExactly("2015-08-04", "2015-08-06");
  }

  @Test
  void aDayRangeBeforeANumericDateSharesItsMonth() {
    assertThat(extractor.extract("تقام الدورة في الفترة 17-18/09/1436هـ بمدينة جدة", WEDNESDAY))
        .extracting(TextDate::text, TextDate::value)
        .containsExactly(tuple("17", "2015-07-04"), tuple("18/09/1436", "2015-07-05"));
    assertThat(extractor.extract("يستمر التسجيل من 4 إلى 15 / 9 / 2026 للطلاب", WEDNESDAY))
        .extracting(TextDate::value).containsExactly("2026-09-04", "2026-09-15");
    // a larger first day belongs to the month before: not read
    assertThat(extractor.extract("من 12 الى 4/1/1437 هـ", WEDNESDAY)).extracting(TextDate::text).containsExactly("4/1/1437");
  }

  @Test
  void aDayMonthWithoutYearIsTheOneClosestToPublication() {
    assertThat(only("وأمامهم حتى 17 يناير ليفعلوا ذلك", WEDNESDAY).value()).isEqualTo("2026-01-17");
    assertThat(only("وقع الحادث في 17 مايو", WEDNESDAY).value()).isEqualTo("2025-05-17");
  }

  @Test
  void scoresAndHalvesOfAMonthAreNoDays() {
    assertThat(extractor.extract("فاز 2 / صفر على منافسه", WEDNESDAY)).isEmpty();
    assertThat(extractor.extract("خلال النصف الأول من شهر يونيو", WEDNESDAY)).extracting(TextDate::value)
        .containsExactly("2025-06");
  }

  @Test
  void aWeekdayFollowedByItsDateIsOneDate() {
    List<TextDate> ds =
        extractor.extract("يستمر حتى يوم الخميس 28 شوال 1436هـ، ويبدأ الأحد 22 / 11 / 1436هـ", WEDNESDAY);
    assertThat(ds).extracting(TextDate::value).containsExactly("2015-08-13", "2015-09-06");
    assertThat(ds).extracting(TextDate::text).containsExactly("يوم الخميس 28 شوال 1436هـ", "الأحد 22 / 11 / 1436");
    TextDate d = only("أعلن المكتب اليوم الثلاثاء (4 مارس/آذار 2014) أن", WEDNESDAY);
    assertThat(d.text()).isEqualTo("اليوم الثلاثاء (4 مارس/آذار 2014)");
    assertThat(d.value()).isEqualTo("2014-03-04");
  }

  @Test
  void theTwoIsNotMonday() {
    assertThat(extractor.extract("حيث إن الاثنين يعرفان بعضهما، وبين الاثنين.", WEDNESDAY)).isEmpty();
  }

  @Test
  void aHijriMonthAloneOrAsANameIsNoDate() {
    assertThat(extractor.extract("في شهر رمضان التقى رمضان بالوزير وصفر النتيجة", WEDNESDAY)).isEmpty();
  }

  @Test
  void anchorReadsDatesAndDateTimes() {
    assertThat(DateExtractor.anchor("2025-12-03T12:48")).isEqualTo(WEDNESDAY);
    assertThat(DateExtractor.anchor("garbage")).isNull();
    assertThat(DateExtractor.anchor(null)).isNull();
  }
}
