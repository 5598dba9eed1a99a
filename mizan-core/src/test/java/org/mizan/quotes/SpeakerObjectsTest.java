package org.mizan.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A word that cannot open a speaker phrase (an adverbial accusative, a word behind a preposition, a
 * particle) is no speaker: after a verb it is the verb's object (invented sentences).
 */
class SpeakerObjectsTest {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<String> all(String text, String... persons) {
    return TestMentions.all(extractor.extract(text, TestMentions.persons(text, persons)));
  }

  @Test
  void aWordBehindAPrepositionIsNoSpeaker() {
    String text = "وأشاد الرئيس بعمق العلاقات بين البلدين، لافتًا إلى انه سيبحث مع القيادة تعزيز التعاون.";
    assertThat(all(text)).containsExactly("?: سيبحث مع القيادة تعزيز التعاون");
    String named = "قال الوزير سامر الحلبي إن الخطة ناجحة. وأشاد بعمق العلاقات بين البلدين، "
        + "لافتا إلى أن الزيارة المقبلة ستفتح آفاقا جديدة للتعاون.";
    assertThat(all(named, "سامر الحلبي")).contains("سامر الحلبي: الزيارة المقبلة ستفتح آفاقا جديدة للتعاون");
  }

  @Test
  void anAdverbialAccusativeIsNoSpeaker() {
    String text = "وأعلن رسميًا أن الحكومة ستقدم استقالتها إلى البرلمان الأسبوع المقبل.";
    assertThat(all(text)).noneMatch(s -> s.startsWith("رسميًا"));
  }

  @Test
  void aListedHeadAfterAPrepositionLetterStaysASubject() {
    String text = "وقالت لجنة الانتخابات في بيان إن «التصويت سيبدأ صباح الأحد في كل المراكز».";
    assertThat(all(text)).containsExactly("لجنة الانتخابات: التصويت سيبدأ صباح الأحد في كل المراكز");
  }

  @Test
  void aTitledPersonAfterAFamilyNameTheTextGaveInFullIsTheObject() {
    String text = "وقال وزير الخارجية سامي العلي إن المحادثات مستمرة. "
        + "ووصف العلي الرئيس كمال حداد بأنه «رجل سلام يسعى إلى الاستقرار في المنطقة».";
    assertThat(TestMentions.direct(extractor.extract(text, TestMentions.persons(text, "سامي العلي", "كمال حداد"))))
        .containsExactly("سامي العلي: رجل سلام يسعى إلى الاستقرار في المنطقة");
  }
}
