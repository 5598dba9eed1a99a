package org.mizan.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Forms met on unseen articles (round 7): a number restated in words or in digits, words after a
 * number that are no counted thing (بنسبة، بحلول، عدم), a day of a month after من, relative years and
 * months with a glued preposition, {@code السابق} after a dated year or month, {@code العام} as the
 * adjective of a title, and "this month" in a paper dated the 1st. Invented sentences, one rule each.
 */
class FiguresRound7Test {
  private final FigureExtractor extractor = new FigureExtractor();
  private final DateExtractor dates = new DateExtractor();
  private static final LocalDate WEDNESDAY = LocalDate.of(2025, 8, 13);

  private List<String> values(String text) {
    return values(text, WEDNESDAY);
  }

  private List<String> values(String text, LocalDate pub) {
    return dates.extract(text, pub).stream().map(TextDate::value).toList();
  }

  private static String show(Figure f) {
    return f.value() + " " + f.unit() + " " + f.counted();
  }

  private List<String> figures(String text) {
    return extractor.extract(text).stream().map(FiguresRound7Test::show).toList();
  }

  @Test
  void digitsRestatedInWordsAreOneFigure() {
    assertThat(figures("وأصيب (5) خمسة من رجال الإطفاء أثناء إخماد الحريق")).containsExactly("5.0 null رجال");
    assertThat(figures("وضبطت الدورية (12) اثني عشر متسللا")).containsExactly("12.0 null متسلل");
    assertThat(figures("بغرامة قدرها (50,000) خمسون ألف ريال")).containsExactly("50000.0 SAR null");
    // a different number in words is no restatement: the words begin a figure of their own
    assertThat(figures("في المادة (3) ثلاثة أشهر")).containsExactly("3.0 month null");
  }

  @Test
  void wordsRestatedInDigitsAreOneFigure() {
    assertThat(figures("وتوفي ثلاثة (3) أشخاص في الحادث")).containsExactly("3.0 null person");
    List<Figure> fs = extractor.extract("وتوفي ثلاثة (3) أشخاص في الحادث");
    assertThat(fs.get(0).text()).isEqualTo("ثلاثة (3) أشخاص");
  }

  @Test
  void aPartitiveOfMenCountsThem() {
    assertThat(figures("واعتقلت الشرطة 4 من رجال العصابة")).containsExactly("4.0 null رجال");
  }

  @Test
  void aPrepositionalPhraseOrAVerbalNounAfterANumberIsNoCountedThing() {
    // an index level before بنسبة, a target before بحلول, a rank before عدم (the numbers measure nothing)
    assertThat(figures("وصعد مؤشر «فوتسي» 250 بنسبة 1.2 في المائة")).containsExactly("1.2 percent null");
    assertThat(figures("وتوقعت أن يصل سعر البرميل إلى 90 بحلول نهاية العقد")).isEmpty();
    assertThat(figures("وعلى الأندية من المركز السادس وحتى الـ12 عدم تسجيل لاعبين")).isEmpty();
  }

  @Test
  void aDayOfAMonthAfterMinIsNoFigure() {
    assertThat(figures("ويستمر التسجيل حتى 30 من يناير المقبل")).isEmpty();
    assertThat(figures("وانطلقت الحملة في 12 من شهر رمضان")).isEmpty();
    assertThat(figures("وقتل 30 من المسلحين في الاشتباك")).containsExactly("30.0 null militant");
  }

  @Test
  void ofThemAfterACountOfTwoJoinedThingsCountsNeither() {
    assertThat(figures("وقتل 19 طالبا ومعلما على الأقل، أربعة منهم داخل المدرسة")).containsExactly("19.0 null student");
    // one thing counted before: of them counts it
    assertThat(figures("وقتل 9 طلاب في الهجوم، أربعة منهم داخل المدرسة"))
        .containsExactly("9.0 null student", "4.0 null student");
  }

