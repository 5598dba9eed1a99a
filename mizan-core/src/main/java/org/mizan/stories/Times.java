package org.mizan.stories;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Publication times as hours since the epoch, for time decay; unknown times are {@code NaN}. */
final class Times {
  private Times() {}

  /** Hours since 1970 of an ISO date or date-time ({@code 2025-12-03}, {@code 2025-12-03T12:48}, or with a space). */
  static double hours(String iso) {
    if (iso == null || iso.length() < 10) return Double.NaN;
    String s = iso.strip().replace(' ', 'T');
    try {
      if (s.length() == 10) return LocalDate.parse(s).toEpochDay() * 24.0;
      int cut = s.length();
      for (int i = 19; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c == 'Z' || c == '+' || c == '-' || c == '.') {
          cut = i;
          break;
        }
      }
      return LocalDateTime.parse(s.substring(0, cut)).toEpochSecond(ZoneOffset.UTC) / 3600.0;
    } catch (DateTimeParseException e) {
      try {
        return LocalDate.parse(s.substring(0, 10)).toEpochDay() * 24.0;
      } catch (DateTimeParseException e2) {
        return Double.NaN;
      }
    }
  }

  /** The ISO date-time (minutes, UTC) of hours since 1970. */
  static String iso(double hours) {
    return LocalDateTime.ofEpochSecond(Math.round(hours * 3600), 0, ZoneOffset.UTC).toString();
  }
}
