package org.mizan.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mizan.clean.CleaningTestSupport.P1;
import static org.mizan.clean.CleaningTestSupport.P2;
import static org.mizan.clean.CleaningTestSupport.reason;
import static org.mizan.clean.CleaningTestSupport.run;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mizan.doc.Document;

/** Layouts of real page tops (web2 round): invented lines in the forms those pages print. */
class WebPageLines2Test {
  static final String HEADLINE = "مجلس المدينة يقر ميزانية العام الجديد بزيادة في الإنفاق";

  @Test
  void aPlaceAloneAboveTheTextIsTheDatelineNotTheHeadline() {
    Document d = run(List.of("القاهرة", P1, P2));
    assertThat(d.headline()).isNull();
    assertThat(d.dateline()).isEqualTo("القاهرة");
    assertThat(reason(d, "القاهرة")).isEqualTo("dateline");
  }

  @Test
  void aPlaceAndASiteNameEndingInAColonNameTheDatelineAndTheOutlet() {
    Document d = run(List.of("الخرطوم - النيلين:", P1, P2));
    assertThat(d.headline()).isNull();
    assertThat(d.dateline()).isEqualTo("الخرطوم");
    assertThat(d.outlet()).isEqualTo("النيلين");
  }

  @Test
  void anAgencyBeforeASiteNameIsACreditNotAPlace() {
    Document d = run(List.of("واس - المرصد", P1, P2));
    assertThat(d.headline()).isNull();
    assertThat(d.dateline()).isNull();
    assertThat(d.outlet()).isEqualTo("المرصد");
    assertThat(d.creditedSources()).contains("واس", "المرصد");
  }

  @Test
  void aSiteNameBeforeAKnownPlaceOpeningTheTextIsThePublisher() {
    Document d = run(List.of("شبكة النهار - الخليل - " + P1, P2));
    assertThat(d.dateline()).isEqualTo("الخليل");
    assertThat(d.outlet()).isEqualTo("شبكة النهار");
    assertThat(d.byline()).isNull();
    assertThat(d.body()).startsWith("أعلنت وزارة الصحة");
  }

  @Test
  void aTwoWordPlaceOpensAnAgencyDateline() {
    Document d = run(List.of(HEADLINE, "بيت لحم في 3 مارس /أ ش أ/ " + P1, P2));
    assertThat(d.dateline()).isEqualTo("بيت لحم");
    assertThat(d.creditedSources()).contains("أ ش أ");
    assertThat(d.body()).startsWith("أعلنت وزارة الصحة");
  }

  @Test
  void aStampRunningIntoTheDatelineLineGivesTheDateAndTheDateline() {
    Document d = run(List.of("date 2024-05-02 القاهرة- (د ب أ)", P1, P2));
    assertThat(d.headline()).isNull();
    assertThat(d.published().value()).isEqualTo("2024-05-02");
    assertThat(d.dateline()).isEqualTo("القاهرة");
    assertThat(d.creditedSources()).contains("د ب أ");
  }

  @Test
  void aLabelledCreditNamingAnAgencyIsNoOutlet() {
    Document d = run(List.of(HEADLINE, P1, P2, "المصدر: وكالة الفجر"));
    assertThat(d.outlet()).isNotEqualTo("وكالة الفجر");
    assertThat(d.creditedSources()).contains("وكالة الفجر");
  }

  @Test
  void aCutLastParagraphOpeningWithAConnectiveIsText() {
    String cut = "ثم قال المتحدث في ختام كلمته: إن اللجنة ستعود إلى الاجتماع في";
    Document d = run(List.of(HEADLINE, P1, P2, cut));
    assertThat(reason(d, cut)).isNull();
    String cut2 = "يذكر أن المجلس كان قد رفض، في دورته الماضية، مشروعا مماثلا قدمه";
    Document d2 = run(List.of(HEADLINE, P1, P2, cut2));
    assertThat(reason(d2, cut2)).isNull();
  }

  @Test
  void aNameUnderALoneByLabelIsTheByline() {
    Document d = run(List.of(HEADLINE, "بواسطة", "سلمى الحداد", P1, P2));
    assertThat(d.byline()).isEqualTo("سلمى الحداد");
    assertThat(reason(d, "بواسطة")).isEqualTo("furniture");
  }

  @Test
  void aBareNumberBetweenHeadlineAndTextIsACounter() {
    Document d = run(List.of(HEADLINE, "2345", P1, P2));
    assertThat(reason(d, "2345")).isEqualTo("furniture");
    assertThat(d.body()).doesNotContain("2345");
  }

  @Test
  void aRelativeStampInMonthsGluedToItsSectionLinkIsAStamp() {
    Document d = run(List.of(HEADLINE, "منذ 3 أشهرفي", P1, P2));
    assertThat(reason(d, "منذ 3 أشهرفي")).isEqualTo("metadata");
    assertThat(d.published().value()).isNull();
    Document y = run(List.of(HEADLINE, "منذ 2 أعوام", P1, P2), java.util.Map.of(), java.time.LocalDateTime.of(2025, 6, 1, 12, 0));
    assertThat(y.published().value()).startsWith("2023-06");
  }

  @Test
  void aLeadInEndingInDotsAboveTheHeadlineIsAKicker() {
    String kicker = "في ختام زيارته للعاصمة ..";
    Document d = run(List.of(kicker, HEADLINE, P1, P2));
    assertThat(d.headline()).isEqualTo(HEADLINE);
    assertThat(reason(d, kicker)).isEqualTo("kicker");
  }

  @Test
  void anUnambiguousSiteNameBeatsASectionWordThatIsAlsoAnOutlet() {
    Document d = run(List.of("الأخبار", HEADLINE, P1, P2, "صدى البلد"));
    assertThat(d.outlet()).isEqualTo("صدى البلد");
  }

  @Test
  void theTunisianAgencyOpensAnUnpunctuatedWireDateline() {
    Document d = run(List.of("صفاقس 4 مارس 2019 وات " + P1, P2));
    assertThat(d.dateline()).isEqualTo("صفاقس");
    assertThat(d.published().value()).isEqualTo("2019-03-04");
    assertThat(d.creditedSources()).contains("وات");
  }
}
