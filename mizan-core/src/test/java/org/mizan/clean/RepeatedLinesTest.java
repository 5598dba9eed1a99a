package org.mizan.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mizan.doc.Document;
import org.mizan.doc.RawArticle;
import org.mizan.pipeline.Pipeline;
import org.mizan.pipeline.Pipelines;

class RepeatedLinesTest {
  static RawArticle article(int i, String site, String... lines) {
    return new RawArticle("a" + i, "in/" + i + ".html", "html", List.of(lines), Map.of("site_name", site));
  }

  @Test
  void shortLinesAnOutletRepeatsAreRemovedOthersStay() {
    String slogan = "صحيفة المدينة الإلكترونية الأولى";
    List<RawArticle> batch = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      batch.add(article(i, "المدينة", "عنوان الخبر رقم " + i + " عن الطقس", CleaningTestSupport.P1 + " " + i, slogan,
          CleaningTestSupport.P2));
    }
    batch.add(article(9, "الجريدة", "عنوان آخر عن الطقس اليوم", CleaningTestSupport.P1, slogan, CleaningTestSupport.P2));
    RepeatedLines learned = RepeatedLines.learn(batch);
    Pipeline p = Pipelines.standard(null, null, learned);
    Document d = p.analyse(batch.get(0), x -> {
      throw new AssertionError(x.toString());
    });
    assertThat(CleaningTestSupport.reason(d, slogan)).isEqualTo("repeated");
    assertThat(d.body()).contains(CleaningTestSupport.P2); // repeated in every article too, but long: body
    Document other = p.analyse(batch.get(4), x -> {
      throw new AssertionError(x.toString());
    });
    assertThat(other.body()).contains(slogan); // another outlet: seen once there
  }

  @Test
  void nothingLearnedFromDifferentLines() {
    List<RawArticle> batch = List.of(article(1, "س", "سطر أول"), article(2, "س", "سطر ثان"), article(3, "س", "سطر ثالث"));
    assertThat(RepeatedLines.learn(batch).size()).isZero();
  }
}
