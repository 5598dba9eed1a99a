package org.mizan.stories;

import java.time.LocalDate;
import org.mizan.doc.Document;
import org.mizan.figures.DateExtractor;
import org.mizan.figures.TextDate;

/**
 * The time an article without a publication time states for itself: the latest day its headline
 * and lead name, as a full date or read against the stream's clock. Clustering places such an
 * article there (time decay and window), not at no time at all.
 */
final class StatedDates {
  private StatedDates() {}

  /**
   * When an article has no publication time: the time (midnight) of the latest full date (day,
   * month and year: {@code 3 ديسمبر 2025}, {@code 2025-12-03}) its headline and lead state (the
   * first paragraph, at least the first {@value #STATED_LEAD_CHARS} characters of the body); NaN when
   * they state none. News states its event's day early; further down come photo captions, background
   * and deadlines ("صورة أرشيفية - 12 نوفمبر"), which say nothing about when this article was written.
   */
  static double statedHours(String headline, Document d) {
    String body = d.body();
    int end = Math.min(body.length(), Math.max(STATED_LEAD_CHARS,
        d.paragraphs().isEmpty() ? 0 : d.paragraphs().get(0).text().length()));
    return latestFullDate((headline == null ? "" : headline) + "\n\n" + body.substring(0, end));
  }

  static final int STATED_LEAD_CHARS = 300;

  /**
   * The time (midnight) of the latest day its headline and lead state when read against {@code
   * clock} (a day and month without year, a weekday, أمس); NaN when they state none.
   */
  static double statedHours(String headline, Document d, LocalDate clock) {
    String body = d.body();
    int end = Math.min(body.length(), Math.max(STATED_LEAD_CHARS,
        d.paragraphs().isEmpty() ? 0 : d.paragraphs().get(0).text().length()));
    String text = (headline == null ? "" : headline) + "\n\n" + body.substring(0, end);
    double best = Double.NaN;
    for (TextDate t : DATES.extract(text, clock)) {
      if (!t.resolved() || t.value() == null || t.value().length() != 10) continue;
      double h = Times.hours(t.value());
      if (!Double.isNaN(h) && (Double.isNaN(best) || h > best)) best = h;
    }
    return best;
  }

  private static final DateExtractor DATES = new DateExtractor();

  private static double latestFullDate(String text) {
    double best = Double.NaN;
    if (text == null || text.isBlank()) return best;
    for (TextDate t : DATES.extract(text, null)) {
      if (!t.resolved() || t.value() == null || t.value().length() != 10) continue;
      double h = Times.hours(t.value());
      if (!Double.isNaN(h) && (Double.isNaN(best) || h > best)) best = h;
    }
    return best;
  }
}
