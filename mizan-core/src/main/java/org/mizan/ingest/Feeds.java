package org.mizan.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mizan.doc.RawArticle;

/** Articles from RSS and Atom feeds (Rome): one per entry, its longest content or summary as text. */
final class Feeds {
  private Feeds() {}

  static void read(String input, String xml, JsonRecords.Sink sink) throws Exception {
    SyndFeedInput in = new SyndFeedInput();
    in.setAllowDoctypes(false); // no external entities from hostile feeds
    SyndFeed feed = in.build(new StringReader(xml));
    int n = 0;
    for (SyndEntry e : feed.getEntries()) {
      String where = input + "#" + ++n;
      Map<String, String> meta = new LinkedHashMap<>();
      HtmlMetadata.put(meta, RawArticle.TITLE, e.getTitle());
      HtmlMetadata.put(meta, RawArticle.URL, e.getLink() != null ? e.getLink() : e.getUri());
      HtmlMetadata.put(meta, RawArticle.SITE_NAME, feed.getTitle());
      HtmlMetadata.put(meta, RawArticle.PUBLISHED, iso(e.getPublishedDate()));
      HtmlMetadata.put(meta, RawArticle.MODIFIED, iso(e.getUpdatedDate()));
      HtmlMetadata.put(meta, RawArticle.AUTHOR, e.getAuthor());
      String text = "";
      for (SyndContent c : e.getContents()) if (c.getValue() != null && c.getValue().length() > text.length()) text = c.getValue();
      String summary = e.getDescription() == null ? null : e.getDescription().getValue();
      if (summary != null) {
        if (summary.length() > text.length()) text = summary;
        HtmlMetadata.put(meta, RawArticle.DESCRIPTION, String.join(" ", HtmlExtractor.fragmentLines(summary)));
      }
      List<String> lines = HtmlExtractor.fragmentLines(text);
      if (lines.isEmpty()) {
        sink.problem(where, "feed entry has no text");
        continue;
      }
      sink.article(where, null, lines, meta);
    }
    if (n == 0) sink.problem(input, "feed has no entries");
  }

  private static String iso(Date d) {
    return d == null ? null : d.toInstant().toString();
  }
}
