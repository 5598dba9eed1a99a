package org.mizan.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mizan.quotes.TestMentions.persons;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round-29 rules (invented sentences), each from a recall lead of round 28 or an error class of the
 * SaudiNewsNet pool. Each test fails with its rule disabled.
 */
class SpeakerRound29Test {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<String> direct(String text, String... names) {
    return TestMentions.direct(extractor.extract(text, persons(text, names)));
  }

  @Test
  void aLoneDefiniteSurnameWithACommaIsTheSpeaker() {
    String text = "وقال الزهراني، حسبما نقلت وكالة الأنباء الرسمية، إن \"الوزارة ستطرح المناقصة قبل نهاية العام\".";
    assertThat(direct(text, "الزهراني")).containsExactly("الزهراني: الوزارة ستطرح المناقصة قبل نهاية العام");
  }

  @Test
  void aLoneFamilyNameTheTaggerMissedIsTheSpeaker() {
    String text = "التقى الوفد بمسؤولي الوزارة أمس.\nوقال الزهراني، حسبما نقلت وكالة الأنباء الرسمية، إن \"الوزارة ستطرح المناقصة قبل نهاية العام\".";
    assertThat(direct(text, "الوفد")).containsExactly("الزهراني: الوزارة ستطرح المناقصة قبل نهاية العام");
  }

  @Test
  void aWeekdayAfterTheVerbIsNoFamilyName() {
    String text = "وأوضح الوزير سالم الكندي أن العمل بدأ.\nوقال الأربعاء، إن \"الميناء سيفتح أبوابه للسفن التجارية قريبا\".";
    assertThat(direct(text, "سالم الكندي")).containsExactly("سالم الكندي: الميناء سيفتح أبوابه للسفن التجارية قريبا");
  }

  @Test
  void thePersonMetInTheOccasionSentenceIsNotTheSpeaker() {
    String text = "وأكد أن “الميناء الجديد سيفتح أبوابه للسفن التجارية مطلع العام المقبل”.\n"
        + "جاء ذلك خلال استقباله وزير النقل سالم بن خلفان الكندي في مكتبه.";
    assertThat(direct(text, "سالم بن خلفان الكندي"))
        .containsExactly("?: الميناء الجديد سيفتح أبوابه للسفن التجارية مطلع العام المقبل");
  }

  @Test
  void aFirstLineCueWithNoSubjectTakesTheTitledSpeakerBelow() {
    String text = "وأكد أن “الميناء الجديد سيفتح أبوابه للسفن التجارية مطلع العام المقبل”.\n"
        + "جاء ذلك في تصريح أدلى به وزير النقل سالم بن خلفان الكندي خلال زيارته للموقع.";
    assertThat(direct(text, "سالم بن خلفان الكندي"))
        .containsExactly("سالم بن خلفان الكندي: الميناء الجديد سيفتح أبوابه للسفن التجارية مطلع العام المقبل");
  }
}
