package org.mizan.synthesis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mizan.synthesis.SynthesizerTest.digestOf;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mizan.doc.Document;
import org.mizan.synthesis.StoryDigest.Quantity;

/** A count of part of a group is no second account of the group's size (invented articles). */
class FigurePartsTest {

  private static List<Document> blast(String firstSentence, String firstFigure, double firstValue) {
    return List.of(
        Docs.doc("p1", "صحيفة أ", "2024-08-03")
            .para(firstSentence).figure(firstFigure, firstValue, null, "wounded").build(),
        Docs.doc("p2", "صحيفة ب", "2024-08-03")
            .para("وأصيب سبعة من سكان الحي في انفجار السيارة المفخخة قرب سوق المدينة مساء أمس بحسب مصادر طبية.")
            .figure("سبعة", 7, null, "wounded").build());
  }

  @Test
  void fourOfTheWoundedIsNoConflictWithSevenWounded() {
    // "four of the wounded are in a critical state" says nothing against "seven were wounded"
    StoryDigest g = digestOf("s-part", blast(
        "وقالت مصادر طبية إن أربعة من المصابين في انفجار السيارة المفخخة قرب سوق المدينة مساء أمس في حالة حرجة.",
        "أربعة من المصابين", 4), List.of());
    assertThat(g.figures()).noneMatch(Quantity::conflict);
    assertThat(g.divergences()).noneMatch(d -> d.kind().equals("figure"));
  }

  @Test
  void fourOfTheWoundedDoesNotAgreeWithFourWounded() {
    StoryDigest g = digestOf("s-part4", List.of(
        Docs.doc("q1", "صحيفة أ", "2024-08-03")
            .para("وقالت مصادر طبية إن أربعة من المصابين في انفجار السيارة المفخخة قرب سوق المدينة مساء أمس في حالة حرجة.")
            .figure("أربعة من المصابين", 4, null, "wounded").build(),
        Docs.doc("q2", "صحيفة ب", "2024-08-03")
            .para("وأصيب أربعة من سكان الحي في انفجار السيارة المفخخة قرب سوق المدينة مساء أمس بحسب مصادر طبية.")
            .figure("أربعة", 4, null, "wounded").build()), List.of());
    assertThat(g.figures()).noneMatch(Quantity::agreement);
  }

  @Test
  void twoTotalsStillConflict() {
    StoryDigest g = digestOf("s-total", blast(
        "وقالت مصادر طبية إن أربعة أصيبوا في انفجار السيارة المفخخة قرب سوق المدينة مساء أمس بحسب مصادر طبية.",
        "أربعة", 4), List.of());
    assertThat(g.figures()).anyMatch(Quantity::conflict);
  }

  @Test
  void ofIsNotMoreThan() {
    assertThat(FigureTable.partOfGroup("أربعة من المصابين")).isTrue();
    assertThat(FigureTable.partOfGroup("أكثر من 10 مصابين")).isFalse();
    assertThat(FigureTable.partOfGroup("سبعة آخرون")).isFalse();
  }
}
