package org.mizan.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mizan.clean.CleaningTestSupport.P1;
import static org.mizan.clean.CleaningTestSupport.P2;
import static org.mizan.clean.CleaningTestSupport.reason;
import static org.mizan.clean.CleaningTestSupport.run;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mizan.doc.Document;

/** Page tops of the web6 round (the web5t leads, labels where the headline sits): invented lines. */
class WebPageLines6Test {
  static final String HEADLINE = "البلدية تطلق حملة لتنظيف الشواطئ قبل موسم الصيف";

  @Test
  void aBreadcrumbTrailGivesItsLastPartAsTheHeadline() {
    String trail = "الرئيسية » محليات » " + HEADLINE;
    Document d = run(List.of(trail, HEADLINE, P1, P2));
    assertThat(d.headline()).isEqualTo(HEADLINE);
    assertThat(reason(d, trail)).isEqualTo("navigation");
    assertThat(d.body()).doesNotContain("الرئيسية");
  }

  @Test
  void aOneWordTitleAloneAboveTheTextStaysTheHeadline() { // guard: a column's title
    Document d = run(List.of("خواطر", P1, P2));
    assertThat(d.headline()).isEqualTo("خواطر");
  }

  @Test
  void aPhotoCreditInLatinLettersIsNoHeadline() {
    Document d = run(List.of("Photo : Reuters Images", HEADLINE, P1, P2));
    assertThat(d.headline()).isEqualTo(HEADLINE);
  }

  @Test
  void aSiteNameASlashAndExclusiveIsTheOutlet() {
    Document d = run(List.of("صدى برس / خاص:", P1, P2));
    assertThat(d.headline()).isNull();
    assertThat(d.outlet()).isEqualTo("صدى برس");
    assertThat(d.creditedSources()).contains("صدى برس");
    assertThat(reason(d, "صدى برس / خاص:")).isEqualTo("dateline");
  }

  @Test
  void aSiteNameAndABarAloneIsTheOutlet() {
    Document d = run(List.of(HEADLINE, "الميثاق |", P1, P2));
    assertThat(d.headline()).isEqualTo(HEADLINE);
    assertThat(d.outlet()).isEqualTo("الميثاق");
    assertThat(d.creditedSources()).contains("الميثاق");
  }

  @Test
  void aSiteABarAPlaceItsCountryAndAgenciesAreOutletDatelineAndCredits() {
    String line = "صدى برس | المكلا – اليمن – (وكالات)";
    Document d = run(List.of(line, P1, P2));
    assertThat(d.headline()).isNull();
    assertThat(d.outlet()).isEqualTo("صدى برس");
    assertThat(d.dateline()).isEqualTo("المكلا");
    assertThat(d.creditedSources()).contains("صدى برس", "وكالات");
    assertThat(reason(d, line)).isEqualTo("dateline");
  }

  @Test
  void aSiteWordNameAndAColonGluedToTheFirstSentenceIsTheOutlet() {
    Document d = run(List.of("الواحة نيوز: " + P1, P2));
    assertThat(d.outlet()).isEqualTo("الواحة نيوز");
    assertThat(d.creditedSources()).contains("الواحة نيوز");
    assertThat(d.body()).startsWith(P1.substring(0, 20));
  }

  @Test
  void aSubjectAndTodayBeforeAColonStaysText() { // guard: "اليوم" closes names of sites and phrases of text
    Document d = run(List.of("الحكومة اليوم: " + P1, P2));
    assertThat(d.outlet()).isNull();
    assertThat(d.body()).startsWith("الحكومة اليوم");
  }

  @Test
  void anAgencySignatureWithFollowUpAndInitialsIsCreditedNotKept() {
    String line = "واس / متابعة / ع. م";
    Document d = run(List.of(HEADLINE, line, P1, P2));
    assertThat(d.headline()).isEqualTo(HEADLINE);
    assertThat(reason(d, line)).isEqualTo("byline");
    assertThat(d.creditedSources()).contains("واس");
    assertThat(d.outlet()).isNull();
  }

  @Test
  void aCaptionPrintedAsEscapedCodePointsGoes() {
    String codes = "u0635u0648u0631u0629 u0645u0646 u0627u0644u0633u0648u0642 (u0648 u0627 u0633)"; // "صورة من السوق (و ا س)"
    Document d = run(List.of(HEADLINE, P1, codes, P2));
    assertThat(reason(d, codes)).isEqualTo("escaped-text");
    assertThat(d.body()).contains(P2.substring(0, 20));
  }

  @Test
  void latinTextWithAFewCodesIsNoEscapedLine() { // guard
    assertThat(CaptionRemover.isEscapedCodePoints("Unicode range u0600 to u06FF covers Arabic letters u0627")).isFalse();
  }
}
