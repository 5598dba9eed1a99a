package org.mizan.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mizan.doc.Document;

/**
 * Pages that print no date at all: the weekday their lead names tells one visit of a recurring actor
 * from his visit of another week (invented reports of an envoy's visits).
 */
class StoryUndatedWeekdaysTest {

  private static Document visit(String id, String outlet, String headline, String lead) {
    return StoryRecurringActorsTest.meeting(id, outlet, null, headline, lead);
  }

  @Test
  void theLeadsWeekdaysAreRead() {
    assertThat(StatedWeekdays.of("المبعوث يصل العاصمة", "وصل المبعوث صباح اليوم (الثلاثاء) بعد أن غادر أمس الإثنين"))
        .containsExactlyInAnyOrder(DayOfWeek.TUESDAY, DayOfWeek.MONDAY);
    assertThat(StatedWeekdays.of("المبعوث يصل العاصمة", "وصل المبعوث إلى العاصمة في زيارة رسمية")).isEmpty();
  }

  @Test
  void undatedReportsOfTwoVisitsOnOtherWeekdaysStayApartAndThoseOfOneWeekdayJoin() {
    List<Document> docs = List.of(
        visit("a1", "okaz", "المبعوث الحداد يلتقي الرئيس سليم",
            "التقى المبعوث الخاص سامر الحداد اليوم الثلاثاء الرئيس هارون سليم في العاصمة وبحثا التسوية."),
        visit("b1", "riyadh", "الحداد يلتقي الرئيس سليم في العاصمة",
            "التقى المبعوث الخاص سامر الحداد الخميس الرئيس هارون سليم في العاصمة وبحثا التسوية."),
        visit("a2", "madina", "الرئيس سليم يستقبل المبعوث الحداد",
            "استقبل الرئيس هارون سليم صباح الثلاثاء المبعوث الخاص سامر الحداد في العاصمة وبحثا التسوية."),
        visit("b2", "sabq", "سليم يستقبل الحداد",
            "استقبل الرئيس هارون سليم اليوم الخميس المبعوث الخاص سامر الحداد في العاصمة وبحثا التسوية."));
    Map<String, String> s = new StoryClusterer(StoryState.inMemory()).addAll(docs);
    assertThat(s.get("b1")).as(s.toString()).isNotEqualTo(s.get("a1"));
    assertThat(s.get("a2")).as(s.toString()).isEqualTo(s.get("a1"));
    assertThat(s.get("b2")).as(s.toString()).isEqualTo(s.get("b1"));
    // without the rule the two weeks' visits are one story
    Map<String, String> off = new StoryClusterer(StoryState.inMemory(), StoryClusterer.Params.DEFAULT, JoinModel.standard(), StoryOptions.ALL.without(List.of("weekdays"))).addAll(docs);
    assertThat(off.get("b1")).as(off.toString()).isEqualTo(off.get("a1"));
  }

  @Test
  void theNextDaysReportOfAnEventIsNoOtherWeeksEvent() {
    // the talks on Tuesday, the envoy's departure "this Wednesday morning": one story
    List<Document> docs = List.of(
        visit("a1", "okaz", "المبعوث الحداد يلتقي الرئيس سليم",
            "التقى المبعوث الخاص سامر الحداد اليوم الثلاثاء الرئيس هارون سليم في العاصمة وبحثا التسوية."),
        visit("a2", "riyadh", "الحداد يغادر العاصمة بعد لقاء الرئيس سليم",
            "غادر المبعوث الخاص سامر الحداد العاصمة صباح اليوم الأربعاء بعد أن التقى الرئيس هارون سليم وبحثا التسوية."));
    Map<String, String> s = new StoryClusterer(StoryState.inMemory()).addAll(docs);
    assertThat(s.get("a2")).as(s.toString()).isEqualTo(s.get("a1"));
    assertThat(StatedWeekdays.otherWeekday(java.util.EnumSet.of(DayOfWeek.WEDNESDAY), Map.of("TUESDAY", 1))).isFalse();
    assertThat(StatedWeekdays.otherWeekday(java.util.EnumSet.of(DayOfWeek.THURSDAY), Map.of("TUESDAY", 1))).isTrue();
  }
}
