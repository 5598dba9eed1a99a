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
import org.mizan.text.ArabicNormalization;

/**
 * One leader's tour: a capital a day, each stop's reports naming the stop before ("قادماً من …") and
 * the plan of the tour. The place the lead says he arrived at keeps the stops apart, while reports
 * of one stop still join (invented leader, capitals and talks).
 */
class StoryTourStopsTest {
  static final String LEADER = "كمال الدين موسى";
  static final List<String> PLACES = List.of("لوساكا", "نيروبي", "زامبيا", "كينيا", "مطار جومو");
  static final String TALKS = "وتشمل الجولة الإقليمية الأولى لرئيس الوزراء منذ توليه منصبه زامبيا وكينيا، وتتناول "
      + "المباحثات التعاون الاقتصادي ومشاريع الطاقة والربط الكهربائي وتسهيل التجارة بين البلدين.";

  static Document report(String id, String outlet, String when, String lead) {
    RawArticle raw = new RawArticle(id, id, "text", List.of(lead, TALKS), Map.of());
    Document d = Document.of(raw).withMetadata(null, new Published(when, "test", 1, false), outlet, List.of(), null, null);
    List<Mention> ms = new ArrayList<>();
    for (String name : PLACES) {
      for (int at = lead.indexOf(name); at >= 0; at = lead.indexOf(name, at + 1)) {
        ms.add(new Mention(at, at + name.length(), name, "LOC", null, null));
      }
    }
    for (int at = lead.indexOf(LEADER); at >= 0; at = lead.indexOf(LEADER, at + 1)) {
      ms.add(new Mention(at, at + LEADER.length(), LEADER, "PER", null, null));
    }
    ms.sort(java.util.Comparator.comparingInt(Mention::start));
    return d.withMentions(ms);
  }

  static List<Document> tour() {
    return List.of(
        report("l1", "a", "2025-03-10T09:00",
            "وصل رئيس الوزراء كمال الدين موسى اليوم الاثنين إلى لوساكا في مستهل جولة إقليمية تشمل زامبيا وكينيا، "
                + "حيث يلتقي كبار المسؤولين لبحث التعاون الاقتصادي."),
        report("l2", "b", "2025-03-10T15:00",
            "حطت طائرة رئيس الوزراء كمال الدين موسى اليوم في لوساكا في بداية جولة إقليمية تشمل زامبيا وكينيا، "
                + "ومن المنتظر أن يلتقي كبار المسؤولين لبحث التعاون الاقتصادي."),
        report("n1", "c", "2025-03-11T10:00",
            "وصل رئيس الوزراء كمال الدين موسى اليوم الثلاثاء إلى نيروبي قادماً من لوساكا في المحطة الثانية من جولة "
                + "إقليمية تشمل زامبيا وكينيا، حيث يلتقي كبار المسؤولين لبحث التعاون الاقتصادي."),
        report("n2", "d", "2025-03-11T16:00",
            "هبطت طائرة رئيس الوزراء كمال الدين موسى اليوم في مطار جومو بنيروبي بعد زيارة لوساكا ضمن جولة إقليمية "
                + "تشمل زامبيا وكينيا، ومن المنتظر أن يلتقي كبار المسؤولين لبحث التعاون الاقتصادي."));
  }

  static String n(String s) {
    return ArabicNormalization.normalize(s);
  }

  @Test
  void theLeadNamesWhereTheActorArrivedNotWhereHeCameFrom() {
    assertThat(ArrivalPlaces.of(tour().get(0))).containsExactly(n("لوساكا"));
    assertThat(ArrivalPlaces.of(tour().get(2))).containsExactly(n("نيروبي"));
    // the airport and its city, chained
    assertThat(ArrivalPlaces.of(tour().get(3))).containsExactly(n("مطار جومو"), n("نيروبي"));
  }

  @Test
  void aCountReachedIsNoArrival() {
    Document d = report("x", "a", "2025-03-10T09:00", "وصل عدد المصابين في حادث السير إلى 14 شخصاً في لوساكا اليوم.");
    assertThat(ArrivalPlaces.of(d)).isEmpty();
  }

  @Test
  void aPlaceNamedWithoutAPrepositionOfArrivingIsNotWhereTheActorArrived() {
    Document d = report("y", "a", "2025-03-10T09:00",
        "أعلن رئيس الوزراء كمال الدين موسى وصول قوات ضمن تحالف بقيادة زامبيا لتأمين المنشآت الحيوية.");
    assertThat(ArrivalPlaces.of(d)).isEmpty();
  }

  @Test
  void onlyAPersonArrivingMakesAStop() {
    Document d = report("z", "a", "2025-03-10T09:00",
        "وصلت قطعة من حطام الطائرة عثر عليها في لوساكا إلى نيروبي لفحصها في مختبر متخصص.");
    assertThat(ArrivalPlaces.of(d)).isEmpty();
  }

  @Test
  void eachStopOfATourIsItsOwnStoryAndItsReportsJoin() {
    Map<String, String> s = new StoryClusterer(StoryState.inMemory()).addAll(tour());
    assertThat(s.get("l2")).isEqualTo(s.get("l1"));
    assertThat(s.get("n2")).isEqualTo(s.get("n1"));
    assertThat(s.get("n1")).isNotEqualTo(s.get("l1"));
  }
}
