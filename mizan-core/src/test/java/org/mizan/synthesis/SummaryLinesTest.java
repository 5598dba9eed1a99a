package org.mizan.synthesis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mizan.synthesis.SynthesizerTest.digestOf;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mizan.doc.Document;
import org.mizan.synthesis.StoryDigest.SummarySentence;

/** A summary line reads alone and says something the other lines do not (invented articles). */
class SummaryLinesTest {

  private static List<String> summary(List<Document> ds) {
    return digestOf("s-sum", ds, List.of()).summary().stream().map(SummarySentence::text).toList();
  }

  @Test
  void anotherOutletsRetellingOfTheResultIsNotASecondLine() {
    // three outlets tell one match result in their own words; a reader needs it once
    List<Document> ds = List.of(
        Docs.doc("m1", "صحيفة أ", "2024-08-03")
            .para("تغلب فريق النجوم على ضيفه فريق الساحل بهدفين مقابل هدف في المباراة الودية التي جمعتهما مساء أمس على ملعب المدينة.")
            .para("وسجل هدفي النجوم المهاجم سعيد الراشد والمدافع فهد الكناني في الشوط الثاني من المباراة.")
            .build(),
        Docs.doc("m2", "صحيفة ب", "2024-08-03")
            .para("فاز فريق النجوم مساء أمس على فريق الساحل بهدفين لهدف في المباراة الودية التي أقيمت على ملعب المدينة ضمن معسكره الإعدادي.")
            .para("ويختتم الفريق معسكره الإعدادي الأسبوع المقبل بمواجهة ودية أخيرة قبل انطلاق الموسم الجديد.")
            .build(),
        Docs.doc("m3", "صحيفة ج", "2024-08-03")
            .para("حول فريق النجوم تأخره بهدف أمام فريق الساحل إلى فوز بهدفين مقابل هدف في المباراة الودية على ملعب المدينة أمس.")
            .para("وغاب عن المباراة حارس الفريق الأساسي بسبب إصابة في الكتف تعرض لها في التدريبات.")
            .build());
    List<String> lines = summary(ds);
    long retold = lines.stream().filter(l -> l.contains("الساحل") && l.contains("بهدفين")).count();
    assertThat(retold).isEqualTo(1);
    // what the other articles add is still there
    assertThat(lines).anyMatch(l -> l.contains("معسكره الإعدادي الأسبوع المقبل") || l.contains("حارس الفريق"));
  }

  @Test
  void aLineCarriedOnFromTheSentenceBeforeIsNotPrinted() {
    // "pointing out that …", "which …" and "and he added that …" read as fragments without their sentence
    List<Document> ds = List.of(
        Docs.doc("w1", "صحيفة أ", "2024-08-03")
            .para("أعلنت وزارة المياه توقيع عقود لإنشاء محطات تحلية جديدة في المناطق الساحلية بقيمة مليار ريال.")
            .para("مشيرا إلى أن محطات التحلية الجديدة ستغطي حاجة المناطق الساحلية من مياه الشرب خلال الأعوام المقبلة.")
            .para("والتي تشمل محطات التحلية في المناطق الساحلية وخطوط نقل المياه إلى القرى المجاورة لها.")
            .para("وأضاف أن عقود محطات التحلية الجديدة تأتي ضمن خطة الوزارة لرفع الطاقة الإنتاجية لمياه الشرب.")
            .build(),
        Docs.doc("w2", "صحيفة ب", "2024-08-03")
            .para("وقعت وزارة المياه أمس عقود محطات تحلية جديدة في المناطق الساحلية بقيمة مليار ريال.")
            .para("وقال وكيل الوزارة إن المحطات الجديدة ستدخل الخدمة خلال ثلاثة أعوام وتغطي حاجة القرى المجاورة.")
            .build());
    List<String> lines = summary(ds);
    assertThat(lines).isNotEmpty();
    assertThat(lines).noneMatch(l -> l.startsWith("مشيرا") || l.startsWith("والتي") || l.startsWith("وأضاف أن"));
  }

