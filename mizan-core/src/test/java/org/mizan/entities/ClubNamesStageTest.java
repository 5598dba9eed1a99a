package org.mizan.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mizan.entities.EntityStagesTest.doc;
import static org.mizan.entities.EntityStagesTest.typed;

import org.junit.jupiter.api.Test;
import org.mizan.doc.Document;

/** A city's name stands for its club in sports news, on invented sentences. */
class ClubNamesStageTest {
  @Test
  void aCityNamedOnlyAsATeamInAMatchReportIsAClub() {
    Document d = new ClubNamesStage().apply(doc("a",
        "فاز الفريق على فيرونا بهدفين في مباراة الدوري، وكان المهاجم قد وصل قادما من فيرونا، وأقيمت المباراة في مدينة تورينو أمام منتخب إيطاليا.",
        "LOC", "فيرونا", "LOC", "تورينو", "LOC", "إيطاليا"));
    assertThat(typed(d)).containsExactly("ORG فيرونا", "ORG فيرونا", "LOC تورينو", "LOC إيطاليا");
  }

  @Test
  void aCountryNamedByItsFeminineNisbaStaysAPlace() {
    // السعودية is the country of the adjective سعودي, never a club, even in a list of a sports story
    Document d = new ClubNamesStage().apply(doc("a",
        "انتقل المهاجم إلى دوري الكويت والسعودية بعد المباراة، وسجل اللاعب هدفين مع المدرب الجديد.",
        "LOC", "والسعودية"));
    assertThat(typed(d)).containsExactly("LOC والسعودية");
  }

  @Test
  void aListedDefiniteCityAfterAProcliticStaysAPlace() {
    // للقاهرة loses ل and the article in the key (قاهره); the listed name has its article
    Document d = new ClubNamesStage().apply(doc("a",
        "فسخ المهاجم عقده مع الفريق بعد المباراة وسيعود للقاهرة ليوقع مع المدرب ويشارك في الدوري.",
        "LOC", "للقاهرة"));
    assertThat(typed(d)).containsExactly("LOC للقاهرة");
  }

  @Test
  void aCityAlsoPrintedAsAPlaceStaysAPlace() {
    Document d = new ClubNamesStage().apply(doc("a",
        "فاز الفريق على فيرونا بهدفين في مباراة الدوري، ثم عاد اللاعب إلى منزله في فيرونا.", "LOC", "فيرونا"));
    assertThat(typed(d)).containsExactly("LOC فيرونا", "LOC فيرونا");
  }

  @Test
  void outsideSportsNewsACityStaysAPlace() {
    Document d = new ClubNamesStage().apply(doc("a", "زار الوزير فيرونا أمس والتقى رئيس البلدية.", "LOC", "فيرونا"));
    assertThat(typed(d)).containsExactly("LOC فيرونا");
  }

  @Test
  void aCityAfterAConjoinedFiIsAPlace() {
    Document d = new ClubNamesStage().apply(doc("a",
        "فاز الفريق على فيرونا بهدفين في مباراة الدوري، وفي فيرونا احتفل اللاعبون مع المدرب.", "LOC", "فيرونا"));
    assertThat(typed(d)).containsExactly("LOC فيرونا", "LOC فيرونا");
  }

  @Test
  void aWordThatOpensClubNamesMakesTheCityAfterItTheClub() {
    Document d = new ClubNamesStage().apply(doc("a", "وانتقل اللاعب إلى أتلتيكو فيرونا بعد موسم واحد.", "LOC", "فيرونا"));
    assertThat(typed(d)).containsExactly("ORG أتلتيكو فيرونا");
  }

  @Test
  void aPlaceEndingInAClubSuffixIsTheClubInAMatchReport() {
    Document d = new ClubNamesStage().apply(doc("a",
        "فاز الفريق على برادفورد سيتي بهدفين في مباراة الدوري أمام جمهوره.", "LOC", "برادفورد سيتي"));
    assertThat(typed(d)).containsExactly("ORG برادفورد سيتي");
  }
}
