package org.mizan.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mizan.doc.RawArticle;

class HtmlExtractorTest {
  static final List<String> BODY = List.of(
      "أعلن وزير المالية، يوم الأحد، أن الحكومة ستخفض الإنفاق العام بنسبة عشرة في المئة خلال العام المقبل، في إطار خطة لإصلاح الموازنة.",
      "وقال الوزير في مؤتمر صحفي عقده في العاصمة إن الخطة تشمل مراجعة الدعم، وترشيد الاستيراد، وتحفيز الاستثمار الخاص.",
      "ردود الفعل الأولى",
      "ورحبت غرفة التجارة بالقرار، لكنها حذرت من أن خفض الإنفاق قد يبطئ النمو في الأشهر الأولى، بحسب بيان صدر مساء الأحد.");

  /** A realistic page: menus, share bar, ads, related links, comments and footer around the article. */
  static String page() {
    return """
        <!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8">
        <title>الحكومة تخفض الإنفاق | صحيفة المثال</title>
        <meta property="og:title" content="الحكومة تخفض الإنفاق العام بنسبة 10%%">
        <meta property="og:site_name" content="صحيفة المثال">
        <meta property="article:published_time" content="2025-12-07T09:30:00+03:00">
        <meta name="description" content="خطة لإصلاح الموازنة">
        <link rel="canonical" href="https://example.com/news/2025/12/07/budget">
        <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
          "headline":"الحكومة تخفض الإنفاق العام","datePublished":"2025-12-07T09:30:00+03:00",
          "author":[{"@type":"Person","name":"سارة علي"}],"publisher":{"@type":"Organization","name":"صحيفة المثال"}}</script>
        <script>var ads = "<p>لا تظهر</p>";</script><style>p{color:red}</style></head>
        <body><header class="site-header"><a href="/">الرئيسية</a> <a href="/world">العالم</a></header>
        <nav class="menu"><ul><li><a href="/a">سياسة</a></li><li><a href="/b">اقتصاد</a></li><li><a href="/c">رياضة</a></li></ul></nav>
        <div class="ad-banner">إعلان: اشترك الآن واحصل على خصم كبير على جميع المنتجات المتاحة في المتجر</div>
        <main><article class="article"><h1>الحكومة تخفض الإنفاق العام</h1>
        <div class="share-bar"><a href="#">شارك على فيسبوك</a> <a href="#">تويتر</a></div>
        <div class="article-body">
        <p>%s</p><p>%s</p><h2>%s</h2><p>%s</p>
        <ul class="read-more"><li><a href="/x">اقرأ أيضا: ارتفاع أسعار النفط في الأسواق العالمية اليوم</a></li>
        <li><a href="/y">البنك المركزي يبقي أسعار الفائدة دون تغيير للمرة الثالثة</a></li></ul>
        </div></article>
        <section id="comments" class="comments"><div class="comment"><p>تعليق طويل من أحد القراء، يقول فيه إن القرار متأخر جدا، وإن الحكومة كان يجب أن تتحرك قبل سنوات.</p></div></section>
        <aside class="sidebar"><h3>الأكثر قراءة</h3><p>خبر آخر طويل بما يكفي ليبدو فقرة حقيقية، لكنه في الشريط الجانبي، وليس في المقال.</p></aside>
        </main><footer class="footer">جميع الحقوق محفوظة © 2025 صحيفة المثال</footer></body></html>
        """.formatted(BODY.get(0), BODY.get(1), BODY.get(2), BODY.get(3));
  }

  @Test
  void findsTheArticleBodyAndLeavesTheChromeOut() {
    HtmlExtractor.Extracted x = HtmlExtractor.extract(page(), null);
    assertThat(x.lines()).containsSubsequence(BODY);
    String all = String.join("\n", x.lines());
    assertThat(all).doesNotContain("الرئيسية", "اقتصاد", "إعلان", "شارك", "اقرأ أيضا", "تعليق طويل", "الأكثر قراءة",
        "الحقوق", "لا تظهر", "color");
  }

  @Test
  void aCreditOrWriterBlockBesideTheArticleIsKeptAsALineAndNoOtherShortBlock() {
    String html = "<html><body><div class=\"wrap\"><p class=\"writer\">سارة علي</p>"
        + "<div class=\"page\"><article><p>" + BODY.get(0) + "</p><p>" + BODY.get(1) + "</p><p>" + BODY.get(3)
        + "</p></article><div class=\"src\">المصدر: وكالات</div><div>خبر قصير آخر بلا صلة</div></div>"
        + "<div class=\"share\">شارك</div></div></body></html>";
    List<String> lines = HtmlExtractor.extract(html, null).lines();
    assertThat(lines).containsSubsequence("سارة علي", BODY.get(0), BODY.get(3), "المصدر: وكالات");
    assertThat(lines).doesNotContain("خبر قصير آخر بلا صلة", "شارك");
  }

