package org.mizan.stories;

import java.util.regex.Pattern;

/**
 * The headline line a web page's reader picked, as clustering may trust it. Pages open with lines that
 * are no headline yet sit where one would: a section label ({@code العالم}), a breadcrumb trail
 * ({@code الرئيسية » أخبار » العنوان}), a photo credit in Latin letters. Compared as headlines they make
 * two reports of one event share no headline word, so the clustering reads the headline at the end of
 * a breadcrumb, and the first sentence of the text in place of a label or credit.
 */
final class ClusterHeadline {
  private ClusterHeadline() {}

  private static final Pattern CRUMB = Pattern.compile("\\s[»›>]\\s");
  private static final Pattern ARABIC_LETTER = Pattern.compile("[\\u0621-\\u064A]");

  /**
   * The headline to compare: the last part of a breadcrumb trail; null for a line of fewer than two
   * words or without an Arabic letter (the caller then takes the first sentence).
   */
  static String of(String headline) {
    if (headline == null) return null;
    String h = headline.strip();
    String[] crumbs = CRUMB.split(h);
    if (crumbs.length >= 3) h = crumbs[crumbs.length - 1].strip();
    if (!ARABIC_LETTER.matcher(h).find()) return null;
    int words = 0;
    for (String w : h.split("\\s+")) if (w.codePoints().anyMatch(Character::isLetter)) words++;
    return words < 2 ? null : h;
  }
}
