package org.mizan.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mizan.quotes.TestMentions.persons;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A quote whose paragraph a page broke mid-sentence (a line wrap kept as a paragraph) runs on to the
 * closing mark of the next paragraph; a quote left open after a finished sentence still ends there. A
 * plural verb continues a group that speaks. Invented sentences (from the modern web pages' errors).
 */
class QuoteLineWrapTest {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<String> direct(String text, String... names) {
    return TestMentions.direct(extractor.extract(text, persons(text, names)));
  }

  @Test
  void aQuoteBrokenMidSentenceRunsToTheNextParagraphsClosingMark() {
    String text = "وقال المحافظ سالم الكثيري في بيانه:\" لقد قررنا أن نفتح المعابر أمام الشاحنات قبل حلول\n"
        + "شهر رمضان، رغم أن الطرق ما زالت متضررة\".\nوأضاف أن المدارس ستفتح أبوابها الأسبوع المقبل.";
    assertThat(direct(text, "سالم الكثيري")).containsExactly(
        "سالم الكثيري: لقد قررنا أن نفتح المعابر أمام الشاحنات قبل حلول\nشهر رمضان، رغم أن الطرق ما زالت متضررة");
  }

  @Test
  void aQuoteLeftOpenAfterAFullStopOrBeforeAnotherQuoteEndsWithItsParagraph() {
    String stop = "وقال المحافظ سالم الكثيري: \"لقد قررنا أن نفتح المعابر أمام الشاحنات.\n"
        + "وتعمل الفرق على إصلاح الطرق المتضررة\".";
    assertThat(direct(stop, "سالم الكثيري")).containsExactly(
        "سالم الكثيري: لقد قررنا أن نفتح المعابر أمام الشاحنات.");
    String another = "وقال المحافظ سالم الكثيري: \"لقد قررنا أن نفتح المعابر أمام الشاحنات\n"
        + "وقال المدير \"الطرق متضررة\".";
    assertThat(direct(another, "سالم الكثيري")).doesNotContain(
        "سالم الكثيري: لقد قررنا أن نفتح المعابر أمام الشاحنات\nوقال المدير ");
  }

  @Test
  void aPluralVerbContinuesAGroupSpeakingButNotASinglePerson() {
    String group = "وقال المحتجون في بيانهم: \"لن نغادر الساحة قبل صرف الرواتب المتأخرة\". "
        + "وأضافوا: \"سنواصل الاعتصام حتى تلبية المطالب كلها\".";
    assertThat(direct(group)).containsExactly("المحتجون: لن نغادر الساحة قبل صرف الرواتب المتأخرة",
        "المحتجون: سنواصل الاعتصام حتى تلبية المطالب كلها");
    String person = "وقال المحافظ سالم الكثيري: \"لن نغلق المعابر هذا الأسبوع\". "
        + "وأضافوا: \"سنواصل الاعتصام حتى تلبية المطالب كلها\".";
    assertThat(direct(person, "سالم الكثيري")).containsExactly("سالم الكثيري: لن نغلق المعابر هذا الأسبوع",
        "?: سنواصل الاعتصام حتى تلبية المطالب كلها");
  }
}
