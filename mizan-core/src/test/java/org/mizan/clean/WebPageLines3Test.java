package org.mizan.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mizan.clean.CleaningTestSupport.P1;
import static org.mizan.clean.CleaningTestSupport.P2;
import static org.mizan.clean.CleaningTestSupport.reason;
import static org.mizan.clean.CleaningTestSupport.run;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mizan.doc.Document;

/** Layouts of real page tops (web3 round, the web2t leads): invented lines in the forms those pages print. */
class WebPageLines3Test {
  static final String HEADLINE = "مجلس المدينة يقر ميزانية العام الجديد بزيادة في الإنفاق";

  @Test
  void aSiteNameBeforeADeskWordIsTheOutletNotTheByline() {
    Document d = run(List.of(HEADLINE, "النبأ الجديد - متابعات", P1, P2));
    assertThat(d.byline()).isNull();
    assertThat(d.outlet()).isEqualTo("النبأ الجديد");
    assertThat(reason(d, "النبأ الجديد - متابعات")).isEqualTo("dateline");
  }

  @Test
  void aPersonBeforeADeskWordStaysTheByline() {
    Document d = run(List.of(HEADLINE, "محمد علي حسن - متابعات", P1, P2));
    assertThat(d.byline()).isEqualTo("محمد علي حسن");
  }

  @Test
  void aSiteAndCountryLineInsideTheTextIsTheDateline() {
    Document d = run(List.of(HEADLINE, P1, "الصدى – السودان", P2));
    assertThat(d.dateline()).isEqualTo("السودان");
    assertThat(d.outlet()).isEqualTo("الصدى");
    assertThat(reason(d, "الصدى – السودان")).isEqualTo("dateline");
  }

  @Test
  void aSiteAndCountryEndedByAFullStopOpeningTheTextAreDatelineAndOutlet() {
    Document d = run(List.of(HEADLINE, "منبر برس – ليبيا. " + P1, P2));
    assertThat(d.dateline()).isEqualTo("ليبيا");
    assertThat(d.outlet()).isEqualTo("منبر برس");
    assertThat(d.body()).startsWith("أعلنت وزارة الصحة");
  }

  @Test
  void aNewspaperMastheadIsNeverTheHeadline() {
    Document d = run(List.of("رئيس مجلس الإدارة : سالم بن فهد العلي", "رئيس التحرير: ناصر حمد الكعبي", HEADLINE, P1, P2));
    assertThat(d.headline()).isEqualTo(HEADLINE);
    assertThat(reason(d, "رئيس التحرير: ناصر حمد الكعبي")).isNotNull();
    assertThat(d.body()).doesNotContain("رئيس التحرير");
  }

  @Test
  void anAmbiguousPaperNameBesideTheMastheadIsTheOutlet() {
    Document d = run(List.of("رئيس مجلس الإدارة : سالم بن فهد العلي", "Daily Gazette", "رئيس التحرير: ناصر حمد الكعبي", "الخليج", HEADLINE, P1, P2));
    assertThat(d.outlet()).isEqualTo("الخليج");
    assertThat(d.headline()).isEqualTo(HEADLINE);
  }

  @Test
  void aLatinSourceNameAloneUnderTheHeadlineIsTheOutlet() {
    Document d = run(List.of(HEADLINE, "Gulf Daily", P1, P2));
    assertThat(d.outlet()).isEqualTo("Gulf Daily");
    assertThat(reason(d, "Gulf Daily")).isEqualTo("site-name");
  }

  @Test
  void aBulletedStampRowGivesTheDateAndItsCountersGo() {
    Document d = run(List.of(HEADLINE, "  • 3/21/2023", "  • 00:00", "  • 4", "  • 0", P1, P2));
    assertThat(d.published().value()).startsWith("2023-03-21");
    assertThat(reason(d, "• 3/21/2023")).isNotNull();
    assertThat(reason(d, "• 4")).isNotNull();
  }

  @Test
  void aSiteNameWithANumberAboveTheTextIsTheOutlet() {
    Document d = run(List.of(HEADLINE, "نبض 24 :", P1, P2));
    assertThat(d.outlet()).isEqualTo("نبض 24");
    assertThat(reason(d, "نبض 24 :")).isEqualTo("dateline");
    Document top = run(List.of("33 الإخباري", P1, P2));
    assertThat(top.headline()).isNull();
    assertThat(top.outlet()).isEqualTo("33 الإخباري");
  }

  @Test
  void aDigitlessRelativeStampAloneIsReadAsTheDate() {
    Document d = run(List.of(HEADLINE, "منذ سنتين", P1, P2), Map.of(), LocalDateTime.of(2025, 6, 1, 12, 0));
    assertThat(reason(d, "منذ سنتين")).isEqualTo("metadata");
    assertThat(d.published().value()).startsWith("2023-06");
  }
}
