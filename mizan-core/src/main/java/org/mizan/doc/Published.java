package org.mizan.doc;

/**
 * Publication date (and time when known) of an article.
 *
 * @param value ISO-8601 local date ({@code 2025-12-03}) or local date-time ({@code 2025-12-03T12:48}),
 *     or {@code null} when the article states none
 * @param evidence the text the value was read from, or a short note on how it was inferred
 * @param confidence 0..1
 * @param inferred true when the value was not stated by the article but inferred (only from an
 *     explicit reference date)
 */
public record Published(String value, String evidence, double confidence, boolean inferred) {
  public static final Published UNKNOWN = new Published(null, null, 0.0, false);
}
