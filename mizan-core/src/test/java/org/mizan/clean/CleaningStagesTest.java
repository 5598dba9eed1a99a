package org.mizan.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mizan.clean.CleaningTestSupport.P1;
import static org.mizan.clean.CleaningTestSupport.P2;
import static org.mizan.clean.CleaningTestSupport.P3;
import static org.mizan.clean.CleaningTestSupport.reason;
import static org.mizan.clean.CleaningTestSupport.run;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mizan.doc.Document;
import org.mizan.doc.Paragraph;

/** Each removal reason on pages that are not the seeds. */
class CleaningStagesTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "شارك هذا الخبر|share",
      "تابعونا على فيسبوك وتويتر|follow",
      "حمل تطبيق الصحيفة الآن|app",
      "إذا واجهت مشكلة في مشاهدة الفيديو اضغط هنا|video-notice",
      "الكلمات الدلالية: الصحة، المستشفيات|tags",
      "مساحة إعلانية|advertisement",
      "الصفحة الرئيسية|navigation",
      "مصدر الخبر: وكالة الأنباء الأردنية|credit",
  })
  void boilerplatePhrases(String line, String why) {
    Document d = run(List.of(P1, line, P2, P3));
    assertThat(reason(d, line)).isEqualTo(why);
    assertThat(d.body()).contains(P1).contains(P2).contains(P3);
  }

  @Test
  void captionsAndPhotoCredits() {
    List<String> captions = List.of("صورة أرشيفية لمستشفى الملك فهد", "وزير الصحة الأردني فراس الهواري",
        "ممرضات في مستشفى ميداني - أ ف ب", "AFP", "مستشفى حكومي في عمان - 4 مارس 2024 - رويترز",
        "ثلوج على قمم الجبال في الشمال (أرشيفية - سامي خليل)", "صورة: أرشيف");
    for (String c : captions) {
      Document d = run(List.of(P1, c, P2, P3));
      assertThat(reason(d, c)).as(c).isEqualTo("caption");
    }
  }

  @Test
  void repeatedLineNextToItselfIsACaption() {
    String c = "الطواقم الطبية خلال حملة التطعيم في المدارس";
    Document d = run(List.of(P1, c, c, P2, P3));
    assertThat(d.removed()).filteredOn(r -> r.text().equals(c)).hasSize(2).allMatch(r -> r.reason().equals("caption"));
  }

  @Test
  void shortLinesBetweenParagraphsAreSubheadingsLongOnesRelatedHeadlines() {
    String sub = "خطة الطوارئ";
    String related = "وزير الصحة يفتتح ثلاثة مستشفيات جديدة في الجنوب ويعد بالمزيد خلال العام المقبل";
    Document d = run(List.of(P1, sub, P2, related, P3));
    assertThat(d.paragraphs()).contains(new Paragraph(sub, Paragraph.Kind.SUBHEADING));
    assertThat(reason(d, related)).isEqualTo("related-link");
  }

  @Test
  void readAlsoInTheMiddleKeepsTheContinuation() {
    String link = "ارتفاع أسعار الأدوية في الأسواق المحلية";
    Document d = run(List.of(P1, "اقرأ أيضا:", link, P2, P3));
    assertThat(reason(d, "اقرأ أيضا:")).isEqualTo("read-also");
    assertThat(reason(d, link)).isEqualTo("related-link");
    assertThat(d.body()).contains(P2).contains(P3);
  }

  @Test
  void theWritersOtherArticlesCloseTheColumn() {
    String links = "هل تنجح الدبلوماسية في إنهاء الأزمة؟حين تصبح الأسعار عبئا على الأسر والمجتمعات المحلية في المدن";
    Document d = run(List.of(P1, P2, "مقالات أخرى للكاتب", links));
    assertThat(reason(d, "مقالات أخرى للكاتب")).isEqualTo("read-also");
    assertThat(reason(d, links)).isNotNull();
    assertThat(d.body()).contains(P2);
  }

  @Test
  void aShortClosingLineWithAFullStopIsTheWritersNotALink() {
    Document d = run(List.of(P1, P2, "وللحديث بقية.."));
    assertThat(reason(d, "وللحديث بقية..")).isNull();
    // a closing headline is still a related link
    Document link = run(List.of(P1, P2, "ارتفاع أسعار الأدوية في الأسواق"));
    assertThat(reason(link, "ارتفاع أسعار الأدوية في الأسواق")).isEqualTo("related-link");
  }

  @Test
  void articleAppendedAfterTheEndIsRemoved() {
    String title = "الحكومة تعلن خطة جديدة للنقل العام";
    String other = "أعلنت الحكومة خطة لتطوير شبكة الحافلات في العاصمة تشمل شراء مئات الحافلات الكهربائية خلال ثلاث سنوات.";
    Document d = run(List.of(P1, P2, "المصدر: الغد", "اقرأ أيضا", title, other, P3));
    assertThat(reason(d, title)).isEqualTo("appended-article");
    assertThat(reason(d, other)).isEqualTo("appended-article");
    assertThat(reason(d, P3)).isEqualTo("appended-article");
    assertThat(d.body()).contains(P1).contains(P2);
  }

  @Test
  void creditAndSiteNameLinesAtTheEnd() {
    Document d = run(List.of(P1, P2, "الدستور-بترا-وكالات", "addustour جريدة الدستور"));
    assertThat(reason(d, "الدستور-بترا-وكالات")).isEqualTo("credit");
    assertThat(reason(d, "addustour جريدة الدستور")).isEqualTo("credit");
    assertThat(d.outlet()).isEqualTo("الدستور");
    assertThat(d.creditedSources()).containsExactly("بترا", "وكالات");
  }

  @Test
  void outletIsNeverAnAgency() {
    Document d = run(List.of(P1, P2, "المصدر: رويترز"), java.util.Map.of("url", "https://www.example-news.com/a/1"), null);
    assertThat(d.outlet()).isEqualTo("example-news.com");
    assertThat(d.creditedSources()).containsExactly("رويترز");
  }

  @Test
  void agenciesCitedInTheBodyAreCreditedButOtherMediaAreNot() {
    String p = "وقال مسؤول في مقابلة مع \"سكاي نيوز\" إن المحادثات مستمرة، بحسب ما نقلته وكالة \"الأناضول\" عن مصادر مطلعة في العاصمة.";
    Document d = run(List.of(P1, p, "عمال في موقع البناء - رويترز"));
    assertThat(d.creditedSources()).containsExactly("الأناضول");
  }

  @Test
  void datelineAndByline() {
    Document d = run(List.of("عمان - محمد العلي - " + P1, P2));
    assertThat(d.dateline()).isEqualTo("عمان");
    assertThat(d.byline()).isEqualTo("محمد العلي");
    assertThat(d.paragraphs().get(0).text()).isEqualTo(P1);
    Document agency = run(List.of("الرياض (واس) - " + P1, P2));
    assertThat(agency.dateline()).isEqualTo("الرياض");
    assertThat(agency.byline()).isNull();
    assertThat(agency.creditedSources()).contains("واس");
  }

  @Test
  void contactLinesAtTheEnd() {
    Document d = run(List.of(P1, P2, "writer@example.com", "Twitter @some_writer"));
    assertThat(reason(d, "writer@example.com")).isEqualTo("contact");
    assertThat(reason(d, "Twitter @some_writer")).isEqualTo("contact");
    assertThat(d.outlet()).isNull();
  }

  @Test
  void placeAndWriterLineAboveTheText() {
    Document d = run(List.of("وزارة الصحة تعلن تراجع الإصابات", "إربد - سامر الخطيب", P1, P2));
    assertThat(d.headline()).isEqualTo("وزارة الصحة تعلن تراجع الإصابات");
    assertThat(d.dateline()).isEqualTo("إربد");
    assertThat(d.byline()).isEqualTo("سامر الخطيب");
    assertThat(reason(d, "إربد - سامر الخطيب")).isEqualTo("dateline");
  }

  @Test
  void headlinesThatLookLikeLabelsOrEndWithExclamation() {
    assertThat(run(List.of("رئيس البلدية يلوذ بالصمت", P1, P2)).headline()).isEqualTo("رئيس البلدية يلوذ بالصمت");
    assertThat(run(List.of("الأسعار.. إلى أين؟!", P1, P2)).headline()).isEqualTo("الأسعار.. إلى أين؟!");
    assertThat(run(List.of("حفلات الزواج.. للنساء فقط !", P1, P2)).headline()).isEqualTo("حفلات الزواج.. للنساء فقط !");
  }
}
