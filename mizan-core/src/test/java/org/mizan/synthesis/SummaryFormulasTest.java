package org.mizan.synthesis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mizan.synthesis.SynthesizerTest.digestOf;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mizan.doc.Document;
import org.mizan.synthesis.StoryDigest.SummarySentence;

/**
 * Lines an analyst does not want in a summary even when they read alone: the guest list, a link to the
 * report, a turn to another matter, a quotation whose speaker is in the sentence before, and another
 * outlet's opening sentence on the same news (invented articles).
 */
class SummaryFormulasTest {

  private static List<String> summary(List<Document> ds) {
    return digestOf("s-form", ds, List.of()).summary().stream().map(SummarySentence::text).toList();
  }

  @Test
  void aListOfWhoAttendedOrReceivedTheGuestIsNoSummaryLine() {
    List<Document> ds = List.of(
        Docs.doc("p1", "صحيفة أ", "2024-08-03")
            .para("استقبل رئيس الحكومة أمس وزير الخارجية الجنوبي وبحث معه العلاقات الثنائية والتعاون الاقتصادي بين البلدين.")
            .para("حضر الاستقبال وزير المالية ووزير الاقتصاد ورئيس ديوان رئيس الحكومة وسفير البلدين وعدد من المسؤولين.")
            .build(),
        Docs.doc("p2", "صحيفة ب", "2024-08-03")
            .para("وصل وزير الخارجية الجنوبي أمس إلى العاصمة في زيارة رسمية يبحث خلالها التعاون الاقتصادي بين البلدين.")
            .para("وكان في استقبال وزير الخارجية الجنوبي لدى وصوله وكيل وزارة الخارجية وسفير البلدين وعدد من المسؤولين.")
            .build());
    List<String> lines = summary(ds);
    assertThat(lines).isNotEmpty().noneMatch(l -> l.startsWith("حضر الاستقبال") || l.startsWith("وكان في استقبال"));
  }

  @Test
  void aLinkToTheReportRepeatingItsHeadlineIsNoSummaryLine() {
    List<Document> ds = List.of(
        Docs.doc("l1", "صحيفة أ", "2024-08-03").headline("البلدية تطرح مشروع تطوير الواجهة البحرية للمدينة")
            .para("طرحت البلدية أمس مشروع تطوير الواجهة البحرية للمدينة بتكلفة تتجاوز مئة مليون ريال.")
            .para("رابط الخبر بصحيفة النبأ: البلدية تطرح مشروع تطوير الواجهة البحرية للمدينة")
            .build(),
        Docs.doc("l2", "صحيفة ب", "2024-08-03")
            .para("أعلنت البلدية طرح مشروع تطوير الواجهة البحرية للمدينة في منافسة عامة تنتهي الشهر المقبل.")
            .build());
    List<String> lines = summary(ds);
    assertThat(lines).isNotEmpty().noneMatch(l -> l.startsWith("رابط الخبر"));
  }

  @Test
  void aTurnToAnotherMatterStaysOnlyWhenTheHeadlinesShareItsWords() {
    List<Document> ds = List.of(
        Docs.doc("o1", "صحيفة أ", "2024-08-03").headline("السيول تغلق الطرق بعد أمطار غزيرة")
            .para("أغلقت السيول الطرق الرئيسية في المدينة الشرقية بعد أمطار غزيرة استمرت ساعات.")
            .para("من جهة أخرى، افتتح أمين المدينة الشرقية حديقة عامة جديدة في حي الساحل بحضور عدد من الأهالي.")
            .build(),
        Docs.doc("o2", "صحيفة ب", "2024-08-03")
            .para("غمرت السيول أحياء المدينة الشرقية وأغلقت الطرق المؤدية إلى وسطها بعد الأمطار الغزيرة.")
            .para("من جهة أخرى، أعلن الدفاع المدني إعادة فتح الطرق التي أغلقتها السيول في المدينة الشرقية مساء أمس.")
            .build());
    List<String> lines = summary(ds);
    assertThat(lines).noneMatch(l -> l.contains("حديقة عامة"));
    assertThat(lines).anyMatch(l -> l.contains("إعادة فتح الطرق"));
  }

