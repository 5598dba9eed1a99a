package org.mizan.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A relative before a reporting verb is its subject only when the verb agrees with it (invented sentences). */
class SpeakerRelativesTest {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<String> direct(String text, String... persons) {
    return TestMentions.direct(extractor.extract(text, TestMentions.persons(text, persons)));
  }

  @Test
  void aRelativeThatIsTheVerbsObjectNamesNoSpeaker() {
    String text = "قال الوزير سامر الحلبي إن على البرلمان ألا يصغي لأصوات المشككين، الذين اعتبر أنهم أخطأوا مرارا. "
        + "وقال «إن من عارضوا الإصلاح بالأمس يعارضونه اليوم».";
    assertThat(direct(text, "سامر الحلبي"))
        .containsExactly("سامر الحلبي: إن من عارضوا الإصلاح بالأمس يعارضونه اليوم");
  }

  @Test
  void aRelativeThatAgreesTakesItsAntecedentsName() {
    String text = "وزار الوزير سامر الحلبي المدينة أمس. والتقى رئيس البلدية كريم النجار، الذي قال «إن الطرق ستفتح غدا».";
    assertThat(direct(text, "سامر الحلبي", "كريم النجار"))
        .containsExactly("كريم النجار: إن الطرق ستفتح غدا");
  }

  @Test
  void agreementFollowsNumberAndGender() {
    assertThat(SpeakerPhrases.agrees("الذي", "قال")).isTrue();
    assertThat(SpeakerPhrases.agrees("الذي", "وأكد")).isTrue();
    assertThat(SpeakerPhrases.agrees("التي", "قالت")).isTrue();
    assertThat(SpeakerPhrases.agrees("التي", "تقول")).isTrue();
    assertThat(SpeakerPhrases.agrees("الذين", "قالوا")).isTrue();
    assertThat(SpeakerPhrases.agrees("الذين", "اعتبر")).isFalse();
    assertThat(SpeakerPhrases.agrees("التي", "قال")).isFalse();
    assertThat(SpeakerPhrases.agrees("الذي", "قالت")).isFalse();
    assertThat(SpeakerPhrases.agrees("الذي", "قالوا")).isFalse();
  }

  @Test
  void aFollowingVerbInAnUnnamedSpeakersDescriptionIsNoCue() {
    // يتابع الوضع: "who follows the situation" describes the diplomat; تابع (went on) is a cue only in the past
    String text = "وقال دبلوماسي يتابع الوضع في المنطقة: «هناك تحرك ضعيف نحو الحل».\n\n"
        + "وقالت مصادر تتابع الملف إن «الأمور تتحسن ببطء».\n\nوأكد الوزير سامر الحلبي أن الحكومة مستمرة.";
    assertThat(direct(text, "سامر الحلبي")).containsExactly("دبلوماسي يتابع الوضع: هناك تحرك ضعيف نحو الحل",
        "مصادر تتابع الملف: الأمور تتحسن ببطء");
  }

  @Test
  void aPluralPronounCueKeepsItsQuoteWithNoSpeakerAndANewParagraphsVerbDoesNotTakeIt() {
    // وذكروا: "they", the officials of the sentence before, not the one speaking; the quote is still a quote
    String text = "وتحدث مسؤولون عن الأوضاع الصعبة في المدينة. وذكروا أن «الأمور تتحسن ببطء».\n\n"
        + "وأكد الوزير سامر الحلبي أن الحكومة مستمرة في العمل.";
    assertThat(direct(text, "سامر الحلبي")).containsExactly("?: الأمور تتحسن ببطء");
    // a quote right before the verb in the same paragraph is still that verb's (postposed speaker)
    assertThat(direct("«الأمور تتحسن ببطء»، قال الوزير سامر الحلبي.", "سامر الحلبي"))
        .containsExactly("سامر الحلبي: الأمور تتحسن ببطء");
  }
}
