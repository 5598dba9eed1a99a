package org.mizan.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mizan.quotes.TestMentions.persons;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An outlet credited in an aside of a sentence whose speaker is already named ({@code وأضاف فلان -
 * حسبما ذكرت قناة X - أن «…»}) only carried the words: the named speaker said them. Invented sentences.
 */
class AsideCreditTest {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<String> direct(String text, String... names) {
    return TestMentions.direct(extractor.extract(text, persons(text, names)));
  }

  @Test
  void theNamedSpeakerSaysTheQuoteAfterACreditAside() {
    String text = "وأضاف الوزير سالم الكثيري - في تصريح للصحفيين حسبما ذكرت قناة (الشرق) الإخبارية - أن "
        + "\"الميناء سيعمل بكامل طاقته قبل نهاية العام\".";
    assertThat(direct(text, "سالم الكثيري")).containsExactly("سالم الكثيري: الميناء سيعمل بكامل طاقته قبل نهاية العام");
  }

  @Test
  void aCreditWithNoSpeakerBeforeItLeavesTheWordsWithWhoeverSpokeLast() {
    String text = "وقال الوزير سالم الكثيري: \"الميناء سيعمل بكامل طاقته قبل نهاية العام\". "
        + "\"سنفتتح رصيفين جديدين في الربيع\"، حسبما ذكرت قناة الشرق الإخبارية.";
    assertThat(direct(text, "سالم الكثيري")).first().isEqualTo("سالم الكثيري: الميناء سيعمل بكامل طاقته قبل نهاية العام");
  }
}
