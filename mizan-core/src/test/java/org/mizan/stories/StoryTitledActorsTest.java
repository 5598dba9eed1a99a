package org.mizan.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mizan.doc.Document;
import org.mizan.doc.Published;
import org.mizan.doc.RawArticle;
import org.mizan.entities.Mention;
import org.mizan.text.ArabicNormalization;

/**
 * Headlines that name their actor by title ("ولي العهد يستقبل …", "الملك يستقبل …"), on invented
 * articles: two receptions of one visitor by two office holders on the same evening are two events,
 * though each report's attendance list names the other holder.
 */
class StoryTitledActorsTest {
  static final String KING = "فهد بن سعود";
  static final String PRINCE = "ماجد بن فهد بن سعود";
  static final String VISITOR = "كمال الدين رشاد";
  static final String TALKS = "وجرى خلال الاستقبال استعراض العلاقات الثنائية بين البلدين الشقيقين وسبل تعزيزها في مختلف "
      + "المجالات، إضافة إلى بحث مستجدات الأحداث الإقليمية والدولية والجهود المبذولة تجاهها.";

  /**
   * A reception report: the lead names the host first, then the visitor; the attendance list after the
   * talks names the other holder present.
   */
  static Document reception(String id, String outlet, String when, String headline, String host, String present) {
    String lead = "استقبل " + host + " في قصر السلام بجدة مساء أمس وزير الخارجية " + VISITOR + ".";
    String attendance = "حضر الاستقبال " + present + " وعدد من المسؤولين.";
    RawArticle raw = new RawArticle(id, id, "text", List.of(lead, TALKS, attendance), Map.of());
    Document d = Document.of(raw)
        .withMetadata(headline, new Published(when, "test", 1, false), outlet, List.of(), null, null);
    List<Mention> ms = new ArrayList<>();
    for (String name : List.of(host, VISITOR)) {
      int at = lead.indexOf(name);
      ms.add(new Mention(at, at + name.length(), name, "PER", null, null));
    }
    int at = d.body().lastIndexOf(present);
    ms.add(new Mention(at, at + present.length(), present, "PER", null, null));
    return d.withMentions(ms);
  }

  static List<Document> evening() {
    return List.of(
        reception("p1", "okaz", "2025-07-23T17:30", "ولي العهد يستقبل وزير الخارجية", PRINCE, KING),
        reception("p2", "yaum", "2025-07-23T19:20", "ولي العهد يبحث مع وزير الخارجية العلاقات الثنائية", PRINCE, KING),
        reception("k1", "okaz", "2025-07-24T05:30", "خادم الحرمين يستقبل وزير الخارجية", KING, PRINCE),
        reception("k2", "riyadh", "2025-07-24T06:30", "الملك يبحث مع وزير الخارجية العلاقات الثنائية", KING, PRINCE));
  }

  @Test
  void aHeadlineOpeningWithATitleHasTheLeadsFirstPersonAsItsActor() {
    StoryFeatures.Extracted e = StoryFeatures.extract(evening().get(0));
    assertThat(e.titledActor()).isEqualTo(ArabicNormalization.normalize(PRINCE));
    assertThat(e.headlineActors()).containsExactly(ArabicNormalization.normalize(PRINCE));
    // a statement headline ("title: words") is one party's account, not the event's actor
    Document statement = reception("s", "okaz", "2025-07-23T17:30", "وزير الخارجية: المباحثات كانت بناءة", PRINCE, KING);
    assertThat(StoryFeatures.extract(statement).titledActor()).isNull();
    // a headline opening with a name or an event has no titled actor
    Document named = reception("n", "okaz", "2025-07-23T17:30", "رشاد يصل إلى جدة", PRINCE, KING);
    assertThat(StoryFeatures.extract(named).titledActor()).isNull();
  }

  @Test
  void twoHoldersReceivingOneVisitorTheSameEveningAreTwoStories() {
    Map<String, String> s = new StoryClusterer(StoryState.inMemory()).addAll(evening());
    assertThat(s.get("p2")).isEqualTo(s.get("p1"));
    assertThat(s.get("k2")).isEqualTo(s.get("k1"));
    assertThat(s.get("k1")).isNotEqualTo(s.get("p1"));
    assertThat(new LinkedHashSet<>(s.values())).hasSize(2);
  }

  @Test
  void theVisitorsOwnTitledReportOfTheSameMeetingJoinsIt() {
    // "وزير الخارجية يلتقي ولي العهد": the holder is the visitor, whom the story's leads name
    String lead = "التقى وزير الخارجية " + VISITOR + " في قصر السلام بجدة مساء أمس ولي العهد " + PRINCE
        + "، وسلمه رسالة من قيادة بلاده.";
    Document d = Document.of(new RawArticle("v", "v", "text", List.of(lead, TALKS), Map.of()))
        .withMetadata("وزير الخارجية يلتقي ولي العهد ويبحث معه العلاقات الثنائية",
            new Published("2025-07-23T20:00", "test", 1, false), "watan", List.of(), null, null);
    List<Mention> ms = new ArrayList<>();
    for (String name : List.of(VISITOR, PRINCE)) {
      int at = lead.indexOf(name);
      ms.add(new Mention(at, at + name.length(), name, "PER", null, null));
    }
    d = d.withMentions(ms);
    assertThat(StoryFeatures.extract(d).titledActor()).isEqualTo(ArabicNormalization.normalize(VISITOR));
    List<Document> docs = new ArrayList<>(evening().subList(0, 2));
    docs.add(d);
    Map<String, String> s = new StoryClusterer(StoryState.inMemory()).addAll(docs);
    assertThat(s.get("v")).isEqualTo(s.get("p1"));
  }

  @Test
  void aFathersNameInsideASonsPatronymicIsNotTheSamePerson() {
    java.util.function.Predicate<String> noPlace = n -> false;
    String king = ArabicNormalization.normalize(KING);
    String prince = ArabicNormalization.normalize(PRINCE);
    assertThat(NameMatch.namesAny(king, Set.of(prince), noPlace)).isFalse();
    assertThat(NameMatch.namesAny(prince, Set.of(king), noPlace)).isFalse();
    // a shorter form of the same person still matches
    assertThat(NameMatch.namesAny(ArabicNormalization.normalize("ماجد بن فهد"), Set.of(prince), noPlace)).isTrue();
    assertThat(NameMatch.namesAny(ArabicNormalization.normalize("عادل الجبير"),
        Set.of(ArabicNormalization.normalize("عادل بن احمد الجبير")), noPlace)).isTrue();
  }
}
