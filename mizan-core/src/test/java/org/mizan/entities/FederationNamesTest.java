package org.mizan.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mizan.entities.EntityStagesTest.doc;

import org.junit.jupiter.api.Test;
import org.mizan.doc.Document;

/** A federation named in full and by a short form in one document is one organisation, on invented sentences. */
class FederationNamesTest {
  private final ResolveStage resolve = new ResolveStage();

  private static String canonicalOf(Document d, String text) {
    return EntityStagesTest.only(d, text).canonical();
  }

  @Test
  void theShortFormTakesTheOneFullNameOfItsAdjective() {
    Document e = resolve.apply(doc("b", "عقد الاتحاد المغربي لكرة القدم اجتماعه أمس، وأعلن الاتحاد المغربي موعد الموسم.",
        "ORG", "الاتحاد المغربي لكرة القدم"));
    int at = e.body().lastIndexOf("الاتحاد المغربي");
    e = resolve.apply(e.withMentions(java.util.List.of(e.mentions().get(0),
        new Mention(at, at + "الاتحاد المغربي".length(), "الاتحاد المغربي", "ORG", null, null))));
    assertThat(e.mentions()).extracting(Mention::canonical).containsOnly("الاتحاد المغربي لكرة القدم");
  }

  @Test
  void aFootballUnionWithItsAdjectiveAfterIsTheSameFederation() {
    Document d = resolve.apply(doc("a", "قرر اتحاد الكرة العماني تأجيل الدوري، وبرر الاتحاد العماني قراره بالطقس.",
        "ORG", "اتحاد الكرة العماني", "ORG", "الاتحاد العماني"));
    assertThat(d.mentions()).extracting(Mention::canonical).containsOnly("الاتحاد العماني لكرة القدم");
  }

  @Test
  void twoFederationsOfOneCountryKeepTheShortFormApart() {
    Document d = resolve.apply(doc("a", "اجتمع الاتحاد المغربي لكرة القدم مع الاتحاد المغربي لكرة السلة، وأصدر الاتحاد المغربي بيانا.",
        "ORG", "الاتحاد المغربي لكرة القدم", "ORG", "الاتحاد المغربي لكرة السلة", "ORG", "الاتحاد المغربي بيانا"));
    assertThat(canonicalOf(d, "الاتحاد المغربي بيانا")).isEqualTo("الاتحاد المغربي بيانا");
  }

  @Test
  void aBareFootballUnionIsTheOneNationalFederationNeverAContinentalOne() {
    Document d = resolve.apply(doc("a", "رفض الاتحاد الأردني الشكوى، وقال المتحدث باسم اتحاد كرة القدم إن القرار نهائي.",
        "ORG", "الاتحاد الأردني", "ORG", "اتحاد كرة القدم"));
    assertThat(d.mentions()).extracting(Mention::canonical).containsOnly("الاتحاد الأردني لكرة القدم");
    Document e = resolve.apply(doc("b", "رفض الاتحاد الآسيوي الشكوى، وقال المتحدث باسم اتحاد كرة القدم إن القرار نهائي.",
        "ORG", "الاتحاد الآسيوي", "ORG", "اتحاد كرة القدم"));
    assertThat(canonicalOf(e, "اتحاد كرة القدم")).isEqualTo("اتحاد كرة القدم");
    assertThat(canonicalOf(e, "الاتحاد الآسيوي")).isEqualTo("الاتحاد الآسيوي");
  }

  @Test
  void aBodyAboveCountriesKeepsItsShortFormBesideAnotherFullName() {
    String text = "دعا الاتحاد الأفريقي للتنمية الريفية إلى التمويل، ورحب الاتحاد الأفريقي بالدعوة.";
    String full = "الاتحاد الأفريقي للتنمية الريفية", shortForm = "الاتحاد الأفريقي";
    int at = text.lastIndexOf(shortForm);
    Document d = resolve.apply(doc("a", text).withMentions(java.util.List.of(
        new Mention(text.indexOf(full), text.indexOf(full) + full.length(), full, "ORG", null, null),
        new Mention(at, at + shortForm.length(), shortForm, "ORG", null, null))));
    assertThat(d.mentions().get(1).canonical()).isEqualTo(shortForm);
  }
}
