package org.mizan.meta;

import java.util.regex.Pattern;

/**
 * Lines that sit where a page's headline would and are none: a breadcrumb trail ({@code الرئيسية » أخبار »
 * العنوان}), whose last part is the headline, and a label of one word or without an Arabic letter (a section
 * label {@code العالم}, a photo credit {@code Photo : …}, an ad marker). Shared by the page reader
 * ({@link Headline}) and by clustering, which compares headlines.
 */
public final class HeadlineShape {
  private HeadlineShape() {}

  private static final Pattern CRUMB = Pattern.compile("\\s[»›>]\\s");
  private static final Pattern ARABIC_LETTER = Pattern.compile("[\\u0621-\\u064A]");

  /** The last part of a breadcrumb trail of three parts or more; null when {@code line} is no trail. */
  public static String crumbTail(String line) {
    if (line == null) return null;
    String[] crumbs = CRUMB.split(line.strip());
    return crumbs.length >= 3 ? crumbs[crumbs.length - 1].strip() : null;
  }

  /** True for a line with an Arabic letter (a photo credit or an ad marker in Latin letters has none). */
  public static boolean hasArabicLetter(String line) {
    return line != null && ARABIC_LETTER.matcher(line).find();
  }

  /** True for a line of fewer than two words or without an Arabic letter: a label or a credit, no headline. */
  public static boolean isLabel(String line) {
    if (!hasArabicLetter(line)) return true;
    int words = 0;
    for (String w : line.strip().split("\\s+")) if (w.codePoints().anyMatch(Character::isLetter)) words++;
    return words < 2;
  }
}
