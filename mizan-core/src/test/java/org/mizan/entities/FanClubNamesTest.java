package org.mizan.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mizan.entities.EntityStagesTest.doc;
import static org.mizan.entities.EntityStagesTest.typed;

import org.junit.jupiter.api.Test;

/** A club's nickname after a word for its supporters, in invented match reports. */
class FanClubNamesTest {
  private final ClubNamesStage stage = new ClubNamesStage();

  @Test
  void aDefinitePersonAfterASupportersWordIsTheClubEverywhere() {
    String text = "واحتفل أنصار الصقور بفوز الفريق في المباراة، وسجل المهاجم هدفين في الدوري، وأكدت مصادر من بيت الصقور أن المدرب باق.";
    assertThat(typed(stage.apply(doc("a", text, "PER", "الصقور")))).containsExactly("ORG الصقور", "ORG الصقور");
  }

  @Test
  void aFamilyNameOrAStoryOfNoSportStaysAPerson() {
    String sport = "وقال سامي الراشد إن أنصار الراشد احتفلوا بفوز الفريق في المباراة، وسجل المهاجم هدفين في الدوري.";
    assertThat(typed(stage.apply(doc("b", sport, "PER", "سامي الراشد", "PER", "الراشد"))))
        .containsExactly("PER سامي الراشد", "PER الراشد", "PER الراشد");
    String politics = "وتظاهر أنصار الصقور أمام مقر البرلمان في العاصمة.";
    assertThat(typed(stage.apply(doc("c", politics, "PER", "الصقور")))).containsExactly("PER الصقور");
  }
}