  @Test
  void aBoundAfterAnAdjectiveOfTheCountedNounIsItsApproximation() {
    List<Figure> fs = extractor.extract("وقتل 14 شرطيا أفغانيا على الأقل في الهجوم");
    assertThat(fs).extracting(Figure::value, Figure::approx).containsExactly(org.assertj.core.api.Assertions.tuple(14.0, "at_least"));
  }

  @Test
  void aMirroredClockTimeIsATime() {
    List<Figure> fs = extractor.extract("وبلغ سعر الخام 60 دولارا بحلول الساعة 15ر11 بتوقيت جرينتش");
    assertThat(fs).extracting(Figure::value, Figure::unit, Figure::counted)
        .contains(org.assertj.core.api.Assertions.tuple(11.25, "time", "GMT"));
  }

  @Test
  void anAdverbOfRateOrANamesNumberIsNoCount() {
    assertThat(figures("ويزور المعرض 450 يوميا")).isEmpty();
    assertThat(figures("وأصبح المنتج رقم واحد في السوق")).isEmpty();
  }

  @Test
  void rupeesRinggitAndWonAreCurrencies() {
    assertThat(figures("وبلغت الصفقة 300 مليون روبية هندية")).containsExactly("3.0E8 INR null");
    assertThat(figures("وجمع الصندوق 15 مليار رنجيت")).containsExactly("1.5E10 MYR null");
    assertThat(figures("وتكلف المشروع 900 مليار وون كوري")).containsExactly("9.0E11 KRW null");
  }

  @Test
  void aKilogramInTwoWordsIsAUnit() {
    assertThat(figures("وضبطت الشرطة 300 كيلو غرام من المخدرات")).containsExactly("300.0 kg null");
    assertThat(figures("وتراجع المؤشر 0.71 أمس مسجلا أكبر هبوط")).isEmpty(); // أمس is no counted thing
  }

  @Test
  void theLapsedMonthOrYearSpelledWithHamzaIsDated() {
    assertThat(values("وتجاوز العدد ما سجل طوال العام الفائت")).containsExactly("2024");
    assertThat(values("وعقد الاجتماع الأسبوع الفائت")).containsExactly("2025-W32");
  }

  @Test
  void aPartOfAYearBeforeItsNumberIsThatYear() {
    assertThat(values("وهو أطول هبوط منذ أواخر 2019")).containsExactly("2019");
    assertThat(values("وبلغ التوزيع مليون نسخة في نهاية 2021")).containsExactly("2021");
  }

  @Test
  void theNightBeforeLastIsTwoDaysBack() {
    assertThat(values("وشنت الطائرات غارات في ساعة متأخرة من البارحة الأولى")).containsExactly("2025-08-11");
    assertThat(values("وشنت الطائرات غارات البارحة")).containsExactly("2025-08-12");
  }

  @Test
  void anExpectedAppearanceOnAWeekdayIsTheComingOne() {
    // Wednesday 13 August: the coming Monday is the 18th, the last one the 11th
    assertThat(values("ويتوقع أن يمثل المتهم أمام المحكمة يوم الاثنين")).containsExactly("2025-08-18");
  }

  @Test
  void exceedingVerbsAreMoreThan() {
    List<Figure> fs = extractor.extract("بحمولات تتعدى 90 ألف طن لكل منها");
    assertThat(fs).extracting(Figure::approx).containsExactly("more_than");
  }

  @Test
  void thePartOfTheDayAfterAParentheticalTimeCounts() {
    List<Figure> fs = extractor.extract("وبدأت الهدنة الساعة 11.30 (2030 بتوقيت جرينتش) مساء أمس");
    assertThat(fs).extracting(Figure::value, Figure::unit).containsExactly(
        org.assertj.core.api.Assertions.tuple(23.5, "time"), org.assertj.core.api.Assertions.tuple(20.5, "time"));
  }

