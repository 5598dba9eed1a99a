package org.mizan.stories;

import org.mizan.meta.HeadlineShape;

/**
 * The headline line a web page's reader picked, as clustering may trust it. Pages open with lines that
 * are no headline yet sit where one would: a section label ({@code العالم}), a breadcrumb trail
 * ({@code الرئيسية » أخبار » العنوان}), a photo credit in Latin letters. Compared as headlines they make
 * two reports of one event share no headline word, so the clustering reads the headline at the end of
 * a breadcrumb, and the first sentence of the text in place of a label or credit ({@link HeadlineShape}).
 */
final class ClusterHeadline {
  private ClusterHeadline() {}

  /**
   * The headline to compare: the last part of a breadcrumb trail; null for a line of fewer than two
   * words or without an Arabic letter (the caller then takes the first sentence).
   */
  static String of(String headline) {
    if (headline == null) return null;
    String tail = HeadlineShape.crumbTail(headline);
    String h = tail != null ? tail : headline.strip();
    return HeadlineShape.isLabel(h) ? null : h;
  }
}
