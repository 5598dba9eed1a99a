package org.mizan.synthesis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mizan.doc.Document;
import org.mizan.doc.Paragraph;
import org.mizan.stories.RelatedStories;
import org.mizan.synthesis.StoryDigest.Citation;
import org.mizan.synthesis.StoryDigest.Divergence;
import org.mizan.synthesis.StoryDigest.FigureValue;
import org.mizan.synthesis.StoryDigest.Position;
import org.mizan.synthesis.StoryDigest.Quantity;
import org.mizan.synthesis.StoryDigest.Source;
import org.mizan.synthesis.StoryDigest.SpeakerStatements;
import org.mizan.synthesis.StoryDigest.Statement;
import org.mizan.synthesis.StoryDigest.SummarySentence;
import org.mizan.synthesis.StoryDigest.TimelineEvent;

/**
 * Renders digests as one self-contained right-to-left HTML page: inline CSS, no script, no external
 * request, system Arabic fonts. Citations link to the cited span inside the articles' cleaned text,
 * which the page includes. Every piece of article text is HTML-escaped: it is untrusted input.
 */
public final class DigestHtml {
  private DigestHtml() {}

  private static final String CSS = """
      :root{--ink:#1d232a;--muted:#5b6670;--line:#e3e6ea;--accent:#0b6e6e;--warn:#a4441b;--bg:#fbfaf7}
      *{box-sizing:border-box}
      body{margin:0;background:var(--bg);color:var(--ink);font-family:"Noto Naskh Arabic","Noto Sans Arabic",
        "Amiri","Scheherazade New","Geeza Pro","Segoe UI","Tahoma","Arial",sans-serif;font-size:18px;line-height:1.85}
      main{max-width:52rem;margin:0 auto;padding:1.5rem 1.25rem 4rem;overflow-wrap:anywhere}
      h1{font-size:1.7rem;margin:.2rem 0 1rem}h2{font-size:1.45rem;margin:2.5rem 0 .5rem;line-height:1.5}
      h3{font-size:1.1rem;margin:1.6rem 0 .4rem;color:var(--accent);border-bottom:1px solid var(--line)}
      a{color:var(--accent);text-decoration:none}a:hover{text-decoration:underline}
      nav ol{padding-inline-start:1.4rem}.meta{color:var(--muted);font-size:.85rem}
      .story{background:#fff;border:1px solid var(--line);border-radius:10px;padding:.5rem 1.4rem 1.2rem;margin-top:2rem}
      ul.summary{padding-inline-start:1.2rem}ul.summary li{margin:.45rem 0}
      .cite{font-size:.72rem;vertical-align:super;margin-inline-start:.15rem}
      .cite a{background:#e8f3f3;border-radius:4px;padding:0 .25rem;white-space:nowrap}
      ul.plain{list-style:none;padding:0}ul.plain li{margin:.35rem 0}
      .date{font-weight:bold;display:inline-block;min-width:6.5rem;direction:ltr;text-align:right}
      .iso{white-space:nowrap;unicode-bidi:isolate}
      .bg{color:var(--muted)}.tag{font-size:.75rem;border:1px solid var(--line);border-radius:4px;padding:0 .3rem;color:var(--muted)}
      .agree{color:#1e7b34}.conflict{color:var(--warn);font-weight:bold}
      blockquote{margin:.4rem 0;padding:.2rem .9rem;border-inline-start:3px solid var(--accent);background:#f6f8f8}
      .div{border-inline-start:3px solid var(--warn);padding:.2rem .9rem;margin:.8rem 0;background:#fdf6f2}
      table{border-collapse:collapse;width:100%;font-size:.95rem}td,th{border-bottom:1px solid var(--line);padding:.3rem .4rem;text-align:start;vertical-align:top}
      article{background:#fff;border:1px solid var(--line);border-radius:10px;padding:.4rem 1.4rem;margin-top:1.2rem}
      article h4{font-size:1.05rem;margin:.8rem 0 .2rem}
      .cited:target,.cited.hl{background:#fff0a8;outline:2px solid #f1c40f}
      .sub{font-weight:bold}
      """;