  @Test
  void aQuotationWhoseSpeakerIsInTheSentenceBeforeDoesNotReadAlone() {
    assertThat(standsAlone("وأضاف: «ستدخل المحطات الجديدة الخدمة قريبا في المنطقة الشرقية»."))
        .isFalse();
    assertThat(standsAlone("وأضاف \"ستدخل المحطات الجديدة الخدمة قريبا في المنطقة الشرقية\".")).isFalse();
    assertThat(standsAlone("وأشار إلى أن المحطات الجديدة ستدخل الخدمة قريبا في المنطقة الشرقية.")).isFalse();
    assertThat(standsAlone("تدخل المحطات الجديدة الخدمة قريبا في المنطقة الشرقية وقراها»."))
        .isFalse();
    assertThat(standsAlone("إذ تدخل المحطات الجديدة الخدمة قريبا في المنطقة الشرقية وقراها.")).isFalse();
    // a quoted name after the verb is its subject
    assertThat(standsAlone("وكشف \"سعيد\" أن المحطات الجديدة ستدخل الخدمة قريبا في المنطقة.")).isTrue();
  }

  @Test
  void anotherOutletsOpeningSentenceOnTheSameNewsIsNotASecondLine() {
    // three outlets open with the same transfer in their own words; their second sentences differ
    List<Document> ds = List.of(
        Docs.doc("t1", "صحيفة أ", "2024-08-03")
            .para("انضم اللاعب سعيد الراشد إلى نادي الساحل قادما من نادي النجوم بعقد لمدة موسم واحد.")
            .para("ويعد الراشد من أبرز هدافي الدوري في الموسم الماضي بعد أن سجل خمسة عشر هدفا.")
            .build(),
        Docs.doc("t2", "صحيفة ب", "2024-08-03")
            .para("أنهت إدارة نادي الساحل أمس التعاقد مع سعيد الراشد لاعب النجوم على سبيل الإعارة.")
            .para("وسيلتحق اللاعب بمعسكر الفريق في تركيا الأسبوع المقبل استعدادا للموسم الجديد.")
            .build(),
        Docs.doc("t3", "صحيفة ج", "2024-08-03")
            .para("وقع مهاجم النجوم سعيد الراشد عقدا مع الساحل يلعب بموجبه للفريق حتى نهاية الموسم.")
            .para("وكان الراشد قد رفض عرضا من نادي الشمال قبل أسبوعين بسبب الشروط المالية.")
            .build());
    List<String> lines = summary(ds);
    assertThat(lines.stream().filter(l -> l.contains("سعيد الراشد") && l.contains("الساحل")).count()).isEqualTo(1);
    assertThat(lines).anyMatch(l -> l.contains("معسكر الفريق") || l.contains("عرضا من نادي الشمال"));
  }

  @Test
  void aClosingPrayerIsNoSummaryLine() {
    List<Document> ds = List.of(
        Docs.doc("p1", "صحيفة أ", "2024-08-03")
            .para("نعت وزارة الدفاع أمس اثنين من جنودها توفيا في حادث سير على الطريق الساحلي أثناء مهمة رسمية.")
            .para("ودعت الوزارة الله عز وجل أن يتغمدهما بواسع رحمته وأن يلهم ذويهما الصبر والسلوان.")
            .para("والله نسأل أن يحفظ جنودنا البواسل وأن يديم على البلاد أمنها واستقرارها.").build(),
        Docs.doc("p2", "صحيفة ب", "2024-08-03")
            .para("أعلنت وزارة الدفاع وفاة جنديين في حادث مروري على الطريق الساحلي خلال أداء مهمة رسمية.")
            .para("وأوضحت الوزارة أن لجنة فنية تحقق في أسباب الحادث وسترفع تقريرها خلال أسبوع.").build());
    assertThat(summary(ds)).noneMatch(l -> l.contains("الله")).isNotEmpty();
    // a line naming عبد الله after دعا is a call, not a prayer
    assertThat(SummaryFormulas.invocation("ودعا عبد الله العمري الوزارة الي ")).isFalse();
    assertThat(SummaryFormulas.invocation("والله نسال ان يحفظ ")).isTrue();
  }

