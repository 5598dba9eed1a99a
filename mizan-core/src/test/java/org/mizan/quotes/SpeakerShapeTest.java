package org.mizan.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mizan.quotes.TestMentions.persons;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A speaker opens with a noun or a name (invented sentences): a phrase beside the cue that opens
 * with a pronoun, a preposition or an object noun is no speaker, and the quote is left with none;
 * a topic particle before a name (أما فلان) is dropped and the name kept.
 */
class SpeakerShapeTest {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<String> direct(String text, String... names) {
    return TestMentions.direct(extractor.extract(text, persons(text, names)));
  }

  @Test
  void aCueObjectIsNoSpeaker() {
    String text = "زار الوزير المزارع أمس.\n\nوأكد أهمية مواجهة الجفاف، وقال: \"المياه ثروة يجب الحفاظ عليها\".";
    assertThat(direct(text)).containsExactly("?: المياه ثروة يجب الحفاظ عليها");
  }

  @Test
  void aPronounClauseIsNoSpeaker() {
    String text = "عقد المجلس اجتماعه أمس.\n\nوهو يقرأ ورقة قال: \"سنعلن النتائج الأسبوع المقبل بعد الاجتماع\".";
    assertThat(direct(text)).containsExactly("?: سنعلن النتائج الأسبوع المقبل بعد الاجتماع");
  }

  @Test
  void aTopicParticleBeforeANameIsDropped() {
    String text = "تحدث المزارعون عن الموسم.\n\nأما خالد المنصوري فقال: \"الموسم القادم سيكون أفضل من الماضي\".";
    assertThat(direct(text)).containsExactly("خالد المنصوري: الموسم القادم سيكون أفضل من الماضي");
  }

  @Test
  void aNameTheTaggerOpensIsKeptThoughItLooksLikeAPreposition() {
    assertThat(SpeakerShape.check(new Quote.Speaker("بالوتيلي", null, null), persons("قال بالوتيلي", "بالوتيلي")))
        .isEqualTo(new Quote.Speaker("بالوتيلي", null, null));
    assertThat(SpeakerShape.check(new Quote.Speaker("بالبت في القضايا", null, null), List.of())).isNull();
    assertThat(SpeakerShape.check(new Quote.Speaker("علي حكمي", null, null), List.of()))
        .isEqualTo(new Quote.Speaker("علي حكمي", null, null));
  }
}
