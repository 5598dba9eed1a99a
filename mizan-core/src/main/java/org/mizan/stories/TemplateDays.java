package org.mizan.stories;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * Another day's issue of a template report: the article was published on a day the story was not,
 * states no day the story published or stated, and what it shares with the story is mostly words
 * that recur day after day ({@link RecurringTerms}): today's weather forecast against yesterday's,
 * this session's currency report against the last one. A print edition of the next morning states
 * the day it reports ("أمس"), and a developing story shares words of its own event, seen on its few
 * days only; neither is another issue.
 */
final class TemplateDays {
  /** Earlier days a term must have appeared on to count as a template's. */
  static final int MIN_DAYS = 3;
  /** Share of the match made of such terms from which the match is the template's. */
  static final double SHARE = 0.7;

  private TemplateDays() {}

  /**
   * Whether the article (published on epoch day {@code day}, stating {@code eventDates}) is another
   * issue of the template story {@code c}, given its vector's cosine {@code body} with the story.
   */
  static boolean otherIssue(long day, Set<String> eventDates, Map<String, Float> vec, double body, StoryCluster c,
      RecurringTerms recurring) {
    return otherPublicationDay(day, eventDates, c) && recurring.share(vec, c, day, MIN_DAYS, body) >= SHARE;
  }

  /**
   * Whether the article was published outside the story's publication days (its first to last real
   * publication time) and neither its day nor a day it states is one the story published on or stated.
   */
  static boolean otherPublicationDay(long day, Set<String> eventDates, StoryCluster c) {
    long first = day(c.firstSeen);
    long last = day(c.lastSeen);
    if (day == Long.MIN_VALUE || first == Long.MIN_VALUE || last == Long.MIN_VALUE) return false;
    if (day >= first && day <= last) return false;
    if (c.eventDates.containsKey(LocalDate.ofEpochDay(day).toString())) return false;
    for (String d : eventDates) {
      long x = LocalDate.parse(d).toEpochDay();
      if ((x >= first && x <= last) || c.eventDates.containsKey(d)) return false;
    }
    return true;
  }

  /** The epoch day of an ISO time, {@link Long#MIN_VALUE} when unknown. */
  static long day(String iso) {
    return epochDay(Times.hours(iso));
  }

  /** The epoch day of a time in hours since 1970, {@link Long#MIN_VALUE} when NaN. */
  static long epochDay(double hours) {
    return Double.isNaN(hours) ? Long.MIN_VALUE : (long) Math.floor(hours / 24);
  }
}
