package org.mizan.synthesis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mizan.synthesis.SynthesizerTest.digestOf;
import static org.mizan.synthesis.SynthesizerTest.figureDivergence;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mizan.doc.Document;
import org.mizan.synthesis.StoryDigest.Quantity;

/**
 * Figure rows as an analyst reads them: one noun in two printed forms is one quantity, "about hundreds"
 * holds two hundred, and one outlet's "one X" is no row. Invented reports.
 */
class FigureFormsTest {
  private static final String SEIZED = "وضبطت الجمارك في المنفذ البري %s مع الحبوب المخدرة داخل شاحنة قادمة من الشمال.";

  @Test
  void oneNounInTwoPrintedFormsIsOneQuantityInAgreement() {
    List<Document> ds = List.of(
        Docs.doc("d1", "صحيفة أ", "2024-03-10").para(String.format(SEIZED, "سبعة مهربين"))
            .figure("سبعة مهربين", 7, null, "مهربين").build(),
        Docs.doc("d2", "صحيفة ب", "2024-03-10").para(String.format(SEIZED, "7 مهربون"))
            .figure("7 مهربون", 7, null, "مهربون").build(),
        Docs.doc("d3", "صحيفة ج", "2024-03-10").para(String.format(SEIZED, "12.400 كرتونا"))
            .figure("12.400 كرتونا", 12.4, null, "كرتونا").build(),
        Docs.doc("d4", "صحيفة د", "2024-03-10").para(String.format(SEIZED, "12400 كرتونا"))
            .figure("12400 كرتونا", 12400, null, "كرتون").build());
    List<Quantity> qs = digestOf("s-forms", ds, List.of()).figures();
    assertThat(qs).hasSize(2).allMatch(Quantity::agreement);
    assertThat(qs).extracting(Quantity::counted).containsExactlyInAnyOrder("مهربين", "كرتون");
  }

  @Test
  void twoNounsAreStillTwoQuantities() {
    assertThat(CountedForms.same("مرشحين", "مرشحون")).isTrue();
    assertThat(CountedForms.same("كرتونا", "كرتون")).isTrue();
    assertThat(CountedForms.same("محافظين", "محافظات")).isFalse(); // governors, governorates
    assertThat(CountedForms.same("person", "persons")).isFalse();
    assertThat(CountedForms.same("عناصر", "شخص")).isFalse();
  }

  @Test
  void aboutHundredsHoldsTwoHundred() {
    String text = "وتظاهر %s أمام مبنى البرلمان في العاصمة احتجاجا على قانون الضرائب الجديد.";
    List<Document> ds = List.of(
        Docs.doc("d1", "صحيفة أ", "2024-03-10").para(String.format(text, "نحو مئتي شخص"))
            .figure("مئتي شخص", 200, null, "person", "about").build(),
        Docs.doc("d2", "صحيفة ب", "2024-03-10").para(String.format(text, "نحو مئات الأشخاص"))
            .figure("مئات الأشخاص", 100, null, "person", "about").build());
    assertThat(figureDivergence(ds)).isFalse();
    // a number that is no order word stays about itself: about 100 against about 200 disagree
    List<Document> hundred = List.of(ds.get(0),
        Docs.doc("d2", "صحيفة ب", "2024-03-10").para(String.format(text, "نحو مئة شخص"))
            .figure("مئة شخص", 100, null, "person", "about").build());
    assertThat(figureDivergence(hundred)).isTrue();
  }

  @Test
  void oneOutletsOneIsNoRowButAnAgreedOneIs() {
    String text = "وأكد المدرب أن الفريق خاض %s قبل المباراة النهائية في العاصمة.";
    List<Document> lone = List.of(
        Docs.doc("d1", "صحيفة أ", "2024-03-10").para(String.format(text, "حصة واحدة"))
            .figure("حصة واحدة", 1, null, "حصه").build(),
        Docs.doc("d2", "صحيفة ب", "2024-03-10").para(String.format(text, "تدريبا مكثفا")).build());
    assertThat(digestOf("s-one", lone, List.of()).figures()).isEmpty();
    List<Document> both = List.of(lone.get(0),
        Docs.doc("d2", "صحيفة ب", "2024-03-10").para(String.format(text, "حصة واحدة"))
            .figure("حصة واحدة", 1, null, "حصه").build());
    assertThat(digestOf("s-one2", both, List.of()).figures()).singleElement().satisfies(q -> assertThat(q.agreement()).isTrue());
    // one written in digits is a figure
    List<Document> digit = List.of(
        Docs.doc("d1", "صحيفة أ", "2024-03-10").para(String.format(text, "1 حصة"))
            .figure("1 حصة", 1, null, "حصه").build(), lone.get(1));
    assertThat(digestOf("s-one3", digit, List.of()).figures()).hasSize(1);
  }
}
