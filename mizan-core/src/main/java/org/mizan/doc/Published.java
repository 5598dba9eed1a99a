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
 * @param weekday the publication weekday the text states of itself ({@code الأربعاء} from {@code
 *     صباح اليوم الأربعاء}, or the day after {@code أمس الثلاثاء}), or null; kept even when the
 *     date is unknown, so a reader (or the story) can place the article
 */
public record Published(String value, String evidence, double confidence, boolean inferred, String weekday) {
  public static final Published UNKNOWN = new Published(null, null, 0.0, false);

  public Published(String value, String evidence, double confidence, boolean inferred) {
    this(value, evidence, confidence, inferred, null);
  }

  /** This date with the weekday the text states. */
  public Published withWeekday(String day) {
    return new Published(value, evidence, confidence, inferred, day);
  }
}
