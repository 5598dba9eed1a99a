package org.mizan.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Recognises a list of URLs given as a text file (any name, e.g. {@code today.urls} or {@code links.txt}):
 * one URL per line, blank lines and {@code #} comments ignored. Such a file is fetched, never read as an
 * article made of links. Lines with any other scheme ({@code file:}, {@code ftp:}), and a few short stray
 * lines among at least two web URLs, still make a list, so they are refused one by one rather than digested.
 */
final class UrlList {
  // a line that starts like a web URL counts even when malformed further on ("http://a b"): it is then
  // refused by itself instead of turning the whole list into an article
  private static final Pattern WEB = Pattern.compile("(?i)https?://\\S.*");
  private static final Pattern ANY_SCHEME = Pattern.compile("(?i)[a-z][a-z0-9+.-]*:\\S+");

  private UrlList() {}

  /** The URLs in order, or null when the text is not a URL list (an article, or no http(s) URL at all). */
  static List<String> parse(String text) {
    List<String> urls = new ArrayList<>();
    int web = 0;
    int stray = 0;
    for (String line : text.split("\\R")) {
      String t = line.strip();
      if (t.isEmpty() || t.startsWith("#")) continue;
      if (WEB.matcher(t).matches()) web++;
      else if (!ANY_SCHEME.matcher(t).matches()) {
        // a few short stray lines among many URLs ("not a url", a pasted note) are refused one by one;
        // a line of prose makes the text an article
        if (t.split("\\s+").length > 4) return null;
        stray++;
      }
      urls.add(t);
    }
    if (web == 0 || stray > 0 && web < 2) return null;
    return urls;
  }

  /**
   * A file named {@code *.urls} is a list whatever it holds: every non-blank, non-comment line is taken
   * as a URL (a stray word then fails as a malformed URL, naming itself, instead of turning the list
   * into an article).
   */
  static List<String> parseForced(String text) {
    List<String> urls = new ArrayList<>();
    for (String line : text.split("\\R")) {
      String t = line.strip();
      if (!t.isEmpty() && !t.startsWith("#")) urls.add(t);
    }
    return urls;
  }
}
