package org.mizan.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mizan.entities.EntityStagesTest.doc;
import static org.mizan.entities.EntityStagesTest.typed;

import org.junit.jupiter.api.Test;
import org.mizan.doc.Document;

/** A person's name cut in two halves side by side is joined, on invented sentences. */
class AdjacentPersonsStageTest {
  @Test
  void twoPersonHalvesOneSpaceApartAreOneName() {
    Document d = new AdjacentPersonsStage().apply(doc("a", "وصل الوزير سامر بن نادر القيسي إلى العاصمة أمس.",
        "PER", "سامر بن نادر", "PER", "القيسي"));
    assertThat(typed(d)).containsExactly("PER سامر بن نادر القيسي");
  }

  @Test
  void aHalfAfterTheDativeLamThatEndsAnotherFullNameIsThatPersons() {
    Document d = new AdjacentPersonsStage().apply(doc("a", "استقبل الملك هارون الزبيدي الوفد، ومن المقرر أن يسلم ماهر لهارون رسالة.",
        "PER", "هارون الزبيدي", "PER", "ماهر", "PER", "لهارون"));
    assertThat(typed(d)).containsExactly("PER هارون الزبيدي", "PER ماهر", "PER لهارون");
  }

  @Test
  void aCommaOrAConjunctionPartsTwoPeople() {
    Document d = new AdjacentPersonsStage().apply(doc("a", "حضر الاجتماع سامر، نادر وكريم القيسي وهادي.",
        "PER", "سامر", "PER", "نادر", "PER", "وكريم القيسي", "PER", "وهادي"));
    assertThat(typed(d)).containsExactly("PER سامر", "PER نادر", "PER وكريم القيسي", "PER وهادي");
  }

  @Test
  void aHalfThatEndsAnotherFullNameOfTheArticleIsThatPersons() {
    // two surnames of a list: each closes a full name printed later
    Document d = new AdjacentPersonsStage().apply(doc("a", "كان الحلبي القيسي أفضل ثنائي، كما قال نادر الحلبي وسامر القيسي.",
        "PER", "الحلبي", "PER", "القيسي", "PER", "نادر الحلبي", "PER", "وسامر القيسي"));
    assertThat(typed(d)).startsWith("PER الحلبي", "PER القيسي").doesNotContain("PER الحلبي القيسي");
    // but halves whose joined name holds the full name printed elsewhere are joined
    Document full = new AdjacentPersonsStage().apply(doc("a", "وصل سامر القيسي. وقال سامر عادل القيسي إن الوفد وصل.",
        "PER", "سامر القيسي", "PER", "سامر عادل", "PER", "القيسي"));
    assertThat(typed(full)).contains("PER سامر عادل القيسي");
  }

  @Test
  void twoFullNamesSideBySideStayApart() {
    Document d = new AdjacentPersonsStage().apply(doc("a", "التقى سامر القيسي نادر الحلبي في المقهى.",
        "PER", "سامر القيسي", "PER", "نادر الحلبي"));
    assertThat(typed(d)).containsExactly("PER سامر القيسي", "PER نادر الحلبي");
  }

  @Test
  void anAdjectiveOfOriginTypedPersonIsNotJoinedToTheName() {
    Document d = new AdjacentPersonsStage().apply(doc("a", "وصل الوزير الأردني سامر القيسي إلى العاصمة.",
        "PER", "الأردني", "PER", "سامر القيسي"));
    assertThat(typed(d)).containsExactly("PER الأردني", "PER سامر القيسي");
  }

  @Test
  void aVerbTypedPersonIsNotJoinedToTheName() {
    Document d = new AdjacentPersonsStage().apply(doc("a", "سامر القيسي يلعبان في الفريق نفسه.",
        "PER", "سامر القيسي", "PER", "يلعبان"));
    assertThat(typed(d)).containsExactly("PER سامر القيسي", "PER يلعبان");
  }

  @Test
  void afterARelationalTitleTheFirstNameIsTheRelatives() {
    Document d = new AdjacentPersonsStage().apply(doc("a", "وحضر صهر الوزير القيسي نادر الحلبي الحفل.",
        "PER", "القيسي", "PER", "نادر الحلبي"));
    assertThat(typed(d)).containsExactly("PER القيسي", "PER نادر الحلبي");
  }

  @Test
  void aPlaceBesideAPersonIsLeftAlone() {
    Document d = new AdjacentPersonsStage().apply(doc("a", "زار سامر دمشق أمس.", "PER", "سامر", "LOC", "دمشق"));
    assertThat(typed(d)).containsExactly("PER سامر", "LOC دمشق");
  }
}
