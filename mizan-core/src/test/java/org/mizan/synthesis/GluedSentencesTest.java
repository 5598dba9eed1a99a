package org.mizan.synthesis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mizan.doc.Document;

/** Two sentences printed with no space after the full stop are two sentences (invented text). */
class GluedSentencesTest {

  private static List<String> sentences(String para) {
    Document d = Docs.doc("g1", "صحيفة أ", "2024-08-03").para(para).build();
    return new StoryText(List.of(d)).sentences.stream().map(StoryText.Sentence::text).toList();
  }

  @Test
  void aStopBetweenTwoWordsEndsTheSentence() {
    assertThat(sentences("وصل وزير النقل إلى المدينة الساحلية أمس في زيارة رسمية.وقال الوزير للصحافيين إن الزيارة تهدف إلى تفقد الميناء."))
        .containsExactly("وصل وزير النقل إلى المدينة الساحلية أمس في زيارة رسمية.",
            "وقال الوزير للصحافيين إن الزيارة تهدف إلى تفقد الميناء.");
  }

  @Test
  void anAbbreviatedTitleOrAShortSideStaysInTheSentence() {
    assertThat(sentences("وافتتح د.سعيد الراشد المعرض الدولي للكتاب في المدينة الساحلية مساء أمس.")).hasSize(1);
  }
}
