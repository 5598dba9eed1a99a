package org.mizan.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mizan.entities.EntityStagesTest.doc;
import static org.mizan.entities.EntityStagesTest.typed;

import org.junit.jupiter.api.Test;

/** A name joined by و right after a person or a place, and the listed places and state names. */
class ConjoinedNamesTest {
  private final ConjoinedNamesStage stage = new ConjoinedNamesStage();

  @Test
  void aRareWordAfterAPlaceAndAConjunctionIsAPlace() {
    assertThat(typed(stage.apply(doc("a", "قصفت الطائرات مواقع في عدن وزرنيخان أمس.", "LOC", "عدن"))))
        .containsExactly("LOC عدن", "LOC زرنيخان");
    // after a name the tagger took for a place, a rare word is as often a verb or a thing
    assertThat(typed(stage.apply(doc("k", "التقت كاترينا وزرنيخان أمس.", "LOC", "كاترينا")))).containsExactly("LOC كاترينا");
  }

  @Test
  void aGivenNameAfterAPersonIsAPersonWithItsSurname() {
    assertThat(typed(stage.apply(doc("b", "سجل اللاعب سامي الخالد وكريستيانو في المباراة.", "PER", "سامي الخالد"))))
        .containsExactly("PER سامي الخالد", "PER كريستيانو");
    assertThat(typed(stage.apply(doc("c", "استقبل الوزير سامي الخالد وفيليب مانسولي في مكتبه.", "PER", "سامي الخالد"))))
        .containsExactly("PER سامي الخالد", "PER فيليب مانسولي");
    // a rare word after a person may be a place or a thing: left to the tagger
    assertThat(typed(stage.apply(doc("i", "سجل اللاعب سامي الخالد وكرافيتو في المباراة.", "PER", "سامي الخالد"))))
        .containsExactly("PER سامي الخالد");
  }

  @Test
  void commonWordsVerbsAndRootWawAreNoNames() {
    assertThat(typed(stage.apply(doc("d", "وصل الوفد إلى عدن والمناطق المجاورة.", "LOC", "عدن")))).containsExactly("LOC عدن");
    assertThat(typed(stage.apply(doc("e", "استقبل سامي الخالد وزوجته الضيوف.", "PER", "سامي الخالد"))))
        .containsExactly("PER سامي الخالد");
    assertThat(typed(stage.apply(doc("f", "التقى سامي الخالد وفدا من التجار.", "PER", "سامي الخالد"))))
        .containsExactly("PER سامي الخالد");
    assertThat(typed(stage.apply(doc("g", "اجتمعوا في عدن ويتشاورون في الأمر.", "LOC", "عدن")))).containsExactly("LOC عدن");
    // a word followed by its complement is a common noun, not the next item of a list
    assertThat(typed(stage.apply(doc("j", "زار الوفد عدن وزرنيخان النفط.", "LOC", "عدن")))).containsExactly("LOC عدن");
  }

  @Test
  void governoratesInAListAndAnOfficialStateNameAreTagged() {
    var d = new LexiconNamesStage().apply(doc("h", "دعت الجمهورية اليمنية إلى إغاثة لحج وأبين وشبوة."));
    assertThat(typed(d)).containsExactly("LOC الجمهورية اليمنية", "LOC لحج", "LOC وأبين", "LOC وشبوة");
    assertThat(new ResolveStage().apply(d).mentions().get(0).canonical()).isEqualTo("اليمن");
  }
}
