package org.mizan.meta;

import java.util.List;
import org.mizan.clean.HeaderNames;
import org.mizan.clean.Lines;
import org.mizan.doc.Document;

/**
 * A short name alone on a line above the text that the page prints again alone under the text ({@code الموقع}
 * at the top and in the foot): the site's own name, its masthead and its footer, never a headline.
 */
final class EchoedSiteName {
  private EchoedSiteName() {}

  /** True when {@code line}, a line of {@code d}'s page above its text, is such a name. */
  static boolean isEchoed(Document d, String line) {
    String s = line.strip();
    if (d.raw() == null || Lines.words(s) < 1 || Lines.words(s) > 3 || !s.matches("[\\p{L}\\p{M}\\s]+")
        || HeaderNames.isPlace(s) || Agencies.isAgency(s)) {
      return false;
    }
    List<String> lines = d.raw().lines();
    String k = Lines.key(s);
    int i = 0;
    while (i < lines.size() && !Lines.key(lines.get(i)).equals(k)) i++;
    while (i < lines.size() && !Lines.isBody(lines.get(i))) i++; // the text under it
    for (i++; i < lines.size(); i++) if (Lines.key(lines.get(i)).equals(k)) return true;
    return false;
  }
}
