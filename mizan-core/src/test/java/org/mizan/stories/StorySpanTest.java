package org.mizan.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mizan.doc.Document;
import org.mizan.doc.Published;
import org.mizan.doc.RawArticle;

/** A daily report worded like the day before does not chain into one story over a week (invented reports). */
class StorySpanTest {
  static Document report(String id, String outlet, String day, int cases) {
    String lead = "أعلنت وزارة الصحة تسجيل " + cases + " حالات إصابة جديدة بالفيروس في العاصمة خلال الساعات الماضية.";
    String rest = "وأوضحت الوزارة في بيانها اليومي أن الحالات تتلقى العلاج في المستشفيات، داعية المواطنين إلى "
        + "الالتزام بالإرشادات الصحية ومراجعة المراكز عند ظهور الأعراض.";
    RawArticle raw = new RawArticle(id, id, "text", List.of(lead, rest), Map.of());
    return Document.of(raw).withMetadata("الصحة: تسجيل " + cases + " حالات إصابة جديدة بالفيروس",
        new Published(day + "T18:00", "test", 1, false), outlet, List.of(), null, null);
  }

  @Test
  void aWeekOfDailyReportsIsNotOneStory() {
    List<Document> docs = new ArrayList<>();
    for (int d = 1; d <= 8; d++) docs.add(report("r" + d, "sabq", "2025-03-0" + d, d + 2));
    Map<String, String> s = new StoryClusterer(StoryState.inMemory()).addAll(docs);
    assertThat(new LinkedHashSet<>(s.values())).hasSizeGreaterThan(1);
    // no story runs longer than the span: the first and the last week's report are apart
    assertThat(s.get("r8")).isNotEqualTo(s.get("r1"));
  }
}
