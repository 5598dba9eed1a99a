package org.mizan.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mizan.clean.CleaningTestSupport.P1;
import static org.mizan.clean.CleaningTestSupport.P2;
import static org.mizan.clean.CleaningTestSupport.reason;
import static org.mizan.clean.CleaningTestSupport.run;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mizan.doc.Document;

/** Layouts of real page tops (web4 round, the web3t leads): invented lines in the forms those pages print. */
class WebPageLines4Test {
  static final String HEADLINE = "البلدية تطلق حملة لتنظيف الشواطئ قبل موسم الصيف";

  @Test
  void anEnglishAdSlotLabelGoes() {
    Document d = run(List.of(HEADLINE, P1, "Ad", P2));
    assertThat(reason(d, "Ad")).isEqualTo("advertisement");
  }

  @Test
  void aMayAlsoInterestYouLabelOpeningWithAConjunctionGoes() {
    Document d = run(List.of(HEADLINE, P1, P2, "وقد يهمك أيضًا:", "المحافظ يفتتح جسرا جديدا على النهر", "الوزير يتفقد مدارس الريف الجنوبي"));
    assertThat(reason(d, "وقد يهمك أيضًا:")).isNotNull();
    assertThat(d.body()).doesNotContain("يهمك");
  }

  @Test
  void aSiteNameAfterThePlaceIsTheOutletNotTheWriter() {
    Document d = run(List.of(HEADLINE, "سوسة - الساحل اليوم", P1, P2));
    assertThat(d.dateline()).isEqualTo("سوسة");
    assertThat(d.byline()).isNull();
    assertThat(d.outlet()).isEqualTo("الساحل اليوم");
    assertThat(d.creditedSources()).contains("الساحل اليوم");
  }

  @Test
  void aPersonAfterThePlaceStaysTheWriter() {
    Document d = run(List.of(HEADLINE, "سوسة - سامي خليل", P1, P2));
    assertThat(d.byline()).isEqualTo("سامي خليل");
  }

  @Test
  void aSpacedTatweelIsTheDashOfADatelineLine() {
    Document d = run(List.of(HEADLINE, "سوسة ـ الساحل اليوم", P1, P2));
    assertThat(d.dateline()).isEqualTo("سوسة");
    assertThat(d.outlet()).isEqualTo("الساحل اليوم");
    assertThat(reason(d, "سوسة ـ الساحل اليوم")).isEqualTo("dateline");
  }

  @Test
  void aSiteAndHeadlineTitleBarLineGoes() {
    Document d = run(List.of(HEADLINE, "الساحل اليوم - " + HEADLINE, P1, P2));
    assertThat(d.headline()).isEqualTo(HEADLINE);
    assertThat(reason(d, "الساحل اليوم - " + HEADLINE)).isEqualTo("headline-copy");
  }

  @Test
  void aKickerWithNoHeadlineUnderItIsNoHeadline() {
    Document d = run(List.of("تصريح صحفي…..", P1, P2));
    assertThat(d.headline()).isNull();
    assertThat(reason(d, "تصريح صحفي…..")).isEqualTo("kicker");
  }

  @Test
  void aSectionLabelAndItsValueOnSeparateLinesAreNoHeadline() {
    Document d = run(List.of("القسم :", "محليات - أخبار المدن", P1, P2));
    assertThat(d.headline()).isNull();
    assertThat(reason(d, "القسم :")).isEqualTo("navigation");
    assertThat(reason(d, "محليات - أخبار المدن")).isEqualTo("navigation");
  }

  @Test
  void aDateLabelAndATimeZoneLineBesideTheStampGoAndTheTimeIsRead() {
    Document d = run(List.of(HEADLINE, "نشر بتاريخ :", "03/02/2024", "توقيت القاهرة - الخرطوم", "4:05:10 PM", P1, P2));
    assertThat(reason(d, "نشر بتاريخ :")).isEqualTo("metadata");
    assertThat(reason(d, "توقيت القاهرة - الخرطوم")).isEqualTo("metadata");
    assertThat(d.published().value()).isEqualTo("2024-02-03T16:05");
  }

  @Test // a guard: both forms of the leads were already read; this keeps them so
  void aWriterLabelAndADateLabelAloneOnTheirLines() {
    Document d = run(List.of(HEADLINE, "الكاتب :", "سامي خليل النجار", "تاريخ النشر", "12/03/2024", P1, P2));
    assertThat(d.byline()).isEqualTo("سامي خليل النجار");
    assertThat(d.published().value()).startsWith("2024-03-12");
    assertThat(reason(d, "تاريخ النشر")).isNotNull();
    assertThat(d.body()).doesNotContain("الكاتب").doesNotContain("تاريخ النشر");
  }

  @Test
  void aReportingLineCutBeforeItsComplementIsTextNotTheHeadline() {
    Document d = run(List.of("قال مسؤول في البلدية", "إن الحملة ستشمل جميع الشواطئ العامة وتستمر حتى نهاية الشهر.", P2));
    assertThat(d.headline()).isNull();
    assertThat(d.body()).startsWith("قال مسؤول في البلدية");
  }

  @Test
  void linesOfABrokenSentenceBetweenParagraphsStayText() {
    String comma = "وأوضحت البلدية أن الحملة تشمل الشواطئ والحدائق العامة في أحياء المدينة كافة،";
    String quote = "وأكد رئيس البلدية أن \"الخطة تشمل كل الأحياء";
    Document d = run(List.of(HEADLINE, P1, comma, "على أن تنتهي قبل بداية الموسم.", quote, "دون أي استثناء\".", P2));
    assertThat(reason(d, comma)).isNull();
    assertThat(reason(d, quote)).isNull();
    assertThat(d.body()).contains(comma).contains(quote);
  }

  @Test
  void aPaperAfterThePlaceInASlashDatelineIsTheOutlet() {
    Document d = run(List.of(HEADLINE, "الموصل / المدى", P1, P2));
    assertThat(d.dateline()).isEqualTo("الموصل");
    assertThat(d.outlet()).isEqualTo("المدى");
  }

  @Test
  void anAgencyInASlashDatelineIsCreditedNotTheOutlet() {
    Document d = run(List.of(HEADLINE, "الموصل / رويترز", P1, P2));
    assertThat(d.outlet()).isNull();
    assertThat(d.creditedSources()).contains("رويترز");
  }

  @Test
  void aCaptionOfTheGuestSpeakingToAPaperNamesTheOutlet() {
    String caption = "رئيس البلدية خلال حواره مع «صوت الساحل»";
    Document d = run(List.of(HEADLINE, " " + caption, caption, P1, P2)); // image text and caption, as pages print them
    assertThat(d.outlet()).isEqualTo("صوت الساحل");
  }

  @Test
  void aSiteNameWithADashOpeningTheTextIsTheOutlet() {
    Document d = run(List.of(HEADLINE, "الواحة للأنباء – " + P1, P2));
    assertThat(d.outlet()).isEqualTo("الواحة للأنباء");
    assertThat(d.body()).startsWith("أعلنت وزارة الصحة");
  }
}
