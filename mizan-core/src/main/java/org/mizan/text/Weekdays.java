package org.mizan.text;

import java.time.DayOfWeek;
import java.util.Map;

/** Arabic weekday names: reading a normalized word as a weekday, and the printed name of a weekday. */
public final class Weekdays {
  private Weekdays() {}

  private static final Map<String, DayOfWeek> BY_STEM = Map.of("احد", DayOfWeek.SUNDAY, "اثنين", DayOfWeek.MONDAY,
      "ثلاثاء", DayOfWeek.TUESDAY, "اربعاء", DayOfWeek.WEDNESDAY, "خميس", DayOfWeek.THURSDAY,
      "جمعه", DayOfWeek.FRIDAY, "سبت", DayOfWeek.SATURDAY);
  private static final Map<DayOfWeek, String> NAMES = Map.of(DayOfWeek.SUNDAY, "الأحد", DayOfWeek.MONDAY, "الاثنين",
      DayOfWeek.TUESDAY, "الثلاثاء", DayOfWeek.WEDNESDAY, "الأربعاء", DayOfWeek.THURSDAY, "الخميس",
      DayOfWeek.FRIDAY, "الجمعة", DayOfWeek.SATURDAY, "السبت");

  /**
   * The weekday a normalized word names with its article ({@code الاربعاء}, {@code الجمعه}), or null.
   * Bare forms are not read: {@code احد} and {@code سبت} are also ordinary words.
   */
  public static DayOfWeek definite(String norm) {
    return norm.startsWith("ال") ? BY_STEM.get(norm.substring(2)) : null;
  }

  /** Like {@link #definite} but also with a glued {@code و}/{@code ف} ({@code والخميس}). */
  public static DayOfWeek withConjunction(String norm) {
    DayOfWeek d = definite(norm);
    if (d == null && norm.length() > 1 && (norm.charAt(0) == 'و' || norm.charAt(0) == 'ف')) d = definite(norm.substring(1));
    return d;
  }

  /** The printed Arabic name of {@code day} ({@code الأربعاء}). */
  public static String name(DayOfWeek day) {
    return NAMES.get(day);
  }
}
