package org.mizan.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mizan.clean.CleaningTestSupport.P1;
import static org.mizan.clean.CleaningTestSupport.P2;
import static org.mizan.clean.CleaningTestSupport.P3;
import static org.mizan.clean.CleaningTestSupport.reason;
import static org.mizan.clean.CleaningTestSupport.run;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mizan.doc.Document;

/** Menus, widgets, site names, bylines and footers of pages copied from a browser (invented lines). */
class PageFurnitureTest {
  private static final String HEADLINE = "الحكومة تعلن خطة لتحسين الخدمات الصحية في الأرياف";

  @Test
  void menuAndSectionLinesAboveTheHeadlineAreNavigation() {
    Document d = run(List.of("الصفحة الأولى", "محليات", "دوليات", "منوعات", "محليات", HEADLINE, P1, P2, P3));
    assertThat(d.headline()).isEqualTo(HEADLINE);
    for (String nav : List.of("محليات", "دوليات", "منوعات")) assertThat(reason(d, nav)).as(nav).isEqualTo("navigation");
    assertThat(d.body()).startsWith(P1);
  }

  @Test
  void skipLinkAndKnownSiteNameAreNeverTheHeadline() {
    Document d = run(List.of("تخطي إلى المحتوى الرئيسي", "تخطي إلى روابط أخرى", "سكاي نيوز عربية", "الشرق الأوسط",
        HEADLINE, P1, P2));
    assertThat(d.headline()).isEqualTo(HEADLINE);
    assertThat(reason(d, "سكاي نيوز عربية")).isEqualTo("site-name");
    assertThat(d.outlet()).isEqualTo("سكاي نيوز عربية");
  }

  @Test
  void widgetsBetweenHeadlineAndTextGoButAStandfirstStays() {
    String standfirst = "الخطة تشمل بناء عشرين مركزا صحيا جديدا";
    Document d = run(List.of(HEADLINE, standfirst, "A A", "طباعة المقال", "ملخص", P1, P2));
    assertThat(reason(d, "A A")).isEqualTo("furniture");
    assertThat(reason(d, "طباعة المقال")).isEqualTo("furniture");
    assertThat(reason(d, "ملخص")).isNotNull();
    assertThat(d.body()).startsWith(standfirst);
  }

  @Test
  void aLoneShortLineAboveTheTextStaysTheHeadline() {
    Document d = run(List.of("خواطر", P1, P2));
    assertThat(d.headline()).isEqualTo("خواطر");
  }

  @Test
  void writerLinesAreBylines() {
    Document d = run(List.of(HEADLINE, "كتب: سامر الخطيب", P1, P2));
    assertThat(reason(d, "كتب: سامر الخطيب")).isEqualTo("byline");
    assertThat(d.byline()).isEqualTo("سامر الخطيب");
    Document labelled = run(List.of(HEADLINE, "Author,", "ليلى حداد", P1, P2));
    assertThat(reason(labelled, "ليلى حداد")).isEqualTo("byline");
    assertThat(labelled.byline()).isEqualTo("ليلى حداد");
    // a word that merely starts like a writer label is no byline
    assertThat(PageFurniture.isByline("إعدادات الخصوصية")).isFalse();
    assertThat(PageFurniture.isByline("كتبت: منى سالم")).isTrue();
  }

  @Test
  void tagsRelatedListsAndCopyrightAfterTheTextGo() {
    List<String> tail = List.of("الصحة", "الأرياف", "1", "افتتاح جسر جديد فوق النهر", "2", "ارتفاع أسعار الذهب عالميا",
        "© 2025 الصحيفة. جميع الحقوق محفوظة.");
    Document d = run(java.util.stream.Stream.concat(List.of(HEADLINE, P1, P2, P3).stream(), tail.stream()).toList());
    for (String t : tail.subList(0, 6)) assertThat(reason(d, t)).as(t).isEqualTo("related");
    assertThat(reason(d, tail.get(6))).isEqualTo("copyright");
    assertThat(d.body()).endsWith(P3);
  }

  @Test
  void listItemsAreShortTitlesNotTheWritersQuestions() {
    assertThat(PageFurniture.isListItem("افتتاح جسر جديد فوق النهر")).isTrue();
    assertThat(PageFurniture.isListItem("3")).isTrue();
    assertThat(PageFurniture.isListItem("فإلى متى ستبقى القرى البعيدة بلا طبيب واحد يداوي أهلها؟")).isFalse();
    assertThat(PageFurniture.isListItem("المصدر: وكالات")).isFalse();
  }

  @Test
  void photoLabelsAndSceneCaptionsAreCaptions() {
    for (String c : List.of("مصدر الصورة،AFP", "التعليق على الصورة،مركز صحي في قرية جبلية", "الوزير خلال الزيارة",
        "جانب من الاجتماع")) {
      Document d = run(List.of(HEADLINE, P1, c, P2, P3));
      assertThat(reason(d, c)).as(c).isEqualTo("caption");
    }
  }
}