  @Test
  void anAsideOnAnotherEventIsNoSummaryLine() {
    // one report of the flood ends with a line on an unrelated match: the story is the flood
    List<Document> ds = List.of(
        Docs.doc("f1", "صحيفة أ", "2024-08-03")
            .para("غمرت السيول أحياء المدينة الشرقية بعد أمطار غزيرة استمرت ساعات وأغلقت الطرق الرئيسية.")
            .para("وأعلن الدفاع المدني إجلاء عشرات الأسر من الأحياء التي غمرتها السيول في المدينة الشرقية.")
            .para("وفي شأن آخر، تعاقد نادي الفرسان مع مدرب برتغالي لقيادة فريقه الأول لكرة القدم موسمين.")
            .build(),
        Docs.doc("f2", "صحيفة ب", "2024-08-03")
            .para("أغلقت السيول الطرق الرئيسية في المدينة الشرقية بعد أمطار غزيرة هطلت على أحيائها.")
            .para("وحذر الدفاع المدني سكان الأحياء المنخفضة من الاقتراب من مجاري السيول في المدينة الشرقية.")
            .build(),
        Docs.doc("f3", "صحيفة ج", "2024-08-03")
            .para("أجلى الدفاع المدني الأسر المحاصرة بالسيول في أحياء المدينة الشرقية إلى مراكز إيواء مؤقتة.")
            .build());
    List<String> lines = summary(ds);
    assertThat(lines).isNotEmpty().noneMatch(l -> l.contains("مدرب برتغالي"));
  }

  @Test
  void aPhotoCaptionOrAPrayerIsNoSummaryLine() {
    // a short paragraph of its own under a photo ("the minister on arriving at the airport") or a
    // closing formula reads as a line of the report and says nothing
    List<Document> ds = List.of(
        Docs.doc("v1", "صحيفة أ", "2024-08-03")
            .para("وصل وزير الخارجية إلى العاصمة الجنوبية أمس في زيارة رسمية تستمر ثلاثة أيام يبحث خلالها العلاقات الثنائية.")
            .para("الوزير لدى وصوله مطار العاصمة الجنوبية أمس.")
            .para("حفظ الله الوزير في حله وترحاله.")
            .build(),
        Docs.doc("v2", "صحيفة ب", "2024-08-03")
            .para("بدأ وزير الخارجية أمس زيارة رسمية إلى العاصمة الجنوبية تستمر ثلاثة أيام.")
            .para("الوزير لدى وصوله مطار العاصمة الجنوبية أمس.")
            .para("ويلتقي الوزير خلال الزيارة رئيس الحكومة ورئيس البرلمان لبحث التعاون الاقتصادي بين البلدين.")
            .build());
    List<String> lines = summary(ds);
    assertThat(lines).isNotEmpty().noneMatch(l -> l.startsWith("الوزير لدى وصوله") || l.startsWith("حفظ الله"));
  }

  @Test
  void aCaptionRunIntoTheTextOrAnInvocationIsNoSummaryLine() {
    // the caption glued to the next paragraph's sentence, the prayer to the last one
    List<Document> ds = List.of(
        Docs.doc("c1", "صحيفة أ", "2024-08-03")
            .para("وصل وزير الخارجية إلى العاصمة الجنوبية أمس في زيارة رسمية تستمر ثلاثة أيام يبحث خلالها العلاقات الثنائية.")
            .para("وزير الخارجية يصافح رئيس الحكومة الجنوبية أمس. ويلتقي الوزير خلال زيارته رئيس البرلمان ووزير الاقتصاد لبحث التعاون.")
            .para("وتأتي الزيارة بعد توقيع اتفاقية للتعاون الاقتصادي بين البلدين. حفظ الله وزير الخارجية في زيارته الرسمية إلى العاصمة الجنوبية وسدد خطاه.")
            .build(),
        Docs.doc("c2", "صحيفة ب", "2024-08-03")
            .para("بدأ وزير الخارجية أمس زيارة رسمية إلى العاصمة الجنوبية تستمر ثلاثة أيام.")
            .para("وزير الخارجية يصافح رئيس الحكومة الجنوبية أمس. وبحث الوزير مع رئيس الحكومة العلاقات الثنائية والتعاون الاقتصادي.")
            .build());
    List<String> lines = summary(ds);
    assertThat(lines).isNotEmpty().noneMatch(l -> l.startsWith("وزير الخارجية يصافح") || l.startsWith("حفظ الله"));
  }

  @Test
  void theCheckReadsTheSentencesOpening() {
    assertThat(standsAlone("وأكد الوزير أن المحطات الجديدة ستدخل الخدمة قريبا.")).isTrue();
    assertThat(standsAlone("وأكد أن المحطات الجديدة ستدخل الخدمة قريبا.")).isFalse();
    assertThat(standsAlone("حيث تدخل المحطات الجديدة الخدمة قريبا في المنطقة.")).isFalse();
    assertThat(standsAlone("مؤكداً أن المحطات الجديدة ستدخل الخدمة قريبا.")).isFalse();
  }

  /** Whether the first sentence of an invented article (the text, then a second sentence) reads alone. */
  private static boolean standsAlone(String text) {
    Document d = Docs.doc("x1", "صحيفة أ", "2024-08-03").para(text + " وتستمر الأعمال في المنطقة حتى نهاية العام.").build();
    StoryText st = new StoryText(List.of(d));
    return SummaryLines.standsAlone(st, st.sentences.get(0));
  }
}
