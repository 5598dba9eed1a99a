package org.mizan.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mizan.doc.Document;
import org.mizan.doc.RawArticle;
import org.mizan.pipeline.Pipelines;

class PublicationDateTest {
  static final String P1 = "أعلنت وزارة الصحة في بيان صدر مساء اليوم أن عدد الإصابات الجديدة تراجع خلال الأسبوع الماضي بنسبة كبيرة مقارنة بالأسابيع السابقة.";
  static final String P2 = "وقال المتحدث إن الحملة التي بدأت في 12 نوفمبر 2025 ستستمر حتى نهاية الشهر المقبل في المحافظات كافة دون استثناء.";

  static Document run(List<String> lines, Map<String, String> meta, LocalDateTime ref) {
    return Pipelines.standard(ref, null).analyse(new RawArticle("t", "t.txt", "text", lines, meta), p -> {
      throw new AssertionError(p.toString());
    });
  }

  @Test
  void labelledStampWithTime() {
    Document d = run(List.of("عنوان الخبر هنا عن الصحة", "نُشر في: 14 كانون الأول 2025 - 09:30 ص", P1, P2), Map.of(), null);
    assertThat(d.published().value()).isEqualTo("2025-12-14T09:30");
    assertThat(d.removed()).anyMatch(r -> r.reason().equals("metadata") && r.text().startsWith("نُشر في"));
  }

  @Test
  void datesInRunningTextOrCaptionsAreNeverThePublicationDate() {
    Document d = run(List.of(P1, "مستشفى في عمان - 4 مارس 2024 - رويترز", P2), Map.of(), null);
    assertThat(d.published().value()).isNull();
  }

  @Test
  void hijriStamp() {
    Document d = run(List.of("١٢ جمادى الآخرة ١٤٤٧ هـ", P1, P2), Map.of(), null);
    assertThat(d.published().value()).isEqualTo("2025-12-03");
  }

  @Test
  void containerMetadataWins() {
    Document d = run(List.of("الخميس 4 ديسمبر 2025", P1), Map.of("published", "2025-12-03T08:15:00Z"), null);
    assertThat(d.published().value()).isEqualTo("2025-12-03T08:15");
    assertThat(d.published().confidence()).isGreaterThan(0.9);
  }

  @Test
  void urlDateWhenThePageStatesNone() {
    Document d = run(List.of(P1, P2), Map.of("url", "https://news.example/2025/12/03/health"), null);
    assertThat(d.published().value()).isEqualTo("2025-12-03");
    assertThat(d.published().confidence()).isLessThan(0.9);
  }

  @Test
  void updateStampOnlyWhenNoPublicationStamp() {
    Document d = run(List.of("آخر تحديث: 05/12/2025 14:20", P1, P2), Map.of(), null);
    assertThat(d.published().value()).isEqualTo("2025-12-05T14:20");
    assertThat(d.published().confidence()).isLessThan(0.9);
  }

  @Test
  void relativeStampNeedsAReference() {
    List<String> lines = List.of("منذ ساعتين", P1, P2);
    assertThat(run(lines, Map.of(), null).published().value()).isNull();
    Document d = run(lines, Map.of(), LocalDateTime.of(2025, 12, 3, 14, 0));
    assertThat(d.published().value()).isEqualTo("2025-12-03T12:00");
    assertThat(d.published().inferred()).isTrue();
  }

  @Test
  void noStampIsUnknownUnlessAReferenceDateIsGiven() {
    assertThat(run(List.of(P1, P2), Map.of(), null).published().value()).isNull();
    Document d = run(List.of(P1, P2), Map.of(), LocalDateTime.of(2025, 12, 3, 0, 0));
    assertThat(d.published().value()).isEqualTo("2025-12-03");
    assertThat(d.published().inferred()).isTrue();
    assertThat(d.published().confidence()).isLessThan(0.5);
  }

