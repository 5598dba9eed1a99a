package org.mizan.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Forms met on unseen articles (round 6): a bare الاثنين between a verb or subject and the rest of
 * its clause, parts of a year inside a clause, quarters and halves of a year, parts of a month or
 * week, a coming weekday after a verb of waiting, a short definite cardinal (الست), and digits glued
 * to a word (model names). Invented sentences, one rule each.
 */
class FiguresRound6Test {
  private final FigureExtractor extractor = new FigureExtractor();
  private final DateExtractor dates = new DateExtractor();
  private static final LocalDate WEDNESDAY = LocalDate.of(2025, 8, 13);

  private List<String> values(String text) {
    return values(text, WEDNESDAY);
  }

  private List<String> values(String text, LocalDate pub) {
    return dates.extract(text, pub).stream().map(TextDate::value).toList();
  }

  @Test
  void aBareMondayAfterAVerbOrSubjectIsMonday() {
    assertThat(values("ووقع الانفجار الاثنين في سوق المدينة القديمة")).containsExactly("2025-08-11");
    assertThat(values("وشنت طائرات التحالف الاثنين ثلاث غارات على مواقع المسلحين")).containsExactly("2025-08-11");
    assertThat(values("في بيان صدر الاثنين في ختام الزيارة")).containsExactly("2025-08-11");
  }

  @Test
  void aBareMondayInAnImperfectOrFutureClauseIsLeftUndated() {
    // the coming Monday or the last one: the tense alone does not say, so no date rather than a wrong one
    assertThat(values("ويكشف الرئيس الاثنين خطة لمواجهة التغير المناخي")).isEmpty();
    assertThat(values("ومن القاهرة سينتقل الوزير الاثنين إلى الدوحة")).isEmpty();
    assertThat(values("وتختتم البطولة الاثنين بمباراة النهائي")).isEmpty();
    assertThat(values("وتم توقيع الاتفاق الاثنين في الرياض")).containsExactly("2025-08-11");
    assertThat(values("ومنح المدرب اللاعبين إجازة يومي الاثنين والثلاثاء")).doesNotContain("2025-08-11");
    assertThat(values("وسيتم نقل الجرحى خلال يومي الاثنين أو الثلاثاء")).contains("2025-08-18");
  }

  @Test
  void theTenseScanBeforeABareMondayStopsAtAParagraphBreak() {
    // the imperfect verb closes the paragraph before: the Monday's own clause has a past verb
    assertThat(values("ويتوقع المراقبون مزيدا من التصعيد\n\nووقع الانفجار الاثنين في سوق المدينة"))
        .containsExactly("2025-08-11");
  }

  @Test
  void theTwoStaysNoDate() {
    assertThat(values("وما السبيل إلى التخلص من الاثنين إلا بالاتحاد")).isEmpty();
    assertThat(values("سواء كان الهدف الربح أم الاثنين معا")).isEmpty();
    assertThat(values("وقال المدرب إن الاثنين يعرفان بعضهما جيدا")).isEmpty();
    assertThat(values("قضية تخص بلدينا الاثنين فحسب")).isEmpty();
    assertThat(values("ويستحب صيام الاثنين والخميس")).doesNotContain("2025-08-11"); // a habit
    assertThat(values("وجلس الطرفين الاثنين حول الطاولة")).isEmpty();
    assertThat(values("ولقي إشادات واسعة بموقف الاثنين الذي يتماشى مع الدعوة")).isEmpty();
    assertThat(values("في جميع مكاتب المؤسسة الاثنين والعشرين بمختلف المناطق")).isEmpty(); // the twenty-second
    assertThat(values("خلال زيارته إلى تونس الاثنين 20 يونيو")).doesNotContain("2025-08-11");
  }

  @Test
  void aPartOfTheYearInsideAClauseIsTheYear() {
    assertThat(values("انضم المسلحون في مطلع العام إلى الجماعة")).containsExactly("2025");
    assertThat(values("ويبدأ العمل في نهاية العام الدراسي")).isEmpty();
  }

  @Test
  void aQuarterOrHalfOfAYearIsThatYear() {
    assertThat(values("تراجعت الأرباح في نهاية الربع الثاني من العام.")).containsExactly("2025");
    assertThat(values("نمت المبيعات خلال النصف الأول من العام الماضي")).containsExactly("2024");
    assertThat(values("وارتفعت الصادرات في الربع الثالث من عام 2019 بنسبة كبيرة")).containsExactly("2019");
    assertThat(values("وبلغ العجز في الربع الأخير من 2021 مستوى قياسيا")).containsExactly("2021");
    assertThat(values("وفي الربع الثاني ارتفعت المبيعات")).isEmpty(); // no year stated
    assertThat(values("وتراجع الدخل في الربع الأول من العام المالي")).isEmpty(); // a fiscal year
  }

