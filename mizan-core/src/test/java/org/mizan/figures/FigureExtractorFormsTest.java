package org.mizan.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mizan.text.ArabicNormalization;

/** Number forms met on unseen articles (round 3): invented sentences, one rule each. */
class FigureExtractorFormsTest {
  private final FigureExtractor extractor = new FigureExtractor();

  private Figure only(String text) {
    List<Figure> fs = extractor.extract(text);
    assertThat(fs).as(text).hasSize(1);
    return fs.get(0);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      "وقع الانفجار عند الساعة الثالثة من فجر اليوم|3.0|-",
      "بدأ الاجتماع الساعة العاشرة والنصف صباحا|10.5|-",
      "وصل الوفد في الساعة الواحدة من ظهر أمس|13.0|-",
      "أغلقت الأسواق الساعة الثامنة إلا ربعا مساء|19.75|-",
      "انطلقت الرحلة عند الساعة الحادية عشرة ليلا بتوقيت غرينتش|23.0|GMT",
      "يبدأ البث بالساعة الخامسة بتوقيت مكة المكرمة|5.0|مكه المكرمه",
  })
  void ordinalClockHours(String text, double hours, String zone) {
    Figure f = only(text);
    assertThat(f.unit()).isEqualTo("time");
    assertThat(f.value()).isEqualTo(hours);
    assertThat(f.counted()).isEqualTo(zone);
    assertThat(f.text()).containsPattern("^(ب)?الساعة ");
  }

  @Test
  void theHourWordAloneIsNoClockTime() {
    assertThat(extractor.extract("خلال الساعة الأخيرة من الجلسة")).isEmpty();
    assertThat(extractor.extract("فاز للمرة الثانية صباح اليوم")).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      "تفتح الأبواب من الساعة التاسعة صباحا إلى الرابعة عصرا|16.0|-",
      "يلعب الفريق في الخامسة من عصر اليوم|17.0|-",
      "تلقى البلاغ في تمام الساعة 9:31 من صباح أمس|9.5167|-",
      "وصلوا إلى القرية في الساعة الثانية من السحر|2.0|-",
      "رفع العلم في تمام الساعة 00,01 بالتوقيت المحلي|0.0167|local",
      "أي عند (04,01 بتوقيت غرينتش)|4.0167|GMT",
      "بلغ السعر 1093 دولارا بحلول الساعة 1831 بالتوقيت العالمي|18.5167|GMT",
  })
  void clockTimesInOtherForms(String text, double hours, String zone) {
    List<Figure> times = extractor.extract(text).stream().filter(f -> "time".equals(f.unit())).toList();
    Figure f = times.get(times.size() - 1);
    assertThat(f.value()).isEqualTo(hours);
    assertThat(f.counted()).isEqualTo(zone);
  }

  @Test
  void definiteCardinalBeforeItsNoun() {
    Figure f = only("خسر المنتخب الثلاث مواجهات الأخيرة أمام منافسه");
    assertThat(f.value()).isEqualTo(3);
    assertThat(f.counted()).isEqualTo("مواجهات");
    Figure y = only("قضى الخمس سنوات في المنفى");
    assertThat(y.value()).isEqualTo(5);
    assertThat(y.unit()).isEqualTo("year");
  }

  @Test
  void oneAfterAnyAgreeingNoun() {
    Figure f = only("لم يطلب المفاوضون إلا شيئا واحدا هو الأمن");
    assertThat(f.value()).isEqualTo(1);
    assertThat(f.counted()).isEqualTo(ArabicNormalization.normalize("شيئا"));
    assertThat(only("وقف على المنصة رجل واحد").counted()).isEqualTo("رجل");
    assertThat(only("أفرج عن مواطنين اثنين").value()).isEqualTo(2);
  }

  @Test
  void setPhrasesWithOneAreNoCounts() {
    assertThat(extractor.extract("أعلنت الحكومة الهدنة من جانب واحد وفي آن واحد")).isEmpty();
    assertThat(extractor.extract("هو واحد من أبرز القادة")).isEmpty();
    assertThat(extractor.extract("إنها واحدة من المدن")).isEmpty();
  }

  @Test
  void vagueQuantitiesBeforeADefiniteNoun() {
    Figure f = only("شنت الطائرات عشرات الغارات على المدينة");
    assertThat(f.value()).isEqualTo(10);
    assertThat(f.counted()).isEqualTo("غارات");
    assertThat(f.approx()).isEqualTo("at_least");
    Figure g = only("وصلت العشرات من هذه القوارب إلى الشاطئ");
    assertThat(g.value()).isEqualTo(10);
    assertThat(g.counted()).isEqualTo("قوارب");
  }

  @Test
  void twoThousandAfterAConjunction() {
    List<Figure> fs = extractor.extract("يسكن الحي 12 ألف مسلم وألفي درزي");
    assertThat(fs).hasSize(2);
    assertThat(fs.get(1).value()).isEqualTo(2000);
    assertThat(fs.get(1).counted()).isEqualTo("درزي");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "افتتحت الوزارة 165 مركزاً للتدريب|مركز",
      "نقلت الشاحنات 35 صندوقا|صندوق",
      "اشترت العائلة 3 هدايا|هدايا",
      "سجل النادي 120 عضوا جديدا|member",
  })
  void accusativeCountedNounsLoseTheirTanweenAlif(String text, String counted) {
    assertThat(only(text).counted()).isEqualTo(counted);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "يعمل الموظفون لأكثر من عشر ساعات يوميا|10|more_than",
      "يجلس الطلاب لأقل من ست ساعات|6|less_than",
      "قدرت الخسائر بما يقارب 50 طنا|50|about",
      "قتل 30 شخصا على الأقل في الهجوم|30|at_least",
      "العوائد تتجاوز مبلغ (20) مليون ريال|20000000|more_than",
      "السعر تجاوز حاجز 100 دولار|100|more_than",
  })
  void approximations(String text, double value, String approx) {
    Figure f = only(text);
    assertThat(f.value()).isEqualTo(value);
    assertThat(f.approx()).isEqualTo(approx);
  }

  @Test
  void atLeastAfterTheNounIsPartOfTheFigure() {
    String text = "قتل 30 شخصا على الأقل في الهجوم";
    assertThat(only(text).text()).isEqualTo("30 شخصا على الأقل");
  }

  @Test
  void aPercentWordIsNoHundred() {
    Figure f = only("ارتفع السعر أكثر من واحد بالمئة يوم الخميس");
    assertThat(f.value()).isEqualTo(1);
    assertThat(f.unit()).isEqualTo("percent");
    assertThat(f.approx()).isEqualTo("more_than");
  }

  @Test
  void aScaleWordAloneCountsOneOrTwoOfIt() {
    Figure f = only("سيرتفع الإنتاج بواقع مليون برميل");
    assertThat(f.value()).isEqualTo(1_000_000);
    assertThat(f.unit()).isEqualTo("barrel");
    Figure g = only("فر نحو مليوني شخص من البلاد");
    assertThat(g.value()).isEqualTo(2_000_000);
    assertThat(g.counted()).isEqualTo("person");
    assertThat(g.approx()).isEqualTo("about");
  }

  @Test
  void aPartitiveCountsAKnownNoun() {
    Figure f = only("قتل 3 من الجنود في الكمين");
    assertThat(f.value()).isEqualTo(3);
    assertThat(f.counted()).isEqualTo("soldier");
    assertThat(extractor.extract("غاب 3 من الفريق عن التدريب")).isEmpty();
  }

  @Test
  void aModelNumberIsNoCount() {
    List<Figure> fs = extractor.extract("رفعت التجميد عن 12 طائرة إف 16 و20 صاروخا");
    assertThat(fs).extracting(Figure::value).containsExactly(12.0, 20.0);
    assertThat(fs).extracting(Figure::counted).containsExactly("aircraft", "missile");
  }

  @Test
  void aPastVerbAfterTheNumberIsNotItsNoun() {
    Figure f = only("وذكرت الوكالة أن 163 ألفا أجلوا عن منازلهم");
    assertThat(f.value()).isEqualTo(163_000);
    assertThat(f.counted()).isNull();
  }

  @Test
  void woundedByTheirWounds() {
    Figure f = only("وأصيب العشرات بجروح في الانفجار");
    assertThat(f.counted()).isEqualTo("wounded");
    assertThat(f.approx()).isEqualTo("at_least");
    assertThat(only("أصيب 5 بجروح خطيرة").counted()).isEqualTo("wounded");
  }

  @Test
  void bothEndsOfAnHourSpan() {
    List<Figure> fs = extractor.extract("يمتد الحفل (من الثالثة ظهرا حتى العاشرة مساء)");
    assertThat(fs).extracting(Figure::value).containsExactly(15.0, 22.0);
  }

  @Test
  void afpTimeZoneAbbreviation() {
    List<Figure> fs = extractor.extract("وقع الانفجار قرابة الساعة 7:15 (6:15 تغ) وآخر في الساعة 9:00 (8:00 ت غ)");
    assertThat(fs).extracting(Figure::counted).containsExactly(null, "GMT", null, "GMT");
  }

  @Test
  void oneAndAHalfOfAUnit() {
    assertThat(extractor.extract("قتل 700 شخص خلال شهر ونصف الشهر")).extracting(Figure::value)
        .containsExactly(700.0, 1.5);
    List<Figure> fs = extractor.extract("استمر الاجتماع ساعة ونصف ثم شهرا ونصف الشهر");
    assertThat(fs).extracting(Figure::value).containsExactly(1.5, 1.5);
    assertThat(fs).extracting(Figure::unit).containsExactly("hour", "month");
  }

  @Test
  void theNextClauseOrAPrepositionIsNoCountedNoun() {
    assertThat(extractor.extract("وصل منهم 22 وعاد البقية")).isEmpty();
    assertThat(extractor.extract("غادر 473 غير مصرح لهم")).isEmpty();
    assertThat(extractor.extract("مثل 12 أمام القاضي")).isEmpty();
  }

  @Test
  void aPartitiveOfACurrencyIsMoney() {
    Figure f = only("أنفقت الشركات مئات الملايين من الدولارات على الحماية");
    assertThat(f.value()).isEqualTo(1e8);
    assertThat(f.unit()).isEqualTo("USD");
    assertThat(only("تلقت الجمعية عشرات الآلاف من اليورو").unit()).isEqualTo("EUR");
  }

  @Test
  void aBareYenIsTheJapaneseCurrency() {
    assertThat(only("وارتفع الدولار إلى 118.5 ين في طوكيو").unit()).isEqualTo("JPY");
  }

  @Test
  void aMilitaryUnitsNumberAndAPartOfTheDayAreNoCount() {
    assertThat(extractor.extract("هاجم المسلحون مقر اللواء 40 مساء الأحد")).isEmpty();
    assertThat(extractor.extract("عاد الجنود إلى الكتيبة 12 صباح اليوم")).isEmpty();
  }

  @Test
  void aThousandWordAndItsDigitsAreOneAmount() {
    Figure f = only("اعتقلت الشرطة أكثر من ألف و200 شخص");
    assertThat(f.value()).isEqualTo(1200);
    assertThat(f.counted()).isEqualTo("person");
    assertThat(f.approx()).isEqualTo("more_than");
  }

  @Test
  void aPriceAfterAFuturesMonthIsAFigureNotADay() {
    List<Figure> fs = extractor.extract("وارتفعت عقود سبتمبر 18 سنتا، وعقود أكتوبر 1.5 %");
    assertThat(fs).extracting(Figure::value).containsExactly(18.0, 1.5);
    assertThat(fs).extracting(Figure::unit).containsExactly("cent", "percent");
    assertThat(extractor.extract("وصل الوفد في سبتمبر 18 إلى المدينة")).isEmpty();
  }

  @Test
  void aNumberInBracketsOrQuotesStillCountsItsNoun() {
    assertThat(only("تكفلت الجمعية بـ (250) عملية جراحية").counted()).isEqualTo(n("عملية"));
    assertThat(only("سجلت الوزارة «73» حالة جديدة").counted()).isEqualTo("case");
  }

  private static String n(String s) {
    return ArabicNormalization.normalize(s);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "يعاني نصف مليون طفل من الجوع|500000",
      "خصصت الجائزة وربع مليون دولار للفائز|250000",
      "بلغت الخسائر مليارا و200 مليون دولار|1200000000",
      "بلغت التكلفة 4 ملايين ونصف المليون دولار|4500000",
  })
  void fractionsAndSumsOfScales(String text, double value) {
    assertThat(only(text).value()).isEqualTo(value);
  }

  @Test
  void aNumberInBracketsIsQuotedWithBothBrackets() {
    String text = "أنقذت الفرق (15) شخصا من الحريق";
    Figure f = only(text);
    assertThat(f.text()).isEqualTo("(15) شخصا");
    assertThat(text.substring(f.start(), f.end())).isEqualTo(f.text());
    assertThat(f.value()).isEqualTo(15.0);
  }

  @Test
  void westInATeamOrPlaceNameIsNoNumber() {
    assertThat(FigureShow.figures("ويستضيف وست بروميتش فريق المدينة، وخسر الفريق ست مباريات"))
        .containsExactly("6.0 null مباريات");
    assertThat(FigureShow.figures("رأى الصياد ثلاثة طيور وست عصافير")).contains("6.0 null عصافير");
  }

  @Test
  void anAmountPrintedInFullWithMixedMarksBeforeItsScaleIsTheAmount() {
    assertThat(FigureShow.figures("بتكلفة إجمالية بلغت 253,753.468 مليون ريال")).containsExactly("2.53753468E8 SAR null");
    assertThat(FigureShow.figures("بتكلفة إجمالية قدرها 542.963,440 مليون ريال")).containsExactly("5.4296344E8 SAR null");
    assertThat(FigureShow.figures("بلغت الأرباح 1,500 مليون ريال")).containsExactly("1.5E9 SAR null");
  }

  @Test
  void aHalfAfterAPluralOrDualUnitIsNotOneAndAHalf() {
    assertThat(FigureShow.figures("وأمضى في الخارج سنة ونصف قبل عودته")).containsExactly("1.5 year null");
    assertThat(FigureShow.figures("وبقي في السجن سنوات ونصف قبل الإفراج عنه")).isEmpty();
    assertThat(FigureShow.figures("واستمر الحصار يومين ونصف")).doesNotContain("1.5 day null");
  }
}
