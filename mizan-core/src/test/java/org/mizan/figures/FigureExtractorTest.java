package org.mizan.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FigureExtractorTest {
  private final FigureExtractor extractor = new FigureExtractor();

  private Figure nth(String text, int index) {
    return extractor.extract(text).get(index);
  }

  private Figure only(String text) {
    List<Figure> fs = extractor.extract(text);
    assertThat(fs).as(text).hasSize(1);
    return fs.get(0);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      "بلغ عدد الحجاج 1,250,000 حاج|1250000|-|pilgrim",
      "بلغ عدد الحجاج ١٬٢٥٠٬٠٠٠ حاج|1250000|-|pilgrim",
      "ارتفع المؤشر 2.5 نقطة|2.5|-|point",
      "ارتفع المؤشر ٢٫٥ نقطة|2.5|-|point",
      "نشر 600 ألف جندي|600000|-|soldier",
      "خصص 1.5 مليار ريال|1500000000|SAR|-",
      "بلغت الصادرات 3 ملايين برميل|3000000|barrel|-",
      "تسلمت أربع وثائق|4|-|document",
      "استمر الاجتماع خمس ساعات|5|hour|-",
      "قتل خمسة وعشرون شخصا|25|-|person",
      "قتل اثنان وثلاثون شخصا|32|-|person",
      "ضبط اثنين وعشرين ألف حبة|22000|-|حبه",
      "ضبط (22.790) اثنين وعشرين ألفا وسبعمائة وتسعين حبة|22790|-|حبه",
      "ضبط (22.790) حبة|22790|-|حبه",
      "وصل 1.500 حاج|1500|-|pilgrim",
      "ارتفع المؤشر 2.500 نقطة|2.5|-|point",
      "ضبط واحد وأربعين ألفا وسبعمائة وتسعين قرصا|41790|-|قرص",
      "وصل ثلاثة عشر لاعبا|13|-|player",
      "شارك مئة وخمسون طالبا|150|-|student",
      "سقط عشرات الآلاف من المدنيين|10000|-|civilian",
      "نزح مئات الآلاف من اللاجئين|100000|-|refugee",
      "سيطر على 701 كيلومتر مربع|701|km2|-",
      "سيطر على 725 كيلومترًا مربعًا|725|km2|-",
      "سيطر على 701 كيلومترات مربّعة|701|km2|-",
      "ارتفعت الأسعار 12%|12|percent|-",
      "ارتفعت الأسعار 12 في المئة|12|percent|-",
      "ارتفعت الأسعار 12 بالمائة|12|percent|-",
      "بلغت الكلفة 40 مليون دولار أمريكي|40000000|USD|-",
      "بيع بـ 300 يورو|300|EUR|-",
      "بلغت القيمة 5 آلاف جنيه إسترليني|5000|GBP|-",
      "بلغ الدين 2 مليار دينار كويتي|2000000000|KWD|-",
      "أنتج 500 طن|500|ton|-",
      "استغرق 3 أيام|3|day|-",
      "وصل 17 مشاركا|17|-|participant",
      "شيد 40 مبنى|40|-|مبني",
  })
  void numberForms(String text, double value, String unit, String counted) {
    Figure f = only(text);
    assertThat(f.value()).isEqualTo(value);
    assertThat(f.unit()).isEqualTo(unit);
    assertThat(f.counted()).isEqualTo(counted);
    assertThat(text.substring(f.start(), f.end())).isEqualTo(f.text());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "قتل نحو 30 شخصا|about",
      "قتل حوالي 30 شخصا|about",
      "قتل قرابة 30 شخصا|about",
      "قتل زهاء 30 شخصا|about",
      "قتل أكثر من 30 شخصا|more_than",
      "قتل أقل من 30 شخصا|less_than",
      "قتل ما يقرب من 30 شخصا|nearly",
      "قتل ما لا يقل عن 30 شخصا|at_least",
      "قتل 30 شخصا تقريبا|about",
      "قتل بحدود 30 شخصا|about",
      "قتل في حدود 30 شخصا|about",
  })
  void approximations(String text, String approx) {
    Figure f = only(text);
    assertThat(f.value()).isEqualTo(30);
    assertThat(f.approx()).isEqualTo(approx);
  }

  @Test
  void clockTimesAndTimeZones() {
    List<Figure> fs = extractor.extract("أقلعت الطائرة في حوالي الساعة2:02 صباحا (2302 بتوقيت غرينتش).");
    assertThat(fs).hasSize(2);
    assertThat(fs.get(0).unit()).isEqualTo("time");
    assertThat(fs.get(0).value()).isEqualTo(2.0333);
    assertThat(fs.get(0).approx()).isEqualTo("about");
    assertThat(fs.get(1).value()).isEqualTo(23.0333);
    assertThat(fs.get(1).counted()).isEqualTo("GMT");
    Figure evening = only("يبدأ الحفل الساعة 9:30 مساء بتوقيت مكة المكرمة");
    assertThat(evening.value()).isEqualTo(21.5);
    assertThat(evening.counted()).isEqualTo("مكه المكرمه");
  }

  @Test
  void yearsDatesArticlesAndBareNumbersAreNotFigures() {
    assertThat(extractor.extract("في عام 2014 وفي 24 فبراير 2022 وفق المادة 5 من المعاهدة، وفاز الفريق 3-1")).isEmpty();
    assertThat(extractor.extract("قناة فرانس 24 ومنذ ربيع 2022")).isEmpty();
    assertThat(extractor.extract("سيطرت روسيا على خمس الأراضي")).isEmpty(); // a fifth, not five
  }

  @Test
  void bothEndsOfARangeTakeTheUnitStatedOnce() {
    List<Figure> fs = extractor.extract("تراوح الإنتاج بين 300 ألف و400 ألف طن يوميا، وأصيب ما بين 5 و 6 أشخاص");
    assertThat(fs).extracting(Figure::value).containsExactly(300000.0, 400000.0, 5.0, 6.0);
    assertThat(fs).extracting(Figure::unit).containsExactly("ton", "ton", null, null);
    assertThat(fs).extracting(Figure::counted).containsExactly(null, null, "person", "person");
    assertThat(extractor.extract("في عام 2014 و 2015 فقط")).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      "خلال الأعوام الثلاثة الماضية|3|year|-|الأعوام الثلاثة",
      "اجتمعت الدول الخمس الكبرى|5|-|country|الدول الخمس",
      "استمر الحصار ثلاث سنوات ونصف|3.5|year|-|ثلاث سنوات ونصف",
      "انتظر المسافرون 4 ساعات ونصف|4.5|hour|-|4 ساعات ونصف",
      "تبرع بألفي دولار|2000|USD|-|بألفي دولار",
      "ارتفعت عقود تسليم سبتمبر 2.35 دولار|2.35|USD|-|2.35 دولار",
  })
  void definiteCardinalsFractionsAndDuals(String text, double value, String unit, String counted, String printed) {
    Figure f = only(text);
    assertThat(f.value()).isEqualTo(value);
    assertThat(f.unit()).isEqualTo(unit);
    assertThat(f.counted()).isEqualTo(counted);
    assertThat(f.text()).isEqualTo(printed);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      "استغرقت الرحلة ربع ساعة|0.25|hour|-|ربع ساعة",
      "يركض لنصف ساعة يوميا|0.5|hour|-|لنصف ساعة",
      "تمدد العقد عاما واحدا|1|year|-|عاما واحدا",
      "وقع لاعبين جديدين اثنين|2|-|player|لاعبين جديدين اثنين",
      "بلغت الخسائر مليارات اليورو|1000000000|EUR|-|مليارات اليورو",
      "تعطلت ثلاث آليات|3|-|اليات|ثلاث آليات",
      "اتفقت الأطراف الأربعة|4|-|اطراف|الأطراف الأربعة",
  })
  void fractionsOneTwoAfterTheNounAndVagueCurrencies(String text, double value, String unit, String counted,
      String printed) {
    Figure f = only(text);
    assertThat(f.value()).isEqualTo(value);
    assertThat(f.unit()).isEqualTo(unit);
    assertThat(f.counted()).isEqualTo(counted);
    assertThat(f.text()).isEqualTo(printed);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      "بلغ عمره إحدى عشر عاما|11|year|-|إحدى عشر عاما",
      "وصل اثنا عشر لاعبا|12|-|player|اثنا عشر لاعبا",
      "في الثلاثة والعشرين يوما الأولى|23|day|-|الثلاثة والعشرين يوما",
      "ارتفع السعر ليصل إلى 281 ألفا و800 دولار|281800|USD|-|281 ألفا و800 دولار",
  })
  void compoundNumbers(String text, double value, String unit, String counted, String printed) {
    Figure f = only(text);
    assertThat(f.value()).isEqualTo(value);
    assertThat(f.unit()).isEqualTo(unit);
    assertThat(f.counted()).isEqualTo(counted);
    assertThat(f.text()).isEqualTo(printed);
    assertThat(f.approx()).isNull(); // ليصل إلى is a target, not a bound
  }

  @Test
  void definiteWordsAndPrepositionsAfterANumberAreNotItsUnit() {
    assertThat(extractor.extract("قرعة مونديال روسيا 2018 اليوم، والدورة الـ 15 للمؤسسة، والحادية والعشرين لأفضل مخرج"))
        .isEmpty();
    assertThat(extractor.extract("ولم يقرر 15 موقفهم، والتراجع الشهري الأربعون حتى الدقيقة 69 ليسجل")).isEmpty();
  }

  @Test
  void listMarkersReferencesAndOrdinalTeensAreNotFigures() {
    assertThat(extractor.extract("5 ـ مشاريع الإيواء، وقرار الشورى رقم 104/ 47 وتاريخ 28/ 7/ 1433هـ")).isEmpty();
    assertThat(extractor.extract("عين بالمرتبة الخامسة عشرة بوزارة الزراعة وبالمرتبة الـ 14 بوزارة النقل")).isEmpty();
    assertThat(extractor.extract("انظر www.multaqaa5\n\nيذكر أن")).isEmpty();
    assertThat(extractor.extract("وقعت إيران ومجموعة 5+1 بقيادة واشنطن الاتفاق، وكذلك مجموعة ٥ + ١ الأوروبية")).isEmpty();
  }

  @Test
  void hoursWithTheirPartOfTheDayAreClockTimes() {
    Figure f = only("غادرت عند 12 ظهرا");
    assertThat(f.unit()).isEqualTo("time");
    assertThat(f.value()).isEqualTo(12.0);
    assertThat(only("تصل 7 مساء").value()).isEqualTo(19.0);
    // a score's second side is no hour, nor is a number a comma parts from the day word
    assertThat(extractor.extract("فاز الفريق 3-1 مساء الجمعة")).noneMatch(x -> "time".equals(x.unit()));
    assertThat(extractor.extract("بلغ عددهم 8، مساء الخميس")).noneMatch(x -> "time".equals(x.unit()));
  }

  @Test
  void moreSpellingsOfScalesAndUnits() {
    assertThat(only("تجاوزت الأصول (1 ترليون) ريال").value()).isEqualTo(1e12);
    assertThat(only("على بعد 66 كيلو مترًا من المدينة").unit()).isEqualTo("km");
  }

  @Test
  void compoundsRangesInThousandsAndMoreUnits() {
    assertThat(only("بلغت الأرباح سبعمائة وخمسة عشر مليون دولار").value()).isEqualTo(715e6);
    List<Figure> fs = extractor.extract("يحلق على ارتفاع يتراوح بين 60 و90 ألف قدم، بسعتين 30 و31 كيلو واط");
    assertThat(fs).extracting(Figure::value).containsExactly(60000.0, 90000.0, 30.0, 31.0);
    assertThat(fs).extracting(Figure::unit).containsExactly("foot", "foot", "kw", "kw");
    assertThat(extractor.extract("في عام 2014 قدم الفريق عرضا، أو حتى 120 إذا حدث تمديد")).isEmpty();
    assertThat(only("أوقفت خمسة أشخاص، اثنان منهم").value()).isEqualTo(5);
  }

  @Test
  void powerInEverySpellingOfMegaAndGigaWatts() {
    assertThat(only("تبلغ قدرة المحطة 500 ميجاواط عند اكتمالها").unit()).isEqualTo("mw");
    assertThat(only("بطاقة 300 ميجا وات للمرحلة الأولى").unit()).isEqualTo("mw");
    Figure giga = only("تضيف الشبكة 12 جيجاواط بحلول العام المقبل");
    assertThat(giga.unit()).isEqualTo("gw");
    assertThat(giga.value()).isEqualTo(12);
  }

  @Test
  void clockTimesWithADot() {
    Figure f = only("الحضور عند الساعة 7.30 صباحا");
    assertThat(f.unit()).isEqualTo("time");
    assertThat(f.value()).isEqualTo(7.5);
  }

  @Test
  void othersCountMoreOfTheThingCountedBefore() {
    List<Figure> fs = extractor.extract("قتل ثلاثة جنود وأصيب سبعة آخرون. ونقل 12 آخرين إلى المستشفى");
    assertThat(fs).extracting(Figure::counted).containsExactly("soldier", "soldier", "soldier");
    // with no figure before it, others after a casualty verb are those casualties (round 5), else people
    assertThat(extractor.extract("أصيب 5 آخرون")).extracting(Figure::counted).containsExactly("wounded");
    assertThat(extractor.extract("وصل 5 آخرون")).extracting(Figure::counted).containsExactly("person");
  }

  @Test
  void versAndPronounsAfterANumberAreNotCounted() {
    // the verb is no counted noun; the casualty word before the number says what it counts (round 4)
    assertThat(extractor.extract("وإصابة نحو 100 يعالجون في المستشفيات، وتأهل ثلاثة منها"))
        .extracting(Figure::counted).containsExactly("wounded");
    assertThat(extractor.extract("انسحب من جانب واحد في اليوم الواحد")).isEmpty();
  }

  @Test
  void approximationsTakeAProclitic() {
    assertThat(nth("قتل 32 شخصا ونحو مئة جريح", 1).approx()).isEqualTo("about");
    assertThat(only("تأخرت الرحلة لقرابة خمسين دقيقة").approx()).isEqualTo("about");
  }

  @Test
  void hijriDatesAndEditionNumbersAreNotFigures() {
    assertThat(extractor.extract("يقام من 4 شوال إلى 6 ذو القعدة في الدورة 51 للمهرجان")).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "سحب مبالغ لا تتجاوز 420 يورو|up_to",
      "يسحبوا حتى ألفي يورو|up_to",
      "عوائد تتجاوز 20 مليون ريال|more_than",
  })
  void boundsBeforeTheNumber(String text, String approx) {
    assertThat(only(text).approx()).isEqualTo(approx);
  }

  @Test
  void parsesSeparators() {
    assertThat(FigureExtractor.parseDigits("1,234.5")).isEqualTo(1234.5);
    assertThat(FigureExtractor.parseDigits("2,5")).isEqualTo(2.5);
    assertThat(FigureExtractor.parseDigits("1.000.000")).isEqualTo(1_000_000);
    assertThat(FigureExtractor.decimalPlaces("13.23")).isEqualTo(2);
    assertThat(FigureExtractor.decimalPlaces("2,5")).isEqualTo(1);
    assertThat(FigureExtractor.decimalPlaces("77,189")).isZero();
    assertThat(FigureExtractor.decimalPlaces("1.000.000")).isZero();
  }
}