  @Test
  void aCrawlersRetrievalTimeStandsInOnlyWhenNoStampIsFound() {
    Document d = run(List.of(P1, P2), Map.of("retrieved", "2015-07-23 19:28:22"), null);
    assertThat(d.published().value()).isEqualTo("2015-07-23T19:28");
    assertThat(d.published().inferred()).isTrue();
    assertThat(d.published().confidence()).isLessThan(0.5);
    assertThat(d.published().evidence()).contains("retrieved");
    Document stamped = run(List.of("الأربعاء، 22 يوليو 2015", P1, P2), Map.of("retrieved", "2015-07-23 19:28:22"), null);
    assertThat(stamped.published().value()).isEqualTo("2015-07-22");
    assertThat(stamped.published().inferred()).isFalse();
    assertThat(run(List.of(P1, P2), Map.of("retrieved", "غير معروف"), null).published().value()).isNull();
  }

  @Test
  void anUndatedArticleKeepsTheWeekdayItSaysItAppearedOn() {
    String today = "افتتح الوزير صباح اليوم (الخميس) معرضا للكتاب في العاصمة بمشاركة مئات دور النشر من عشرين دولة عربية وأجنبية.";
    Document d = run(List.of(today, P2), Map.of(), null);
    assertThat(d.published().value()).isNull();
    assertThat(d.published().weekday()).isEqualTo("الخميس");
    // "yesterday, Tuesday" puts the article on Wednesday; a bare weekday or the day before yesterday says nothing
    String yesterday = "وصل الوفد أمس الثلاثاء إلى العاصمة في زيارة رسمية تستمر ثلاثة أيام يلتقي خلالها عددا من المسؤولين.";
    assertThat(run(List.of(yesterday, P2), Map.of(), null).published().weekday()).isEqualTo("الأربعاء");
    String bare = "وصل الوفد الثلاثاء إلى العاصمة، وكان قد غادرها أول أمس الأحد بعد زيارة رسمية استمرت ثلاثة أيام كاملة.";
    assertThat(run(List.of(bare, P2), Map.of(), null).published().weekday()).isNull();
    // a stamped date wins and is left alone
    Document stamped = run(List.of("الأحد، 7 ديسمبر 2025", today, P2), Map.of(), null);
    assertThat(stamped.published().value()).isEqualTo("2025-12-07");
    assertThat(stamped.published().weekday()).isNull();
  }

  @Test
  void aStatedWeekdayIsReadThroughDiacriticsAndTatweel() {
    // the paragraph is tokenized only when its matching form holds اليوم / امس / غدا: marks inside them must not hide them
    String today = "استقبل المحافظ صباح اليَوْم الأحد وفدا من رجال الأعمال لبحث مشاريع الاستثمار في المنطقة الصناعية الجديدة.";
    assertThat(run(List.of(today, P2), Map.of(), null).published().weekday()).isEqualTo("الأحد");
    String yesterday = "عقدت اللجنة أمـــس السبت اجتماعها الدوري لمراجعة خطة العمل المقررة للفصل القادم في مقرها بالعاصمة.";
    assertThat(run(List.of(yesterday, P2), Map.of(), null).published().weekday()).isEqualTo("الأحد");
    String tomorrow = "تنطلق غدًا الاثنين فعاليات المهرجان السنوي للمسرح بمشاركة فرق من عدة مدن وسط حضور جماهيري واسع.";
    assertThat(run(List.of(tomorrow, P2), Map.of(), null).published().weekday()).isEqualTo("الأحد");
  }

  @Test
  void aStatedWeekdayMovesACrawlTimeBackToThatDay() {
    String today = "افتتح الوزير صباح اليوم الخميس معرضا للكتاب في العاصمة بمشاركة مئات دور النشر من عشرين دولة عربية وأجنبية.";
    // crawled on Saturday 25 July 2015: the article appeared on Thursday the 23rd
    Document d = run(List.of(today, P2), Map.of("retrieved", "2015-07-25 10:00:00"), null);
    assertThat(d.published().value()).isEqualTo("2015-07-23");
    assertThat(d.published().inferred()).isTrue();
    assertThat(d.published().weekday()).isEqualTo("الخميس");
    Document sameDay = run(List.of(today, P2), Map.of("retrieved", "2015-07-23 19:28:22"), null);
    assertThat(sameDay.published().value()).isEqualTo("2015-07-23T19:28");
  }

