package org.mizan.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mizan.doc.Document;
import org.mizan.doc.Published;
import org.mizan.doc.RawArticle;
import org.mizan.entities.Mention;
import org.mizan.text.ArabicNormalization;

/** Template statements about different people (invented ministry statements). */
class StoryPersonsApartTest {

  /** A ministry statement on a sentence carried out on {@code convict}, tagged as a person. */
  static Document statement(String id, String day, String convict) {
    String lead = "أصدرت الوزارة اليوم بيانا بشأن تنفيذ حكم صادر بحق أحد الجناة في المنطقة الشرقية، وفيما يلي نصه.";
    String names = "أقدم المدعو " + convict + " على ارتكاب جريمته، وبإحالته إلى المحكمة صدر بحقه حكم شرعي.";
    RawArticle raw = new RawArticle(id, id, "text", List.of(lead, names), Map.of());
    int at = lead.length() + 2 + names.indexOf(convict);
    return Document.of(raw)
        .withMetadata("تنفيذ حكم صادر بحق أحد الجناة في المنطقة الشرقية", new Published(day + "T18:00", "test", 1, false),
            "o", List.of(), null, null)
        .withMentions(List.of(new Mention(at, at + convict.length(), convict, "PER", null, null)));
  }

  static StoryCluster storyOf(Document d) {
    StoryCluster c = new StoryCluster("st", 0);
    c.addPersons(StoryFeatures.persons(d));
    return c;
  }

  @Test
  void theSameTemplateAboutAnotherPersonIsApartAndAShorterNameIsTheSamePerson() {
    Document first = statement("a", "2025-03-01", "سالم بن راشد بن علي الغامدي");
    Document other = statement("b", "2025-03-02", "ناصر بن فهد القحطاني");
    Document again = statement("c", "2025-03-02", "سالم بن راشد الغامدي");
    assertThat(StoryFeatures.persons(first)).containsExactly(ArabicNormalization.normalize("سالم بن راشد بن علي الغامدي"));
    StoryCluster story = storyOf(first);
    assertThat(Counterparts.personsApart(StoryFeatures.persons(other), story)).isTrue();
    assertThat(Counterparts.personsApart(StoryFeatures.persons(again), story)).isFalse();
    // an article or a story naming nobody is never apart
    assertThat(Counterparts.personsApart(Set.of(), story)).isFalse();
    assertThat(Counterparts.personsApart(StoryFeatures.persons(other), new StoryCluster("e", 0))).isFalse();
  }

  @Test
  void theModelSeesWhetherThePeopleAreApart() {
    List<Document> docs = new ArrayList<>();
    docs.add(statement("a", "2025-03-01", "سالم بن راشد بن علي الغامدي"));
    docs.add(statement("b", "2025-03-02", "ناصر بن فهد القحطاني"));
    StoryClusterer clusterer = new StoryClusterer(StoryState.inMemory());
    List<JoinEvidence> seen = new ArrayList<>();
    clusterer.addObserved(docs.get(0), "one", (ev, c) -> seen.add(ev));
    clusterer.addObserved(docs.get(1), "two", (ev, c) -> seen.add(ev));
    assertThat(seen).isNotEmpty();
    JoinEvidence ev = seen.get(seen.size() - 1);
    assertThat(ev.personsApart()).isTrue();
    double[] x = ev.features();
    assertThat(x[JoinEvidence.NAMES.indexOf("persons_apart")]).isEqualTo(1.0);
  }
}
