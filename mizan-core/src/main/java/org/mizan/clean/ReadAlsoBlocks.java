package org.mizan.clean;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mizan.doc.Document;
import org.mizan.doc.Paragraph;
import org.mizan.pipeline.DocumentStage;

/**
 * {@code clean.read-also}: removes "read also" / "related news" blocks. The marker goes, and so do
 * the headline-like lines that follow it ({@code related-link}). When the article has already
 * ended before the marker (a source credit, tag line, share or follow notice came first),
 * everything after the marker belongs to other articles: headlines are {@code related-link}s, and
 * running text is an {@code appended-article}. Mid-article, body text after the links is kept as
 * the continuation of the article.
 */
public final class ReadAlsoBlocks implements DocumentStage {
  @Override
  public String name() {
    return "clean.read-also";
  }

  @Override
  public Document apply(Document d) {
    List<Paragraph> ps = d.paragraphs();
    Map<Integer, String> reasons = new HashMap<>();
    boolean ended = false;
    for (int i = 0; i < ps.size(); i++) {
      String line = ps.get(i).text();
      String reason = Phrases.reason(line).orElse(null);
      if (reason != null && isEndOfArticle(reason)) ended = true;
      if (!"read-also".equals(reason)) continue;
      reasons.put(i, "read-also");
      if (WRITERS_OTHER_ARTICLES.matcher(Lines.key(line)).find()) ended = true; // a column's footer: it has ended
      int j = i + 1;
      for (; j < ps.size(); j++) {
        String next = ps.get(j).text();
        String r = Phrases.reason(next).orElse(null);
        if (r != null) {
          if (r.equals("read-also")) reasons.put(j, r);
          else if (isEndOfArticle(r)) ended = true;
          continue; // other boilerplate: left to clean.boilerplate, with its own reason
        }
        if (ended) {
          boolean headsText = j + 1 < ps.size() && Lines.isBody(ps.get(j + 1).text());
          reasons.put(j, Lines.isBody(next) || headsText ? "appended-article" : "related-link");
        } else if (Lines.isTitleLike(next)) {
          reasons.put(j, "related-link");
        } else {
          break; // the article goes on
        }
      }
      i = j - 1;
    }
    return Removals.apply(d, reasons);
  }

  /** "مقالات أخرى للكاتب", "المزيد من مقالات الكاتب": the writer's other articles, listed after his column. */
  private static final java.util.regex.Pattern WRITERS_OTHER_ARTICLES = java.util.regex.Pattern.compile("^\\S*مقالات .*(?:ال|لل)كاتب(?:\\s|$)");

  /** Reasons of lines that close an article: what follows them is not its body. */
  static boolean isEndOfArticle(String reason) {
    return reason.equals("credit") || reason.equals("tags") || reason.equals("share") || reason.equals("follow");
  }
}
