package org.mizan.meta;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mizan.doc.Document;
import org.mizan.doc.Removed;

/**
 * A syndication feed's footer, {@code The post <title> first appeared on <site>.} (WordPress feeds): the line is
 * no text, and the site it names published the story.
 */
public final class FeedFooter {
  private FeedFooter() {}

  private static final Pattern FORM = Pattern.compile(
      "(?i)^\\s*the post\\s+.+?\\s+(?:first appeared on|appeared first on)\\s+(.{2,60}?)\\s*\\.?\\s*$");

  /** True for such a footer line. */
  public static boolean isFooter(String line) {
    return FORM.matcher(line).matches();
  }

  /** The site the line names, or empty. */
  static Optional<String> site(String line) {
    Matcher m = FORM.matcher(line);
    return m.matches() ? Optional.of(m.group(1).strip()) : Optional.empty();
  }

  /** The site the page's removed feed footer names, or empty. */
  static Optional<String> site(Document d) {
    for (Removed r : d.removed()) {
      if (r.reason().equals("feed-credit")) return site(r.text());
    }
    return Optional.empty();
  }
}