  @Test
  void aPartOfTheMonthOrWeekIsPublicationsOrTheSentencesMonth() {
    assertThat(values("وارتفعت الأسعار منذ مطلع الشهر بنسبة كبيرة")).containsExactly("2025-08");
    assertThat(values("وفي مارس الماضي، وتحديدا في أواخر الشهر، أعلنت الشركة")).containsExactly("2025-03", "2025-03");
    assertThat(values("وتراجع المؤشر منذ بداية الأسبوع")).containsExactly("2025-W33");
    assertThat(values("وزار الحجاج المسجد في منتصف الشهر الفضيل")).isEmpty();
    assertThat(values("وتعقد الجمعية في سبتمبر المقبل. وتستضيف المدينة الاجتماع في منتصف الشهر نفسه"))
        .containsExactly("2025-09", "2025-09");
    // a Hijri month or شهر before it in the paragraph: that month may be meant, which has no ISO value
    assertThat(values("مع بداية شهر رمضان ظهرت المشكلة.\nففي بداية الشهر، خرجت الحشرات من المبنى")).isEmpty();
    assertThat(values("وأطلقت الوزارة المرحلة الأولى في 3 رجب الماضي وحددت المرحلة الأخيرة نهاية الشهر"))
        .doesNotContain("2025-08");
    assertThat(values("بعد الاشتباك الذي حصل مطلع الأسبوع عند الحدود")).isEmpty(); // which week: only منذ بداية
    assertThat(values("ويقضي السكان عطلة نهاية الأسبوع في الحدائق")).isEmpty();
    // on the first of a month "this month" may be the one that just ended: no date
    assertThat(values("وخسر المعدن 7 بالمئة منذ بداية الشهر", LocalDate.of(2025, 8, 1))).isEmpty();
  }

  @Test
  void thePreviousMonthAfterANamedMonthIsTheMonthBeforeIt() {
    assertThat(values("ارتفع التوظيف في يوليو تموز بعد ركود الأجور في الشهر السابق"))
        .containsExactly("2025-07", "2025-06");
    assertThat(values("واستقر المؤشر عند 1.19 دون تغيير عن الشهر السابق")).containsExactly("2025-07"); // publication's
  }

  @Test
  void noonReachesBackIntoTheLateMorning() {
    assertThat(extractor.extract("باشروا في تمام الساعة العاشرة والثلث من ظهر اليوم البلاغ").get(0).value())
        .isCloseTo(10.3333, org.assertj.core.data.Offset.offset(1e-3));
    assertThat(extractor.extract("حتى الساعة الحادية عشرة ظهرا").get(0).value()).isEqualTo(11.0);
    assertThat(extractor.extract("حتى الساعة الواحدة ظهرا").get(0).value()).isEqualTo(13.0);
    assertThat(extractor.extract("في الساعة الثانية من ظهر اليوم").get(0).value()).isEqualTo(14.0);
  }

  @Test
  void aFuturesMonthKeepsItsComingYearBesideAnOlderDate() {
    assertThat(values("وهو أدنى سعر له منذ فبراير 2010، واستقر سعر الذهب في العقود تسليم ديسمبر عند 1085 دولارا"))
        .containsExactly("2010-02", "2025-12");
  }

  @Test
  void tomorrowFollowsTheStatedToday() {
    // published on a Wednesday, written on the Monday it names
    assertThat(values("تراجعت الأسعار اليوم الاثنين. وينتهي أجل العقد غدا الثلاثاء"))
        .containsExactly("2025-08-11", "2025-08-12");
  }

  @Test
  void aWeekdayAfterAVerbOfWaitingIsTheComingOne() {
    assertThat(values("ويترقب المستثمرون تقرير بيانات الوظائف في القطاعات غير الزراعية بالولايات المتحدة يوم الجمعة"))
        .containsExactly("2025-08-15");
    // a relative clause after it tells its own time; منذ is past
    assertThat(values("وينتظر السكان نتائج التحقيق الذي بدأ يوم الجمعة")).containsExactly("2025-08-08");
    assertThat(values("وينتظر المسافرون في المطار منذ الجمعة")).containsExactly("2025-08-08");
  }

  @Test
  void aShortDefiniteCardinalAfterItsNounCounts() {
    assertThat(extractor.extract("أعلى زيادة بين دول الخليج الست خلال عام").get(0).counted()).isEqualTo("country");
    // a singular noun and its adjective before it name a body; what is counted is not written there
    assertThat(extractor.extract("قال أوباما لدول مجلس التعاون الخليجي الست إن")).allMatch(f -> !"تعاون".equals(f.counted()));
    assertThat(extractor.extract("الوساطة بين الدول الكبرى الست وطهران").get(0).counted()).isEqualTo("country");
    List<Figure> fs = extractor.extract("بعد إبرام اتفاق مع الدول الست الكبرى في فيينا");
    assertThat(fs).hasSize(1);
    assertThat(fs.get(0).value()).isEqualTo(6);
    assertThat(fs.get(0).counted()).isEqualTo("country");
    assertThat(extractor.extract("كانت الدول الست تتعاون في الملف")).allMatch(f -> f.counted().equals("country"));
    assertThat(extractor.extract("الاتفاق بين إيران والقوى الست الكبرى")).allMatch(f -> !f.counted().equals("ايران"));
  }

