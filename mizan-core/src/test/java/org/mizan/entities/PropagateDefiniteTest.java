package org.mizan.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mizan.entities.EntityStagesTest.doc;
import static org.mizan.entities.EntityStagesTest.typed;

import org.junit.jupiter.api.Test;

/** Propagating a tagged name to its other printings in the article. */
class PropagateDefiniteTest {
  private final PropagateStage stage = new PropagateStage();

  @Test
  void aNameAlwaysPrintedWithItsArticleIsNotSoughtWithoutIt() {
    // فرقة ("a sect") reads as ف + رقة: no printing of the place الرقة
    var d = stage.apply(doc("a", "وصل المقاتلون إلى الرقة أمس، ثم دخلت فرقة متشددة بلدة أخرى قرب الرقة.", "LOC", "الرقة"));
    assertThat(typed(d)).containsExactly("LOC الرقة", "LOC الرقة");
    // with a clitic before the article it is the place
    var e = stage.apply(doc("b", "وصل المقاتلون إلى القنيطرة أمس، ثم عادوا للقنيطرة مساء.", "LOC", "القنيطرة"));
    assertThat(typed(e)).containsExactly("LOC القنيطرة", "LOC للقنيطرة");
  }
}
