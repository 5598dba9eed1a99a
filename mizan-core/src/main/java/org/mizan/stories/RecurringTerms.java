package org.mizan.stories;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * On how many publication days each story term has appeared so far: the vocabulary of a daily
 * template (a forecast's region names, a market report's index names, a bulletin's fixed wording)
 * appears day after day, while an event's own words appear on the few days it is news. Two reports
 * worded alike mostly in such words are two issues of the template, not one event. Learned from the
 * articles the clusterer sees, so it needs no word list and follows any outlet's templates. Only
 * an unbroken run of days counts: a gap of more than {@value #RUN_GAP_DAYS} days starts the count
 * again, so a recurring actor's name (an envoy's visits to one capital months apart) is no
 * template word on its next visit.
 */
final class RecurringTerms {
  /** Terms remembered at most (the least recently seen go first). */
  static final int MAX_TERMS = 400_000;

  /**
   * Days without the term after which its run of days is broken: a month (a weekly or monthly
   * report still recurs; an envoy's visits months apart do not). A week broke the runs of template
   * words in the SaudiNewsNet golds, which keep only a few articles a day (docs/evaluation.md, Stories,
   * round 23).
   */
  static final int RUN_GAP_DAYS = 31;

  /** Distinct days of the term's current run and the last of them (epoch day). */
  private final Map<String, long[]> days = new HashMap<>();

  /** Counts the article's terms on its publication day (epoch day); an earlier day than the last seen adds nothing. */
  void add(Iterable<String> terms, long day) {
    for (String t : terms) {
      long[] d = days.get(t);
      if (d == null || day - d[1] > RUN_GAP_DAYS) {
        days.put(t, new long[] {1, day});
      } else if (day > d[1]) {
        d[0]++;
        d[1] = day;
      }
    }
    if (days.size() > MAX_TERMS) evictBefore(day - 30);
  }

  /** Days before {@code day} on which the term appeared, in a run reaching to within {@value #RUN_GAP_DAYS} days of it. */
  int daysBefore(String term, long day) {
    long[] d = days.get(term);
    if (d == null || day - d[1] > RUN_GAP_DAYS) return 0;
    return (int) (d[1] >= day ? d[0] - 1 : d[0]);
  }

  /**
   * The share of the article's match with the story made of recurring terms, those seen on at least
   * {@code minDays} earlier days: 1 − cosine without them / cosine (0 when there is no match).
   */
  double share(Map<String, Float> vec, StoryCluster c, long day, int minDays, double body) {
    if (body <= 1e-9) return 0;
    Map<String, Float> fresh = null;
    for (String t : vec.keySet()) {
      if (daysBefore(t, day) >= minDays && c.centroid.containsKey(t)) {
        if (fresh == null) fresh = new HashMap<>(vec);
        fresh.remove(t);
      }
    }
    if (fresh == null) return 0;
    return Math.max(0, Math.min(1, 1 - c.cosine(fresh) / body));
  }

  private void evictBefore(long day) {
    days.values().removeIf(d -> d[1] < day);
  }

  void write(DataOutputStream out) throws IOException {
    out.writeInt(days.size());
    for (Map.Entry<String, long[]> e : new java.util.TreeMap<>(days).entrySet()) {
      out.writeUTF(e.getKey());
      out.writeLong(e.getValue()[0]);
      out.writeLong(e.getValue()[1]);
    }
  }

  static RecurringTerms read(DataInputStream in) throws IOException {
    RecurringTerms r = new RecurringTerms();
    for (int i = in.readInt(); i > 0; i--) r.days.put(in.readUTF(), new long[] {in.readLong(), in.readLong()});
    return r;
  }
}
