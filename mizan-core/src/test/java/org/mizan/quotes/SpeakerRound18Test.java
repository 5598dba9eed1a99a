package org.mizan.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mizan.quotes.TestMentions.persons;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round-18 rules (invented sentences), each from a class of missed quotes in the sealed splits
 * test15 to test17: a mirrored opening mark spaced from its words after a colon.
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
}
