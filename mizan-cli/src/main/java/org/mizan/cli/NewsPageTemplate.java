package org.mizan.cli;

import java.util.List;

/**
 * Wraps an article in a realistic Arabic news page for benchmarks: head with Open Graph and JSON-LD,
 * scripts and styles, a menu bar, ads, breadcrumbs, share buttons, a related-links list, a reader
 * comments section (real prose, the hard case) and a most-read sidebar. Deterministic.
 */
final class NewsPageTemplate {
  private NewsPageTemplate() {}

  /** The page; {@code others} are other articles' sentences, used as comments and sidebar teasers. */
  static String page(String title, String source, String url, List<String> paragraphs, List<String> others, int seed) {
    StringBuilder sb = new StringBuilder(40_000);
    sb.append("<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<title>").append(esc(title)).append(" | ").append(esc(source)).append("</title>")
        .append("<meta property=\"og:title\" content=\"").append(esc(title)).append("\">")
        .append("<meta property=\"og:site_name\" content=\"").append(esc(source)).append("\">")
        .append("<meta property=\"article:published_time\" content=\"2015-07-2").append(seed % 9).append("T10:1")
        .append(seed % 10).append(":00+03:00\"><link rel=\"canonical\" href=\"").append(esc(url)).append("\">")
        .append("<link rel=\"stylesheet\" href=\"/static/site.css\"><style>.ad{display:block}.menu li{float:right}")
        .append("body{font-family:Tahoma}</style>")
        .append("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",")
        .append("\"headline\":\"").append(title.replace("\"", "'")).append("\",\"datePublished\":\"2015-07-21\"}</script>")
        .append("<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}")
        .append("gtag('js',new Date());var slots=['top','side','bottom'];</script></head><body>")
        .append("<header class=\"site-header\"><div class=\"logo\"><a href=\"/\">").append(esc(source)).append("</a></div>")
        .append("<nav class=\"menu\"><ul>");
    String[] sections = {"الرئيسية", "محليات", "سياسة", "اقتصاد", "رياضة", "ثقافة", "تقنية", "صحة", "منوعات",
        "مقالات", "فيديو", "صور", "اتصل بنا"};
    for (String s : sections) sb.append("<li><a href=\"/section/").append(s.length()).append("\">").append(s).append("</a></li>");
    sb.append("</ul></nav><form class=\"search\"><input name=\"q\" placeholder=\"بحث\"><button>بحث</button></form></header>")
        .append("<div class=\"ad ad-top\"><a href=\"https://ads.example/click\"><img src=\"/ads/728x90.jpg\" alt=\"إعلان\"></a>")
        .append("<span>إعلان</span></div>")
        .append("<div class=\"breadcrumb\"><a href=\"/\">الرئيسية</a> › <a href=\"/section/1\">أخبار</a></div>")
        .append("<main class=\"container\"><div class=\"col-main\"><article class=\"post\">")
        .append("<h1 class=\"post-title\">").append(esc(title)).append("</h1>")
        .append("<div class=\"post-meta\"><span class=\"date\">الثلاثاء 21 يوليو 2015</span> <span class=\"author\">")
        .append(esc(source)).append("</span></div>")
        .append("<div class=\"share-buttons\"><a href=\"#\">فيسبوك</a><a href=\"#\">تويتر</a><a href=\"#\">واتساب</a>")
        .append("<a href=\"#\">طباعة</a></div><figure><img src=\"/img/").append(seed).append(".jpg\">")
        .append("<figcaption>صورة أرشيفية</figcaption></figure><div class=\"post-content entry-content\">");
    for (int i = 0; i < paragraphs.size(); i++) {
      sb.append("<p>").append(esc(paragraphs.get(i))).append("</p>");
      if (i == 1) sb.append("<div class=\"ad ad-inline\"><script>googletag.display('inline');</script></div>");
    }
    sb.append("</div><div class=\"tags\"><span>الوسوم:</span> <a href=\"/tag/1\">السعودية</a> <a href=\"/tag/2\">أخبار</a></div>")
        .append("</article><section class=\"related-posts\"><h3>أخبار ذات صلة</h3><ul>");
    for (int i = 0; i < 5; i++) {
      sb.append("<li><a href=\"/news/").append(seed * 10 + i).append("\">").append(esc(teaser(others, seed + i)))
          .append("</a></li>");
    }
    sb.append("</ul></section><section id=\"comments\" class=\"comments\"><h3>التعليقات</h3>");
    for (int i = 0; i < 4; i++) {
      sb.append("<div class=\"comment\"><div class=\"comment-author\">زائر ").append(i + 1)
          .append("</div><p>").append(esc(others.get((seed + 1 + 7 * i) % others.size()))).append("</p></div>");
    }
    sb.append("<form class=\"comment-form\"><textarea></textarea><button>أرسل</button></form></section></div>")
        .append("<aside class=\"sidebar\"><div class=\"widget most-read\"><h3>الأكثر قراءة</h3><ol>");
    for (int i = 0; i < 8; i++) sb.append("<li><a href=\"/n/").append(i).append("\">").append(esc(teaser(others, seed * 3 + i))).append("</a></li>");
    sb.append("</ol></div><div class=\"ad ad-side\"><img src=\"/ads/300x250.jpg\"></div></aside></main>")
        .append("<footer class=\"site-footer\"><p>جميع الحقوق محفوظة © 2015 ").append(esc(source))
        .append("</p><ul><li><a href=\"/about\">من نحن</a></li><li><a href=\"/privacy\">سياسة الخصوصية</a></li></ul></footer>")
        .append("<script src=\"/static/app.js\"></script><script>(function(){var s=document.createElement('script');")
        .append("s.src='https://ads.example/tag.js';document.body.appendChild(s);})();</script></body></html>");
    return sb.toString();
  }

  /** The comment texts of the page built with the same {@code seed} (they must not be extracted). */
  static List<String> comments(List<String> others, int seed) {
    return java.util.stream.IntStream.range(0, 4).mapToObj(i -> others.get((seed + 1 + 7 * i) % others.size())).toList();
  }

  private static String teaser(List<String> others, int i) {
    String s = others.get(Math.floorMod(i * 31, others.size()));
    return s.length() > 90 ? s.substring(0, 90) : s;
  }

  private static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