  @Test
  void aPartitiveOfAPluralInConstructCountsIt() {
    assertThat(figures("وقتل 13 من مسلحي الجماعة في الاشتباكات")).containsExactly("13.0 null militant");
    assertThat(figures("وأصيب 7 من مشجعي الفريق")).containsExactly("7.0 null مشجعي");
  }

  @Test
  void twoAfterANounAndItsAdjectivesCountsTheNoun() {
    assertThat(figures("وحكمت المحكمة على موظفين حكوميين كويتيين اثنين")).containsExactly("2.0 null worker");
    assertThat(figures("واستعانت الجمعية بمراقبين دوليين اثنين")).containsExactly("2.0 null مراقبين");
  }

  @Test
  void dollarsWithACountryAdjective() {
    assertThat(figures("وبلغت الغرامة 30 مليون دولار كندي")).containsExactly("3.0E7 CAD null");
    assertThat(figures("وتكلف 5 ملايين دولار أسترالي")).containsExactly("5000000.0 AUD null");
  }

  @Test
  void aPriceAfterHattaIsNoYear() {
    assertThat(figures("وقلصت السعر حتى 1250 دولارا يوم الجمعة")).containsExactly("1250.0 USD null");
  }

  @Test
  void aRelativeYearOrMonthWithAGluedPrepositionIsDated() {
    assertThat(values("وارتفعت المبيعات 4 في المائة مقارنة بالعام الماضي")).containsExactly("2024");
    assertThat(values("وهي أعلى نسبة منذ أن سجلها للشهر الماضي")).containsExactly("2025-07");
    assertThat(values("وتتوقع الشركة نموا أكبر للعام المقبل")).containsExactly("2026");
  }

  @Test
  void thePreviousYearOrMonthAfterAGluedPrepositionIsNotReadAgainstPublication() {
    // the one before the year the sentence is about, which publication does not say
    assertThat(values("وحققت الشركة أرباحا أعلى مقارنة بالعام السابق")).isEmpty();
    assertThat(values("وانخفض الإنتاج مقارنة بالشهر السابق")).isEmpty();
  }

  @Test
  void thePreviousYearAfterADatedYearIsTheYearBeforeIt() {
    assertThat(values("وبلغت القروض 300 مليار في نهاية عام 2022 مقارنة بارتفاع 9% في العام السابق"))
        .containsExactly("2022", "2021");
    assertThat(values("وارتفعت الأرباح في النصف الأول من العام الحالي مقارنة بالفترة المماثلة من العام السابق"))
        .containsExactly("2025", "2024");
    assertThat(values("وزاد الإنتاج عن العام السابق")).containsExactly("2024"); // no year before: publication's
  }

  @Test
  void thePreviousMonthAfterAMonthIsFoundAcrossDecimals() {
    // the decimal points of 84.41 and 25.17 end no sentence
    assertThat(values("وبلغت قيمة الأسهم المتداولة لشهر مايو 2025 نحو 84.41 مليار بانخفاض 25.17% عن الشهر السابق"))
        .containsExactly("2025-05", "2025-04");
  }

  @Test
  void generalAfterATitleIsNoYear() {
    assertThat(values("وقال المدير العام السابق للشركة إن الخطة تأخرت")).isEmpty();
    assertThat(values("وأعلن النائب العام الحالي فتح تحقيق")).isEmpty();
    assertThat(values("وارتفع الطلب العام الماضي")).containsExactly("2024");
  }

  @Test
  void thisMonthInAPaperDatedTheFirstIsNoDate() {
    LocalDate first = LocalDate.of(2025, 9, 1);
    // a print edition dated the 1st was written the day before: "this month" may be the last one
    assertThat(values("وذكر البنك في وقت سابق من الشهر الحالي أنه يتوقع التضخم", first)).isEmpty();
    assertThat(values("وذكر البنك في وقت سابق من الشهر الحالي أنه يتوقع التضخم")).containsExactly("2025-08");
  }
}
