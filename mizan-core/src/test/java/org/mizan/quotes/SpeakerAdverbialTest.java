package org.mizan.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mizan.quotes.TestMentions.persons;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A preposition with a pronoun between a verb and its subject is no part of the speaker (invented sentences). */
class SpeakerAdverbialTest {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<String> direct(String text, String... names) {
    return TestMentions.direct(extractor.extract(text, persons(text, names)));
  }

  @Test
  void duringWhichBeforeTheSubjectIsNotPartOfTheName() {
    String text = "وعقد الجانبان جلسة مباحثات في القصر، رحب خلالها سامي الحداد بالضيف، مؤكدا أن «العلاقات بين البلدين متينة جدا».";
    assertThat(direct(text, "سامي الحداد")).containsExactly("سامي الحداد: العلاقات بين البلدين متينة جدا");
  }

  @Test
  void afterItBeforeTheSubjectOfAReportingVerb() {
    String text = "وانتهى الاجتماع مساء أمس. وقال بعدها الوزير كريم العتيبي: «سنعلن القرار غدا».";
    assertThat(direct(text, "كريم العتيبي")).containsExactly("كريم العتيبي: سنعلن القرار غدا");
  }
}
