package org.mizan.synthesis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mizan.synthesis.SynthesizerTest.digestOf;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mizan.doc.Document;
import org.mizan.synthesis.StoryDigest.SpeakerStatements;

/** One speaker named two ways by two outlets is one heading of "who said what" (invented articles). */
class SpeakerHeadingsTest {

  private static List<String> headings(StoryDigest g) {
    return g.quotes().stream().map(SpeakerStatements::speaker).toList();
  }

  @Test
  void aTitleAndTheSameTitleWithItsRegionAreOneSpeaker() {
    List<Document> ds = List.of(
        Docs.doc("h1", "صحيفة أ", "2024-08-03").para("وقال رئيس الاتحاد الإقليمي إن الهدنة ستصمد.")
            .quote("رئيس الاتحاد الإقليمي", null, "الهدنة ستصمد", "indirect", null).build(),
        Docs.doc("h2", "صحيفة ب", "2024-08-03").para("وقال رئيس الاتحاد الإقليمي الخليجي إن المساعدات ستصل غدا.")
            .quote("رئيس الاتحاد الإقليمي الخليجي", null, "المساعدات ستصل غدا", "indirect", null).build());
    StoryDigest g = digestOf("s-region", ds, BudgetStory.entities());
    assertThat(headings(g)).containsExactly("رئيس الاتحاد الإقليمي الخليجي");
    assertThat(g.quotes().get(0).statements()).hasSize(2);
  }

  @Test
  void twoRegionsLeaveTheBareTitleApart() {
    List<Document> ds = List.of(
        Docs.doc("r1", "صحيفة أ", "2024-08-03").para("وقال رئيس الاتحاد الإقليمي إن الهدنة ستصمد.")
            .quote("رئيس الاتحاد الإقليمي", null, "الهدنة ستصمد", "indirect", null).build(),
        Docs.doc("r2", "صحيفة ب", "2024-08-03").para("وقال رئيس الاتحاد الإقليمي الخليجي إن المساعدات ستصل غدا.")
            .quote("رئيس الاتحاد الإقليمي الخليجي", null, "المساعدات ستصل غدا", "indirect", null)
            .para("وقال رئيس الاتحاد الإقليمي الأفريقي إن الوفد سيصل الأحد.")
            .quote("رئيس الاتحاد الإقليمي الأفريقي", null, "الوفد سيصل الأحد", "indirect", null).build());
    assertThat(headings(digestOf("s-regions", ds, BudgetStory.entities()))).hasSize(3);
  }

  @Test
  void aDescriptionEndingWithAKnownNameIsThatPerson() {
    // one outlet prints the minister's office and name, another his name the entity table links
    List<Document> ds = List.of(
        Docs.doc("n1", "صحيفة أ", "2024-08-03").para("وقال وزير المالية خالد العمري إن الموازنة متوازنة.")
            .quote("وزير المالية السفير خالد العمري", null, "الموازنة متوازنة", "indirect", null).build(),
        Docs.doc("n2", "صحيفة ب", "2024-08-03").para("وقال خالد العمري إن العجز سيتراجع.")
            .quote("خالد العمري", BudgetStory.MINISTER, "العجز سيتراجع", "indirect", null).build());
    StoryDigest g = digestOf("s-named", ds, BudgetStory.entities());
    assertThat(headings(g)).containsExactly("خالد العمري");
    assertThat(g.quotes().get(0).statements()).hasSize(2);
  }

  @Test
  void aTitleEndingWithABodysNameIsNotThatBody() {
    // the head of a body speaks for himself; the body's own statement stays under the body
    String body = "الهيئة العامة للموانئ";
    List<org.mizan.entities.Entity> entities = new java.util.ArrayList<>(BudgetStory.entities());
    entities.add(new org.mizan.entities.Entity("e-ports", body, "ORG", List.of(), List.of(), List.of("p2"), 2));
    List<Document> ds = List.of(
        Docs.doc("p1", "صحيفة أ", "2024-08-03").para("وقال وزير النقل رئيس مجلس إدارة الهيئة العامة للموانئ إن الرسوم ثابتة.")
            .quote("وزير النقل رئيس مجلس إدارة الهيئة العامة للموانئ", null, "الرسوم ثابتة", "indirect", null).build(),
        Docs.doc("p2", "صحيفة ب", "2024-08-03").para("وأعلنت الهيئة العامة للموانئ أن الميناء سيفتح غدا.")
            .quote(body, "e-ports", "الميناء سيفتح غدا", "indirect", null).build());
    assertThat(headings(digestOf("s-body", ds, entities))).hasSize(2);
  }

  @Test
  void aLinkedNameAndTheSameNameWithItsCountryAreOneSpeakerUnderTheLinkedName() {
    List<Document> ds = List.of(
        Docs.doc("k1", "صحيفة أ", "2024-08-03").para("وقال خالد العمري إن العجز سيتراجع.")
            .quote("خالد العمري", BudgetStory.MINISTER, "العجز سيتراجع", "indirect", null).build(),
        Docs.doc("k2", "صحيفة ب", "2024-08-03").para("وقال خالد العمري المصري إن الموازنة متوازنة.")
            .quote("خالد العمري المصري", null, "الموازنة متوازنة", "indirect", null).build());
    StoryDigest g = digestOf("s-linked", ds, BudgetStory.entities());
    assertThat(headings(g)).containsExactly("خالد العمري");
  }

  @Test
  void aNisbaIsADefiniteRelationalAdjective() {
    assertThat(SpeakerHeadings.nisba("الخليجي")).isTrue();
    assertThat(SpeakerHeadings.nisba("التركيه")).isTrue();
    assertThat(SpeakerHeadings.nisba("الوزير")).isFalse();
    assertThat(SpeakerHeadings.nisba("جون")).isFalse();
  }
}
