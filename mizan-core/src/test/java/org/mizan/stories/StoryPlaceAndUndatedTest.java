package org.mizan.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mizan.doc.Document;
import org.mizan.doc.Published;
import org.mizan.doc.RawArticle;
import org.mizan.entities.Mention;

/**
 * Round 10, on invented articles: local news of one province on different events is not one story
 * because it shares the place (the place blob), while two reports of one local event still join;
 * and an undated report naming only a weekday joins its event of earlier in the same run.
 */
class StoryPlaceAndUndatedTest {
  static final String PLACE = "الريمة";

  /** A local report; every occurrence of {@link #PLACE} is a place mention, as the entity stage marks it. */
  static Document local(String id, String outlet, String when, String headline, String lead, String more) {
    RawArticle raw = new RawArticle(id, id, "text", List.of(lead, more), Map.of());
    Published p = when == null ? Published.UNKNOWN : new Published(when, "test", 1, false);
    Document d = Document.of(raw).withMetadata(headline, p, outlet, List.of(), null, null);
    List<Mention> ms = new ArrayList<>();
    String body = d.body();
    for (int at = body.indexOf(PLACE); at >= 0; at = body.indexOf(PLACE, at + 1)) {
      ms.add(new Mention(at, at + PLACE.length(), PLACE, "LOC", null, null));
    }
    return d.withMentions(ms);
  }

  static List<Document> province() {
    return List.of(
        local("blood1", "okaz", "2025-08-01T09:00", "حملة للتبرع بالدم في الريمة",
            "نفذت صحة الريمة في منطقة الريمة حملة للتبرع بالدم لمنسوبي الجوازات في الريمة بمشاركة عشرات المتبرعين.",
            "وأوضح مدير بنك الدم أن الحملة تهدف إلى تعزيز مخزون الدم في مستشفيات الريمة."),
        local("honey1", "watan", "2025-08-01T10:00", "انطلاق مهرجان العسل في الريمة",
            "انطلقت في منطقة الريمة فعاليات مهرجان العسل الدولي بمشاركة خمسين نحالا من داخل الريمة وخارجها.",
            "ويستمر المهرجان في الريمة عشرة أيام ويضم معرضا للمنتجات وفعاليات ثقافية للزوار."),
        local("rain1", "riyadh", "2025-08-01T11:00", "أمطار غزيرة على الريمة",
            "شهدت منطقة الريمة أمطارا غزيرة مصحوبة برياح نشطة في عدد من محافظات الريمة مساء أمس.",
            "ودعا الدفاع المدني في الريمة السكان إلى الابتعاد عن مجاري السيول."),
        local("blood2", "yaum", "2025-08-01T12:00", "تبرع بالدم لمنسوبي جوازات الريمة",
            "نظمت صحة الريمة حملة تبرع بالدم لمنسوبي جوازات منطقة الريمة شارك فيها عشرات المتبرعين.",
            "وبين مدير بنك الدم أن الحملة تدعم مخزون الدم في مستشفيات المنطقة."));
  }

  @Test
  void localNewsOfOneProvinceOnDifferentEventsIsNotOneStory() {
    Map<String, String> s = new StoryClusterer(StoryState.inMemory()).addAll(province());
    assertThat(s.get("honey1")).isNotEqualTo(s.get("blood1"));
    assertThat(s.get("rain1")).isNotEqualTo(s.get("blood1")).isNotEqualTo(s.get("honey1"));
    assertThat(s.get("blood2")).isEqualTo(s.get("blood1"));
  }

  @Test
  void theHandSetRulesDoNotJoinOnThePlaceAloneEither() {
    Map<String, String> s = StoryClusterer.handSet(StoryState.inMemory(), StoryClusterer.Params.DEFAULT).addAll(province());
    assertThat(s.get("honey1")).isNotEqualTo(s.get("blood1"));
    assertThat(s.get("rain1")).isNotEqualTo(s.get("blood1")).isNotEqualTo(s.get("honey1"));
    assertThat(s.get("blood2")).isEqualTo(s.get("blood1"));
  }

  @Test
  void aProvinceTheTaggerMissedIsAPlaceAfterTheWordForRegion() {
    // no place mention at all: a short article with only its headline, and a meeting in the same province
    Document health = StoryClustererTest.article("h1", "eqt", "2025-08-05T09:00", "تعاون مشترك بين صحة الريمة والمدينة الطبية",
        "التقى مدير الشؤون الصحية بمنطقة الريمة المدير التنفيذي للمدينة الطبية بالريمة لبحث تبادل الأطباء.");
    Document polls = StoryClustererTest.article("p1", "jazirah", "2025-08-05T10:00", "تجهيز المراكز الانتخابية بمنطقة الريمة",
        "العقيل");
    assertThat(PlaceTerms.of(polls)).contains(org.mizan.text.Tokenizer.tokenize("الريمة").get(0).stem());
    Map<String, String> s = new StoryClusterer(StoryState.inMemory()).addAll(List.of(health, polls));
    assertThat(s.get("p1")).isNotEqualTo(s.get("h1"));
    assertThat(PlaceTerms.regionNoun("بمنطقه")).isTrue();
    assertThat(PlaceTerms.regionNoun("المنطقه")).isTrue();
    assertThat(PlaceTerms.regionNoun("منطقتين")).isFalse();
  }

