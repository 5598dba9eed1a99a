package org.mizan.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mizan.text.ArabicNormalization;

/**
 * What a number counts when its noun is elsewhere (round 4): coordinated clauses, casualty verbs,
 * partitives, head nouns, exchange rates, ages, and nouns before a definite cardinal. Invented
 * sentences, one rule each.
 */
class ElidedNounsTest {
  private final FigureExtractor extractor = new FigureExtractor();

  private Figure last(String text) {
    List<Figure> fs = extractor.extract(text);
    assertThat(fs).as(text).isNotEmpty();
    return fs.get(fs.size() - 1);
  }

  private static String n(String s) {
    return ArabicNormalization.normalize(s);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "أسفر الانفجار عن مقتل 12 شخصا وإصابة 30، وفق الشرطة|30|wounded",
      "أدى القصف إلى مقتل خمسة مدنيين وجرح سبعة، بحسب المستشفى|7|wounded",
      "وأصيب العشرات في الحريق الذي اندلع ليلا|10|wounded",
      "أعلنت السلطات مقتل 4 في هجوم على حافلة|4|killed",
      "قتل 12 مدنيا وجرح أكثر من 70 في الغارة|70|wounded",
      "دمرت الفيضانات 900 منزل وشردت نحو 4 آلاف في الإقليم|4000|displaced",
  })
  void aCasualtyVerbCountsTheWoundedOrTheKilled(String text, double value, String counted) {
    Figure f = last(text);
    assertThat(f.value()).isEqualTo(value);
    assertThat(f.counted()).isEqualTo(counted);
  }

  @Test
  void aCasualtyVerbBeforeAPartitiveOfAGroupIsNoCount() {
    assertThat(extractor.extract("أعلن الجيش مقتل 40 من جبهة المتمردين")).isEmpty();
    assertThat(extractor.extract("أعلن الجيش مقتل 40 على الأقل من جبهة المتمردين")).isEmpty();
  }

  @Test
  void aCoordinatedClauseTakesTheNounOfTheClauseBefore() {
    Figure f = last("وصل 40 ألف سائح إلى الجزيرة و25 ألفا إلى الساحل");
    assertThat(f.value()).isEqualTo(25_000);
    assertThat(f.counted()).isEqualTo(n("سائح"));
    Figure g = last("باعت الشركة 300 سيارة في مصر و450 في الأردن");
    assertThat(g.value()).isEqualTo(450);
    assertThat(g.counted()).isEqualTo("car");
  }

  @Test
  void aCoordinatedClauseInTheNextSentenceTakesNothing() {
    List<Figure> fs = extractor.extract("باعت الشركة 300 سيارة. وتوقع 12، في بيان مشترك، أن ترتفع المبيعات");
    assertThat(fs).extracting(Figure::value).containsExactly(300.0);
  }

  @Test
  void ofThemCountsWhatTheSentenceCountedBefore() {
    Figure f = last("نزح 1.5 مليون شخص عن ديارهم، وعاد 200 ألف منهم إلى المدينة");
    assertThat(f.value()).isEqualTo(200_000);
    assertThat(f.counted()).isEqualTo("person");
    assertThat(f.text()).isEqualTo("200 ألف منهم");
    assertThat(extractor.extract("ونقل سبعة منهم إلى العاصمة")).isEmpty();
  }

  @Test
  void aHeadNounBeforeTheNumberIsWhatItCounts() {
    Figure f = last("وارتفع عدد القتلى إلى 85 على الأقل في المدينة");
    assertThat(f.value()).isEqualTo(85);
    assertThat(f.counted()).isEqualTo("killed");
    assertThat(f.approx()).isEqualTo("at_least");
    Figure g = last("وبلغ العدد الإجمالي للمفقودين 640");
    assertThat(g.counted()).isEqualTo(n("مفقودين"));
  }

  @Test
  void aPartitiveCountsAPluralNounButNotAGroup() {
    assertThat(last("اعتقلت الشرطة 14 من أنصار الحزب").counted()).isEqualTo(n("أنصار"));
    assertThat(last("فصلت الصحيفة 20 من المحررين").counted()).isEqualTo(n("محررين"));
    assertThat(last("صوت 30 من زملاء النائب ضده").counted()).isEqualTo(n("زملاء"));
    assertThat(extractor.extract("انشق 200 من جماعة المعارضة")).isEmpty();
    assertThat(extractor.extract("قتل 5 آلاف من تنظيم القاعدة")).isEmpty();
  }

  @Test
  void outOfAPopulationCountsPersons() {
    Figure f = last("يحتاج 4.5 مليون من أصل سكان البلاد إلى المساعدة");
    assertThat(f.value()).isEqualTo(4_500_000);
    assertThat(f.counted()).isEqualTo("person");
  }

  @Test
  void anExchangeRateCountsTheCurrencyNamedBefore() {
    Figure f = last("هبطت الليرة التركية إلى 2.9 لكل دولار");
    assertThat(f.value()).isEqualTo(2.9);
    assertThat(f.unit()).isEqualTo("TRY");
    assertThat(f.text()).isEqualTo("2.9 لكل دولار");
    assertThat(last("وبلغ الروبل 58 مقابل الدولار").unit()).isEqualTo("RUB");
    assertThat(last("ارتفع الفرنك السويسري إلى 1.04 مقابل اليورو").unit()).isEqualTo("CHF");
  }

  @Test
  void aComparedNumberTakesTheUnitOfTheFigureBefore() {
    List<Figure> fs = extractor.extract("سجل الروبل 64 لكل دولار اليوم مقارنة بـ59 قبل شهر");
    assertThat(fs).extracting(Figure::unit).containsExactly("RUB", "RUB");
    assertThat(fs).extracting(Figure::value).containsExactly(64.0, 59.0);
  }

  @Test
  void aMirroredNumberIsReadBack() {
    assertThat(last("وكان السعر عند 35.\u200F2 دينار").value()).isEqualTo(2.35);
    assertThat(last("بلغت الأرباح 75ر3 مليار ريال").value()).isEqualTo(3.75e9);
    assertThat(last("بلغ الإنتاج 125ر340ر12 طنا").value()).isEqualTo(12_340_125);
  }

  @Test
  void anAgeRangeCountsYears() {
    List<Figure> fs = extractor.extract("والمشتبه به بين 30 وال35 من العمر");
    assertThat(fs).extracting(Figure::value).containsExactly(30.0, 35.0);
    assertThat(fs).extracting(Figure::unit).containsExactly("year", "year");
  }

  @Test
  void theNounOfADefiniteCardinalPastItsAdjectiveOrConstruct() {
    assertThat(last("وصل المهندسون الفرنسيون الأربعة إلى الموقع").counted()).isEqualTo(n("مهندسون"));
    assertThat(last("أطلق سراح أعضاء الوفد الستة").counted()).isEqualTo("member");
    assertThat(last("أطلق المسلحون سراح أفراد الأسرة الثلاثة").counted()).isEqualTo(n("أفراد"));
    assertThat(last("اجتمع ممثلو الدول العربية الخمس").counted()).isEqualTo("country");
    assertThat(last("أغلقت إحدى المدارس الأهلية الأجنبية الثلاث").counted()).isEqualTo("school");
  }

  @Test
  void gluedNegationsAreApproximations() {
    Figure f = last("قتل ما لايقل عن 12 شخصا في الهجوم");
    assertThat(f.approx()).isEqualTo("at_least");
    assertThat(last("بغرامة لاتتجاوز 500 دولار").approx()).isEqualTo("up_to");
  }

  @Test
  void reachingAfterATollIsNoBound() {
    assertThat(last("وكانت حصيلة الضحايا تصل إلى 140 قتيلا").approx()).isNull();
    assertThat(last("وكان عدد المصابين يصل إلى 60 جريحا").approx()).isNull();
    assertThat(last("ويواجه عقوبة تصل إلى 10 سنوات").approx()).isEqualTo("up_to");
  }

  @Test
  void aPartCountsWhatItsWholeCounts() {
    List<Figure> fs = extractor.extract("وافق 140 من أصل 200 نائب على القانون");
    assertThat(fs).extracting(Figure::value).containsExactly(140.0, 200.0);
    assertThat(fs).extracting(Figure::counted).containsExactly(n("نائب"), n("نائب"));
    assertThat(extractor.extract("نجح 3 من 10 طلاب")).extracting(Figure::counted).containsExactly("student", "student");
  }

  @Test
  void aNumberAfterAConjoinedNameIsNoCoordinatedCount() {
    List<Figure> fs = extractor.extract("ارتفع مؤشر داو 0.4 في المئة ونيكاي 225 الياباني 1.2 في المئة");
    assertThat(fs).extracting(Figure::value).containsExactly(0.4, 1.2);
  }

  @Test
  void aSecondBareNumberOfAPairTakesNoCount() {
    List<Figure> fs = extractor.extract("عاش 80 سنة بين عامي 1820 و1740 قبل الميلاد");
    assertThat(fs).extracting(Figure::value).containsExactly(80.0);
  }

  @Test
  void aBracketClosedAfterANameIsNoGapToANoun() {
    assertThat(extractor.extract("ضمن متطلبات (بازل 3) لتعزيز رأس المال")).isEmpty();
    assertThat(extractor.extract("قطار القراءة «3» سوف يبدأ")).isEmpty();
  }
}
