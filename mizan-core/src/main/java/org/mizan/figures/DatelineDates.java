package org.mizan.figures;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The date of a dateline ({@code بورتسودان، 22 يناير 2025 – صادق المجلس …}, {@code جنيف في 15 أغسطس /
 * وام /}) is the page's own date, printed where the story starts, not a date the story speaks of: it is
 * dropped. A dateline is a line that opens with one to three words of a place, a comma or {@code في},
 * the date, then a dash or a slash; the date must be the publication day or one of the two before it
 * (a wire story is printed a day or two after it was filed).
 */
final class DatelineDates {
  private DatelineDates() {}

  /** One to three words (the place, not a clause: no leading و), then a comma or في, up to the date. */
  private static final Pattern PLACE = Pattern.compile("(?!و)[\\p{IsArabic}\\p{M}]+(?:\\s+[\\p{IsArabic}\\p{M}]+){0,2}\\s*(?:[،,]|\\s+في)\\s*");
  /** A dash or a slash right after the date. */
  private static final Pattern MARK = Pattern.compile("^\\s*[-–—/]");

  static List<TextDate> dropped(String body, List<TextDate> dates, LocalDate pub) {
    if (pub == null) return dates;
    dates.removeIf(d -> isDateline(body, d, pub));
    return dates;
  }

  private static boolean isDateline(String body, TextDate d, LocalDate pub) {
    if (d.value() == null || d.value().length() != 10) return false;
    LocalDate v = LocalDate.parse(d.value());
    if (v.isAfter(pub) || v.isBefore(pub.minusDays(2))) return false;
    int lineStart = body.lastIndexOf('\n', d.start() - 1) + 1;
    String before = body.substring(lineStart, d.start()).strip();
    if (before.isEmpty() || !PLACE.matcher(before + " ").matches()) return false;
    return MARK.matcher(body.substring(d.end())).find();
  }
}
