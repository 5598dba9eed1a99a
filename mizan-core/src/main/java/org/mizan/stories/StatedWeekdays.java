package org.mizan.stories;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.mizan.text.Token;
import org.mizan.text.Tokenizer;
import org.mizan.text.Weekdays;

/**
 * The weekdays a page's headline and lead name ("اليوم الثلاثاء", "أمس الأحد", "فجر الأربعاء"). A
 * page that prints no date is still told apart from the same actor's event of another week when
 * their weekdays differ: two reports of one event name its weekday (the next day's report says
 * "أمس" with it), the actor's visit of another week falls on another day. Every weekday named
 * counts, a plan's or a recalled one too, so that more names only make a conflict rarer.
 */
final class StatedWeekdays {
  /** Characters of the lead read: the event's weekday is stated early, in a lead of glued sentences too. */
  static final int LEAD_CHARS = 600;

  private StatedWeekdays() {}

  /** The weekdays the headline and the first {@value #LEAD_CHARS} characters of the lead name. */
  static Set<DayOfWeek> of(String headline, String lead) {
    Set<DayOfWeek> out = EnumSet.noneOf(DayOfWeek.class);
    String text = (headline == null ? "" : headline) + "\n\n"
        + (lead == null ? "" : lead.length() > LEAD_CHARS ? lead.substring(0, LEAD_CHARS) : lead);
    for (Token t : Tokenizer.tokenize(text)) {
      DayOfWeek d = Weekdays.withConjunction(t.norm());
      if (d != null) out.add(d);
    }
    return out;
  }

  /**
   * Another week's event: an undated article names weekdays, the story's articles name weekdays, and
   * none of them is the same day or the day next to one of the story's (an event of Tuesday is
   * reported on Wednesday with "صباح اليوم الأربعاء", the departure after the talks).
   */
  static boolean otherWeekday(Set<DayOfWeek> article, Map<String, Integer> story) {
    if (article.isEmpty() || story.isEmpty()) return false;
    for (DayOfWeek d : article) {
      if (story.containsKey(d.name()) || story.containsKey(d.plus(1).name()) || story.containsKey(d.minus(1).name())) return false;
    }
    return true;
  }

  /**
   * Whether the story's dated articles (if any) fall within {@value #ONE_DAY_HOURS} hours: a story
   * developing over days covers more weekdays than its leads name, so another weekday is no conflict.
   */
  static boolean oneDay(StoryCluster c) {
    return Double.isNaN(c.firstHours) || Double.isNaN(c.lastHours) || c.lastHours - c.firstHours <= ONE_DAY_HOURS;
  }

  static final double ONE_DAY_HOURS = 36;

  /** Whether an undated article names a weekday the story's articles name. */
  static boolean sharesWeekday(Set<DayOfWeek> article, Map<String, Integer> story) {
    for (DayOfWeek d : article) if (story.containsKey(d.name())) return true;
    return false;
  }

  /** Counts {@code days} into a story's weekdays. */
  static void count(Map<String, Integer> story, Set<DayOfWeek> days) {
    for (DayOfWeek d : days) story.merge(d.name(), 1, Integer::sum);
  }
}
