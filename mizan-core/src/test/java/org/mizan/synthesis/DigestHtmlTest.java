package org.mizan.synthesis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.mizan.doc.Document;
import org.mizan.stories.Story;

class DigestHtmlTest {
  private static final String EVIL = "<script>alert('x')</script> <img src=x onerror=alert(1)> "
      + "<a href=\"javascript:alert(2)\">اضغط هنا</a> &amp; نص عادي عن الميزانية الجديدة للمدارس الحكومية.";

  private List<Document> docs() {
    List<Document> docs = new ArrayList<>(BudgetStory.docs());
    docs.add(Docs.doc("x9", "<b>موقع</b>", "2024-03-11").para(EVIL)
        .para("وقال المتحدث إن الميزانية الجديدة تتضمن 500 مليون دولار لدعم المدارس الحكومية في المناطق الريفية.")
        .build());
    return docs;
  }

  private String page() {
    List<Document> docs = docs();
    Story s = BudgetStory.story();
    Story withEvil = new Story(s.id(), "<script>label</script>", List.of("a1", "b2", "c3", "x9"), s.outlets(),
        s.firstSeen(), s.lastSeen(), s.syndication());
    StoryDigest g = Synthesizer.digest(withEvil, docs, BudgetStory.entities());
    return DigestHtml.page(List.of(g), docs);
  }

  @Test
  void untrustedArticleTextIsInert() {
    String html = page();
    assertThat(html).doesNotContain("<script").doesNotContain("<img").doesNotContain("<b>");
    // parsed as a browser would: no script, no image, no event handler, no javascript: link anywhere
    org.jsoup.nodes.Document dom = org.jsoup.Jsoup.parse(html);
    assertThat(dom.select("script, img, iframe, object, embed")).isEmpty();
    for (org.jsoup.nodes.Element e : dom.getAllElements()) {
      for (org.jsoup.nodes.Attribute a : e.attributes()) {
        assertThat(a.getKey()).doesNotStartWith("on");
        assertThat(a.getValue().strip().toLowerCase(java.util.Locale.ROOT)).doesNotStartWith("javascript:");
      }
    }
    assertThat(dom.select("article#d-x9").text()).contains("<script>alert('x')</script>", "onerror=alert(1)");
    assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
    assertThat(html).contains("&lt;img src=x onerror=alert(1)&gt;");
    assertThat(html).contains("&lt;a href=&quot;javascript:alert(2)&quot;&gt;");
    assertThat(html).contains("&amp;amp;");
  }

  @Test
  void markdownCarriesNoRawHtml() {
    List<Document> docs = docs();
    Story s = BudgetStory.story();
    StoryDigest g = Synthesizer.digest(new Story(s.id(), "<b>x</b>", List.of("x9"), List.of(), null, null, List.of()),
        docs, List.of());
    String md = DigestMarkdown.render(List.of(g));
    assertThat(md).doesNotContain("<script").doesNotContain("<img").doesNotContain("<b>").contains("&lt;b&gt;x&lt;/b&gt;");
  }

  @Test
  void pageIsSelfContainedRightToLeftArabic() {
    String html = page();
    assertThat(html).startsWith("<!DOCTYPE html>").contains("<html dir=\"rtl\" lang=\"ar\">").contains("<meta charset=\"utf-8\">");
    assertThat(html).doesNotContain("http://").doesNotContain("https://").doesNotContain("src=\"")
        .doesNotContain("<link").doesNotContain("@import").doesNotContain("url(");
    assertThat(html).contains("default-src 'none'");
  }

  @Test
  void citationsJumpToAnchoredArticleText() {
    String html = page();
    var links = Pattern.compile("href=\"#(c-[^\"]+)\"").matcher(html).results().map(m -> m.group(1)).distinct().toList();
    assertThat(links).isNotEmpty();
    for (String id : links) assertThat(html).contains("id=\"" + id + "\"");
    assertThat(html).contains("<article id=\"d-a1\">").contains("href=\"#s-s-budget\"");
    // sections present
    assertThat(html).contains("الملخص", "التسلسل الزمني", "من قال ماذا", "الأرقام", "نقاط الخلاف", "المصادر والتغطية");
  }

  @Test
  void storyPageRendersOneStory() {
    StoryDigest g = Synthesizer.digest(BudgetStory.story(), BudgetStory.docs(), BudgetStory.entities());
    String html = DigestHtml.storyPage(g, BudgetStory.docs());
    assertThat(html).contains("dir=\"rtl\"").contains("<article id=\"d-c3\">").doesNotContain("<nav");
    assertThat(DigestMarkdown.render(List.of(g))).contains("## الميزانية الجديدة", "### Divergences", "[وكالة الأنباء · a1]");
  }
}