  /** The whole report: index, every story, then the articles' text. */
  public static String page(List<StoryDigest> stories, List<Document> docs) {
    return page(new DigestReport(DigestReport.SCHEMA_VERSION, stories), docs);
  }

  /** The report's page, saying how many stories were left out for too few outlets. */
  public static String page(DigestReport report, List<Document> docs) {
    List<StoryDigest> stories = report.stories();
    StringBuilder sb = new StringBuilder();
    head(sb, "ميزان: ملخص الأخبار");
    sb.append("<h1>ميزان: ملخص القصص</h1>\n");
    if (report.storiesLeftOut() > 0) {
      sb.append("<p class=meta>القصص التي غطّتها ").append(report.minOutlets()).append(" وسائل إعلام على الأقل؛ ")
          .append(report.storiesLeftOut()).append(" قصة أخرى غير معروضة (كل القصص في stories.md).</p>\n");
    }
    sb.append("<nav aria-label=\"فهرس القصص\"><ol>\n");
    for (StoryDigest g : stories) {
      sb.append("<li><a href=\"#s-").append(id(g.storyId())).append("\">").append(esc(label(g))).append("</a> <span class=meta>(")
          .append(articles(g.documents().size()));
      if (g.documents().size() > 1) sb.append("، ").append(outlets(DigestReport.outlets(g)));
      sb.append(")</span></li>\n");
    }
    sb.append("</ol></nav>\n");
    Map<String, Document> byId = index(docs);
    for (StoryDigest g : stories) story(sb, g, byId);
    sb.append("<h2 id=\"articles\">نصوص المقالات</h2>\n");
    List<Document> cited = new ArrayList<>();
    for (StoryDigest g : stories) for (String d : g.documents()) if (byId.containsKey(d)) cited.add(byId.get(d));
    articles(sb, cited, stories);
    return foot(sb);
  }

  /** A page for one story (for the web server): its sections and its articles. */
  public static String storyPage(StoryDigest g, List<Document> docs) {
    StringBuilder sb = new StringBuilder();
    head(sb, label(g));
    Map<String, Document> byId = index(docs);
    story(sb, g, byId);
    sb.append("<h2 id=\"articles\">نصوص المقالات</h2>\n");
    articles(sb, g.documents().stream().filter(byId::containsKey).map(byId::get).toList(), List.of(g));
    return foot(sb);
  }

