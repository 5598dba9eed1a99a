package org.mizan.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mizan.entities.EntityStagesTest.doc;
import static org.mizan.entities.EntityStagesTest.typed;

import org.junit.jupiter.api.Test;
import org.mizan.doc.Document;

/** A listed country or city printed on its own is a place, on invented sentences. */
class PlaceTypesStageTest {
  @Test
  void aListedCountryTheTaggerReadAsAnOrganisationIsAPlace() {
    Document d = new PlaceTypesStage().apply(doc("a",
        "غادرت بعثة الفريق أمس متوجهة للنمسا لإقامة معسكرها، وسيعود اللاعبون من النمسا بعد أسبوعين.",
        "ORG", "للنمسا", "ORG", "النمسا"));
    assertThat(typed(d)).containsExactly("LOC للنمسا", "LOC النمسا");
  }

  @Test
  void aListedCityTheTaggerReadAsAPersonIsAPlace() {
    Document d = new PlaceTypesStage().apply(doc("a", "تجول السياح في شوارع فيينا القديمة طوال النهار.", "PER", "فيينا"));
    assertThat(typed(d)).containsExactly("LOC فيينا");
  }

  @Test
  void aNameInQuoteMarksKeepsItsType() {
    // the newspaper named like the capital
    Document d = new PlaceTypesStage().apply(doc("a", "وقال الوزير لصحيفة «الرياض» إن المشروع اكتمل.", "ORG", "الرياض"));
    assertThat(typed(d)).containsExactly("ORG الرياض");
  }

  @Test
  void aNameBeforeAMasculineAdjectiveOfOriginKeepsItsType() {
    // the club: a city would take the feminine adjective
    Document d = new PlaceTypesStage().apply(doc("a", "انتقل المدافع إلى موناكو الفرنسي مقابل مليوني يورو.", "ORG", "موناكو"));
    assertThat(typed(d)).containsExactly("ORG موناكو");
  }

  @Test
  void anUnlistedNameKeepsItsType() {
    Document d = new PlaceTypesStage().apply(doc("a", "فاز فريق السلام على منافسه أمس.", "ORG", "السلام"));
    assertThat(typed(d)).containsExactly("ORG السلام");
  }

  @Test
  void aPlaceCutAfterItsMotherConnectorIsMadeWhole() {
    Document d = new PlaceTypesStage().apply(doc("a",
        "ووصلت القافلة إلى أم زرنوق مساء أمس، ولم يحدد الوفد هل يتوجه إلى دمشق أم بيروت.",
        "LOC", "زرنوق", "LOC", "دمشق", "LOC", "بيروت"));
    assertThat(typed(d)).containsExactly("LOC أم زرنوق", "LOC دمشق", "LOC بيروت");
  }

  @Test
  void aGivenNameAfterTheMotherConnectorIsAWomansKunyaNotAPlace() {
    Document d = new PlaceTypesStage().apply(doc("a", "وترى أم خالد أن الحرفة مناسبة للنساء في القرية.", "LOC", "خالد"));
    assertThat(typed(d)).containsExactly("PER أم خالد");
  }

  @Test
  void aPersonOpeningWithASaintsPrefixIsAPlace() {
    Document d = new PlaceTypesStage().apply(doc("a",
        "وافتتح الوزير معرضا بسان دييغو الأمريكية، وقال سانت كلير إن الزوار كثر.", "PER", "بسان دييغو", "PER", "سانت"));
    // one word alone (a surname) keeps its type
    assertThat(typed(d)).containsExactly("LOC بسان دييغو", "PER سانت");
    // after a city, the saint's name is a club's rest (the club rules read it later)
    Document c = new PlaceTypesStage().apply(doc("b", "وفاز نادي باريس سان جيرمان على ضيفه.", "PER", "سان جيرمان"));
    assertThat(typed(c)).containsExactly("PER سان جيرمان");
  }

  @Test
  void aGovernmentNamedByItsSeatIsAPlaceNotAPerson() {
    // the tagger reads حكومة X as a government named by its head; كسلا is a city the gazetteer knows as one
    Document d = new PlaceTypesStage().apply(doc("a", "ورفض التحالف قرارات حكومة كسلا الأخيرة.", "PER", "كسلا"));
    assertThat(d.mentions()).extracting(Mention::type).containsExactly("LOC");
    // a government named by its head keeps the person
    Document e = new PlaceTypesStage().apply(doc("b", "ورفض التحالف قرارات حكومة نتنياهو الأخيرة.", "PER", "نتنياهو"));
    assertThat(e.mentions()).extracting(Mention::type).containsExactly("PER");
  }
}
