package org.mizan.figures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates written in digits, for {@link DateExtractor}: {@code 2025-12-03}, {@code 3/12/2025}, {@code 3-12-2025},
 * and numeric Hijri dates ({@code 9 / 10 / 1436هـ}, {@code 1-10-1436هـ}) converted to Gregorian; not a page's
 * time stamp ({@code 26-10-2018 12:00}).
 */
final class NumericDates {
  private NumericDates() {}

  /** Adds the dates written in digits to {@code out}; returns the spans they take, which no other reading may start in. */
  static List<int[]> read(String body, List<TextDate> out) {
    String digits = asciiDigits(body); // same length: offsets stay valid
    List<int[]> taken = new ArrayList<>();
    for (Pattern p : List.of(ISO, DMY, DMY_DASH)) {
      Matcher m = p.matcher(digits);
      while (m.find()) {
        int y = Integer.parseInt(p == ISO ? m.group(1) : m.group(3));
        int mo = Integer.parseInt(m.group(2));
        int d = Integer.parseInt(p == ISO ? m.group(3) : m.group(1));
        String v = value(y, mo, d);
        if (v == null) continue;
        taken.add(new int[] {m.start(), m.end()});
        // 26-10-2018 12:00 صباحاً: a page's publication stamp left in the text, not a date the news names
        if (STAMP_TIME.matcher(digits).region(m.end(), digits.length()).lookingAt()) continue;
        if (p == DMY) rangeStart(body, digits, m.start(), y, mo, d, out, taken);
        out.add(new TextDate(body.substring(m.start(), m.end()), v, true, m.start(), m.end()));
      }
    }
    return taken;
  }

  /**
   * {@code 17-18/09/1436}, {@code 8 إلى 29/11/1433}: the first day of a range printed before a full date shares its
   * month and year. Only a smaller day qualifies ({@code 12 الى 4/1/1437} starts in the month before).
   */
  private static void rangeStart(String body, String digits, int dateStart, int y, int mo, int d, List<TextDate> out,
      List<int[]> taken) {
    Matcher r = RANGE_START.matcher(digits.substring(Math.max(0, dateStart - 12), dateStart));
    if (!r.find()) return;
    int d1 = Integer.parseInt(r.group(1));
    if (d1 < 1 || d1 >= d) return;
    String v = value(y, mo, d1);
    if (v == null) return;
    int s = Math.max(0, dateStart - 12) + r.start(1), e = Math.max(0, dateStart - 12) + r.end(1);
    out.add(new TextDate(body.substring(s, e), v, true, s, e));
    taken.add(new int[] {s, e});
  }

  /** The ISO Gregorian day, or null when there is none; a year 1300-1599 is Hijri ({@code 9 / 10 / 1436}). */
  private static String value(int y, int mo, int d) {
    if (y < 1300 || y >= 1600) return DateExtractor.valid(y, mo, d);
    LocalDate g = HijriMonths.toGregorian(y, mo, d);
    return g == null ? null : g.toString();
  }

  /** A clock time right after a numeric date, past spaces or a bar: the date is a time stamp. */
  private static final Pattern STAMP_TIME = Pattern.compile("[ \\t|]*\\d{1,2}:\\d{2}(?!\\d)");

  private static final Pattern RANGE_START = Pattern.compile("(?<![\\d/.-])(\\d{1,2}) ?(?:[-–]|إلى|الى|حتى) ?$");

  // digit look-arounds, not \\b: Java counts Arabic letters as word characters (1436هـ)
  private static final Pattern ISO = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{1,2})-(\\d{1,2})(?!\\d)");

  private static final Pattern DMY = Pattern.compile("(?<![\\d/])(\\d{1,2}) ?/ ?(\\d{1,2}) ?/ ?(\\d{4})(?!\\d)");

  /** {@code 1-10-1436هـ}, {@code 24-07-2015}: day, month and year joined by hyphens. */
  private static final Pattern DMY_DASH = Pattern.compile("(?<![\\d-])(\\d{1,2}) ?- ?(\\d{1,2}) ?- ?(\\d{4})(?![\\d-])");

  private static String asciiDigits(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      if (c >= '٠' && c <= '٩') c = (char) ('0' + c - '٠');
      b.append(c);
    }
    return b.toString();
  }

  static boolean inside(List<int[]> taken, int pos) {
    for (int[] t : taken) if (pos >= t[0] && pos < t[1]) return true;
    return false;
  }
}
