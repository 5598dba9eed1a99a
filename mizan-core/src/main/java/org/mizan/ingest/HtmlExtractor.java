package org.mizan.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Finds the article in a full news page, readability-style. Chrome is dropped first (scripts, forms,
 * {@code nav}/{@code aside}/{@code footer}, and blocks whose class or id says menu, share, comments,
 * ads, related...). Every paragraph of prose then votes for its parent and grandparent, with more
 * weight for longer text and more commas; a container's score is damped by its link density and
 * nudged by its class/id. The best container (plus siblings that score close to it) is written out
 * as one line per block, in reading order; link lists inside it are left out.
 */
public final class HtmlExtractor {
  private static final Pattern UNLIKELY = Pattern.compile(
      "comment|disqus|footer|header|menu|nav|sidebar|side-bar|share|sharing|social|related|recommend|"
          + "advert|\\bads?\\b|\\bad-|-ad\\b|banner|sponsor|promo|popup|modal|cookie|breadcrumb|widget|"
          + "newsletter|subscribe|tags?\\b|keywords|most-read|trending|outbrain|taboola|login|signup|toolbar",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern POSITIVE = Pattern.compile(
      "article|body|content|entry|main|post|story|text|detail|news-?text|blog", Pattern.CASE_INSENSITIVE);
  // the cleaner's own label words, so a block kept here is one the cleaner reads as a credit or byline
  private static final Pattern CREDIT_TEXT = Pattern.compile(
      "(?:" + org.mizan.meta.Attribution.CREDIT_WORDS + "|" + org.mizan.clean.PageFurniture.WRITER_WORDS + ")\\s*[:：]");
  private static final Pattern CREDIT_CLASS = Pattern.compile(
      "source|credit|byline|author|writer|reporter", Pattern.CASE_INSENSITIVE);
  private static final Set<String> DROP = Set.of("script", "style", "noscript", "template", "svg", "iframe",
      "object", "embed", "form", "button", "input", "select", "textarea", "link", "meta", "canvas", "video",
      "audio", "nav", "aside", "footer", "dialog", "math");
  private static final Set<String> BLOCK = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul",
      "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "td", "th", "section", "article", "main",
      "header", "figure", "figcaption", "address", "center", "hr", "caption", "body", "details", "summary");
  private static final Set<String> SCORED = Set.of("p", "pre", "td", "blockquote", "div", "h2", "h3", "li");
  private static final Set<String> KEEP = Set.of("html", "body", "article", "main");

  /** Verdicts on class/id strings, which repeat across the pages of a site: 1 unlikely, 2 positive. */
  private static final java.util.concurrent.ConcurrentHashMap<String, Integer> HINTS = new java.util.concurrent.ConcurrentHashMap<>();

  private HtmlExtractor() {}

  private static int hint(Element e) {
    String cls = e.className();
    String id = e.id();
    if (cls.isEmpty() && id.isEmpty()) return 0;
    String key = cls + " " + id;
    Integer v = HINTS.get(key);
    if (v == null) {
      v = (UNLIKELY.matcher(key).find() ? 1 : 0) | (POSITIVE.matcher(key).find() ? 2 : 0);
      if (HINTS.size() < 50_000) HINTS.put(key, v);
    }
    return v;
  }

  /** Lines of the article body and the page's metadata hints. */
  public record Extracted(List<String> lines, Map<String, String> meta) {}

  public static Extracted extract(String html, String baseUri) {
    Document page = Jsoup.parse(html, baseUri == null ? "" : baseUri);
    Map<String, String> meta = HtmlMetadata.of(page, baseUri);
    Element body = page.body();
    prune(body);
    List<Element> chosen = choose(body);
    List<String> lines = new ArrayList<>();
    for (Element e : chosen) linearize(e, lines);
    String jsonLdBody = meta.remove(HtmlMetadata.BODY);
    if (jsonLdBody != null && String.join("", lines).length() < 200 && jsonLdBody.length() > 200) {
      lines = Lines.of(jsonLdBody);
    }
    return new Extracted(lines, meta);
  }

