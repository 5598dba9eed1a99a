package org.mizan.synthesis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mizan.synthesis.SynthesizerTest.figureDivergence;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mizan.doc.Document;

/**
 * Figures of one quantity compared only when they cover the same period (a week's tally and the running
 * total are two counts), and a figure printed with its thousands grouped by a dot agreeing with the same
 * figure printed with a comma. Invented reports.
 */
class FigurePeriodsTest {
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

  @Test
  void aPerShareAmountAndAQuartersProfitAreTwoQuantitiesButAMillionForABillionStillConflicts() {
    String text = "وأعلنت شركة الأسمدة أن صافي ربحها في الربع الثاني بلغ %s بحسب بيانها على موقع السوق المالية.";
    List<Document> ds = List.of(
        Docs.doc("d1", "صحيفة أ", "2024-03-10").para(String.format(text, "6.17 مليار ريال"))
            .figure("6.17 مليار ريال", 6_170_000_000.0, "SAR", null).build(),
        Docs.doc("d2", "صحيفة ب", "2024-03-10").para(String.format(text, "3.73 ريالات للسهم"))
            .figure("3.73 ريالات", 3.73, "SAR", null).build());
    assertThat(figureDivergence(ds)).isFalse();
    List<Document> slip = List.of(
        Docs.doc("d1", "صحيفة أ", "2024-03-10").para(String.format(text, "6.17 مليار ريال"))
            .figure("6.17 مليار ريال", 6_170_000_000.0, "SAR", null).build(),
        Docs.doc("d2", "صحيفة ب", "2024-03-10").para(String.format(text, "6.17 مليون ريال"))
            .figure("6.17 مليون ريال", 6_170_000.0, "SAR", null).build());
    assertThat(figureDivergence(slip)).isTrue();
  }

  @Test
  void thousandsGroupedWithADotAgreeBeforeAnyConflict() {
    String text = "وسجلت شركة الاتصالات أرباحا تشغيلية في الربع الثاني من العام الجاري قيمتها %s مليون ريال.";
    List<Document> ds = List.of(
        Docs.doc("d1", "صحيفة أ", "2024-03-10").para(String.format(text, "1.949"))
            .figure("1.949 مليون ريال", 1_949_000, "SAR", null).build(),
        Docs.doc("d2", "صحيفة ب", "2024-03-10")
            .para("وأعلنت شركة الاتصالات أرباحا تشغيلية للربع الثاني بلغت 1,949 مليون ريال بحسب بيانها للسوق.")
            .figure("1,949 مليون ريال", 1_949_000_000, "SAR", null).build(),
        Docs.doc("d3", "صحيفة ج", "2024-03-10").para(String.format(text, "1,901"))
            .figure("1,901 مليون ريال", 1_901_000_000, "SAR", null).build());
    StoryDigest u = SynthesizerTest.digestOf("s-thousands", ds, BudgetStory.entities());
    // 1.949 is outlet B's 1,949 million, not a value of its own weighed against C's 1,901 alone
    assertThat(u.figures()).anyMatch(q -> q.values().stream()
        .anyMatch(v -> v.outlets().contains("صحيفة أ") && v.outlets().contains("صحيفة ب")));
  }
}