  @Test
  void aStatedWeekdayWithItsFullDateDatesAnUndatedArticle() {
    // 14 March 2024 was a Thursday: "today, Thursday, 14 March 2024" is the article's own day
    String today = "افتتح الوزير صباح اليوم الخميس 14 مارس/ آذار 2024 معرضا للكتاب في العاصمة بمشاركة مئات دور النشر.";
    Document d = run(List.of(today, P2), Map.of(), null);
    assertThat(d.published().value()).isEqualTo("2024-03-14");
    assertThat(d.published().inferred()).isFalse();
    assertThat(d.published().weekday()).isEqualTo("الخميس");
    // "yesterday, Wednesday, the 13th" puts the article on the 14th; الموافق may link them
    String yesterday = "افتتح الوزير أمس الأربعاء الموافق 13 مارس 2024 معرضا للكتاب في العاصمة بمشاركة مئات دور النشر.";
    assertThat(run(List.of(yesterday, P2), Map.of(), null).published().value()).isEqualTo("2024-03-14");
    // a date that is not that weekday's (a typo, or another day of the sentence) dates nothing
    String other = "افتتح الوزير صباح اليوم الخميس 15 مارس 2024 معرضا للكتاب في العاصمة بمشاركة مئات دور النشر.";
    Document o = run(List.of(other, P2), Map.of(), null);
    assertThat(o.published().value()).isNull();
    assertThat(o.published().weekday()).isEqualTo("الخميس");
    // and it beats a crawl time
    Document crawled = run(List.of(today, P2), Map.of("retrieved", "2024-03-20 10:00:00"), null);
    assertThat(crawled.published().value()).isEqualTo("2024-03-14");
  }

  @Test
  void theLeadsWeekdayWithItsFullDateDatesAnUndatedArticle() {
    // 9 March 2025 was a Sunday: the lead reports the day's meeting, so the page is of that day
    String lead = "قررت لجنة الأسعار في اجتماعها يوم الأحد الموافق 9 مارس 2025 خفض رسوم النقل العام في المدن الكبرى.";
    Document d = run(List.of(lead, P2), Map.of(), null);
    assertThat(d.published().value()).isEqualTo("2025-03-09");
    assertThat(d.published().weekday()).isEqualTo("الأحد");
    // a date that is not that weekday's dates nothing; nor does such a day further down (a recalled meeting)
    String wrong = "قررت لجنة الأسعار في اجتماعها يوم الأحد الموافق 10 مارس 2025 خفض رسوم النقل العام في المدن الكبرى.";
    assertThat(run(List.of(wrong, P2), Map.of(), null).published().value()).isNull();
    String later = "وكانت لجنة الأسعار قد قررت في اجتماعها يوم الأحد الموافق 9 مارس 2025 خفض رسوم النقل العام.";
    assertThat(run(List.of(P2, later), Map.of(), null).published().value()).isNull();
  }

  @Test
  void headlineFromMetaOrFirstTitleLineOrNone() {
    assertThat(run(List.of(P1, P2), Map.of(), null).headline()).isNull();
    assertThat(run(List.of("الصحة تعلن تراجع الإصابات", P1), Map.of(), null).headline()).isEqualTo("الصحة تعلن تراجع الإصابات");
    Document d = run(List.of("الصحة تعلن تراجع الإصابات", P1), Map.of("title", "الصحة تعلن تراجع الإصابات"), null);
    assertThat(d.headline()).isEqualTo("الصحة تعلن تراجع الإصابات");
    assertThat(d.body()).doesNotContain("الصحة تعلن تراجع الإصابات\n");
  }

