package org.mizan.synthesis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mizan.doc.Document;

/**
 * Figures of one quantity compared only when they cover the same period: a week's tally and the running
 * total are two counts. Invented reports.
 */
class FigurePeriodsTest {
  private static boolean figureDivergence(List<Document> ds) {
    StoryDigest u = SynthesizerTest.digestOf("s-periods", ds, BudgetStory.entities());
    return u.divergences().stream().anyMatch(d -> d.kind().equals("figure"));
  }

  @Test
  void aWeeksTallyAndTheTotalAreNoConflict() {
    List<Document> ds = List.of(
        Docs.doc("d1", "صحيفة أ", "2024-03-10")
            .para("وسجلت وزارة الصحة خلال الأسبوع 120 حالة إصابة جديدة بالحمى في مدن المنطقة الشرقية.")
            .figure("120 حالة", 120, null, "case").build(),
        Docs.doc("d2", "صحيفة ب", "2024-03-10")
            .para("وسجلت وزارة الصحة في الإجمالي 900 حالة إصابة جديدة بالحمى في مدن المنطقة الشرقية.")
            .figure("900 حالة", 900, null, "case").build());
    assertThat(figureDivergence(ds)).isFalse();
  }

  @Test
  void twoTalliesOfOnePeriodOrOfNoneStatedStillConflict() {
    List<Document> week = List.of(
        Docs.doc("d1", "صحيفة أ", "2024-03-10")
            .para("وسجلت وزارة الصحة خلال الأسبوع 120 حالة إصابة جديدة بالحمى في مدن المنطقة الشرقية.")
            .figure("120 حالة", 120, null, "case").build(),
        Docs.doc("d2", "صحيفة ب", "2024-03-10")
            .para("وسجلت وزارة الصحة هذا الأسبوع 150 حالة إصابة جديدة بالحمى في مدن المنطقة الشرقية.")
            .figure("150 حالة", 150, null, "case").build());
    assertThat(figureDivergence(week)).isTrue();
    List<Document> none = List.of(
        Docs.doc("d1", "صحيفة أ", "2024-03-10")
            .para("وسجلت وزارة الصحة 120 حالة إصابة جديدة بالحمى في مدن المنطقة الشرقية.")
            .figure("120 حالة", 120, null, "case").build(),
        Docs.doc("d2", "صحيفة ب", "2024-03-10")
            .para("وسجلت وزارة الصحة 900 حالة إصابة جديدة بالحمى في مدن المنطقة الشرقية.")
            .figure("900 حالة", 900, null, "case").build());
    assertThat(figureDivergence(none)).isTrue();
  }
}
