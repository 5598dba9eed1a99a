package org.mizan.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mizan.doc.Document;

/**
 * An envoy's visits to one capital months apart: his name and his hosts recur on many days, but not
 * day after day, so they are no template's words. The next day's report of his latest visit still
 * joins that visit's story (invented envoy, capital and hosts).
 */
class StoryRecurringVisitsTest {
  static final String BODY = "اختتم المبعوث الأممي إلى جزر القمر كارل بيرغمان زيارته إلى العاصمة موروني حيث التقى رئيس "
      + "المجلس الانتقالي سالم بن داود ووزير الخارجية فهد الكمالي، وبحث معهم خارطة الطريق الأممية وجهود الوساطة";

  static Document visit(String id, String outlet, String when, String tail) {
    return StoryClustererTest.article(id, outlet, when, "بيرغمان يختتم زيارته إلى موروني",
        BODY + " " + tail + ".");
  }

  @Test
  void theNextDaysReportOfAnEnvoysLatestVisitJoinsItAfterEarlierVisitsMonthsApart() {
    List<Document> docs = new ArrayList<>();
    docs.add(visit("v1", "a", "2025-01-10T10:00", "وتبادل الأسرى"));
    docs.add(visit("v2", "b", "2025-03-14T10:00", "وفتح الطرق"));
    docs.add(visit("v3", "c", "2025-06-02T10:00", "وصرف الرواتب"));
    docs.add(visit("v4", "d", "2025-09-21T10:00", "والتهدئة في الموانئ"));
    docs.add(visit("now", "e", "2025-11-12T10:00", "والإفراج عن الموظفين المحتجزين"));
    docs.add(visit("next", "f", "2025-11-13T09:00", "والإفراج عن الموظفين المحتجزين"));
    Map<String, String> stories = new StoryClusterer(StoryState.inMemory()).addAll(docs);
    assertThat(stories.get("next")).isEqualTo(stories.get("now"));
    assertThat(stories.get("now")).isNotEqualTo(stories.get("v4"));
  }

  @Test
  void aGapOfMoreThanAMonthBreaksATermsRunOfDays() {
    RecurringTerms r = new RecurringTerms();
    r.add(List.of("مبعوث"), 10);
    r.add(List.of("مبعوث"), 11);
    r.add(List.of("مبعوث"), 40); // four weeks on (a monthly report): the run goes on
    assertThat(r.daysBefore("مبعوث", 41)).isEqualTo(3);
    assertThat(r.daysBefore("مبعوث", 100)).isZero(); // two months later: no run reaches the day
    r.add(List.of("مبعوث"), 100);
    assertThat(r.daysBefore("مبعوث", 101)).isEqualTo(1);
  }
}
