package org.mizan.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mizan.entities.EntityStagesTest.doc;

import org.junit.jupiter.api.Test;
import org.mizan.doc.Document;

/** An organisation's last word printed alone stands for its full name when one name of the document ends so. */
class ShortOrganisationsTest {
  private final ResolveStage resolve = new ResolveStage();

  @Test
  void aClubsLastWordTakesItsFullName() {
    Document d = resolve.apply(doc("a", "فاز برايتون فورست على ضيفه، وقال مدرب فورست إن الفوز مستحق.",
        "ORG", "برايتون فورست", "ORG", "فورست"));
    assertThat(d.mentions()).extracting(Mention::canonical).containsOnly("برايتون فورست");
  }

  @Test
  void twoNamesEndingSoLeaveTheShortFormAlone() {
    Document d = resolve.apply(doc("a", "تعادل دندي رينجرز مع كوينز رينجرز، ولعب رينجرز بعشرة لاعبين.",
        "ORG", "دندي رينجرز", "ORG", "كوينز رينجرز", "ORG", "رينجرز"));
    assertThat(d.mentions().get(d.mentions().size() - 1).canonical()).isEqualTo("رينجرز");
  }

  @Test
  void aPlaceOrANameAfterAClubPrefixOrHeadKeepsItsOwnName() {
    Document d = resolve.apply(doc("a", "فاز إنتر ميلان على ضيفه، ويلعب ميلان غدا.", "ORG", "إنتر ميلان", "ORG", "ميلان"));
    assertThat(d.mentions().get(d.mentions().size() - 1).canonical()).isEqualTo("ميلان");
    Document e = resolve.apply(doc("b", "أعلن نادي كارلتون تعاقده، وقال كارلتون إن اللاعب وقع.", "ORG", "نادي كارلتون", "ORG", "كارلتون"));
    assertThat(e.mentions().get(e.mentions().size() - 1).canonical()).isEqualTo("كارلتون");
  }

  @Test
  void aClubPrintedWithItsTeamWordAndAloneIsOneClub() {
    Document d = resolve.apply(doc("a", "واستضاف نادي الصنوبر ضيوفه، وفاز الصنوبر بهدفين، ثم لعب فريق الصنوبر مباراة ودية.",
        "ORG", "نادي الصنوبر", "ORG", "الصنوبر", "ORG", "فريق الصنوبر"));
    assertThat(d.mentions()).extracting(Mention::canonical).containsOnly("الصنوبر");
    // no bare club in the document: the name stays as printed
    Document e = resolve.apply(doc("b", "واستضاف نادي الصنوبر ضيوفه.", "ORG", "نادي الصنوبر"));
    assertThat(e.mentions()).extracting(Mention::canonical).containsOnly("نادي الصنوبر");
  }
}
