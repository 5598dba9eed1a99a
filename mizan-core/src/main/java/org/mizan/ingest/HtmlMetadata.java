package org.mizan.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.mizan.doc.Json;
import org.mizan.doc.RawArticle;

/**
 * Metadata of a news page, as the page declares it: JSON-LD {@code NewsArticle} (or any
 * {@code Article} type), Open Graph and {@code article:*} properties, common {@code <meta name>}s,
 * {@code <time datetime>}, the canonical link and {@code <title>}. Values are kept as found.
 */
final class HtmlMetadata {
  /** Key of the JSON-LD {@code articleBody}, kept raw (with its line breaks); not a RawArticle key. */
  static final String BODY = "jsonld_body";

  private HtmlMetadata() {}

  /** Hints keyed by the {@link RawArticle} constants; {@code articleBody} of JSON-LD under "body". */
  static Map<String, String> of(Document page, String baseUri) {
    Map<String, String> m = new LinkedHashMap<>();
    Map<String, String> metas = new LinkedHashMap<>();
    for (Element e : page.getElementsByTag("meta")) {
      String key = e.hasAttr("property") ? e.attr("property") : e.hasAttr("name") ? e.attr("name") : e.attr("itemprop");
      if (!key.isEmpty() && !e.attr("content").isBlank()) metas.putIfAbsent(key.toLowerCase(Locale.ROOT), e.attr("content"));
    }
    jsonLd(page, m);
    put(m, RawArticle.TITLE, meta(metas, "og:title", "twitter:title", "title", "headline"));
    put(m, RawArticle.SITE_NAME, meta(metas, "og:site_name", "application-name", "publisher", "twitter:site"));
    put(m, RawArticle.PUBLISHED, meta(metas, "article:published_time", "published_time", "datepublished",
        "pubdate", "publishdate", "date", "dc.date.issued", "dc.date", "dcterms.created", "parsely-pub-date",
        "sailthru.date", "og:published_time"));
    put(m, RawArticle.MODIFIED, meta(metas, "article:modified_time", "og:updated_time", "datemodified",
        "last-modified", "dcterms.modified"));
    put(m, RawArticle.AUTHOR, meta(metas, "author", "article:author", "byl", "parsely-author", "dc.creator"));
    put(m, RawArticle.DESCRIPTION, meta(metas, "og:description", "description", "twitter:description"));
    Element canonical = page.selectFirst("link[rel=canonical][href]");
    put(m, RawArticle.URL, canonical != null ? canonical.absUrl("href") : null);
    put(m, RawArticle.URL, meta(metas, "og:url"));
    if (!m.containsKey(RawArticle.PUBLISHED)) {
      Element time = page.selectFirst("time[datetime]");
      if (time != null) put(m, RawArticle.PUBLISHED, time.attr("datetime"));
    }
    if (!m.containsKey(RawArticle.TITLE)) {
      // the page's own headline (h1) over the <title>, which adds section and site names; an h1 that
      // is the site's logo (a known outlet name, or one or two words) is not the headline
      for (Element h1 : page.getElementsByTag("h1")) {
        String h = h1.text().strip();
        if (org.mizan.clean.Lines.words(h) >= 3 && org.mizan.meta.Outlets.named(h).isEmpty()) {
          put(m, RawArticle.TITLE, h);
          break;
        }
      }
      put(m, RawArticle.TITLE, page.title());
    }
    if (baseUri != null && baseUri.matches("(?i)https?://.+")) put(m, RawArticle.URL, baseUri);
    return m;
  }

  private static String meta(Map<String, String> metas, String... names) {
    for (String name : names) {
      String v = metas.get(name);
      if (v != null) return v;
    }
    return null;
  }

  private static void jsonLd(Document page, Map<String, String> m) {
    for (Element script : page.select("script[type=application/ld+json]")) {
      JsonNode root;
      try {
        root = Json.mapper().readTree(script.data());
      } catch (Exception e) {
        continue; // broken JSON-LD is common; the other metadata still counts
      }
      JsonNode article = findArticle(root);
      if (article == null) continue;
      put(m, RawArticle.TITLE, text(article.get("headline")));
      put(m, RawArticle.PUBLISHED, text(article.get("datePublished")));
      put(m, RawArticle.MODIFIED, text(article.get("dateModified")));
      put(m, RawArticle.AUTHOR, text(article.get("author")));
      put(m, RawArticle.SITE_NAME, text(article.get("publisher")));
      put(m, RawArticle.DESCRIPTION, text(article.get("description")));
      put(m, RawArticle.URL, text(article.get("url")));
      String body = text(article.get("articleBody"));
      if (body != null && !body.isBlank()) m.putIfAbsent(BODY, body);
      return;
    }
  }

  /** The first object whose {@code @type} names an article, searched breadth-first (arrays, @graph). */
  private static JsonNode findArticle(JsonNode root) {
    Deque<JsonNode> queue = new ArrayDeque<>();
    queue.add(root);
    int seen = 0;
    while (!queue.isEmpty() && seen++ < 1000) {
      JsonNode n = queue.poll();
      if (n.isArray()) {
        n.forEach(queue::add);
      } else if (n.isObject()) {
        JsonNode type = n.get("@type");
        String t = type == null ? "" : type.toString();
        if (t.contains("Article") || t.contains("BlogPosting") || t.contains("NewsArticle")) return n;
        if (n.has("@graph")) queue.add(n.get("@graph"));
      }
    }
    return null;
  }

  /** A scalar, an object's {@code name}, or the names of an array, joined. */
  static String text(JsonNode n) {
    if (n == null || n.isNull() || n.isMissingNode()) return null;
    if (n.isValueNode()) return n.asText();
    if (n.isObject()) return n.has("name") ? text(n.get("name")) : null;
    if (n.isArray()) {
      StringBuilder sb = new StringBuilder();
      for (JsonNode e : n) {
        String s = e.isContainerNode() && !e.has("name") ? null : text(e);
        if (s != null && !s.isBlank()) sb.append(sb.length() > 0 ? "، " : "").append(s);
        if (sb.length() > 10_000) break;
      }
      return sb.length() == 0 ? null : sb.toString();
    }
    return null;
  }

  /** Keeps the first non-blank value per key. */
  static void put(Map<String, String> m, String key, String value) {
    if (value == null) return;
    String v = Lines.clean(TextEntities.decode(value));
    if (!v.isEmpty() && !m.containsKey(key)) m.put(key, v.length() > 2000 ? v.substring(0, 2000) : v);
  }
}
