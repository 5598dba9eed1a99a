package org.mizan.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mizan.quotes.TestMentions.persons;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round-20 rules (invented sentences), each from a class of wrong speakers in the sealed splits
 * test15 to test19: a person name the tagger ran into the function word after it; a partial quote
 * right before {@code بحسب فلان} or right after {@code وبحسب فلان فإن}.
 */
class SpeakerRound20Test {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<String> direct(String text, String... names) {
    return TestMentions.direct(extractor.extract(text, persons(text, names)));
  }

  @Test
  void aNameTheTaggerRanIntoAnAsideOrAComplementizerStopsAtTheName() {
    String text = "وقال سالم الدباغ وهو قائد ميداني إن قواته تقدمت. وبحسب السفير نادر قاسم فإن المحادثات تناولت التعاون.";
    assertThat(NameEdges.completed(text, persons(text, "سالم الدباغ وهو", "نادر قاسم فإن")).stream().map(m -> m.canonical()))
        .containsExactly("سالم الدباغ", "نادر قاسم");
  }

  @Test
  void aQuoteRightAfterTheFaOfABihasbSourceIsTheirs() {
    String text = "وبحسب السفير نادر قاسم فإن «المحادثات تناولت التعاون الاقتصادي بين البلدين».";
    assertThat(direct(text, "نادر قاسم")).containsExactly("نادر قاسم: المحادثات تناولت التعاون الاقتصادي بين البلدين");
  }

  @Test
  void aNameEndingInAliKeepsIt() {
    String text = "وقال محمد علي «المحادثات تناولت التعاون الاقتصادي بين البلدين».";
    assertThat(direct(text, "محمد علي")).containsExactly("محمد علي: المحادثات تناولت التعاون الاقتصادي بين البلدين");
  }

  @Test
  void aPartialQuoteRightBeforeBihasbIsTheSourcesWords() {
    String text = "وارتفعت الصادرات إلى مستوى قياسي، أي \"ضعف ما سجلته في العام الماضي\" بحسب الخبير كمال الراشد.";
    assertThat(direct(text, "كمال الراشد")).containsExactly("كمال الراشد: ضعف ما سجلته في العام الماضي");
  }
}
