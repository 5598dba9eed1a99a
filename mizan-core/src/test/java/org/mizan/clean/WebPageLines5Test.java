package org.mizan.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mizan.clean.CleaningTestSupport.P1;
import static org.mizan.clean.CleaningTestSupport.P2;
import static org.mizan.clean.CleaningTestSupport.reason;
import static org.mizan.clean.CleaningTestSupport.run;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mizan.doc.Document;
import org.mizan.doc.Paragraph;

/** Layouts of real page tops (web5 round, the web4t leads): invented lines in the forms those pages print. */
class WebPageLines5Test {
  static final String HEADLINE = "البلدية تطلق حملة لتنظيف الشواطئ قبل موسم الصيف";

  @Test
  void aSiteNameHoldingANumberBeforeADashAndACityIsTheOutletAndDateline() {
    Document d = run(List.of("الفجر 5 – القاهرة", P1, P2));
    assertThat(d.headline()).isNull();
    assertThat(d.dateline()).isEqualTo("القاهرة");
    assertThat(d.outlet()).isEqualTo("الفجر 5");
    assertThat(d.creditedSources()).contains("الفجر 5");
    assertThat(reason(d, "الفجر 5 – القاهرة")).isEqualTo("dateline");
  }

  @Test
  void aShortNamePrintedAboveTheTextAndAgainInTheFootIsTheSite() {
    Document d = run(List.of("نبض برس", P1, P2, "من نحن", "نبض برس"));
    assertThat(d.headline()).isNull();
    assertThat(d.outlet()).isEqualTo("نبض برس");
    assertThat(d.creditedSources()).contains("نبض برس");
    assertThat(d.body()).doesNotContain("نبض");
  }

  @Test
  void aShortFirstLineNotPrintedAgainStaysTheHeadline() {
    Document d = run(List.of("حريق في الميناء", P1, P2));
    assertThat(d.headline()).isEqualTo("حريق في الميناء");
  }

  @Test
  void aSiteNameWithDotsAndASlashIsASourceLine() {
    Document d = run(List.of(HEADLINE, "صدى الوادي../", P1, P2));
    assertThat(d.outlet()).isEqualTo("صدى الوادي");
    assertThat(d.creditedSources()).contains("صدى الوادي");
    assertThat(reason(d, "صدى الوادي../")).isEqualTo("dateline");
  }

  @Test
  void aPlaceAndASiteJoinedByAnUnderscoreAreDatelineAndOutlet() {
    Document d = run(List.of(HEADLINE, "قطاع غزة_صوت الساحل:", P1, P2));
    assertThat(d.dateline()).isEqualTo("قطاع غزة");
    assertThat(d.outlet()).isEqualTo("صوت الساحل");
    assertThat(d.body()).doesNotContain("صوت الساحل");
  }

  @Test
  void aFeedFooterGoesAndNamesThePaperOfAGluedCityOpener() {
    String lede = "افتتح وزير الزراعة صباح اليوم مشروعا جديدا للري في ولاية الجزيرة بتكلفة تبلغ عشرين مليون دولار أمريكي.";
    String footer = "The post وزير الزراعة يفتتح مشروعا للري first appeared on النيلين اليوم.";
    Document d = run(List.of("الخرطوم ـ النيلين اليوم " + lede, P2, footer));
    assertThat(reason(d, footer)).isEqualTo("feed-credit");
    assertThat(d.dateline()).isEqualTo("الخرطوم");
    assertThat(d.outlet()).isEqualTo("النيلين اليوم");
    assertThat(d.creditedSources()).contains("النيلين اليوم");
    assertThat(d.body()).startsWith("افتتح وزير الزراعة");
  }

  @Test
  void aBareCounterUnderALongHeadlineGoesAndTheHeadlineIsKept() {
    String longHeadline = "رئيس الوزراء يبحث مع وفد البنك الدولي سبل تمويل مشاريع المياه والكهرباء في المحافظات الجنوبية خلال العام المقبل";
    Document d = run(List.of(longHeadline, "318", P1, P2));
    assertThat(d.headline()).isEqualTo(longHeadline);
    assertThat(reason(d, "318")).isNotNull();
  }

  @Test
  void aSiteAccountUnderAPublishedLabelIsTheOutletNotAWriter() {
    Document d = run(List.of(HEADLINE, "نشر", "الوادي نيوز", P1, P2));
    assertThat(d.outlet()).isEqualTo("الوادي نيوز");
    assertThat(d.byline()).isNull();
    assertThat(d.body()).doesNotContain("الوادي نيوز");
  }

  @Test
  void aCaptionNamingTheSitesCorrespondentIsNoHeadline() {
    Document d = run(List.of("سالم العتيبي ومراسل الوادي", P1, P2));
    assertThat(d.headline()).isNull();
    assertThat(reason(d, "سالم العتيبي ومراسل الوادي")).isEqualTo("caption");
    assertThat(d.outlet()).isEqualTo("الوادي");
  }

  @Test
  void aMastheadLineWithTheIssueDateGivesTheDateAndTheHeadlineUnderItStays() {
    String masthead = "رئيس التحرير: سامي يوسف العلي صدر العدد الاول في 3 مارس 1975 الخميس 14 فبراير 2008";
    Document d = run(List.of(masthead, "العدد 2310", HEADLINE, P1, P2));
    assertThat(d.published().value()).isEqualTo("2008-02-14");
    assertThat(d.headline()).isEqualTo(HEADLINE);
    assertThat(reason(d, masthead)).isNotNull();
    assertThat(reason(d, "العدد 2310")).isNotNull();
  }

  @Test
  void aPrintPageNameAndDateLineIsTheStamp() {
    Document d = run(List.of(HEADLINE, "الرابعة والخامسة 2021/06/14", P1, P2));
    assertThat(d.published().value()).isEqualTo("2021-06-14");
    assertThat(reason(d, "الرابعة والخامسة 2021/06/14")).isEqualTo("metadata");
  }

  @Test
  void highlightLinesBetweenHeadlineAndTextAreSubheadings() {
    String h1 = "الوزير يكشف عن خطة لإصلاح شبكة الطرق الريفية";
    String h2 = "نرحب بالمستثمرين العرب في مشاريع الطاقة الشمسية";
    Document d = run(List.of(HEADLINE, h1, h2, P1, P2));
    assertThat(d.headline()).isEqualTo(HEADLINE);
    assertThat(kind(d, h1)).isEqualTo(Paragraph.Kind.SUBHEADING);
    assertThat(kind(d, h2)).isEqualTo(Paragraph.Kind.SUBHEADING);
  }

  @Test
  void aSingleLineBetweenHeadlineAndTextStaysAParagraph() {
    String standfirst = "الوزير يكشف عن خطة لإصلاح شبكة الطرق الريفية";
    Document d = run(List.of(HEADLINE, standfirst, P1, P2));
    assertThat(kind(d, standfirst)).isEqualTo(Paragraph.Kind.PARAGRAPH);
  }

  private static Paragraph.Kind kind(Document d, String text) {
    return d.paragraphs().stream().filter(p -> p.text().equals(text)).map(Paragraph::kind).findFirst().orElse(null);
  }
}
