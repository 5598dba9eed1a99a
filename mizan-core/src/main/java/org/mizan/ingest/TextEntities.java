package org.mizan.ingest;

import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * HTML character references left in text that is not HTML: feeds and JSON exports often carry a
 * title or a plain-text body still escaped ({@code &#8220;X&#8221;}, {@code &quot;X&quot;}), some
 * twice ({@code &amp;quot;}). Decoded up to twice, so the text reads as the page showed it.
 */
final class TextEntities {
  private static final Pattern ENTITY = Pattern.compile("&(#\\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});");

  private TextEntities() {}

  /** {@code text} with its character references decoded; the same string when it has none. */
  static String decode(String text) {
    if (text == null || text.indexOf('&') < 0) return text;
    String s = text;
    for (int round = 0; round < 2 && ENTITY.matcher(s).find(); round++) s = Parser.unescapeEntities(s, false);
    return s;
  }
}
