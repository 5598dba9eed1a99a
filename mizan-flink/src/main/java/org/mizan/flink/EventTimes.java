package org.mizan.flink;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.mizan.doc.Document;
import org.mizan.doc.RawArticle;
import org.mizan.stories.StoryClustering;

/**
 * Event time of an article: its publication date as the metadata stage read it, read as the
 * digest's clustering reads it ({@link StoryClustering#publicationHours}: local times taken as UTC,
 * since only their order matters), else the container's {@code published} hint, in epoch
 * milliseconds. Articles that state no date are {@link #UNDATED}: after every dated one, as in a
 * digest, in runs that hold every article until their input ends; where watermarks advance during
 * the run (streams) they are {@link #ON_ARRIVAL} instead.
 */
public final class EventTimes {
  /**
   * Event time of an article without a date: after every dated one (a bounded run assigns it when
   * its input ends, as a digest clusters undated articles last).
   */
  public static final long UNDATED = Long.MAX_VALUE - 1;

  /**
   * Event time of an undated article in a run whose watermark advances as articles arrive: before
   * any watermark, so it is assigned on arrival (an {@link #UNDATED} time there would hold it until
   * an end that never comes, and lift the watermark past every dated article).
   */
  public static final long ON_ARRIVAL = 0L;

  private EventTimes() {}

  public static long of(Document doc, RawArticle raw) {
    double hours = StoryClustering.publicationHours(doc);
    Long t = Double.isInfinite(hours) ? null : Math.round(hours * 3_600_000);
    if (t == null && raw != null) t = parse(raw.meta(RawArticle.PUBLISHED));
    return t == null ? UNDATED : t;
  }

  /** Parses an ISO date, local date-time or offset date-time; null when it is none of them. */
  static Long parse(String value) {
    if (value == null || value.isBlank()) return null;
    String v = value.strip();
    if (v.length() > 10 && v.charAt(10) == ' ') v = v.substring(0, 10) + 'T' + v.substring(11).strip();
    try {
      return OffsetDateTime.parse(v).toInstant().toEpochMilli();
    } catch (DateTimeParseException e) {
      // not offset-qualified: try the local forms
    }
    try {
      return LocalDateTime.parse(v).toInstant(ZoneOffset.UTC).toEpochMilli();
    } catch (DateTimeParseException e) {
      // not a date-time
    }
    try {
      return LocalDate.parse(v.length() > 10 ? v.substring(0, 10) : v).atStartOfDay().toInstant(ZoneOffset.UTC)
          .toEpochMilli();
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
