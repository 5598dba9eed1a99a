package org.mizan.stories;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Whether an article and a story (or two stories) agree on the marks of one event: the days they
 * state and the figures they report. Reports of one event state its day and repeat its figures;
 * the same actor's next event states another day and other figures.
 */
final class EventAgreement {
  private EventAgreement() {}

  /**
   * Whether the article states one of the story's event days: a day stated by at least half as many of
   * its articles as its most stated day. A day one report mentions in passing ("and meets X on
   * Wednesday") is not the story's day, and would otherwise draw the next event in.
   */
  static boolean sharesEventDay(Set<String> days, StoryCluster c) {
    int most = 0;
    for (int n : c.eventDates.values()) most = Math.max(most, n);
    for (String day : days) if (c.eventDates.getOrDefault(day, 0) * 2 >= most) return true;
    return false;
  }

  /**
   * Whether two stories each have a main event day (stated by at least two of their articles) and
   * neither states the other's: two meetings of the same actors on different days, which one
   * article linking both must not merge.
   */
  static boolean otherDays(StoryCluster a, StoryCluster b) {
    String da = mainDay(a);
    String db = mainDay(b);
    return da != null && db != null && !a.eventDates.containsKey(db) && !b.eventDates.containsKey(da);
  }

  private static String mainDay(StoryCluster c) {
    String best = null;
    int most = 1;
    for (Map.Entry<String, Integer> en : new TreeMap<>(c.eventDates).entrySet()) {
      if (en.getValue() > most) {
        best = en.getKey();
        most = en.getValue();
      }
    }
    return best;
  }

  /**
   * +1 when the article and the story share an event number counting the same thing (see
   * {@link EventNumbers#eventNumber}), −1 when they share no number at all, 0 when a small number
   * recurs counting something else (63 graduates, 63 million dollars): chance, not evidence.
   */
  static int numberAgreement(Set<String> mine, Set<String> story) {
    boolean bare = false;
    for (String n : mine) {
      if (story.contains(n)) return 1;
      if (!bare) {
        String b = EventNumbers.bareNumber(n);
        for (String m : story) if (EventNumbers.bareNumber(m).equals(b)) bare = true;
      }
    }
    return bare ? 0 : -1;
  }
}
