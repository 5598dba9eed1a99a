package org.mizan.synthesis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mizan.synthesis.SynthesizerTest.digestOf;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mizan.doc.Document;
import org.mizan.synthesis.StoryDigest.Statement;

/** A speaker's words quoted inside a longer statement of the same speaker are that statement (invented articles). */
class ContainedStatementsTest {
  private static final String LONG = "الحكومة ستواصل خفض العجز في الميزانية خلال العامين المقبلين دون فرض ضرائب جديدة"
      + " على المواطنين أو الشركات الصغيرة وستدعم الصادرات والصناعة المحلية ونريد اقتصادا أقوى وأكبر";
  private static final String PART = "ونريد اقتصادا أقوى وأكبر";

  @Test
  void aFragmentTwoOutletsQuoteDoesNotStandForTheWholeStatement() {
    List<Document> ds = List.of(
        Docs.doc("a", "صحيفة أ", "2024-03-10")
            .para("وقال خالد العمري إن " + LONG + ".")
            .para("وتابع العمري: \"" + PART + "\" في إشارة إلى خطة الحكومة.")
            .person("خالد العمري", BudgetStory.MINISTER)
            .quote("خالد العمري", BudgetStory.MINISTER, LONG, "indirect", null)
            .quote("خالد العمري", BudgetStory.MINISTER, PART, "direct", null).build(),
        Docs.doc("b", "صحيفة ب", "2024-03-10")
            .para("وأكد وزير المالية خالد العمري على الإصلاحات قائلا: \"" + PART + "\".")
            .person("خالد العمري", BudgetStory.MINISTER)
            .quote("خالد العمري", BudgetStory.MINISTER, PART, "direct", null).build());
    StoryDigest d = digestOf("s-contained", ds, BudgetStory.entities());
    assertThat(d.quotes()).hasSize(1);
    List<Statement> said = d.quotes().get(0).statements();
    assertThat(said).singleElement().satisfies(s -> {
      assertThat(s.text()).isEqualTo(LONG);
      assertThat(s.outlets()).isEqualTo(2);
      assertThat(s.kinds()).contains("indirect", "direct");
    });
  }

  @Test
  void aDirectQuoteInsideTheSpeakersIndirectReportIsOneStatement() {
    StoryDigest d = digestOf("s-head", List.of(Docs.doc("a", "صحيفة أ", "2024-03-10")
        .para("وقال خالد العمري إن الحكومة ستواصل خفض العجز ونريد اقتصادا أقوى وأكبر.")
        .para("وتابع العمري: \"" + PART + "\" في إشارة إلى خطة الحكومة.")
        .person("خالد العمري", BudgetStory.MINISTER)
        .quote("خالد العمري", BudgetStory.MINISTER, "الحكومة ستواصل خفض العجز ونريد اقتصادا أقوى وأكبر", "indirect", null)
        .quote("خالد العمري", BudgetStory.MINISTER, PART, "direct", null).build()), BudgetStory.entities());
    assertThat(d.quotes().get(0).statements()).singleElement()
        .satisfies(s -> assertThat(s.text()).isEqualTo("الحكومة ستواصل خفض العجز ونريد اقتصادا أقوى وأكبر"));
  }

  @Test
  void aShortPhraseOrAnotherSpeakersWordsStayApart() {
    List<Statement> s = ContainedStatements.fold(List.of(
        new Statement(LONG, List.of("indirect"), null, 1, List.of()),
        new Statement("اقتصادا أقوى", List.of("direct"), null, 1, List.of()),
        new Statement("سنخفض العجز في الميزانية", List.of("direct"), null, 1, List.of())));
    assertThat(s).hasSize(3);
  }
}
