package org.mizan.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mizan.stories.StoryRecurringActorsTest.meeting;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mizan.doc.Document;

/**
 * Recurring actors months apart, on invented articles, when an article has no publication date or
 * arrives in a later run over a saved clusterer: the article goes to the event of its own time, not
 * to an older story of the same two actors; and a template report (a market close) of another day
 * stays its own story.
 */
class StoryUndatedAndLaterRunsTest {

  /** April and August meetings of the same envoy and president, saved as a finished run. */
  static StoryClusterer savedAfterAugust() throws IOException {
    StoryClusterer c = new StoryClusterer(StoryState.inMemory());
    for (Document d : StoryRecurringActorsTest.reports().subList(0, 4)) c.add(d);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    c.save(bytes);
    StoryClusterer later = StoryClusterer.restore(new ByteArrayInputStream(bytes.toByteArray()), StoryClusterer.Params.DEFAULT, s -> s);
    later.startNewRun();
    return later;
  }

  @Test
  void anUndatedReportStatingDayAndMonthWithoutYearStartsTheNewEventInALaterRun() throws IOException {
    StoryClusterer c = savedAfterAugust();
    List<String> old = c.state().all().stream().map(s -> s.id).toList();
    assertThat(old).hasSize(2);
    // first article of the new run: no publication date, "3 ديسمبر" with no year
    String undated = c.add(meeting("dec2", "watan", null, "الرئيس سليم يستقبل المبعوث الحداد مجددا",
        "استقبل الرئيس هارون سليم يوم الأربعاء 3 ديسمبر المبعوث الخاص سامر الحداد في العاصمة."));
    assertThat(old).doesNotContain(undated);
    String dated = c.add(meeting("dec1", "okaz", "2025-12-03T12:48", "المبعوث الحداد يلتقي الرئيس سليم",
        "التقى المبعوث الخاص سامر الحداد اليوم الأربعاء الرئيس هارون سليم في العاصمة."));
    assertThat(dated).isEqualTo(undated);
    assertThat(c.state().all()).hasSize(3);
  }

  @Test
  void anUndatedReportStatingNoDayIsPlacedAtTheStreamsClockNotBesideAMonthsOldStory() throws IOException {
    StoryClusterer c = savedAfterAugust();
    String dec = c.add(meeting("dec1", "okaz", "2025-12-03T12:48", "المبعوث الحداد يلتقي الرئيس سليم",
        "التقى المبعوث الخاص سامر الحداد اليوم الأربعاء الرئيس هارون سليم في العاصمة."));
    // worded as a report of August, stating no day at all
    String undated = c.add(meeting("dec3", "madina", null, "الحداد وسليم يبحثان التسوية",
        "بحث المبعوث الخاص سامر الحداد مع الرئيس هارون سليم في العاصمة جهود التسوية."));
    assertThat(undated).isEqualTo(dec);
    assertThat(c.state().get(dec).documents()).containsExactly("dec1", "dec3");
  }

  static final String CLOSE = "وبلغت قيمة الأسهم المتداولة %s مليار ريال، فيما ارتفعت أسهم %s شركة وتراجعت أسهم %s شركة، "
      + "وتصدر قطاع المصارف والخدمات المالية قائمة القطاعات الأكثر نشاطا في تداولات الجلسة.";

  static Document close(String id, String outlet, String when, String day, String points, String level, String value,
      String up, String down) {
    return StoryClustererTest.article(id, outlet, when, "مؤشر سوق الأسهم يغلق مرتفعا " + points + " نقطة",
        "أغلق مؤشر سوق الأسهم جلسة اليوم " + day + " مرتفعا " + points + " نقطة ليصل إلى مستوى " + level + " نقطة.",
        String.format(CLOSE, value, up, down));
  }

  @Test
  void theSameMarketsCloseOfAnotherDayStaysItsOwnStoryThoughWordedAlike() {
    List<Document> docs = List.of(
        close("m1", "okaz", "2025-03-02T16:00", "الأحد", "43", "9269.41", "6.81", "112", "49"),
        close("m2", "yaum", "2025-03-02T17:00", "الأحد", "43", "9269.41", "6.81", "112", "49"),
        close("m3", "okaz", "2025-03-05T16:00", "الأربعاء", "24", "9160.12", "5.27", "97", "63"));
    var s = new StoryClusterer(StoryState.inMemory()).addAll(docs);
    assertThat(s.get("m2")).isEqualTo(s.get("m1"));
    assertThat(s.get("m3")).isNotEqualTo(s.get("m1"));
  }

  static StoryCluster withDays(String id, java.util.Map<String, Integer> days) {
    StoryCluster c = new StoryCluster(id, 0);
    c.eventDates.putAll(days);
    return c;
  }

  @Test
  void twoStoriesWhoseArticlesStateDifferentMainDaysAreNotMerged() {
    StoryCluster sunday = withDays("a", java.util.Map.of("2025-08-03", 3));
    StoryCluster monday = withDays("b", java.util.Map.of("2025-08-04", 2));
    assertThat(EventAgreement.otherDays(sunday, monday)).isTrue();
    // one article of the Monday story states the Sunday: a follow-up, may merge
    StoryCluster followUp = withDays("c", java.util.Map.of("2025-08-04", 2, "2025-08-03", 1));
    assertThat(EventAgreement.otherDays(sunday, followUp)).isFalse();
    // a day stated by a single article is no main day
    StoryCluster single = withDays("d", java.util.Map.of("2025-08-05", 1));
    assertThat(EventAgreement.otherDays(sunday, single)).isFalse();
  }
}
