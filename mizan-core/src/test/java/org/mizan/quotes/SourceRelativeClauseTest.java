package org.mizan.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mizan.quotes.TestMentions.persons;

import org.junit.jupiter.api.Test;

/** A relative clause closes the name of a بحسب source: the words after it are the source's next statement. */
class SourceRelativeClauseTest {
  @Test
  void theRelativeClauseIsNoPartOfTheSourcesName() {
    String text = "لكن الجفاف بات يشكل “خطرا كبيرا على المحاصيل” بحسب ميشو الذي أضاف “أن المزارعين بدأوا بيع أراضيهم”.";
    // the name printed alone here (its full form came paragraphs before)
    assertThat(TestMentions.direct(new QuoteExtractor().extract(text, persons(text, "ميشو"))))
        .startsWith("ميشو: خطرا كبيرا على المحاصيل");
  }
}
