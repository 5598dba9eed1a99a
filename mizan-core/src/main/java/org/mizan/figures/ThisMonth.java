package org.mizan.figures;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code هذا الشهر} in a story that has already named another month ({@code عجز الموازنة لشهر فبراير …
 * 307 مليارات دولار لهذا الشهر}, published in March) points back at the month named, not at the month of
 * publication: its value is not known for sure, so it is dropped rather than dated wrongly.
 */
final class ThisMonth {
  private ThisMonth() {}

  /**
   * لهذا الشهر (a figure for the month) or في هذا الشهر, nothing else: من هذا الشهر (في وقت لاحق من هذا
   * الشهر) is a part of the present month.
   */
  private static final Pattern THIS_MONTH = Pattern.compile("(?:و?في\\s+)?و?ل?هذا\\s+الشهر");
  /** The word right before a date, when it is من. */
  private static final Pattern FROM_BEFORE = Pattern.compile("(?:^|\\s)و?من\\s*$");

  static List<TextDate> anaphoric(String body, List<TextDate> dates, LocalDate pub) {
    if (pub == null) return dates;
    String month = YearMonth.from(pub).toString();
    String named = null; // the first month named before, other than the publication's
    for (int k = 0; k < dates.size(); k++) {
      TextDate d = dates.get(k);
      String v = d.value();
      if (v != null && v.length() == 7 && !v.equals(month) && !isThisMonth(d) && named == null) named = v;
      if (named != null && isThisMonth(d) && month.equals(v) && !afterFrom(body, d)) dates.remove(k--);
    }
    return dates;
  }

  private static boolean afterFrom(String body, TextDate d) {
    return FROM_BEFORE.matcher(body.substring(Math.max(0, d.start() - 8), d.start())).find();
  }

  private static boolean isThisMonth(TextDate d) {
    return THIS_MONTH.matcher(org.mizan.text.ArabicNormalization.normalize(d.text()).strip()).matches();
  }
}