  @Test
  void aDateStampBlockBesideTheArticleTextIsKeptAsALine() {
    String html = "<html><body><article><h1>الحكومة تخفض الإنفاق العام</h1><div class=\"info\">الأحد 7 كانون الأول 2025 09:30</div>"
        + "<div class=\"info\">خبر قصير آخر بلا صلة</div><div class=\"text\"><p>" + BODY.get(0) + "</p><p>" + BODY.get(1)
        + "</p><p>" + BODY.get(3) + "</p></div></article></body></html>";
    List<String> lines = HtmlExtractor.extract(html, null).lines();
    assertThat(lines).containsSubsequence("الأحد 7 كانون الأول 2025 09:30", BODY.get(0), BODY.get(3));
    assertThat(lines).doesNotContain("خبر قصير آخر بلا صلة");
  }

  @Test
  void readsMetadataFromJsonLdOpenGraphAndLinks() {
    HtmlExtractor.Extracted x = HtmlExtractor.extract(page(), null);
    assertThat(x.meta()).containsEntry(RawArticle.TITLE, "الحكومة تخفض الإنفاق العام")
        .containsEntry(RawArticle.PUBLISHED, "2025-12-07T09:30:00+03:00")
        .containsEntry(RawArticle.SITE_NAME, "صحيفة المثال")
        .containsEntry(RawArticle.AUTHOR, "سارة علي")
        .containsEntry(RawArticle.URL, "https://example.com/news/2025/12/07/budget")
        .containsEntry(RawArticle.DESCRIPTION, "خطة لإصلاح الموازنة");
  }

  @Test
  void openGraphIsUsedWhenThereIsNoJsonLd() {
    String html = page().replaceAll("(?s)<script type=\"application/ld\\+json\">.*?</script>", "");
    HtmlExtractor.Extracted x = HtmlExtractor.extract(html, null);
    assertThat(x.meta()).containsEntry(RawArticle.TITLE, "الحكومة تخفض الإنفاق العام بنسبة 10%")
        .containsEntry(RawArticle.PUBLISHED, "2025-12-07T09:30:00+03:00");
  }

  @Test
  void malformedHtmlStillYieldsItsText() {
    String html = "<html><body><div><p>" + BODY.get(0) + "<p><b>" + BODY.get(1) + "<div><i>غير مغلق";
    HtmlExtractor.Extracted x = HtmlExtractor.extract(html, null);
    assertThat(x.lines()).contains(BODY.get(0), BODY.get(1));
  }

  @Test
  void deeplyNestedMarkupDoesNotOverflowTheStack() {
    String html = "<div>".repeat(20_000) + "<p>" + BODY.get(0) + "</p>" + "</div>".repeat(20_000);
    assertThat(HtmlExtractor.extract(html, null).lines()).contains(BODY.get(0));
  }

  @Test
  void textSeparatedByLineBreaksInsideOneDivIsSplitIntoLines() {
    String html = "<html><body><div class=\"menu\"><a href=\"/\">الرئيسية</a></div><div id=\"wrap\"><div id=\"txt\">"
        + String.join("<br><br>", BODY) + "</div></div><div class=\"footer\">حقوق النشر محفوظة لصاحب الموقع منذ سنوات</div></body></html>";
    HtmlExtractor.Extracted x = HtmlExtractor.extract(html, null);
    assertThat(x.lines()).containsExactlyElementsOf(BODY);
  }

  @Test
  void jsonLdArticleBodyIsUsedWhenThePageHasNoProse() {
    String html = "<html><head><script type=\"application/ld+json\">{\"@graph\":[{\"@type\":\"WebPage\"},"
        + "{\"@type\":\"NewsArticle\",\"headline\":\"عنوان\",\"articleBody\":\"" + String.join("\\n", BODY) + "\"}]}"
        + "</script></head><body><div id=\"app\"></div></body></html>";
    HtmlExtractor.Extracted x = HtmlExtractor.extract(html, null);
    assertThat(x.lines()).containsExactlyElementsOf(BODY);
    assertThat(x.meta()).containsEntry(RawArticle.TITLE, "عنوان").doesNotContainKey(HtmlMetadata.BODY);
  }

  @Test
  void theHeadlineH1WinsOverATitleWithSectionAndSiteNames() {
    String html = """
        <!DOCTYPE html><html><head><title>البرلمان يقر قانون الإيجارات | سياسة | موقع المثال</title></head><body>
        <header><h1 class="logo">صحيفة</h1></header>
        <article><h1>البرلمان يقر قانون الإيجارات الجديد بعد نقاش طويل</h1><p>%s</p><p>%s</p></article></body></html>
        """.formatted(BODY.get(0), BODY.get(1));
    HtmlExtractor.Extracted x = HtmlExtractor.extract(html, null);
    assertThat(x.meta()).containsEntry(RawArticle.TITLE, "البرلمان يقر قانون الإيجارات الجديد بعد نقاش طويل");
  }
}
