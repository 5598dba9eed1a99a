package org.mizan.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mizan.clean.CleaningTestSupport.P1;
import static org.mizan.clean.CleaningTestSupport.P2;
import static org.mizan.clean.CleaningTestSupport.reason;
import static org.mizan.clean.CleaningTestSupport.run;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mizan.doc.Document;

/** Layouts of real page tops (web1 round): invented lines in the forms those pages print. */
class WebPageLinesTest {
  static final String HEADLINE = "مجلس المدينة يقر ميزانية العام الجديد بزيادة في الإنفاق";

  @Test
  void dateLabelledStampWithWidgetsAfterIt() {
    Document d = run(List.of("date 2024-03-07 15 حجم الخط", P1, P2));
    assertThat(d.published().value()).isEqualTo("2024-03-07");
    assertThat(reason(d, "date 2024-03-07 15 حجم الخط")).isEqualTo("metadata");
    assertThat(d.headline()).isNull();
  }

  @Test
  void dateLabelledStampBeatsTheDayWidgetOnItsLine() {
    Document d = run(List.of("date 2024-03-07 الجمعة 8 مارس 2024 الرباط المغرب", HEADLINE, P1, P2));
    assertThat(d.published().value()).isEqualTo("2024-03-07");
    assertThat(d.headline()).isEqualTo(HEADLINE);
  }

  @Test
  void dateLabelOpeningTheTextKeepsItsDatelineAndWriter() {
    Document d = run(List.of("date 2024-03-07 القاهرة - سامي العطار - " + P1, P2));
    assertThat(d.published().value()).isEqualTo("2024-03-07");
    assertThat(d.dateline()).isEqualTo("القاهرة");
  }

  @Test
  void aParagraphCutShortIsStillText() {
    String cut = "وأضاف المتحدث أن الفرق الميدانية، التي وصلت أمس إلى المنطقة، ستبدأ";
    Document d = run(List.of(HEADLINE, P1, P2, cut));
    assertThat(reason(d, cut)).isNull();
    assertThat(d.body()).contains("ستبدأ");
  }

  @Test
  void aLongHeadlineAboveTheStampIsTheHeadline() {
    String longHeadline = "وزير الزراعة يفتتح موسم الحصاد في المحافظات الشمالية ويعلن خطة جديدة لدعم صغار المزارعين خلال العام المقبل";
    Document d = run(List.of(longHeadline, "محليات", "2024-03-07 | 10:15", P1, P2));
    assertThat(d.headline()).isEqualTo(longHeadline);
    assertThat(d.published().value()).isEqualTo("2024-03-07T10:15");
  }

  @Test
  void aHeadlinePrintedTwiceAroundTheStamp() {
    Document d = run(List.of(HEADLINE, "الخميس 7 مارس 2024", HEADLINE, P1, P2));
    assertThat(d.headline()).isEqualTo(HEADLINE);
    assertThat(d.body()).doesNotContain("ميزانية العام الجديد");
  }

  @Test
  void aPlaceAndItsDayAboveTheTextAreTheDatelineAndTheDate() {
    Document d = run(List.of("القاهرة – 14 أبريل 2023م", P1, P2));
    assertThat(d.published().value()).isEqualTo("2023-04-14");
    assertThat(d.dateline()).isEqualTo("القاهرة");
    assertThat(d.headline()).isNull();
  }

  @Test
  void anOutletAndPlaceLineIsNoHeadline() {
    Document d = run(List.of("هسبريس - الرباط", P1, P2));
    assertThat(d.headline()).isNull();
    assertThat(d.outlet()).isEqualTo("هسبريس");
    assertThat(d.dateline()).isEqualTo("الرباط");
  }

  @Test
  void aNameInBracketsAfterAKnownPlaceIsThePublisher() {
    Document d = run(List.of("الموصل (نينوى اليوم)- " + P1, P2));
    assertThat(d.dateline()).isEqualTo("الموصل");
    assertThat(d.outlet()).isEqualTo("نينوى اليوم");
    assertThat(d.creditedSources()).contains("نينوى اليوم");
    assertThat(d.body()).startsWith("أعلنت وزارة الصحة");
  }

  @Test
  void aNewsroomWordInBracketsIsNoPublisher() {
    Document d = run(List.of("الموصل (خاص)- " + P1, P2));
    assertThat(d.outlet()).isNull();
  }

  @Test
  void weatherAndRateWidgetsAndTheirDayAreFurniture() {
    List<String> widgets = List.of("31.5°الرياض", "جدة28.40°", "الدمام29.1°", "الأحد 3 مارس 2024", "1.36دولار كندي",
        "يورو4.05", "3.75دولار أمريكي");
    List<String> page = new java.util.ArrayList<>(widgets);
    page.addAll(List.of(HEADLINE, P1, P2));
    Document d = run(page);
    for (String w : widgets) assertThat(reason(d, w)).as(w).isNotNull();
    assertThat(d.published().value()).isNull(); // the widget's day is not the article's
    assertThat(d.headline()).isEqualTo(HEADLINE);
  }

  @Test
  void aNewsTickerAboveTheHeadlineIsFurniture() {
    List<String> ticker = List.of("14:05الحكومة تقر خطة لدعم صغار المزارعين في الجنوب",
        "13:52 وزير النقل يفتتح طريقا جديدا بين مدينتين ساحليتين",
        "13:40انخفاض أسعار الذهب في السوق المحلية مع بداية التداول اليوم بعد أسبوع من الارتفاعات المتتالية في أغلب الأسواق");
    List<String> page = new java.util.ArrayList<>(ticker);
    page.addAll(List.of(HEADLINE, P1, P2));
    Document d = run(page);
    for (String t : ticker) assertThat(reason(d, t)).as(t).isNotNull();
    assertThat(d.headline()).isEqualTo(HEADLINE);
  }

  @Test
  void aSectionLabelUnderALongHeadlineIsFurniture() {
    String longHeadline = "وزير الزراعة يفتتح موسم الحصاد في المحافظات الشمالية ويعلن خطة جديدة لدعم صغار المزارعين خلال العام المقبل";
    Document d = run(List.of(longHeadline, "أخبار محلية", "2024-03-07 | 10:15", P1, P2));
    assertThat(reason(d, "أخبار محلية")).isNotNull();
  }

  @Test
  void aPortraitLabelUnderTheMenuAboveTheHeadlineIsACaption() {
    Document d = run(List.of("الرئيسية", "سياسة", "اقتصاد", "وزير الخارجية سامر الحداد", HEADLINE, P1, P2));
    assertThat(d.headline()).isEqualTo(HEADLINE);
    assertThat(reason(d, "وزير الخارجية سامر الحداد")).isEqualTo("caption");
  }

  @Test
  void theNextArticleOpeningWithTheSameOutletDatelineIsAppended() {
    String next = "هسبريس - الرباط أعلنت وزارة النقل، اليوم الاثنين، عن إطلاق خدمة جديدة للمسافرين بين المدن الكبرى ابتداء من الشهر المقبل بأسعار مخفضة للطلبة.";
    Document d = run(List.of("هسبريس - الرباط", P1, P2, next));
    assertThat(reason(d, next)).isEqualTo("appended-article");
    assertThat(d.body()).contains("الفرق الطبية");
  }

  @Test
  void aLineEndingInAnExclamationIsNoParagraphCutShort() {
    String verse = "ولكن قل لي: متى يعود الغائب إلى داره القديمة !";
    Document d = run(List.of(HEADLINE, P1, P2, verse));
    assertThat(reason(d, verse)).isNotNull();
  }
}