  @Test
  void pageTitleLosesTheSiteNameAndPrefersTheHeadlineLine() {
    Document d = run(List.of(P1, P2), Map.of("title", "الصحة تعلن تراجع الإصابات | صحيفة الغد", "site_name", "صحيفة الغد"), null);
    assertThat(d.headline()).isEqualTo("الصحة تعلن تراجع الإصابات");
    Document e = run(List.of("الصحة تعلن تراجع الإصابات", P1, P2), Map.of("title", "الصحة تعلن تراجع الإصابات - الغد نت"), null);
    assertThat(e.headline()).isEqualTo("الصحة تعلن تراجع الإصابات");
    assertThat(e.body()).doesNotStartWith("الصحة تعلن");
    Document f = run(List.of(P1, P2), Map.of("title", "الحرب في السودان - الجولة الثانية"), null);
    assertThat(f.headline()).isEqualTo("الحرب في السودان - الجولة الثانية"); // not a site name: kept whole
  }

  @Test
  void placeWriterAndStampOnOneHeaderLine() {
    Document d = run(List.of("الأردن يعلن خطة لخفض أسعار الوقود", "عمان - ليث الجنيدي - نُشر في 20 تشرين الثاني 2025",
        "محطة وقود في عمان - 3 تشرين الأول 2025 - رويترز", P1, P2), Map.of(), null);
    assertThat(d.published().value()).isEqualTo("2025-11-20");
    assertThat(d.dateline()).isEqualTo("عمان");
    assertThat(d.byline()).isEqualTo("ليث الجنيدي");
    assertThat(d.removed()).anyMatch(r -> r.reason().equals("caption") && r.text().startsWith("محطة وقود"));
  }
  @Test
  void theStampNearestAboveTheTextBeatsThePagesDateOfTheDay() {
    Document d = run(List.of("الجمعة 20 مارس 2026", "أخبار عاجلة", "عنوان الخبر هنا عن الصحة العامة",
        "الأربعاء 18-03-2026 16:40", P1, P2), Map.of(), null);
    assertThat(d.published().value()).isEqualTo("2026-03-18T16:40");
  }

  @Test
  void aStampUnderTheStandfirstIsTheArticlesStamp() {
    Document d = run(List.of("عنوان الخبر هنا عن الصحة العامة", P1, "18.03.2026", P2, P1), Map.of(), null);
    assertThat(d.published().value()).isEqualTo("2026-03-18");
    assertThat(d.paragraphs()).noneMatch(p -> p.text().equals("18.03.2026"));
  }

  @Test
  void aDateInTheMiddleOfTheTextIsNoStamp() {
    Document d = run(List.of("عنوان الخبر هنا عن الصحة العامة", P1, P2, P1, "18.03.2026", P2), Map.of(), null);
    assertThat(d.published().value()).isNull();
  }

  @Test
  void aStampWithATimeBesideTheWritersName() {
    Document d = run(List.of("عنوان الخبر هنا عن الصحة العامة", "الأربعاء 18-03-2026 04:40 م | كتب: سامر يوسف |",
        P1, P2), Map.of(), null);
    assertThat(d.published().value()).isEqualTo("2026-03-18T16:40");
    assertThat(d.byline()).isEqualTo("سامر يوسف");
    assertThat(d.paragraphs()).extracting(p -> p.text()).containsExactly(P1, P2);
  }

  @Test
  void aStampWithItsZoneInBracketsAndAMonthBetweenSlashes() {
    Document d = run(List.of("آخر تحديث: 2026/03/18 الساعة 16:40 (مكة المكرمة)", "عنوان الخبر هنا عن الصحة", P1, P2),
        Map.of(), null);
    assertThat(d.published().value()).isEqualTo("2026-03-18T16:40");
    assertThat(d.headline()).isEqualTo("عنوان الخبر هنا عن الصحة");
    Document e = run(List.of("عنوان الخبر هنا عن الصحة", "الأربعاء 18/مارس/2026 - 04:40 م", P1, P2), Map.of(), null);
    assertThat(e.published().value()).isEqualTo("2026-03-18T16:40");
  }

  @Test
  void aLongLineWithBothThePublicationAndTheUpdateStamp() {
    Document d = run(List.of("عنوان الخبر هنا عن الصحة العامة",
        "نشر في: السبت 7 مارس 2026 - 9:05 م آخر تحديث: الأحد 8 مارس 2026 - 11:20 ص", P1, P2), Map.of(), null);
    assertThat(d.published().value()).isEqualTo("2026-03-07T21:05");
  }
}
