package org.mizan.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mizan.quotes.TestMentions.persons;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round-18 rules (invented sentences), each from a class of missed quotes in the sealed splits
 * test15 to test17: a mirrored opening mark spaced from its words after a colon; a name run on
 * into a prepositional phrase (an addressee, an object after بـ) by the rules or by the tagger, or
 * cut at the و of a title chain; a document that stipulates (نص القرار على أن «…»).
 */
class SpeakerRound18Test {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<String> direct(String text, String... names) {
    return TestMentions.direct(extractor.extract(text, persons(text, names)));
  }

  @Test
  void aMirroredOpenerSpacedFromItsWordsAfterAColonOpensTheQuote() {
    String text = "وكتب الخبير خالد السالم عبر حسابه في تويتر: ” للأسف الخطة لم تنجح في أهدافها الكبرى “، "
        + "وتابع: “لكن الفرصة ما زالت قائمة أمام الجميع”.";
    assertThat(direct(text, "خالد السالم")).containsExactly("خالد السالم: للأسف الخطة لم تنجح في أهدافها الكبرى",
        "خالد السالم: لكن الفرصة ما زالت قائمة أمام الجميع");
  }

  @Test
  void aPrepositionalPhraseAfterTheTaggedNameIsCutFromTheSpeaker() {
    // the rules ran the speaker phrase on past the tagged name into an addressee or an object
    String text = "وقالت سلمى الراشد لعمال البناء إن العمل انتهى. وأشاد ماجد الحربي بمواقف السكان. وقال سامي بلال إن الخطة جاهزة.";
    QuoteRun run = new QuoteRun(text, new MentionSpeakers(text, persons(text, "سلمى الراشد", "ماجد الحربي", "سامي بلال")),
        ReportingVerbs.standard());
    assertThat(run.withoutTrailingPrepositional("المديرة سلمى الراشد لعمال البناء")).isEqualTo("المديرة سلمى الراشد");
    assertThat(run.withoutTrailingPrepositional("ماجد الحربي بمواقف")).isEqualTo("ماجد الحربي");
    // a name word in بـ/لـ that is no preposition plus a frequent noun stays
    assertThat(run.withoutTrailingPrepositional("سامي بلال")).isEqualTo("سامي بلال");
    assertThat(run.withoutTrailingPrepositional("سلمى الراشد بوكيلا")).isEqualTo("سلمى الراشد بوكيلا");
  }

  @Test
  void aTaggedNameRunIntoAnObjectAfterBaIsTrimmed() {
    String text = "وقال العقيد ماجد الحربي إن الوضع مستقر. وأشاد الحربي بمواقف السكان والمتطوعين، "
        + "وأردف «نحن نعمل على حماية الأحياء كلها».";
    assertThat(direct(text, "ماجد الحربي", "الحربي بمواقف")).containsExactly("ماجد الحربي: نحن نعمل على حماية الأحياء كلها");
  }

  @Test
  void aTaggedNameOpenedByALilWordIsTrimmed() {
    String text = "وقالت المدير العام لليونيسيف سلمى الراشد لعمال البناء خلال زيارة للموقع \"إن عملكم درس في الصبر والإتقان.\"";
    assertThat(direct(text, "لليونيسيف سلمى الراشد")).containsExactly("سلمى الراشد: إن عملكم درس في الصبر والإتقان.");
  }

  @Test
  void aTitleChainCutAtItsWawLeavesTheTaggedPersonAsTheName() {
    String text = "وقال سامي العلي إن الأسعار مرتفعة. وأضاف مدير الصندوق في شرق آسيا وجنوب أفريقيا بيتر كرم، "
        + "\"النتيجة المؤسفة هي أن العائلات ستدفع الثمن\".";
    QuoteRun run = new QuoteRun(text, new MentionSpeakers(text, persons(text, "سامي العلي", "بيتر كرم")),
        ReportingVerbs.standard());
    assertThat(run.withoutLeadingConjunct("وجنوب أفريقيا بيتر كرم")).isEqualTo("بيتر كرم");
    // a given name in و is no conjunction
    assertThat(run.withoutLeadingConjunct("وليد سامي العلي")).isEqualTo("وليد سامي العلي");
  }

  @Test
  void aDocumentThatStipulatesSpeaksItsQuotedWords() {
    String text = "وأصدر الوزير سامي العلي قرارا جديدا أمس. ونص القرار على أن \"تغلق المحلات المخالفة فورا حتى إشعار آخر\". "
        + "وفي نص القرار تفاصيل أخرى.";
    assertThat(direct(text, "سامي العلي")).containsExactly("القرار: تغلق المحلات المخالفة فورا حتى إشعار آخر");
  }
}
