package org.mizan.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mizan.doc.Document;
import org.mizan.doc.Published;
import org.mizan.doc.RawArticle;

/**
 * A price level a daily market report repeats ("فوق 40 دولارا") is no figure of one day's session
 * (invented reports of a copper market).
 */
class StoryLevelNumbersTest {

  /** A copper report of {@code day}: the metal above the 40-dollar level, closing at {@code close}. */
  static Document report(String id, String outlet, String day, String time, String close) {
    String lead = "ارتفعت أسعار النحاس في تعاملات اليوم لتستقر فوق 40 دولارا للطن في السوق الآجلة، وأغلقت عند "
        + close + " دولار مع تحسن الطلب.";
    String rest = "وقال متعاملون إن المستثمرين يترقبون بيانات المصانع، فيما بقيت المعادن الأخرى قرب مستوياتها.";
    RawArticle raw = new RawArticle(id, id, "text", List.of(lead, rest), Map.of());
    return Document.of(raw).withMetadata("النحاس يرتفع فوق 40 دولارا للطن",
        new Published(day + "T" + time, "test", 1, false), outlet, List.of(), null, null);
  }

  @Test
  void aLevelAfterAboveOrBelowIsNoEventFigure() {
    Set<String> first = StoryFeatures.extract(report("a", "o", "2025-03-03", "18:00", "41.25")).numbers();
    Set<String> next = StoryFeatures.extract(report("b", "o", "2025-03-04", "18:00", "42.80")).numbers();
    assertThat(first).containsExactly("41.25");
    assertThat(next).containsExactly("42.8"); // trailing zeros dropped (round 28)
    // the two sessions share no figure: their closes disagree
    assertThat(EventAgreement.numberAgreement(next, first)).isEqualTo(-1);
    // a count stays a figure, and so does a decimal after a level word
    assertThat(StoryActorsAndNumbersTest.numbers("مقتل 30 شخصا", "قتل 30 شخصا في الهجوم.")).containsExactly("30|شخصا");
    assertThat(StoryActorsAndNumbersTest.numbers("المؤشر عند مستوى 7520.35", "أغلق المؤشر عند مستوى 7520.35 نقطة."))
        .containsExactly("7520.35");
  }

  @Test
  void twoSessionsAreTwoStoriesAndAnotherOutletsReportOfOneSessionJoinsIt() {
    Document day1 = report("d1", "sabq", "2025-03-03", "18:00", "41.25");
    Document day1b = report("d1b", "madina", "2025-03-03", "19:00", "41.25");
    Document day2 = report("d2", "madina", "2025-03-04", "17:30", "42.80");
    Map<String, String> s = new StoryClusterer(StoryState.inMemory()).addAll(List.of(day1, day1b, day2));
    assertThat(s.get("d1b")).isEqualTo(s.get("d1"));
    assertThat(s.get("d2")).isNotEqualTo(s.get("d1"));
  }
}
