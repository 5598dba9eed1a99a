package org.mizan.entities;

/**
 * A mention that runs over an opening quote mark or bracket it does not close ({@code منظمة “X},
 * {@code منظمة (X}): the one head noun before the mark describes the name the mark opens, so the
 * mention is the name after it. A mention holding both marks ({@code X (Y)}), or with more than one
 * word before the mark, is left as it is.
 */
final class OpenQuoteNames {
  private static final String OPENERS = "(“«\"[";
  private static final String CLOSERS = ")”»\"]";

  private OpenQuoteNames() {}

  /** The mention from after its last unclosed opening mark, or itself; null never. */
  static Mention afterOpening(String body, Mention m) {
    String t = m.text();
    int at = -1;
    for (int i = 0; i < t.length(); i++) {
      int k = OPENERS.indexOf(t.charAt(i));
      if (k < 0) continue;
      if (t.indexOf(CLOSERS.charAt(k), i + 1) >= 0) return m; // closed inside: a name with its bracket
      at = i;
    }
    // one head noun before the mark (منظمة “X); a longer name goes on with its bracket (البنك الوطني (المركزي)
    if (at < 0 || t.substring(0, at).trim().indexOf(' ') >= 0) return m;
    int s = at + 1;
    while (s < t.length() && Character.isWhitespace(t.charAt(s))) s++;
    if (s >= t.length() || !t.substring(s).chars().anyMatch(Character::isLetter)) return m;
    return m.withSpan(m.start() + s, m.end(), body.substring(m.start() + s, m.end()));
  }
}