  /** Lines of an HTML fragment (a feed entry's content): no scoring, every block kept. */
  public static List<String> fragmentLines(String html) {
    Element body = Jsoup.parseBodyFragment(html).body();
    prune(body);
    List<String> lines = new ArrayList<>();
    linearize(body, lines);
    return lines;
  }

  /** Removes chrome: non-content tags, hidden blocks, blocks whose class/id says they are not the article. */
  private static void prune(Element root) {
    List<Element> drop = new ArrayList<>();
    for (Element e : root.getAllElements()) {
      if (e == root) continue;
      String tag = e.normalName();
      if (DROP.contains(tag) || e.hasAttr("hidden")
          || (e.hasAttr("style") && e.attr("style").replace(" ", "").contains("display:none"))) {
        drop.add(e);
        continue;
      }
      if (KEEP.contains(tag)) continue;
      if (hint(e) == 1) drop.add(e);
      else if (tag.equals("header") && e.closest("article") == null) drop.add(e);
    }
    for (Element e : drop) e.remove();
  }

  /** The best-scoring container and its worthy siblings, or the whole body when nothing scores. */
  private static List<Element> choose(Element body) {
    Map<Node, int[]> lengths = lengths(body);
    Map<Element, double[]> scores = new LinkedHashMap<>() /* insertion order: deterministic ties */;
    for (Map.Entry<Node, int[]> en : lengths.entrySet()) {
      if (!(en.getKey() instanceof Element p) || !SCORED.contains(p.normalName())) continue;
      int[] l = en.getValue();
      boolean para = p.normalName().equals("p");
      int len = para ? l[0] : l[3]; // a paragraph's whole text; other blocks only their own
      if (len < 20) continue;
      double s = 1 + (para ? l[2] : 0) + Math.min(len / 100.0, 3);
      Element parent = p.parent();
      for (int level = 1; parent != null && level <= 3; level++, parent = parent.parent()) {
        double[] sc = scores.computeIfAbsent(parent, HtmlExtractor::initialScore);
        sc[0] += s / (level == 1 ? 1 : level == 2 ? 2 : level * 3);
      }
    }
    Element top = null;
    double best = 0;
    for (Map.Entry<Element, double[]> en : scores.entrySet()) {
      double s = en.getValue()[0] * (1 - linkDensity(lengths, en.getKey()));
      en.getValue()[0] = s;
      if (s > best) {
        best = s;
        top = en.getKey();
      }
    }
    if (top == null) return List.of(body);
    List<Element> out = new ArrayList<>();
    Element parent = top.parent();
    if (parent == null) return List.of(top);
    double threshold = Math.max(10, best * 0.2);
    for (Element sib : parent.children()) {
      if (sib == top) {
        out.add(sib);
        continue;
      }
      double[] sc = scores.get(sib);
      if (sc != null && sc[0] >= threshold) {
        out.add(sib);
      } else if (sib.normalName().equals("p")) {
        String t = sib.text();
        if (t.length() > 80 && linkDensity(lengths, sib) < 0.25) out.add(sib);
        else if (isBesideBlock(sib)) out.add(sib);
      } else if (isBesideBlock(sib)) {
        out.add(sib);
      }
    }
    // a credit or writer block one level further out (<article> inside a wrapper, the credit beside it)
    Element outer = parent.parent();
    if (outer != null && parent != body) {
      List<Element> before = new ArrayList<>();
      boolean after = false;
      for (Element sib : outer.children()) {
        if (sib == parent) after = true;
        else if (isBesideBlock(sib)) {
          if (after) out.add(sib);
          else before.add(sib);
        }
      }
      out.addAll(0, before);
    }
    return out;
  }

  /** A block printed beside the article's container that the cleaner still needs: a credit, a byline or a date stamp. */
  private static boolean isBesideBlock(Element e) {
    return isCreditBlock(e) || isStampBlock(e);
  }

  /** A short block that is only a dated stamp ({@code الخميس 4 كانون الأول 2025 09:15}): meta.published reads it. */
  private static boolean isStampBlock(Element e) {
    String t = e.text().strip();
    return !t.isEmpty() && t.length() <= 80 && org.mizan.meta.DateParser.datedStamp(t).isPresent();
  }

