package org.mizan.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mizan.entities.Mention;

/** A stance verb inside the clause a speaker reports names no new speaker (invented sentences). */
class SpeakerInnerClauseTest {
  private final QuoteExtractor extractor = new QuoteExtractor();

  @Test
  void theObjectOfAStanceVerbInAReportedClauseDoesNotTakeTheNextQuote() {
    String text = "وذكر جون سميث نائب مستشار الأمن القومي، بأن الولايات المتحدة تعتبر الجبهة الشعبية «منظمة إرهابية»، "
        + "ورأى أن الحكومة «من حقها القيام بأعمال ضد أهداف إرهابية».";
    List<Mention> ms = List.of(
        new Mention(text.indexOf("جون"), text.indexOf("جون") + "جون سميث".length(), "جون سميث", "PER", null, null, "جون سميث"),
        new Mention(text.indexOf("الجبهة"), text.indexOf("الجبهة") + "الجبهة الشعبية".length(), "الجبهة الشعبية", "ORG", null, null,
            "الجبهة الشعبية"));
    assertThat(TestMentions.direct(extractor.extract(text, ms)))
        .containsExactly("جون سميث: من حقها القيام بأعمال ضد أهداف إرهابية");
  }
}
