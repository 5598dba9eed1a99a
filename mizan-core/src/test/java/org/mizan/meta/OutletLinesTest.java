package org.mizan.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mizan.doc.Document;
import org.mizan.doc.RawArticle;
import org.mizan.pipeline.Pipelines;

/** Outlet, dateline and credits from the lines pages print around the text (invented lines). */
class OutletLinesTest {
  private static final String HEADLINE = "افتتاح معرض دولي للكتاب بمشاركة خمسين دار نشر";
  private static final String P1 = "افتتح وزير الثقافة صباح اليوم المعرض الدولي للكتاب بمشاركة أكثر من خمسين دار نشر عربية وأجنبية تعرض آلاف العناوين الجديدة.";
  private static final String P2 = "وقال مدير المعرض إن الدورة الحالية تشهد برنامجا ثقافيا واسعا يتضمن ندوات وأمسيات شعرية وورشا للأطفال طوال أيام المعرض.";

  private static Document run(List<String> lines) {
    return run(lines, Map.of());
  }

  private static Document run(List<String> lines, Map<String, String> meta) {
    return Pipelines.standard(null, null).analyse(new RawArticle("t", "t.txt", "text", lines, meta), p -> {
      throw new AssertionError(p.toString());
    });
  }

  @Test
  void placeAndQuotedOutletOnTheirOwnLine() {
    Document d = run(List.of(HEADLINE, "الرباط: «الصباح»", P1, P2));
    assertThat(d.dateline()).isEqualTo("الرباط");
    assertThat(d.outlet()).isEqualTo("الصباح");
    assertThat(d.body()).doesNotContain("«الصباح»");
  }

  @Test
  void placeAndQuotedOutletOpeningTheText() {
    Document d = run(List.of(HEADLINE, "عمّان-\"الغد\": " + P1, P2));
    assertThat(d.dateline()).isEqualTo("عمان");
    assertThat(d.outlet()).isEqualTo("الغد");
    assertThat(d.body()).startsWith("افتتح وزير الثقافة");
  }

  @Test
  void knownOutletAndPlaceLine() {
    Document d = run(List.of(HEADLINE, "فرانس 24 - باريس", P1, P2));
    assertThat(d.dateline()).isEqualTo("باريس");
    assertThat(d.outlet()).isEqualTo("فرانس 24");
  }

  @Test
  void plusSeparatesCreditedNames() {
    Document d = run(List.of(HEADLINE, P1, P2, "المصدر : العربي الجديد + وكالات"));
    assertThat(d.outlet()).isEqualTo("العربي الجديد");
    assertThat(d.creditedSources()).containsExactly("العربي الجديد", "وكالات");
  }

  @Test
  void theAddressOfAKnownSiteNamesTheOutletOverAColumnistsSite() {
    Document d = run(List.of(HEADLINE, P1, P2, "www.kateb-example.com"),
        Map.of(RawArticle.URL, "https://m.aawsat.com/home/article/12345", RawArticle.SOURCE, "aawsat"));
    assertThat(d.outlet()).isEqualTo("الشرق الأوسط");
    assertThat(d.creditedSources()).isEmpty();
  }

  @Test
  void aSiteUnderAPathAndAStatedNameInLatinLetters() {
    assertThat(Outlets.forUrl("https://www.bbc.com/arabic/articles/c1")).contains("بي بي سي نيوز عربي");
    assertThat(Outlets.forUrl("https://www.bbc.com/news/world-1")).isEmpty();
    assertThat(Outlets.forUrl("https://evil-aawsat.com.example.org/x")).isEmpty();
    assertThat(Outlets.forUrl("not a url")).isEmpty();
    Document d = run(List.of(HEADLINE, P1, P2), Map.of(RawArticle.SITE_NAME, "Sky News Arabia"));
    assertThat(d.outlet()).isEqualTo("سكاي نيوز عربية");
  }

  @Test
  void twoOutletsNeverShareADisplayNameAndACityNamedPaperLeavesTheCityAPlace() {
    assertThat(Outlets.displays()).doesNotHaveDuplicates();
    assertThat(Outlets.forUrl("http://www.alriyadh.com/1234")).contains("الرياض");
    assertThat(Outlets.named("الرياض")).isEmpty();
    Document d = run(List.of(HEADLINE, "الرياض - واس", P1, P2));
    assertThat(d.outlet()).isNull();
  }

  @Test
  void anUnknownSiteAddressUnderTheTextIsNeitherOutletNorSource() {
    Document d = run(List.of(HEADLINE, P1, P2, "www.kateb-example.com"));
    assertThat(d.outlet()).isNull();
    assertThat(d.creditedSources()).isEmpty();
  }

  @Test
  void aNameWithANumberKeepsIt() {
    assertThat(Attribution.display("عربي 21")).isEqualTo("عربي 21");
    assertThat(Attribution.display("أخبار الوطن١")).isEqualTo("أخبار الوطن");
    assertThat(Attribution.display("عربي21")).isEqualTo("عربي21"); // digits an outlet's name holds stay
  }

  @Test
  void ambiguousSpellingsAreNoSiteNameLine() {
    assertThat(Outlets.siteName("سكاي نيوز عربية")).contains("سكاي نيوز عربية");
    assertThat(Outlets.siteName("Sky News Arabia")).contains("سكاي نيوز عربية");
    assertThat(Outlets.siteName("الخليج")).isEmpty();
    assertThat(Outlets.named("الخليج")).contains("الخليج");
  }

  @Test
  void pageTitleLosesSectionAndSiteSegments() {
    Document d = run(List.of(P1, P2), Map.of(RawArticle.TITLE, HEADLINE + " | ثقافة | موقع الأخبار"));
    assertThat(d.headline()).isEqualTo(HEADLINE);
  }

  @Test
  void stampsWithTimeZonesAndNewLabelsAreStampLines() {
    for (String s : List.of("نشر في: 03 مارس 2025 - 09:40 بتوقيت مكة المكرمة", "نشرت في: 03/03/2025 - 09:40",
        "تاريخ النشر: 03 مارس 2025 09:40 GMT+3", "آخر تحديث: 03 مارس 2025 - 11:05 بتوقيت القدس", "3 - مارس - 2025")) {
      assertThat(DateParser.isStamp(s)).as(s).isTrue();
    }
    Document d = run(List.of(HEADLINE, "نشر في: 03 مارس 2025 - 09:40 بتوقيت مكة المكرمة", P1, P2));
    assertThat(d.published().value()).isEqualTo("2025-03-03T09:40");
    assertThat(d.body()).doesNotContain("نشر في");
  }

  @Test
  void placeThenKnownOutletLineGivesNoByline() {
    Document d = run(List.of(HEADLINE, "حلب – عنب بلدي", P1, P2));
    assertThat(d.dateline()).isEqualTo("حلب");
    assertThat(d.outlet()).isEqualTo("عنب بلدي");
    assertThat(d.byline()).isNull();
    Document glued = run(List.of(HEADLINE, "عربي21- الرباط", P1, P2));
    assertThat(glued.dateline()).isEqualTo("الرباط");
    assertThat(glued.outlet()).isEqualTo("عربي21");
  }

  @Test
  void anAgencyNameAloneUnderTheHeadlineIsCredited() {
    Document d = run(List.of(HEADLINE, "د ب أ", P1, P2));
    assertThat(d.creditedSources()).contains("د ب أ");
    assertThat(d.body()).doesNotContain("د ب أ");
  }
}