  /**
   * A short block that credits the text or names its writer ({@code المصدر: رويترز}, {@code كتب: فلان},
   * or a class such as {@code article-source}/{@code byline}) that pages often print outside the
   * article's container: the cleaner reads it as a credit or byline line, never as body text.
   */
  private static boolean isCreditBlock(Element e) {
    String t = e.text().strip();
    if (t.isEmpty() || t.length() > 80 || t.split("\\s+").length > 10) return false;
    if (CREDIT_TEXT.matcher(t).lookingAt()) return true;
    String key = e.className() + " " + e.id();
    return CREDIT_CLASS.matcher(key).find() && !UNLIKELY.matcher(key).find();
  }

  private static double[] initialScore(Element e) {
    double s = switch (e.normalName()) {
      case "article" -> 10;
      case "div", "main", "section" -> 5;
      case "pre", "td", "blockquote" -> 3;
      case "ol", "ul", "dl", "dd", "dt", "li", "address" -> -3;
      case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
      default -> 0;
    };
    int h = hint(e);
    if ((h & 2) != 0) s += 25;
    if ((h & 1) != 0) s -= 25;
    return new double[] {s};
  }

  private static double linkDensity(Map<Node, int[]> lengths, Element e) {
    int[] l = lengths.get(e);
    return l == null || l[0] == 0 ? 0 : Math.min(1, (double) l[1] / l[0]);
  }

  /** Text length and link-text length of every element, in one bottom-up pass (no quadratic walks). */
  private static Map<Node, int[]> lengths(Element root) {
    Map<Node, int[]> m = new LinkedHashMap<>() /* insertion order: deterministic ties */;
    int[] inLink = {0};
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof Element e && e.normalName().equals("a")) inLink[0]++;
      }

      @Override
      public void tail(Node node, int depth) {
        Node parent = node.parent();
        if (node instanceof Element e && e.normalName().equals("a")) inLink[0]--;
        if (parent == null || node == root) return;
        int[] into = m.computeIfAbsent(parent, k -> new int[4]);
        if (node instanceof TextNode t) {
          String w = t.getWholeText();
          if (w.isBlank()) return; // indentation between tags
          int n = w.length();
          into[0] += n;
          into[3] += n; // own text
          if (inLink[0] > 0) into[1] += n;
          into[2] += commas(w);
        } else if (node instanceof Element) {
          int[] mine = m.get(node);
          if (mine != null) {
            into[0] += mine[0];
            into[1] += mine[1];
            into[2] += mine[2];
          }
        }
      }
    }, root);
    return m;
  }

  /** Characters that are not white space: a text length that ignores the page's indentation. */
  private static int visible(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) if (s.charAt(i) > ' ' && s.charAt(i) != '\u00A0') n++;
    return n;
  }

  private static int commas(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ',' || c == '،') n++;
    }
    return n;
  }

  /** Writes one line per block, iteratively (deeply nested pages must not overflow the stack). */
  private static void linearize(Element root, List<String> out) {
    StringBuilder line = new StringBuilder();
    int[] linkChars = {0};
    int[] inLink = {0};
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
          String s = t.getWholeText(); // white space is collapsed once per line, in flush
          line.append(s);
          if (inLink[0] > 0) linkChars[0] += visible(s);
        } else if (node instanceof Element e) {
          String tag = e.normalName();
          if (tag.equals("a")) inLink[0]++;
          if (tag.equals("br") || BLOCK.contains(tag)) flush(line, linkChars, out);
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element e) {
          String tag = e.normalName();
          if (tag.equals("a")) inLink[0]--;
          if (BLOCK.contains(tag)) flush(line, linkChars, out);
        }
      }
    }, root);
    flush(line, linkChars, out);
  }

  /** Emits the pending line unless it is mostly link text (a menu or a related-links list). */
  private static void flush(StringBuilder line, int[] linkChars, List<String> out) {
    String s = Lines.clean(line.toString());
    if (!s.isEmpty() && (linkChars[0] == 0 || linkChars[0] * 2 <= visible(s))) out.add(s);
    line.setLength(0);
    linkChars[0] = 0;
  }
}
