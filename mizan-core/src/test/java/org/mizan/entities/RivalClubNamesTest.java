package org.mizan.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mizan.entities.EntityStagesTest.doc;
import static org.mizan.entities.EntityStagesTest.typed;

import org.junit.jupiter.api.Test;

/** Clubs named after a word for the opponent, or a town's club after فريق, in invented match reports. */
class RivalClubNamesTest {
  private final ListedClubsStage stage = new ListedClubsStage();

  @Test
  void aRareDefiniteWordAfterAnOpponentWordIsTheClub() {
    String text = "ويلتقي المدرب مع لاعبيه قبل المباراة أمام نظيره الزهيرات، ثم يستقبل منافسه الكرك في الدوري بعد أسبوع.";
    assertThat(typed(stage.apply(doc("a", text)))).containsExactly("ORG الزهيرات", "ORG الكرك");
  }

  @Test
  void aTownTheTaggerTookForAPlaceAfterAnOpponentWordIsTheClub() {
    String text = "وخسر الفريق أمام مضيفه الزرقاء في المباراة، وسجل المهاجم هدفين في الدوري.";
    assertThat(typed(stage.apply(doc("b", text, "LOC", "الزرقاء")))).containsExactly("ORG الزرقاء");
  }

  @Test
  void anAdjectiveOfOriginOrACommonNounAfterTheCueIsNoClub() {
    // the counterpart minister (نظيره المصري), a common noun (منافسه الأول) in a sports story
    String text = "والتقى الوزير نظيره المصري قبل المباراة، وقال المدرب إن منافسه الأول في الدوري قوي، وسجل المهاجم هدفين.";
    assertThat(typed(stage.apply(doc("c", text)))).isEmpty();
    // adjectives after the cue: a nisba (the old rival, a foreign counterpart), a word printed bare too
    String adjectives = "وفاز الفريق على منافسه التقليدي ثم على نظيره الكونغولي، وخسر أمام منافسه المعتاد، وسجل المهاجم هدفين في الدوري.";
    assertThat(typed(stage.apply(doc("f", adjectives)))).isEmpty();
    // and no sports story, no club
    assertThat(typed(stage.apply(doc("d", "واستقبل الوزير نظيره الزهيرات في مكتبه.")))).isEmpty();
  }

  @Test
  void afterTeamOnlyARareTownIsTheClub() {
    // فريق + a town the gazetteer knows (المفرق) is its club; فريق الناشئين (the juniors) is no name
    String text = "ولعب فريق المفرق بعد فريق الناشئين في المباراة، وسجل المهاجم هدفين في الدوري.";
    assertThat(typed(stage.apply(doc("e", text)))).containsExactly("ORG المفرق");
  }
}
