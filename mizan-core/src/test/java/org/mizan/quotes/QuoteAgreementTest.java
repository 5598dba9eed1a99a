package org.mizan.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mizan.doc.Document;
import org.mizan.doc.RawArticle;
import org.mizan.quotes.QuoteAgreement.Verdict;

/** The silver agreement signal on invented articles: one statement printed by several papers. */
class QuoteAgreementTest {
  private static final String SAID = "سنبدأ تنفيذ مشروع الطريق الساحلي خلال العام المقبل بكل تأكيد";
  private static final String OTHER = "الأسعار ستبقى مستقرة حتى نهاية السنة في كل الأسواق المحلية";

  private static Document doc(String id, Quote... quotes) {
    return Document.of(new RawArticle(id, id, "text", List.of("x"), Map.of())).withQuotes(List.of(quotes));
  }

  private static Quote q(String name, String description, String text) {
    Quote.Speaker s = name == null && description == null ? null : new Quote.Speaker(name, description, null);
    return new Quote(s, text, "direct", "قال", null, 0, text.length());
  }

  private static List<Verdict> verdicts(Document... docs) {
    return QuoteAgreement.groups(List.of(docs)).stream().map(QuoteAgreement.Group::verdict).toList();
  }

  @Test
  void aNameAgreesWithItsTitledAndShortForms() {
    assertThat(verdicts(doc("a", q("سامي العلي", null, SAID)), doc("b", q("العلي", null, "سنبدأ بتنفيذ مشروع الطريق الساحلي خلال العام المقبل")),
        doc("c", q(null, "وزير النقل سامي العلي", SAID)))).containsExactly(Verdict.AGREE);
  }

  @Test
  void twoSpellingsOfATransliteratedNameAgree() {
    assertThat(verdicts(doc("a", q("ديمتري بوريسوف", null, SAID)), doc("b", q("دميتري بوريسوف", null, SAID))))
        .containsExactly(Verdict.AGREE);
    assertThat(verdicts(doc("a", q("جوزيف مارتن", null, SAID)), doc("b", q("سيب مارتن", null, SAID))))
        .containsExactly(Verdict.AGREE);
    assertThat(verdicts(doc("a", q("عبد الكريم بن سالم آل ناصر", null, SAID)), doc("b", q("عبدالكريم ال ناصر", null, SAID))))
        .containsExactly(Verdict.AGREE);
  }

  @Test
  void differentSpeakersOfOneStatementDisagree() {
    assertThat(verdicts(doc("a", q("سامي العلي", null, SAID)), doc("b", q("هدى الناصر", null, SAID))))
        .containsExactly(Verdict.DISAGREE);
    // two descriptions sharing only a nationality are two speakers
    assertThat(verdicts(doc("a", q(null, "وزير الخارجية التركي", SAID)), doc("b", q(null, "رئيس الوزراء التركي", SAID))))
        .containsExactly(Verdict.DISAGREE);
  }

  @Test
  void anUnknownSpeakerWhereAnotherPaperNamesItIsReportedApart() {
    assertThat(verdicts(doc("a", q("سامي العلي", null, SAID)), doc("b", q(null, null, SAID)), doc("c", q(null, null, OTHER)),
        doc("d", q(null, null, OTHER)))).containsExactly(Verdict.UNKNOWN_VS_NAMED, Verdict.ALL_UNKNOWN);
  }

  @Test
  void onlyTheSameStatementInTwoDocumentsMakesAGroup() {
    assertThat(verdicts(doc("a", q("سامي العلي", null, SAID), q("هدى الناصر", null, SAID)), doc("b", q("هدى الناصر", null, OTHER))))
        .isEmpty();
    // too short to show one statement
    assertThat(verdicts(doc("a", q("سامي العلي", null, "لا تعليق لدينا الآن")), doc("b", q("هدى الناصر", null, "لا تعليق لدينا الآن"))))
        .isEmpty();
  }
}
