package org.mizan.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mizan.text.ArabicNormalization;

/**
 * Forms met on unseen articles (round 5): counted nouns after a rank word, starting with و, behind a
 * glued quote or a possessive; definite teens; broken plurals; approximations with قليلا or a
 * measure noun's pronoun; parts of a year, round spans, {@code منذ الاثنين} and the night from one
 * day to the next. Invented sentences, one rule each.
 */
class FiguresRound5Test {
  private final FigureExtractor extractor = new FigureExtractor();
  private final DateExtractor dates = new DateExtractor();
  private static final LocalDate SUNDAY = LocalDate.of(2025, 8, 10);

  private Figure last(String text) {
    List<Figure> fs = extractor.extract(text);
    assertThat(fs).as(text).isNotEmpty();
    return fs.get(fs.size() - 1);
  }

  private List<String> dateValues(String text) {
    return dates.extract(text, SUNDAY).stream().map(TextDate::value).toList();
  }

  private static String n(String s) {
    return ArabicNormalization.normalize(s);
  }

  @Test
  void aRankWordBeforeAKnownCountedNounIsItsSubject() {
    Figure f = last("ووثق المركز 23 حالة اعتقال في الشهر الأول");
    assertThat(f.value()).isEqualTo(23);
    assertThat(f.counted()).isEqualTo("case");
    assertThat(extractor.extract("وحل الفريق في المركز 23 عالميا")).isEmpty();
  }

  @Test
  void aNounWhoseRootStartsWithWawIsCounted() {
    Figure f = last("وباعت الشركة 315 ألف وحدة خلال الربع");
    assertThat(f.value()).isEqualTo(315_000);
    assertThat(f.counted()).isEqualTo(n("وحدة"));
    assertThat(last("وأدى اليمين سبعة وزراء جدد").counted()).isEqualTo(n("وزراء"));
    assertThat(extractor.extract("بلغ العدد 58 وتاريخ الحادث معروف")).allMatch(x -> x.counted() == null);
  }

  @Test
  void anOpeningQuoteMayStandBeforeTheNoun() {
    Figure f = last("سجلت الشرطة 140 “اعتداء مسلحا” منذ الشتاء");
    assertThat(f.value()).isEqualTo(140);
    assertThat(f.counted()).isEqualTo(n("اعتداء"));
    // not after a partitive: العشرات من "بني …" names a tribe
    assertThat(extractor.extract("وصل العشرات من \"بني سالم\" إلى البلدة")).isEmpty();
  }

