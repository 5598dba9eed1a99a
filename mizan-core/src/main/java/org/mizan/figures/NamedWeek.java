package org.mizan.figures;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoField;
import java.util.List;
import org.mizan.text.Token;

/**
 * The week a sentence names before a bare weekday: in {@code خسر الذهب 3% الأسبوع الماضي بعد خسائر يوم
 * الاثنين} the Monday is last week's, not the publication Monday. {@code الأسبوع الماضي} and {@code
 * الأسبوع المقبل} are the ISO weeks before and after publication's, as the dates stage reads them.
 */
final class NamedWeek {
  private NamedWeek() {}

  /**
   * The day {@code dow} of the week named before token {@code at} in its sentence, or null when the
   * sentence names none.
   */
  static LocalDate dayIn(String body, List<Token> toks, int at, DayOfWeek dow, LocalDate pub) {
    for (int k = at - 1; k >= 0; k--) {
      String gap = body.substring(toks.get(k).end(), toks.get(k + 1).start());
      if (gap.matches("(?s).*[.!؟?\n].*")) return null;
      String w = toks.get(k).norm();
      if (w.startsWith("و") || w.startsWith("ب") || w.startsWith("ل")) w = w.substring(1);
      if (!w.equals("الاسبوع") || k + 1 >= at) continue;
      String next = toks.get(k + 1).norm();
      int delta = DateExtractor.LAST.contains(next) ? -1 : DateExtractor.NEXT.contains(next) ? 1 : 0;
      if (delta == 0) return null;
      return pub.plusWeeks(delta).with(ChronoField.DAY_OF_WEEK, dow.getValue());
    }
    return null;
  }
}
