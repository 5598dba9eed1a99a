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

/** A developing incident's follow-up names its victim (invented police and funeral reports). */
class StorySharedNamesTest {

  /** A report whose lead names {@code person}, tagged as a person. */
  static Document report(String id, String day, String headline, String before, String person) {
    String lead = before + person + " في حادثة وقعت مساء أمس، وباشرت الجهات المختصة التحقيق.";
    RawArticle raw = new RawArticle(id, id, "text", List.of(lead), Map.of());
    int at = before.length();
    return Document.of(raw)
        .withMetadata(headline, new Published(day + "T10:00", "test", 1, false), "o", List.of(), null, null)
        .withMentions(List.of(new Mention(at, at + person.length(), person, "PER", null, null)));
  }

  /** An idf table where {@code common} is in half of 200 documents and {@code rare} in one. */
  static Idf table(String common, String rare) {
    Idf idf = Idf.empty();
    for (int i = 0; i < 200; i++) {
      Set<String> terms = new java.util.HashSet<>(Set.of("x" + i));
      if (i % 2 == 0) terms.add(term(common));
      if (i == 7) terms.add(term(rare));
      idf.add(terms);
    }
    return idf;
  }

  static String term(String word) {
    return StoryFeatures.term(org.mizan.text.Tokenizer.tokenize(word).get(0));
  }

  @Test
  void aRareSharedNameWeighsMoreThanACommonOneAndNoSharedNameIsZero() {
    Idf idf = table("الوزير", "الزهيري");
    StoryCluster story = new StoryCluster("st", 0);
    story.addPersons(Set.of(ArabicNormalization.normalize("خلف بن سالم الزهيري"), ArabicNormalization.normalize("الوزير")));
    double rare = SharedNames.rarity(Set.of(ArabicNormalization.normalize("خلف الزهيري")), story, idf);
    double common = SharedNames.rarity(Set.of(ArabicNormalization.normalize("الوزير")), story, idf);
    assertThat(rare).isGreaterThan(0.8);
    assertThat(common).isGreaterThan(0).isLessThan(rare);
    assertThat(SharedNames.rarity(Set.of(ArabicNormalization.normalize("مازن العتيبي")), story, idf)).isZero();
    assertThat(SharedNames.rarity(Set.of(), story, idf)).isZero();
  }

  @Test
  void theModelSeesTheVictimNamedByTheFuneralReport() {
    List<JoinEvidence> seen = new ArrayList<>();
    StoryClusterer clusterer = new StoryClusterer(StoryState.inMemory());
    clusterer.addObserved(report("a", "2025-04-01", "وفاة موظف إثر سقوطه من سقالة في موقع إنشاءات",
        "توفي الموظف ", "خلف بن سالم الزهيري"), "one", (ev, c) -> seen.add(ev));
    clusterer.addObserved(report("b", "2025-04-02", "تشييع ضحية موقع الإنشاءات وسط حضور كبير",
        "شيع الأهالي جثمان ", "خلف الزهيري"), "one", (ev, c) -> seen.add(ev));
    assertThat(seen).isNotEmpty();
    JoinEvidence ev = seen.get(seen.size() - 1);
    assertThat(ev.sharedName()).isGreaterThan(0.5);
    assertThat(ev.features()[JoinEvidence.NAMES.indexOf("shared_name")]).isEqualTo(ev.sharedName());
  }

  @Test
  void withTheFeatureOffTheModelSeesNoSharedName() {
    List<JoinEvidence> seen = new ArrayList<>();
    StoryClusterer clusterer = new StoryClusterer(StoryState.inMemory(), StoryClusterer.Params.DEFAULT,
        JoinModel.standard(), StoryOptions.ALL.without(List.of("sharednames")));
    clusterer.addObserved(report("a", "2025-04-01", "وفاة موظف إثر سقوطه من سقالة في موقع إنشاءات",
        "توفي الموظف ", "خلف بن سالم الزهيري"), "one", (ev, c) -> seen.add(ev));
    clusterer.addObserved(report("b", "2025-04-02", "تشييع ضحية موقع الإنشاءات وسط حضور كبير",
        "شيع الأهالي جثمان ", "خلف الزهيري"), "one", (ev, c) -> seen.add(ev));
    assertThat(seen).isNotEmpty().allSatisfy(ev -> assertThat(ev.sharedName()).isZero());
  }
}