  @Test
  void aDefiniteCardinalAfterANounWithAPreposition() {
    Figure f = last("أقر البنك خطته للسنوات الخمس المقبلة");
    assertThat(f.value()).isEqualTo(5);
    assertThat(f.unit()).isEqualTo("year");
    assertThat(last("وقعت اتفاقا مع للدول الأربع").counted()).isEqualTo("country");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "اجتمع وزراء الدول الثلاث عشرة في الرباط|13|country",
      "قاد الحركة طوال الأربع عشرة سنة الماضية|14|year",
  })
  void aDefiniteTeenIsOneNumber(String text, double value, String key) {
    List<Figure> fs = extractor.extract(text);
    assertThat(fs).hasSize(1);
    assertThat(fs.get(0).value()).isEqualTo(value);
    assertThat(key.equals(fs.get(0).unit()) || key.equals(fs.get(0).counted())).as(fs.get(0).toString()).isTrue();
  }

  @Test
  void aPartitiveOfABrokenPluralOrAPossessive() {
    Figure f = last("اعتقلت القوات خمسة من قادة الميليشيا");
    assertThat(f.value()).isEqualTo(5);
    assertThat(f.counted()).isEqualTo(n("قادة"));
    assertThat(last("قتل نحو 40 من أفرادها في الكمين").counted()).isEqualTo(n("أفراد"));
    assertThat(last("فقدت الوحدة 12 من جنودها").counted()).isEqualTo("soldier");
    assertThat(extractor.extract("خرج ثلاثة من حركة الشباب")).isEmpty(); // a singular: a group
  }

  @Test
  void aNumberAfterAmongThemCountsWhatTheFigureBeforeCounted() {
    Figure f = last("أصيب 60 طالبا بينهم 9 حالتهم حرجة");
    assertThat(f.value()).isEqualTo(9);
    assertThat(f.counted()).isEqualTo("student");
  }

  @Test
  void verbsNamesAndPrepositionalWordsAreNoCountedNouns() {
    assertThat(extractor.extract("تقول الشركة إن منظومة إس-400 تعترض الطائرات")).isEmpty();
    assertThat(extractor.extract("وقال إن 3 تتولى المهمة")).isEmpty();
    assertThat(extractor.extract("في ختام دورته (412) بمقر المنظمة")).isEmpty();
    assertThat(last("وقعت الوزارة (121) برنامجاً").counted()).isEqualTo(n("برنامج"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "وقدمت منحا تجاوزت قيمتها 2.4 مليون دولار|more_than",
      "شارك فيها من تجاوز عددهم 300 شخص|more_than",
      "يبقى التضخم ويقل قليلا عن ثلاثة بالمئة|less_than",
      "بلغ النمو أقل بقليل من 4 في المائة|less_than",
      "تملك المؤسسة ما يزيد قليلا على 2 مليار دولار|more_than",
  })
  void approximationsThroughAPronounOrAQualifier(String text, String approx) {
    assertThat(last(text).approx()).isEqualTo(approx);
  }

  @Test
  void aConjunctionOnAVerbOfReachingNarrates() {
    assertThat(last("خسر المؤشر 200 نقطة ويصل إلى مستوى 8500 نقطة").approx()).isNull();
    assertThat(last("بغرامة يصل إلى 5 آلاف دولار").approx()).isEqualTo("up_to");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "تراجعت الأسعار منذ بداية العام|2025",
      "يرجح رفع الفائدة بنهاية العام|2025",
      "افتتح المصنع في أوائل عام 2010|2010",
      "يكتمل المشروع في أواخر السنة|2025",
  })
  void aPartOfAYearIsThatYear(String text, String year) {
    assertThat(dateValues(text)).containsExactly(year);
  }

  @Test
  void aSchoolYearOrABareYearIsNoYearDate() {
    assertThat(dateValues("في نهاية العام الدراسي")).isEmpty();
    assertThat(dateValues("قال الأمين العام إن الوضع صعب")).isEmpty();
    assertThat(dateValues("في مطلع العام الماضي")).containsExactly("2024");
  }

  @Test
  void sinceMondayIsMonday() {
    assertThat(dateValues("ومنذ الاثنين صعد المتمردون هجماتهم")).containsExactly("2025-08-04");
    assertThat(dateValues("قال إن الاثنين يعرفان الحقيقة")).isEmpty();
  }

  @Test
  void aRoundSpanIsNoDate() {
    assertThat(dateValues("التقى الوزير قبل أسبوع خلال اجتماع")).isEmpty();
    assertThat(dateValues("يعيش في المخيم منذ شهر")).isEmpty();
    assertThat(dateValues("التقى الوزير قبل أسبوعين")).containsExactly("2025-07-27");
  }

  @Test
  void theNightFromOneDayToTheNextIsTheEveningsDay() {
    assertThat(dateValues("وقع الهجوم مساء الجمعة - السبت في المدينة")).containsExactly("2025-08-08");
    assertThat(dateValues("جرت المباراتان يومي الجمعة والسبت")).hasSize(2);
  }

  @Test
  void aDefiniteCardinalBeforeAScaleIsTheScaledNumber() {
    Figure f = last("يقترب العدد من عتبة الثلاثمئة ألف لاجئ");
    assertThat(f.value()).isEqualTo(300_000);
    assertThat(f.counted()).isEqualTo("refugee");
  }

  @Test
  void anAmountPrintedInFullBeforeAScaleWordIsThatAmount() {
    // some outlets print the whole amount and still add its order: not 665 trillion
    assertThat(last("بتكلفة إجمالية بلغت 665,932,983 مليون ريال").value()).isEqualTo(665_932_983);
    assertThat(last("بتكلفة إجمالية بلغت 665.932.983 مليون ريال").value()).isEqualTo(665_932_983);
    // one group of thousands is a count of millions
    assertThat(last("بتكلفة إجمالية بلغت 1,500 مليون ريال").value()).isEqualTo(1.5e9);
    assertThat(last("بتكلفة إجمالية بلغت 2.5 مليون ريال").value()).isEqualTo(2.5e6);
  }

  @Test
  void aDefiniteWordAfterAScaledNumberInDigitsIsNoUnit() {
    Figure f = last("وكانت أحصت وصول 187 ألفا العام 2013");
    assertThat(f.value()).isEqualTo(187_000);
    assertThat(f.unit()).isNull();
    assertThat(last("قتل عشرات آلاف المدنيين").counted()).isEqualTo("civilian");
  }

  @Test
  void aPartOfAYearTakesTheYearOfItsSentence() {
    assertThat(dateValues("قتل الزلزال 20 ألفا بحلول نهاية العام، بعد ضربته في 3 مايو 1960 شمال البلاد"))
        .containsExactly("1960", "1960-05-03");
    assertThat(dateValues("تراجعت الأسعار منذ بداية العام. وكان ذلك في مارس 2010"))
        .containsExactly("2025", "2010-03");
  }

  @Test
  void aWeekdayAfterAFutureVerbIsTheComingOne() {
    assertThat(dateValues("وقال إنه سيتم طرح المناقصة يوم الاثنين")).containsExactly("2025-08-11");
    assertThat(dateValues("وقال إنه تم طرح المناقصة يوم الاثنين")).containsExactly("2025-08-04");
  }

  @Test
  void aPrepositionGluedToANounIsNoCountedNoun() {
    assertThat(extractor.extract("وانخفض مؤشر ستاندرد آند بورز 500 بمقدار طفيف")).isEmpty();
  }

  @Test
  void twoOfAPluralNounIsAFigure() {
    Figure f = last("وقال البيان إن اثنين من أفراد الشرطة قتلا");
    assertThat(f.value()).isEqualTo(2);
    assertThat(f.counted()).isEqualTo(n("أفراد"));
    assertThat(last("أصيب اثنان من الجنود").counted()).isEqualTo("soldier");
    assertThat(extractor.extract("اعتقل اثنين من داعش")).isEmpty();
    assertThat(extractor.extract("قال اثنين من الشركة")).isEmpty();
    assertThat(extractor.extract("وهو واحد من أعقد الملفات")).isEmpty();
  }

  @Test
  void othersAfterACasualtyVerbAreThoseCasualties() {
    List<Figure> fs = extractor.extract("قتل 3 مدنيين في القصف. وقتل جنديان وأصيب 31 آخرون بينهم أربعة في حالة حرجة");
    assertThat(fs).extracting(Figure::value).containsExactly(3.0, 31.0, 4.0);
    assertThat(fs.get(1).counted()).isEqualTo("wounded");
    assertThat(fs.get(2).counted()).isEqualTo("wounded");
  }

  @Test
  void aVerbOfExceedingBeforeAPriceSubject() {
    assertThat(last("وتجاوز سعر النفط 70 دولارا للبرميل").approx()).isEqualTo("more_than");
    assertThat(last("وبلغ سعر النفط 70 دولارا للبرميل").approx()).isNull();
  }

  @Test
  void anApproximationBeforeARangeWithOrCoversBothEnds() {
    List<Figure> fs = extractor.extract("يشكل الأفراد نحو 40 أو 50 في المائة من المستثمرين");
    assertThat(fs).extracting(Figure::approx).containsExactly("about", "about");
    assertThat(extractor.extract("بين 40 و50 في المائة")).extracting(Figure::approx).containsExactly(null, null);
  }

  @Test
  void mondayBeforeAComplementizerOrAQuote() {
    assertThat(dateValues("وأكد الجيش الاثنين أن الهجوم فشل")).containsExactly("2025-08-04");
    assertThat(dateValues("لجأ المقاتلون إليه الاثنين\" وفق المرصد")).containsExactly("2025-08-04");
    assertThat(dateValues("وقال إن الاثنين يعرفان الحقيقة")).isEmpty();
  }

  @Test
  void aMonthOfThisYearAndAFuturesMonth() {
    LocalDate august = LocalDate.of(2025, 8, 4);
    assertThat(dates.extract("يبدأ البناء في كانون ديسمبر من هذا العام", august)).extracting(TextDate::value)
        .containsExactly("2025-12");
    assertThat(dates.extract("تراجع سعر العقود لتسليم ديسمبر كانون الأول", LocalDate.of(2025, 2, 4)))
        .extracting(TextDate::value).containsExactly("2025-12");
  }

  @Test
  void twoAfterItsNounBeforeAPrepositionAndDigitsWithTheArticle() {
    Figure f = last("واعتقلت الشرطة مهندسين اثنين من الشركة");
    assertThat(f.value()).isEqualTo(2);
    assertThat(f.counted()).isEqualTo(n("مهندسين"));
    Figure g = last("وأكد المرصد أن ثمانية من المقاتلين ال73 خطفوا ليلا");
    assertThat(g.value()).isEqualTo(73);
    assertThat(g.counted()).isEqualTo(n("مقاتلين"));
    assertThat(extractor.extract("افتتحت الدورة الـ15 للمهرجان")).isEmpty();
    assertThat(last("خلال السنوات الـ4 الماضية").unit()).isEqualTo("year");
  }
}
