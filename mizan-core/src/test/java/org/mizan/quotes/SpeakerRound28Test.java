package org.mizan.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mizan.quotes.TestMentions.persons;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round-28 rules (invented sentences), each from an error class of the second set of modern web pages
 * ({@code eval/quotes/web-dev2.json}) or a lead of round 27. Each test fails with its rule disabled.
 */
class SpeakerRound28Test {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<String> direct(String text, String... names) {
    return TestMentions.direct(extractor.extract(text, persons(text, names)));
  }

  @Test
  void aEuropeanParticleLuInsideANameKeepsTheName() {
    String text = "صرح وزير الخارجية الفرنسي جان لو فيران، الأحد، أن “باريس ستواصل دعم الحل السياسي في المنطقة”.";
    assertThat(direct(text, "جان لو فيران")).containsExactly("جان لو فيران: باريس ستواصل دعم الحل السياسي في المنطقة");
  }

  @Test
  void aFamilyNameAfterAStanceVerbIsItsSubjectNotTheTitledPersonInItsObject() {
    String text = "أشاد وزير الدفاع الشيخ سالم جابر المالكي بالعلاقات بين البلدين.\n"
        + "ووصف المالكي زيارة ولي العهد الأمير خالد بن فهد إلى البلاد بـ”المباركة”، مضيفا: “الزيارة تجمع الأهل في بيت واحد وتحت سقف واحد”.";
    assertThat(direct(text, "سالم جابر المالكي", "خالد بن فهد"))
        .containsExactly("سالم جابر المالكي: الزيارة تجمع الأهل في بيت واحد وتحت سقف واحد");
  }

  @Test
  void aSpeakerReportedByAnAgencyAfterAnSpeaksHisQuote() {
    String text = "وأفادت وكالة الأنباء الرسمية، أن وزير خارجية عمان، سامي بن حمد الهاشمي، قال في تصريح لمراسلها اليوم: “المحادثات كانت مثمرة وصريحة للغاية”.\n"
        + "وأضاف: “سنلتقي مجددا الشهر المقبل لاستكمال النقاش”.";
    assertThat(direct(text, "سامي بن حمد الهاشمي")).containsExactly("سامي بن حمد الهاشمي: المحادثات كانت مثمرة وصريحة للغاية",
        "سامي بن حمد الهاشمي: سنلتقي مجددا الشهر المقبل لاستكمال النقاش");
  }

  @Test
  void aQuoteOnTheLineAfterAColonIsTheCuesQuote() {
    String text = "وفي كلمته المتلفزة، انتقد الرئيس كريم الصالح الحكومة السابقة فقال:\n“لقد تركوا لنا خزائن فارغة وديونا ثقيلة”.\n"
        + "قبل أن يضيف: “سنعيد بناء ما تهدم في سنوات قليلة”.";
    assertThat(direct(text, "كريم الصالح")).containsExactly("كريم الصالح: لقد تركوا لنا خزائن فارغة وديونا ثقيلة",
        "كريم الصالح: سنعيد بناء ما تهدم في سنوات قليلة");
  }

  @Test
  void theFullerNameOfThePageWinsOverTheHeadlinesShortForm() {
    String text = "سامر الخطيب يثير جدلا بتغريدة من كلمة واحدة\n"
        + "أثار النائب سامر فؤاد الخطيب جدلا واسعا بعد نشره تغريدة قصيرة.\n"
        + "وقال الخطيب إن “التدخل في شؤوننا الداخلية مرفوض تماما”.";
    assertThat(direct(text, "سامر الخطيب", "سامر فؤاد الخطيب"))
        .containsExactly("سامر فؤاد الخطيب: التدخل في شؤوننا الداخلية مرفوض تماما");
  }

  @Test
  void aGluedWordPairOfATweetIsNoSpeaker() {
    String text = "وكتب القيادي سامر الحداد على حسابه في تويتر: \"لن نقبل بأي حوار تفرض شروطه من الخارج\".\n"
        + "نرفض تصريحات وزيرالخارجية الأمريكي جون سميث12.03.2019التي ذكر فيهاإن واشنطن تضع شروطا جديدة)لان مانعرفه عنهم خلاف مايقولونه\n"
        + "وكتب القيادي في تدوينة أخرى: \"نحن مع العودة إلى طاولة الحوار وتشكيل لجنة مصالحة وطنية\".";
    assertThat(direct(text, "سامر الحداد", "جون سميث")).noneMatch(q -> q.startsWith("فيها"));
  }

  @Test
  void scriptureASpeakerCitesIsNotHisQuote() {
    String text = "وقال الشيخ سامي العمر في خطبته: \"قال الله تعالى: إن مع العسر يسرا\"، مضيفا أن \"الصبر مفتاح الفرج في كل الأزمات\".\n"
        + "وختم مستشهدا بقوله تعالى \"وبشر الصابرين الذين إذا أصابتهم مصيبة\".";
    assertThat(direct(text, "سامي العمر")).containsExactly("سامي العمر: الصبر مفتاح الفرج في كل الأزمات");
  }

  @Test
  void aCaptionCueAfterMaaIsThePostersQuote() {
    String text = "ونشر الوزير سامي العبد صورة للاجتماع مع تعليق: \"العمل مستمر من أجل أبنائنا في كل المحافظات\".";
    assertThat(direct(text, "سامي العبد")).containsExactly("سامي العبد: العمل مستمر من أجل أبنائنا في كل المحافظات");
  }

  @Test
  void aQuoteAfterAStraySpacedStopStillBelongsToTheCueBeforeIt() {
    String text = "أعلن المجلس الانتقالي، اليوم الأحد، أنه يتابع التطورات في العاصمة عن كثب. "
        + "وقال في أول رد على الاشتباكات في العاصمة . إن \"المجلس أصدر تعليماته للتصدي للمعتدين بكل حزم\".";
    assertThat(direct(text)).containsExactly("المجلس الانتقالي: المجلس أصدر تعليماته للتصدي للمعتدين بكل حزم");
  }

  @Test
  void aQuoteCreditedWithAlaHaddiQawliIsThatPersonsWords() {
    String text = "بالمقابل رحب محامو الضحية “بالحكم العادل المنسجم مع نص القانون”، على حد قول المحامي سامر الخوري.";
    assertThat(direct(text, "سامر الخوري")).containsExactly("سامر الخوري: بالحكم العادل المنسجم مع نص القانون");
  }
}
