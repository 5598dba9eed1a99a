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
import org.mizan.entities.Mention;

/**
 * The same two actors in different events, on invented articles: an envoy meeting a president in
 * April, August and December is three stories, whatever the outlets, and an article without a
 * publication date goes to the meeting whose date it states.
 */
class StoryRecurringActorsTest {
  static final String ENVOY = "سامر الحداد";
  static final String PRESIDENT = "هارون سليم";
  static final String TALKS = "وبحث الجانبان خلال اللقاء الذي عقد في القصر الرئاسي جهود التسوية السياسية ووقف إطلاق النار "
      + "وتبادل الأسرى، وأكد المبعوث أن المحادثات كانت بناءة وأن الطرفين اتفقا على مواصلة التشاور.";

  /** A report of one meeting; {@code when} null for an article without a publication date. */
  static Document meeting(String id, String outlet, String when, String headline, String lead) {
    RawArticle raw = new RawArticle(id, id, "text", List.of(lead, TALKS), Map.of());
    Published p = when == null ? Published.UNKNOWN : new Published(when, "test", 1, false);
    Document d = Document.of(raw).withMetadata(headline, p, outlet, List.of(), null, null);
    List<Mention> ms = new ArrayList<>();
    for (String name : List.of(ENVOY, PRESIDENT)) {
      int at = lead.indexOf(name);
      if (at >= 0) ms.add(new Mention(at, at + name.length(), name, "PER", null, null));
    }
    return d.withMentions(ms);
  }

  static List<Document> reports() {
    return List.of(
        meeting("apr1", "okaz", "2025-04-10T10:00", "المبعوث الحداد يلتقي الرئيس سليم",
            "التقى المبعوث الخاص سامر الحداد اليوم الخميس الرئيس هارون سليم في العاصمة."),
        meeting("apr2", "riyadh", "2025-04-10T19:30", "الرئيس سليم يستقبل المبعوث الحداد",
            "استقبل الرئيس هارون سليم اليوم المبعوث الخاص سامر الحداد في العاصمة."),
        meeting("aug1", "okaz", "2025-08-14T09:00", "المبعوث الحداد يلتقي الرئيس سليم مجددا",
            "التقى المبعوث الخاص سامر الحداد اليوم الخميس الرئيس هارون سليم في العاصمة."),
        meeting("aug2", "yaum", "2025-08-15T07:00", "الحداد وسليم يبحثان التسوية",
            "بحث المبعوث الخاص سامر الحداد أمس مع الرئيس هارون سليم في العاصمة جهود التسوية."),
        meeting("dec1", "okaz", "2025-12-03T12:48", "المبعوث الحداد يلتقي الرئيس سليم",
            "التقى المبعوث الخاص سامر الحداد اليوم الأربعاء الرئيس هارون سليم في العاصمة."),
        // no publication date: the lead states the day
        meeting("dec2", "watan", null, "الرئيس سليم يستقبل المبعوث الحداد",
            "استقبل الرئيس هارون سليم يوم الأربعاء 3 ديسمبر 2025 المبعوث الخاص سامر الحداد في العاصمة."));
  }

  @Test
  void theSameTwoActorsMeetingInThreeMonthsAreThreeStoriesOfTwoReportsEach() {
    List<Document> docs = reports();
    Map<String, String> s = new StoryClusterer(StoryState.inMemory()).addAll(docs);
    assertThat(s.get("apr2")).isEqualTo(s.get("apr1"));
    assertThat(s.get("aug2")).isEqualTo(s.get("aug1"));
    assertThat(s.get("dec2")).isEqualTo(s.get("dec1"));
    assertThat(new LinkedHashSet<>(s.values())).hasSize(3);
  }

  @Test
  void anUndatedReportArrivingAfterTheOthersJoinsTheMeetingWhoseDateItStates() {
    Document aprilUndated = meeting("apr3", "madina", null, "المبعوث الحداد يلتقي الرئيس سليم",
        "التقى المبعوث الخاص سامر الحداد يوم الخميس 10 أبريل 2025 الرئيس هارون سليم في العاصمة.");
    List<Document> docs = new ArrayList<>(reports());
    docs.add(aprilUndated);
    Map<String, String> s = new StoryClusterer(StoryState.inMemory()).addAll(docs);
    assertThat(s.get("apr3")).isEqualTo(s.get("apr1")).isNotEqualTo(s.get("dec1"));
  }

  @Test
  void theEstimatedTimeServesMatchingButNotTheStorysFirstAndLastSeen() {
    StoryFeatures.Extracted e = StoryFeatures.extract(reports().get(5));
    assertThat(e.timeEstimated()).isTrue();
    assertThat(e.hours()).isEqualTo(Times.hours("2025-12-03"));
    assertThat(e.time()).isNull();
    StoryClusterer c = new StoryClusterer(StoryState.inMemory());
    // the undated report first: the story it starts has no first or last seen time yet
    String id = c.add(reports().get(5));
    assertThat(c.state().get(id).firstSeen).isNull();
    c.add(reports().get(4));
    StoryCluster story = c.state().get(id);
    assertThat(story.documents()).hasSize(2);
    assertThat(story.firstSeen).isEqualTo("2025-12-03T12:48");
    assertThat(story.lastSeen).isEqualTo("2025-12-03T12:48");
  }

  @Test
  void onlyTheLeadsDatesCountNotACaptionOrBackgroundFurtherDown() {
    String filler = "وتناول اللقاء العلاقات الثنائية وسبل تعزيزها في مختلف المجالات والقضايا ذات الاهتمام المشترك. ";
    RawArticle raw = new RawArticle("c", "c", "text", List.of(
        "التقى المبعوث الخاص اليوم الرئيس في العاصمة وبحثا جهود التسوية.", filler.repeat(4),
        "صورة أرشيفية - 12 نوفمبر 2025"), Map.of());
    Document d = Document.of(raw).withMetadata("لقاء المبعوث والرئيس", Published.UNKNOWN, "o", List.of(), null, null);
    assertThat(StoryFeatures.extract(d).hours()).isNaN();
    RawArticle iso = new RawArticle("i", "i", "text", List.of("2025-12-03 - التقى المبعوث الخاص الرئيس في العاصمة.",
        "وكان قد التقاه في 10 أبريل 2025."), Map.of());
    Document di = Document.of(iso).withMetadata("لقاء المبعوث والرئيس", Published.UNKNOWN, "o", List.of(), null, null);
    // the latest full date of the lead
    assertThat(StoryFeatures.extract(di).hours()).isEqualTo(Times.hours("2025-12-03"));
  }
}
