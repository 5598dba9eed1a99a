package org.mizan.stories;

import java.util.Set;

/**
 * Decimal figures two reports share: a quake's magnitude ({@code 7.8}), a rate's new range ({@code
 * 3.50} and {@code 3.75}), an index close. Outlets that word one event in quite different sentences
 * still print its figures, and two decimals agreeing by chance on one day is rare, so two of them
 * shared say the same event where the words alone (other headlines, other officials quoted, the
 * place spelled otherwise) kept the reports apart. Whole numbers are left out: counts and tolls
 * change from one report to the next and small ones recur by chance.
 */
final class SharedFigures {
  private SharedFigures() {}

  /** Shared decimal figures from which the reports are one event. */
  static final int VOUCH = 2;

  /** Gap (hours) within which shared figures speak: the same day's reports and the next day's editions. */
  static final double GAP_HOURS = 24;

  /**
   * How many decimal figures (bare form; {@code 7,8} is read as {@code 7.8}) both sets hold, or 0 when
   * they are fewer than half of the article's decimals: a market round-up prints a dozen index levels and
   * changes, and the next session's round-up repeats a few of them (yesterday's close), while two reports
   * of one quake or one rate decision print few decimals and the same ones.
   */
  static int decimals(Set<String> article, Set<String> story) {
    int n = 0;
    int all = 0;
    for (String f : article) {
      String b = EventNumbers.bareNumber(f);
      if (b.indexOf('.') <= 0 || b.endsWith(".0") || !specific(b)) continue;
      all++;
      if (story.contains(b)) n++;
    }
    return 2 * n >= all ? n : 0;
  }

  /**
   * A decimal of two significant digits or more ({@code 6.4}, {@code 3.75}, {@code 0.25}): {@code 0.5} and
   * {@code 0.2} (a half or a fifth of a percent) recur in any two market reports.
   */
  static boolean specific(String decimal) {
    String digits = decimal.replace(".", "").replaceFirst("^0+", "");
    return digits.length() >= 2;
  }

  /**
   * Whether shared figures join a candidate the words left out: {@link #VOUCH} decimals shared, within
   * {@link #GAP_HOURS}, no other stated event day, and none of the vetoes that say another issue of a
   * recurring report or another issuer (a market's next session shares no decimals with the last).
   */
  static boolean vouch(JoinEvidence ev, int shared) {
    return ev != null && shared >= VOUCH && ev.gapHours() <= GAP_HOURS && !ev.otherDay() && ev.numbers() > 0
        && !ev.issuer() && !ev.templateDay() && !JoinVetoes.otherIssue(ev.numbers(), ev.otherDay())
        && !JoinVetoes.nextIssue(ev.numbers(), ev.sameOutlet(), ev.spanHours(), ev.headline());
  }
}