  @Test
  void digitsGluedToAWordAreAModelNameButNotAfterAProclitic() {
    assertThat(extractor.extract("وصلت أبراج دبابات \"ام1 ايه1\" إلى القاعدة، ومقاتلات ميج29 أيضا")).isEmpty();
    Figure f = extractor.extract("نفذ التنظيم الإعدام بـ19 شخصا").get(0);
    assertThat(f.value()).isEqualTo(19);
    assertThat(f.counted()).isEqualTo("person");
    assertThat(extractor.extract("دون نسبة الـ2 في المائة").get(0).unit()).isEqualTo("percent");
    // a longer word or a particle before glued digits is a typo for a space
    assertThat(extractor.extract("تضم نحو1000 كيلومتر من الحدود").get(0).value()).isEqualTo(1000);
    assertThat(extractor.extract("توفي عن عمر ناهز83 عاما").get(0).value()).isEqualTo(83);
    assertThat(extractor.extract("وقال ان17شخصا قتلوا")).extracting(Figure::value).containsExactly(17.0);
    assertThat(extractor.extract("من سلالة اتش7إن7 شديدة العدوى")).isEmpty();
  }

  @Test
  void minutesWrittenAfterAnOrdinalHourBelongToTheTime() {
    List<Figure> fs = extractor.extract("عند الساعة العاشرة وعشرين دقيقة من صباح أمس");
    assertThat(fs).hasSize(1);
    assertThat(fs.get(0).value()).isCloseTo(10.3333, org.assertj.core.data.Offset.offset(1e-3));
    assertThat(extractor.extract("في الساعة التاسعة و15 دقيقة مساء").get(0).value()).isEqualTo(21.25);
    assertThat(extractor.extract("تحطمت الساعة الثالثة و9 دقائق بعد الظهر").get(0).value()).isEqualTo(15.15);
    assertThat(extractor.extract("تلقى بلاغا في الساعة السابعة من مغرب أمس").get(0).value()).isEqualTo(19.0);
    // units before tens, both in words (session 20, lead)
    List<Figure> compound = extractor.extract("وتبدأ الفعاليات عند الساعة التاسعة وخمس وأربعين دقيقة مساء");
    assertThat(compound).hasSize(1);
    assertThat(compound.get(0).value()).isEqualTo(21.75);
  }

  @Test
  void aBoundAfterACoordinatedNounCoversTheCount() {
    Figure f = extractor.extract("قتل 13 جنديا وشرطيا على الاقل منذ بدء الهجمات").get(0);
    assertThat(f.value()).isEqualTo(13);
    assertThat(f.approx()).isEqualTo("at_least");
  }

  @Test
  void tensBeforeAnAccusativeUnitCount() {
    Figure f = extractor.extract("ومنعت الرجال دون سن الثلاثين عاما من الدخول").get(0);
    assertThat(f.value()).isEqualTo(30);
    assertThat(f.unit()).isEqualTo("year");
    assertThat(extractor.extract("في الدورة الثلاثين للبطولة")).isEmpty(); // an ordinal
  }

  @Test
  void aQualifiedRealAndAWawNounAreRead() {
    assertThat(extractor.extract("مقابل 17.6 مليار ريال برازيلي").get(0).unit()).isEqualTo("BRL");
    assertThat(extractor.extract("منعت رفع الأذان 47 وقتا خلال الشهر").get(0).value()).isEqualTo(47);
  }

  @Test
  void aRangeOfOrdinalDaysGivesBothDays() {
    assertThat(values("تعرضت المنطقة لثلاثة اعتداءات بين الثاني عشر والخامس والعشرين من تموز - يوليو."))
        .containsExactly("2025-07-12", "2025-07-25");
  }

  @Test
  void withoutAPublicationDateThePartsStayUnresolved() {
    List<TextDate> ds = dates.extract("تراجعت الأرباح في الربع الثاني من العام، وارتفعت منذ مطلع الشهر", null);
    assertThat(ds).hasSize(2).allMatch(d -> !d.resolved() && d.value() == null);
    // a year written out needs no anchor
    assertThat(dates.extract("ارتفعت الصادرات في الربع الثالث من عام 2019", null)).extracting(TextDate::value)
        .containsExactly("2019");
  }
}