  @Test
  void placeOnlyNeedsTheHeadlinesToShareNothingButThePlace() {
    assertThat(JoinEvidence.placeOnly(0.30, 0.10, 0.0)).isTrue();
    assertThat(JoinEvidence.placeOnly(0.30, 0.10, 0.2)).isFalse(); // an event word in both headlines
    assertThat(JoinEvidence.placeOnly(0.30, 0.25, 0.0)).isFalse(); // the bodies share the event
    assertThat(JoinEvidence.placeOnly(0.0, 0.0, 0.0)).isFalse();
  }

  @Test
  void anUndatedReportNamingOnlyAWeekdayJoinsItsEventOfEarlierInTheRun() {
    List<Document> docs = new ArrayList<>();
    // Monday 31 March: the envoy meets the president
    docs.add(StoryRecurringActorsTest.meeting("m1", "okaz", "2025-03-31T12:00", "المبعوث الحداد يلتقي الرئيس سليم",
        "التقى المبعوث الخاص سامر الحداد اليوم الاثنين الرئيس هارون سليم في العاصمة."));
    // the run goes on for two and a half weeks with other news
    docs.add(StoryUndatedAndLaterRunsTest.close("c1", "okaz", "2025-04-09T16:00", "الأربعاء", "43", "9269.41", "6.81", "112", "49"));
    docs.add(StoryUndatedAndLaterRunsTest.close("c2", "yaum", "2025-04-17T16:00", "الخميس", "24", "9160.12", "5.27", "97", "63"));
    // read last, without a publication date: "today, Monday" is 31 March, not the Monday nearest the clock
    docs.add(StoryRecurringActorsTest.meeting("m2", "madina", null, "الحداد يلتقي الرئيس سليم",
        "التقى المبعوث الخاص سامر الحداد اليوم الاثنين الرئيس هارون سليم في العاصمة وبحثا التسوية."));
    Map<String, String> s = new StoryClusterer(StoryState.inMemory()).addAll(docs);
    assertThat(s.get("m2")).isEqualTo(s.get("m1"));
  }

  @Test
  void aClustererRestoredFromACheckpointKeepsItsRunsStartButALaterRunDoesNot() throws java.io.IOException {
    List<Document> docs = new ArrayList<>();
    docs.add(StoryRecurringActorsTest.meeting("m1", "okaz", "2025-03-31T12:00", "المبعوث الحداد يلتقي الرئيس سليم",
        "التقى المبعوث الخاص سامر الحداد اليوم الاثنين الرئيس هارون سليم في العاصمة."));
    docs.add(StoryUndatedAndLaterRunsTest.close("c1", "okaz", "2025-04-09T16:00", "الأربعاء", "43", "9269.41", "6.81", "112", "49"));
    docs.add(StoryUndatedAndLaterRunsTest.close("c2", "yaum", "2025-04-17T16:00", "الخميس", "24", "9160.12", "5.27", "97", "63"));
    Document undated = StoryRecurringActorsTest.meeting("m2", "madina", null, "الحداد يلتقي الرئيس سليم",
        "التقى المبعوث الخاص سامر الحداد اليوم الاثنين الرئيس هارون سليم في العاصمة وبحثا التسوية.");
    StoryClusterer first = new StoryClusterer(StoryState.inMemory());
    Map<String, String> s = first.addAll(docs);
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    first.save(bytes);
    // a checkpoint restored mid-run: the undated report still joins the Monday meeting of the run
    StoryClusterer resumed = StoryClusterer.restore(new java.io.ByteArrayInputStream(bytes.toByteArray()),
        StoryClusterer.Params.DEFAULT, x -> x);
    assertThat(resumed.add(undated)).isEqualTo(s.get("m1"));
    // a later run over the saved stories: the meeting is older than the run and keeps its distance
    StoryClusterer later = StoryClusterer.restore(new java.io.ByteArrayInputStream(bytes.toByteArray()),
        StoryClusterer.Params.DEFAULT, x -> x);
    later.startNewRun();
    later.add(StoryUndatedAndLaterRunsTest.close("c3", "yaum", "2025-04-18T16:00", "الجمعة", "12", "9180.40", "2.11", "88", "71"));
    assertThat(later.add(undated)).isNotEqualTo(s.get("m1"));
  }

  @Test
  void undatedReportsJoiningAnOldMeetingDoNotStretchItToTheLatestOne() {
    List<Document> docs = new ArrayList<>();
    // two visits of the same envoy four months apart, each dated
    docs.add(StoryRecurringActorsTest.meeting("apr", "okaz", "2025-04-10T10:00", "المبعوث الحداد يلتقي الرئيس سليم",
        "التقى المبعوث الخاص سامر الحداد اليوم الخميس الرئيس هارون سليم في العاصمة."));
    docs.add(StoryRecurringActorsTest.meeting("aug", "riyadh", "2025-08-14T09:00", "المبعوث الحداد يلتقي الرئيس سليم مجددا",
        "التقى المبعوث الخاص سامر الحداد اليوم الخميس الرئيس هارون سليم في العاصمة مجددا."));
    // undated reports of the batch, read last: whichever meeting they join, the two stay apart
    for (String id : List.of("u1", "u2", "u3")) {
      docs.add(StoryRecurringActorsTest.meeting(id, "paper-" + id, null, "الحداد يلتقي الرئيس سليم",
          "التقى المبعوث الخاص سامر الحداد الرئيس هارون سليم في العاصمة وبحثا التسوية."));
    }
    Map<String, String> s = new StoryClusterer(StoryState.inMemory()).addAll(docs);
    assertThat(s.get("aug")).as(s.toString()).isNotEqualTo(s.get("apr"));
  }
}
