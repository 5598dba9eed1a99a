package org.mizan.synthesis;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.mizan.figures.TextDate;
import org.mizan.text.ArabicNormalization;
import org.mizan.text.Weekdays;

/**
 * The dates of a story's articles, with the value each refers to. Dates the articles resolved are
 * taken as they are. A weekday an undated article could not resolve ({@code صباح الأربعاء}) is
 * inferred from the story's own time: the date with that weekday nearest the first dated report
 * (articles of one story report the same few days), and marked inferred.
 */
final class StoryDates {
  private StoryDates() {}

  /** A date mention of article {@code doc} and the value it refers to. */
  record Dated(int doc, TextDate date, String value, boolean inferred) {}

  static List<Dated> of(StoryText st, LocalDate anchor) {
    List<Dated> out = new ArrayList<>();
    for (int d = 0; d < st.docs.size(); d++) {
      for (TextDate td : st.docs.get(d).dates()) {
        if (td.resolved() && td.value() != null) {
          out.add(new Dated(d, td, td.value(), false));
        } else if (anchor != null) {
          DayOfWeek day = weekday(td.text());
          if (day != null) out.add(new Dated(d, td, nearest(anchor, day).toString(), true));
        }
      }
    }
    return out;
  }

  /** The weekday named in {@code text}, or null. */
  static DayOfWeek weekday(String text) {
    for (String w : ArabicNormalization.normalize(text).split("\\s+")) {
      DayOfWeek d = Weekdays.withConjunction(w.replaceAll("^\\(|\\)$", ""));
      if (d != null) return d;
    }
    return null;
  }

  /** The date with weekday {@code day} nearest {@code anchor} (the earlier one on a tie). */
  static LocalDate nearest(LocalDate anchor, DayOfWeek day) {
    int ahead = (day.getValue() - anchor.getDayOfWeek().getValue() + 7) % 7;
    return ahead <= 3 ? anchor.plusDays(ahead) : anchor.minusDays(7 - ahead);
  }
}
