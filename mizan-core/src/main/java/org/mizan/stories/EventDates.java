package org.mizan.stories;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import org.mizan.figures.DateExtractor;
import org.mizan.figures.TextDate;

/**
 * The event days an article's headline and lead state ({@code أمس الأحد}, {@code اليوم},
 * {@code 3 أغسطس}), resolved against its publication day. Two reports of one event name the same
 * day (the online report's "today" is the print edition's "yesterday"); the same actor's next
 * event names another. Only day-precise dates near publication count: a month or a year, or a
 * date far away (a historic reference, a deadline), does not say which event this is.
 */
final class EventDates {
  /** Dates further than this from publication are background, not the event's day. */
  static final int NEAR_DAYS = 10;
  /** Characters of the lead read (the event's day is stated early). */
  static final int LEAD_CHARS = 400;
  private static final DateExtractor DATES = new DateExtractor();
  /** Phrases of the small hours (normalized, words joined by one space). */
  private static final Set<String> DAWN = WordLists.load("/org/mizan/stories/dawn-words.txt", false);
  /** Characters before a stated day read for a small-hours phrase ("في ساعات الفجر الأولى اليوم السبت"). */
  static final int DAWN_CHARS = 30;

  private EventDates() {}

  /** Event days (ISO) stated in the headline and lead; empty without a publication day. */
  static Set<String> of(String headline, String lead, String published) {
    return of(headline, lead, published, true);
  }

  /** As above; {@code latestDay} off keeps every past day stated, not only the latest ({@link #latestPast}). */
  static Set<String> of(String headline, String lead, String published, boolean latestDay) {
    return of(headline, lead, published, latestDay, LEAD_CHARS);
  }

  /** As above, reading {@code chars} characters of {@code lead} (a longer stretch of the text). */
  static Set<String> of(String headline, String lead, String published, boolean latestDay, int chars) {
    LocalDate pub = DateExtractor.anchor(published);
    if (pub == null) return Set.of();
    StringBuilder text = new StringBuilder();
    if (headline != null) text.append(headline).append("\n\n");
    if (lead != null) text.append(lead.length() > chars ? lead.substring(0, chars) : lead);
    Set<String> out = new LinkedHashSet<>();
    Set<String> dawn = new LinkedHashSet<>();
    String all = text.toString();
    for (TextDate d : DATES.extract(all, pub)) {
      if (!d.resolved() || d.value() == null || d.value().length() != 10) continue;
      LocalDate day;
      try {
        day = LocalDate.parse(d.value());
      } catch (java.time.format.DateTimeParseException e) {
        continue;
      }
      if (Math.abs(day.toEpochDay() - pub.toEpochDay()) > NEAR_DAYS) continue;
      out.add(d.value());
      if (smallHours(all.substring(Math.max(0, d.start() - DAWN_CHARS), d.start()) + " " + d.text())) dawn.add(d.value());
    }
    Set<String> kept = latestDay ? latestPast(out, pub.toString()) : out;
    if (dawn.isEmpty()) return kept;
    // the small hours of a day are the night of the day before: a report dating the event by that
    // evening states the same event
    Set<String> withEve = new LinkedHashSet<>(kept);
    for (String day : kept) if (dawn.contains(day)) withEve.add(LocalDate.parse(day).minusDays(1).toString());
    return withEve;
  }

  /** Whether {@code text} holds a small-hours phrase ({@code dawn-words.txt}) as whole words. */
  static boolean smallHours(String text) {
    StringBuilder words = new StringBuilder(" ");
    StringBuilder stripped = new StringBuilder(" ");
    for (org.mizan.text.Token t : org.mizan.text.Tokenizer.tokenize(text)) {
      words.append(t.norm()).append(' ');
      stripped.append(org.mizan.text.Clitics.strip(t.norm())).append(' ');
    }
    for (String p : DAWN) {
      String w = " " + p + " ";
      if (words.indexOf(w) >= 0 || stripped.indexOf(w) >= 0) return true;
    }
    return false;
  }

  /**
   * The stated days with only the latest of those up to publication: a report of today's session
   * names the previous one it follows ("ارتفع اليوم الثلاثاء بعدما هبط أمس الاثنين"), which is
   * yesterday's report's day, not its own. Later days (a plan, a deadline) stay.
   */
  static Set<String> latestPast(Set<String> days, String published) {
    String latest = null;
    for (String d : days) if (d.compareTo(published) <= 0 && (latest == null || d.compareTo(latest) > 0)) latest = d;
    if (latest == null) return days;
    Set<String> out = new LinkedHashSet<>();
    for (String d : days) if (d.equals(latest) || d.compareTo(published) > 0) out.add(d);
    return out;
  }
}
