package org.mizan.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mizan.ingest.SaudiNewsNet;

/**
 * The web pages a story gold file names by {@code file} (twins kept beside the gold file), as
 * articles keyed by their source URL: the page's text as content, its outlet as source and the date
 * the page prints ({@code published}) as the crawl date, so the clustering sees the same fields a
 * SaudiNewsNet article gives it.
 */
final class WebGoldPages {
  private WebGoldPages() {}

  /** URL → article for every web-page row; a one-line error when a file is outside the folder or unreadable. */
  static Map<String, SaudiNewsNet.Article> read(Path gold, List<EvalStoriesCommand.GoldRow> rows) {
    Map<String, SaudiNewsNet.Article> out = new HashMap<>();
    for (EvalStoriesCommand.GoldRow r : rows) {
      if (r.file() == null) continue;
      String text = AnnotatedArticles.pageText(gold, r.file());
      // noon: the page prints a day, not a time
      out.put(r.url(), new SaudiNewsNet.Article(r.outlet(), r.url(), r.published() + " 12:00:00", null, null, text));
    }
    return out;
  }
}
