package org.mizan.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mizan.quotes.TestMentions.persons;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round-16 rules (invented sentences): a quoted name in the subject slot of a reporting verb whose
 * إن clause follows is the speaker, not a quote; a quote left over in a sentence goes to the speaker
 * of the reporting verb before it in that sentence, else to the person subject of the sentence when
 * a complementizer opens the quote's clause.
 */
class SpeakerRound16Test {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<String> direct(String text, String... names) {
    return TestMentions.direct(extractor.extract(text, persons(text, names)));
  }

  @Test
  void aQuotedBodyAfterAColonAndBeforeItsInnaClauseIsTheSpeaker() {
    String text = "وقال اتحاد المزارعين إن الموسم تأخر. وقالت: «رابطة مربي الماشية الوطنية»، في بيان لها، "
        + "إن الأسعار ارتفعت كثيرا هذا الشهر.";
    assertThat(direct(text)).isEmpty();
  }

  @Test
  void aQuotedNameAfterATitleAndBeforeItsDescriptionIsTheSpeaker() {
    String text = "وقال الشيخ \"سالم فهد العتيبي\" المتحدث باسم مجلس الأعيان في المدينة، إن \"المسلحين أغلقوا الطرق كلها\".";
    // no tagger: the name in marks is not tagged as a person, only its place tells it is no quote
    assertThat(direct(text)).containsExactly("سالم فهد العتيبي: المسلحين أغلقوا الطرق كلها");
  }

  @Test
  void aQuoteRightAfterTheVerbWithNoInnaClauseIsStillSpeech() {
    String text = "وقال الوزير كريم العتيبي: «نحن مستعدون تماما»، ثم غادر القاعة.";
    assertThat(direct(text, "كريم العتيبي")).containsExactly("كريم العتيبي: نحن مستعدون تماما");
  }

  @Test
  void aParticipleClauseQuoteGoesToTheSubjectOfTheOpeningVerb() {
    String text = "سعى وزير الخارجية سامي الحداد إلى تعزيز العلاقات مع الجيران خلال جولته، واصفا زيارته بأنها جاءت لـ«فتح صفحة جديدة تماما» مع المنطقة.";
    assertThat(direct(text, "سامي الحداد")).containsExactly("سامي الحداد: فتح صفحة جديدة تماما");
  }

  @Test
  void aRelativeClauseQuoteGoesToTheTitledSubjectOfTheSentence() {
    String text = "ورئيس الوزراء كريم العتيبي من أشد منتقدي المشروع الذي وصفه بأنه \"مكلف وغير مجد للبلاد\" منذ البداية.";
    assertThat(direct(text, "كريم العتيبي")).containsExactly("كريم العتيبي: مكلف وغير مجد للبلاد");
  }

  @Test
  void aListInMarksWithNoComplementizerIsNoOnesWords() {
    String text = "فاز سامي الحداد بجائزة المجلة الشهرية المخصصة لقرائها \"تذاكر سفر وإقامة في العاصمة لمدة أسبوع\"، "
        + "وقد استلمها أمس.";
    assertThat(direct(text, "سامي الحداد")).isEmpty();
  }

  @Test
  void aQuoteBeyondAnInnerVerbStaysWithTheSentencesReportingVerb() {
    String text = "وأضاف المسؤول كريم العتيبي أن القرى الثلاث هي من القرى التي تُعتبر آمنة «ولم يعد فيها أي مسلح منذ شهر».";
    assertThat(direct(text, "كريم العتيبي")).containsExactly("كريم العتيبي: ولم يعد فيها أي مسلح منذ شهر");
  }

  @Test
  void aSubjectlessVerbContinuesTheSubjectOfASentenceOpenedByAnAdverbial() {
    String text = "وقال المتحدث نادر الشمري إن «التحقيق مستمر منذ أسبوع». في غضون ذلك، دافع الوزير كريم العتيبي أمس عن "
        + "الخطة الجديدة. وقال «الخطة تحمي السكان من السيول كلها».";
    assertThat(direct(text, "نادر الشمري", "كريم العتيبي")).containsExactly(
        "نادر الشمري: التحقيق مستمر منذ أسبوع", "كريم العتيبي: الخطة تحمي السكان من السيول كلها");
  }

  @Test
  void aParticipleContinuesTheSubjectOfASentenceOpenedByAConnective() {
    String text = "وقال المتحدث نادر الشمري إن «التحقيق مستمر منذ أسبوع». ولذلك اجتمع الوزير كريم العتيبي بممثلي الأطراف أمس، "
        + "مؤكدا أن «الباب ما زال مفتوحا أمام الجميع».";
    assertThat(direct(text, "نادر الشمري", "كريم العتيبي")).containsExactly(
        "نادر الشمري: التحقيق مستمر منذ أسبوع", "كريم العتيبي: الباب ما زال مفتوحا أمام الجميع");
  }

  @Test
  void anUntaggedFullNameAfterTheVerbIsNotTheCurrentSpeaker() {
    // the tagger found only the first speaker; the second verb names someone new in full
    String text = "وقال الوزير كريم العتيبي: «الاتفاق يخدم البلدين معا». من جانبه، قال الخبير في الشؤون الاقتصادية "
        + "ماهر زيدان: \"الاتفاق لن يغير شيئا في الأسعار\".";
    assertThat(direct(text, "كريم العتيبي")).containsExactly("كريم العتيبي: الاتفاق يخدم البلدين معا",
        "?: الاتفاق لن يغير شيئا في الأسعار");
  }
}