  private static void head(StringBuilder sb, String title) {
    sb.append("<!DOCTYPE html>\n<html dir=\"rtl\" lang=\"ar\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
        .append("<title>").append(esc(title)).append("</title>\n<style>").append(CSS).append("</style>\n</head>\n<body><main>\n");
  }

  private static String foot(StringBuilder sb) {
    return sb.append("</main></body>\n</html>\n").toString();
  }

  private static void story(StringBuilder sb, StoryDigest g, Map<String, Document> byId) {
    sb.append("<section class=\"story\" id=\"s-").append(id(g.storyId())).append("\">\n<h2>").append(esc(label(g)))
        .append("</h2>\n");
    StoryDigest.Coverage c = g.coverage();
    sb.append("<p class=meta>").append(articles(g.documents().size())).append(" · أول تقرير: ")
        .append(date(c.firstReport())).append(" · آخر تقرير: ").append(date(c.lastReport())).append("</p>\n");
    sb.append("<h3>الملخص</h3>\n<ul class=summary>\n");
    for (SummarySentence s : g.summary()) sb.append("<li>").append(esc(s.text())).append(cites(s.citations(), byId)).append("</li>\n");
    if (g.summary().isEmpty()) sb.append("<li>لا نص كافٍ لملخص.</li>\n");
    sb.append("</ul>\n");
    if (!g.timeline().isEmpty()) {
      sb.append("<h3>التسلسل الزمني</h3>\n<ul class=plain>\n");
      for (TimelineEvent e : g.timeline()) {
        sb.append("<li").append(e.background() ? " class=bg" : "").append("><span class=date>").append(esc(TimelineBuilder.readable(e.date(), "أسبوع")))
            .append("</span> ");
        if (e.background()) sb.append("<span class=tag>خلفية</span> ");
        if (e.inferred()) sb.append("<span class=tag title=\"").append(esc(e.dateText()))
            .append("\">تاريخ مستنتج</span> ");
        sb.append(esc(e.text())).append(cites(e.citations(), byId)).append("</li>\n");
      }
      sb.append("</ul>\n");
    }
    if (!g.quotes().isEmpty()) {
      sb.append("<h3>من قال ماذا</h3>\n");
      for (SpeakerStatements sp : g.quotes()) {
        sb.append("<h4>").append(esc(WhoSaidWhat.UNKNOWN.equals(sp.speaker()) ? "متحدث غير محدد" : sp.speaker()))
            .append("</h4>\n");
        for (Statement st : sp.statements()) {
          sb.append("<blockquote>").append(st.kinds().contains("direct") ? "«" + esc(st.text()) + "»" : esc(st.text()))
              .append(cites(st.citations(), byId)).append("<br><span class=meta>")
              .append(st.kinds().contains("direct") ? "مباشر" : "غير مباشر");
          if (st.medium() != null) sb.append(" · ").append(esc(st.medium()));
          if (st.outlets() > 1) sb.append(" · نقلته ").append(outlets(st.outlets()));
          sb.append("</span></blockquote>\n");
        }
      }
    }
    if (!g.figures().isEmpty()) {
      sb.append("<h3>الأرقام</h3>\n<table><tr><th>الكمية</th><th>القيمة كما وردت</th><th>المصادر</th><th></th></tr>\n");
      for (Quantity q : g.figures()) {
        for (int i = 0; i < q.values().size(); i++) {
          FigureValue v = q.values().get(i);
          sb.append("<tr><td>").append(i == 0 ? esc(quantityLabel(q)) : "")
              .append("</td><td>").append(esc(v.text())).append(cites(v.citations(), byId)).append("</td><td>")
              .append(esc(String.join("، ", outletNames(v.outlets())))).append("</td><td>");
          if (i == 0 && q.conflict()) sb.append("<span class=conflict>خلاف بين المصادر</span>");
          if (i == 0 && q.agreement()) sb.append("<span class=agree>تتفق ").append(outlets(v.outlets().size())).append("</span>");
          sb.append("</td></tr>\n");
        }
      }
      sb.append("</table>\n");
    }
    if (!g.divergences().isEmpty()) {
      sb.append("<h3>نقاط الخلاف</h3>\n");
      for (Divergence d : g.divergences()) {
        sb.append("<div class=div><strong>").append(kind(d.kind())).append("</strong>: ")
            .append(esc("figure".equals(d.kind()) ? FigureLabels.label(d) : d.about()))
            .append("<ul>\n");
        for (Position p : d.positions()) {
          sb.append("<li><span class=tag>").append(stance(p.stance())).append("</span> ");
          if (p.actor() != null) sb.append("<strong>").append(esc(p.actor())).append("</strong>: ");
          sb.append(esc(p.claim())).append(cites(p.citations(), byId)).append("</li>\n");
        }
        sb.append("</ul>");
        if (d.note() != null) sb.append("<span class=meta>").append(esc(note(d.note()))).append("</span>");
        sb.append("</div>\n");
      }
    }
    if (!g.related().isEmpty()) {
      sb.append("<h3>قصص ذات صلة</h3>\n<ul class=plain>\n");
      for (RelatedStories.Link l : g.related()) {
        sb.append("<li><a href=\"#s-").append(id(l.storyId())).append("\">").append(esc(l.label() == null ? l.storyId() : l.label()))
            .append("</a>");
        if (!l.shared().isEmpty()) sb.append(" <span class=meta>(").append(esc(String.join("، ", l.shared()))).append(")</span>");
        sb.append("</li>\n");
      }
      sb.append("</ul>\n");
    }
    sb.append("<h3>المصادر والتغطية</h3>\n<table><tr><th>المقال</th><th>الوسيلة</th><th>النشر</th><th>الوكالات</th><th>نسخ</th></tr>\n");
    for (Source s : c.sources()) {
      sb.append("<tr><td><a href=\"#d-").append(id(s.documentId())).append("\">").append(esc(orDash(s.headline() != null
          ? s.headline() : s.documentId()))).append("</a></td><td>").append(esc(orDash(s.outlet()))).append("</td><td>")
          .append(published(s)).append("</td><td>").append(esc(String.join("، ", s.creditedSources())))
          .append("</td><td>");
      if (!s.syndicatedWith().isEmpty()) {
        sb.append("نص مشترك مع ").append(articles(s.syndicatedWith().size()));
        if (s.agency() != null) sb.append(" (").append(esc(s.agency())).append(")");
      }
      sb.append("</td></tr>\n");
    }
    sb.append("</table>\n</section>\n");
  }

  private static void articles(StringBuilder sb, List<Document> docs, List<StoryDigest> stories) {
    Map<String, List<Citation>> cited = new LinkedHashMap<>();
    for (StoryDigest g : stories) {
      for (Citation c : CitationCheck.citations(g)) cited.computeIfAbsent(c.documentId(), k -> new ArrayList<>()).add(c);
    }
    for (Document d : docs) {
      sb.append("<article id=\"d-").append(id(d.id())).append("\">\n<h4>").append(esc(d.headline() != null ? d.headline()
          : "(بلا عنوان)")).append("</h4>\n<p class=meta>").append(esc(orDash(d.outlet()))).append(" · ")
          .append(date(d.published() == null ? null : d.published().value())).append(" · <span dir=ltr>")
          .append(esc(d.id())).append("</span></p>\n");
      List<Citation> cs = new ArrayList<>(cited.getOrDefault(d.id(), List.of()));
      cs.sort(java.util.Comparator.comparingInt(Citation::start).thenComparingInt(c -> -c.end()));
      int off = 0;
      for (Paragraph p : d.paragraphs()) {
        int end = off + p.text().length();
        sb.append(p.kind() == Paragraph.Kind.SUBHEADING ? "<p class=sub>" : "<p>");
        paragraph(sb, d, p.text(), off, end, cs);
        sb.append("</p>\n");
        off = end + Document.PARAGRAPH_SEPARATOR.length();
      }
      sb.append("</article>\n");
    }
  }

  /** One paragraph with each cited span wrapped in an anchored span (overlapping ones get an anchor only). */
  private static void paragraph(StringBuilder sb, Document d, String text, int off, int end, List<Citation> cs) {
    int pos = off;
    java.util.Set<String> wrapped = new java.util.HashSet<>();
    List<String> anchorsOnly = new ArrayList<>();
    for (Citation c : cs) {
      String a = anchor(c);
      if (c.start() < off || c.start() >= end || wrapped.contains(a) || anchorsOnly.contains(a)) continue;
      if (c.start() < pos) { // overlaps the previous highlighted span: an anchor at the paragraph end
        anchorsOnly.add(a);
        continue;
      }
      int ce = Math.min(c.end(), end);
      sb.append(esc(text.substring(pos - off, c.start() - off)));
      sb.append("<span class=cited id=\"").append(a).append("\">").append(esc(text.substring(c.start() - off, ce - off)))
          .append("</span>");
      wrapped.add(a);
      pos = ce;
    }
    sb.append(esc(text.substring(pos - off)));
    for (String a : anchorsOnly) sb.append("<a id=\"").append(a).append("\"></a>");
  }

  private static String cites(List<Citation> cs, Map<String, Document> byId) {
    StringBuilder sb = new StringBuilder("<span class=cite>");
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (Citation c : cs) {
      if (!seen.add(c.documentId())) continue;
      String name = c.outlet() != null ? c.outlet() : shortId(c.documentId());
      sb.append("<a href=\"#").append(anchor(c)).append("\" title=\"").append(esc(c.text().length() > 200
          ? c.text().substring(0, 200) + "…" : c.text())).append("\">").append(esc(name)).append("</a> ");
    }
    return sb.append("</span>").toString();
  }

  static String anchor(Citation c) {
    return "c-" + id(c.documentId()) + "-" + c.start() + "-" + c.end();
  }

  private static Map<String, Document> index(List<Document> docs) {
    Map<String, Document> m = new LinkedHashMap<>();
    for (Document d : docs) m.put(d.id(), d);
    return m;
  }

  private static List<String> outletNames(List<String> outlets) {
    return outlets.stream().map(o -> o.startsWith("doc:") ? shortId(o.substring(4)) : o).toList();
  }

  private static String shortId(String id) {
    return id.length() > 8 ? id.substring(0, 8) : id;
  }

  private static String label(StoryDigest g) {
    return g.label() != null ? g.label() : "قصة " + g.storyId();
  }

  private static String kind(String k) {
    return switch (k) {
      case "figure" -> "أرقام متعارضة";
      case "claim" -> "تصريحات متعارضة";
      case "time" -> "توقيت مختلف";
      default -> esc(k);
    };
  }

  private static String stance(String s) {
    if ("negated".equals(s)) return "نفي";
    if ("asserted".equals(s)) return "إثبات";
    if (s.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
      String part = s.substring(10).replace(" early", " صباحًا").replace(" late", " مساءً");
      return date(s.substring(0, 10)) + esc(part);
    }
    return esc(s);
  }

  private static String note(String n) {
    return n.startsWith("likely a time-zone") ? "على الأرجح فارق في التوقيت بين المناطق الزمنية" : n.startsWith("one day apart")
        ? "فارق يوم واحد: قد يعود إلى المنطقة الزمنية أو إلى يوم النشر" : n;
  }

  private static String quantityLabel(Quantity q) {
    return orDash(FigureLabels.label(q));
  }

  /** "n articles" with the Arabic number agreement (مقال، مقالان، 3 مقالات، 11 مقالًا). */
  static String articles(int n) {
    if (n == 1) return "مقال واحد";
    if (n == 2) return "مقالان";
    int last2 = n % 100;
    if (last2 >= 3 && last2 <= 10) return n + " مقالات";
    return n + " مقالًا";
  }

  /** "n outlets" with the Arabic number agreement. */
  static String outlets(int n) {
    if (n == 1) return "وسيلة إعلام واحدة";
    if (n == 2) return "وسيلتا إعلام";
    int last2 = n % 100;
    return last2 >= 3 && last2 <= 10 ? n + " وسائل إعلام" : n + " وسيلة إعلام";
  }

  /** An ISO date kept left-to-right and on one line inside the right-to-left page. */
  /** The stated date; else the stated weekday and the day it places the article on, marked as inferred. */
  private static String published(Source s) {
    if (s.published() != null || s.weekday() == null) return date(s.published());
    return esc(s.weekday()) + (s.placedOn() == null ? "" : " <span class=meta>(غالبا " + date(s.placedOn()) + ")</span>");
  }

  private static String date(String iso) {
    return iso == null ? "—" : "<span class=iso dir=ltr>" + esc(iso.replace('T', ' ')) + "</span>";
  }

  private static String orDash(String s) {
    return s == null || s.isBlank() ? "—" : s;
  }

  /** A safe HTML id fragment: letters, digits, '-' and '_' only. */
  static String id(String s) {
    StringBuilder sb = new StringBuilder();
    for (char ch : String.valueOf(s).toCharArray()) sb.append(Character.isLetterOrDigit(ch) && ch < 128 || ch == '-' || ch == '_' ? ch : '_');
    return sb.toString();
  }

  /** HTML-escapes text for element content and quoted attribute values. */
  public static String esc(String s) {
    if (s == null) return "";
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }
}