  @Test
  void thePrintEditionsLeadOnYesterdaysNewsRetellsTheOnlineLead() {
    // an online report on Friday and the next morning's print edition open with the same arrival; the
    // print edition dates it Friday too, so it is the same day's news, not the story's next development
    Document online = Docs.doc("k1", "صحيفة أ", "2024-08-02")
        .para("وصل رئيس الوزراء الهندي اليوم الجمعة إلى العاصمة الكينية في أول زيارة رسمية له لبحث تعزيز التجارة والاستثمار في قطاعي الموانئ والزراعة.")
        .date("اليوم الجمعة", "2024-08-02")
        .para("وسيلتقي الضيف رجال الأعمال في غرفة التجارة لبحث الاستثمار في الموانئ والطاقة.").build();
    Document print = Docs.doc("k2", "صحيفة ب", "2024-08-03")
        .para("وصل رئيس الوزراء الهندي إلى العاصمة الكينية مساء الجمعة قادما من جوهانسبرغ برفقة وفد اقتصادي كبير.")
        .date("مساء الجمعة", "2024-08-02")
        .para("وأعلنت الشرطة نشر خمسة آلاف عنصر في شوارع العاصمة لتأمين الزيارة.").build();
    List<String> lines = summary(List.of(online, print));
    assertThat(lines.stream().filter(l -> l.startsWith("وصل رئيس الوزراء الهندي")).count()).isEqualTo(1);
    // a lead on the next day's event is the story's development and stays
    Document next = Docs.doc("k2", "صحيفة ب", "2024-08-03")
        .para("وصل رئيس الوزراء الهندي إلى مدينة مومباسا الكينية صباح السبت قادما من العاصمة برفقة وفد اقتصادي كبير.")
        .date("صباح السبت", "2024-08-03")
        .para("وأعلنت الشرطة نشر خمسة آلاف عنصر في شوارع العاصمة لتأمين الزيارة.").build();
    assertThat(summary(List.of(online, next)).stream().filter(l -> l.startsWith("وصل رئيس الوزراء الهندي")).count())
        .isEqualTo(2);
  }

  @Test
  void aLineGivingTheNumbersOfAChosenLineAgainIsNotPrinted() {
    // the second article retells the amount and the duration in its own words, deep in its text
    List<Document> ds = List.of(
        Docs.doc("n1", "صحيفة أ", "2024-08-03")
            .para("وقعت البلدية عقد إنشاء جسر جديد على النهر بقيمة 47 مليون ريال لمدة 18 شهرا.")
            .para("ويربط الجسر الجديد حي الساحل بوسط المدينة ويخفف الزحام على الجسر القديم.")
            .build(),
        Docs.doc("n2", "صحيفة ب", "2024-08-03")
            .para("أعلنت البلدية بدء أعمال الجسر الجديد الذي يربط حي الساحل بوسط المدينة الشهر المقبل.")
            .para("وقال رئيس البلدية إن الأعمال ستبدأ بنقل خطوط الكهرباء من موقع الجسر.")
            .para("وتبلغ تكلفة المشروع 47 مليون ريال وينفذه مقاول محلي خلال 18 شهرا من تاريخ التسليم.")
            .build());
    List<String> lines = summary(ds);
    assertThat(lines.stream().filter(l -> l.contains("47 مليون")).count()).isEqualTo(1);
  }

  /** Whether the first sentence of an invented article (the text, then a second sentence) reads alone. */
  private static boolean standsAlone(String text) {
    Document d = Docs.doc("x1", "صحيفة أ", "2024-08-03").para(text + " وتستمر الأعمال في المنطقة حتى نهاية العام.").build();
    StoryText st = new StoryText(List.of(d));
    return SummaryLines.standsAlone(st, st.sentences.get(0));
  }
}
