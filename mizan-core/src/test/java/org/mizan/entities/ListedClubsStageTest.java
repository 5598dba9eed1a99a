package org.mizan.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mizan.entities.EntityStagesTest.doc;
import static org.mizan.entities.EntityStagesTest.typed;

import org.junit.jupiter.api.Test;

/** Clubs named by a common word are tagged where a sports story's context shows the club. */
class ListedClubsStageTest {
  private final ListedClubsStage stage = new ListedClubsStage();

  @Test
  void aClubWordAfterATeamWordOrJoinedToAClubIsTheClub() {
    String text = "قال مدرب الفريق إن لاعبي النصر والهلال سيخوضون المباراة أمام التعاون، وسجل المهاجم هدفين.";
    assertThat(typed(stage.apply(doc("a", text)))).containsExactly("ORG النصر", "ORG والهلال", "ORG التعاون");
  }

  @Test
  void withoutAClubContextTheWordKeepsItsCommonSense() {
    // a sports story: روح التعاون and النصر (victory) have no team word before them
    String sport = "أكد المدرب أن النصر في المباراة يحتاج إلى روح التعاون بين اللاعبين، وسجل المهاجم هدفين.";
    assertThat(typed(stage.apply(doc("b", sport)))).isEmpty();
    // no sports story: a cue word alone does not make a club
    assertThat(typed(stage.apply(doc("c", "وقف الجنود أمام الهلال المرسوم على الجدار في المدينة.")))).isEmpty();
  }

  @Test
  void aClubPrintedWithItsTeamWordIsNamedWithoutIt() {
    assertThat(typed(stage.apply(doc("d", "أعلن نادي الخليج تعاقده مع محاسب جديد.", "ORG", "نادي الخليج"))))
        .containsExactly("ORG الخليج");
  }

  @Test
  void aClubWordThatIsAlsoARankStaysTheClubThroughTheJunkFilter() {
    // الرائد is a military rank too: after إدارة in a sports story it is the club, and stays one
    String text = "قررت إدارة الرائد التعاقد مع مدافع جديد قبل المباراة، وسجل المهاجم هدفين في اللقاء.";
    var clubs = stage.apply(doc("e", text));
    assertThat(typed(new JunkMentionsStage().apply(clubs))).containsExactly("ORG الرائد");
    // a club word that is a nationality after a cue (للاعب المصري) is "the Egyptian player", still junk
    var player = doc("e2", "وقدم النادي عرضا للاعب المصري قبل المباراة، وسجل المهاجم هدفين في اللقاء.", "ORG", "المصري");
    assertThat(typed(new JunkMentionsStage().apply(player))).isEmpty();
  }

  @Test
  void theTeamsDelegationNamesTheClub() {
    String text = "غادرت بعثة الوحدة إلى النمسا لإقامة معسكر قبل الدوري، ويخوض اللاعب مباراة ودية.";
    assertThat(typed(stage.apply(doc("f", text)))).containsExactly("ORG الوحدة");
  }

  @Test
  void aClubWithItsTeamWordAndAPrepositionIsTheClubWhateverItsTaggedType() {
    // the tagger took لنادي الخليج for a place: the club word alone, an organisation
    assertThat(typed(stage.apply(doc("g", "انضم المحاسب لنادي الخليج أمس.", "LOC", "لنادي الخليج"))))
        .containsExactly("ORG الخليج");
  }
}
