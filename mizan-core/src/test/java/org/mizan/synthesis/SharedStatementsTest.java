package org.mizan.synthesis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mizan.synthesis.SynthesizerTest.digestOf;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mizan.doc.Document;

/**
 * One statement printed almost word for word by several outlets that name its speaker differently
 * (invented articles): it is listed once, under the one person an outlet names; two different
 * people, or a person and an institution, for one wording stay apart, and a short stock phrase
 * identifies no statement.
 */
class SharedStatementsTest {
  private static final String SAID = "الحكومة ستواصل خفض العجز في الميزانية خلال العامين المقبلين دون فرض ضرائب جديدة";

  /** Outlet أ: the minister, named and linked, says {@link #SAID}. */
  private static Document ministerSays() {
    return Docs.doc("a", "صحيفة أ", "2024-03-10").para("وقال خالد العمري إن " + SAID + ".")
        .person("خالد العمري", BudgetStory.MINISTER).quote("خالد العمري", BudgetStory.MINISTER, SAID, "indirect", null).build();
  }

  @Test
  void aStatementOutletsAttributeByNameTitleOrNotAtAllIsTheNamedPersons() {
    List<Document> ds = List.of(
        ministerSays(),
        Docs.doc("b", "صحيفة ب", "2024-03-10").para("وأوضح وزير المالية أن " + SAID + ".")
            .quote("وزير المالية", null, SAID, "indirect", null).build(),
        Docs.doc("c", "صحيفة ج", "2024-03-10").para("وأضاف أن " + SAID + ".")
            .quote(null, null, SAID, "indirect", null).build());
    StoryDigest d = digestOf("s-shared", ds, BudgetStory.entities());
    assertThat(d.quotes()).extracting(StoryDigest.SpeakerStatements::speaker).containsExactly("خالد العمري");
    assertThat(d.quotes().get(0).statements()).singleElement()
        .satisfies(s -> assertThat(s.outlets()).isEqualTo(3));
  }

  @Test
  void twoPeopleNamedForOneWordingStayApart() {
    List<Document> ds = List.of(
        ministerSays(),
        Docs.doc("b", "صحيفة ب", "2024-03-10").para("وقال سامي الحداد إن " + SAID + ".")
            .person("سامي الحداد", BudgetStory.SPEAKER).quote("سامي الحداد", BudgetStory.SPEAKER, SAID, "indirect", null).build());
    StoryDigest d = digestOf("s-two", ds, BudgetStory.entities());
    assertThat(d.quotes()).extracting(StoryDigest.SpeakerStatements::speaker)
        .containsExactlyInAnyOrder("خالد العمري", "سامي الحداد");
  }

  @Test
  void anInstitutionAnOutletNamesKeepsTheStatement() {
    List<Document> ds = List.of(
        ministerSays(),
        Docs.doc("b", "صحيفة ب", "2024-03-10").para("وأوضحت وزارة المالية في بيان أن " + SAID + ".")
            .quote("وزارة المالية", null, SAID, "indirect", null).build());
    StoryDigest d = digestOf("s-ministry", ds, BudgetStory.entities());
    assertThat(d.quotes()).extracting(StoryDigest.SpeakerStatements::speaker)
        .containsExactlyInAnyOrder("خالد العمري", "وزارة المالية");
  }

  @Test
  void aShortStockPhraseIdentifiesNoStatement() {
    List<Document> ds = List.of(
        Docs.doc("a", "صحيفة أ", "2024-03-10").para("وقال خالد العمري: «نتابع الوضع عن كثب».")
            .person("خالد العمري", BudgetStory.MINISTER).quote("خالد العمري", BudgetStory.MINISTER, "نتابع الوضع عن كثب", "direct", null).build(),
        Docs.doc("b", "صحيفة ب", "2024-03-10").para("وقال متحدث: «نتابع الوضع عن كثب».")
            .quote(null, null, "نتابع الوضع عن كثب", "direct", null).build());
    StoryDigest d = digestOf("s-short", ds, BudgetStory.entities());
    assertThat(d.quotes()).extracting(StoryDigest.SpeakerStatements::speaker).containsExactly("خالد العمري", "?");
  }
}
