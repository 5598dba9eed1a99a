package org.mizan.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mizan.clean.CleaningTestSupport.P1;
import static org.mizan.clean.CleaningTestSupport.P2;
import static org.mizan.clean.CleaningTestSupport.reason;
import static org.mizan.clean.CleaningTestSupport.run;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mizan.doc.Document;

/** Page tops of the web7 round (session 26, the web5t and stories leads): invented lines. */
class WebPageLines7Test {
  static final String STOPPED = "فيضانات تجتاح ثلاث ولايات شمالية بعد أمطار غزيرة.";

  @Test
  void aSectionWordOverAShortStoppedSentenceGivesThatSentenceAsTheHeadline() {
    Document d = run(List.of("اقتصاد", STOPPED, "tiktok", P1, P2));
    assertThat(d.headline()).isEqualTo(STOPPED);
    assertThat(reason(d, "اقتصاد")).isEqualTo("navigation");
    assertThat(d.body()).doesNotContain("فيضانات تجتاح").contains("أعلنت وزارة الصحة");
  }

  @Test
  void aColumnTitleOverItsFirstParagraphStaysTheHeadline() { // guards: a long first paragraph, or a comma inside it
    Document d = run(List.of("خواطر", P1, P2));
    assertThat(d.headline()).isEqualTo("خواطر");
    String clause = "رحل الصيف، وبقيت الذكريات في البيوت القديمة.";
    Document c = run(List.of("خواطر", clause, P1, P2));
    assertThat(c.headline()).isEqualTo("خواطر");
    assertThat(c.body()).contains("رحل الصيف");
    assertThat(run(List.of("خواطر")).headline()).isEqualTo("خواطر"); // a page of one line: nothing under it
  }
}
