package org.mizan.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mizan.entities.EntityStagesTest.doc;
import static org.mizan.entities.EntityStagesTest.typed;

import org.junit.jupiter.api.Test;
import org.mizan.doc.Document;

/** A relative's or adviser's name glued to the possessor's after a relational title is parted, on invented sentences. */
class PossessorNamesStageTest {
  @Test
  void thePossessorNamedElsewhereIsPartedFromThePerson() {
    Document d = new PossessorNamesStage().apply(doc("a",
        "وأعلن جون كارتر الزيارة، ثم التقى الوزير بمستشار كارتر جيمس هولدن في العاصمة.",
        "PER", "جون كارتر", "PER", "كارتر جيمس هولدن"));
    assertThat(typed(d)).containsExactly("PER جون كارتر", "PER كارتر", "PER جيمس هولدن");
  }

  @Test
  void aNameNotPrintedElsewhereOrNoTitleKeepsTheMention() {
    Document unknown = new PossessorNamesStage().apply(doc("a", "والتقى الوزير بمستشار كارتر جيمس هولدن في العاصمة.",
        "PER", "كارتر جيمس هولدن"));
    assertThat(typed(unknown)).containsExactly("PER كارتر جيمس هولدن");
    Document noTitle = new PossessorNamesStage().apply(doc("b", "وأعلن جون كارتر الزيارة، ثم وصل كارتر جيمس هولدن إلى العاصمة.",
        "PER", "جون كارتر", "PER", "كارتر جيمس هولدن"));
    assertThat(typed(noTitle)).containsExactly("PER جون كارتر", "PER كارتر جيمس هولدن");
  }
}
