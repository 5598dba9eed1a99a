package org.mizan.figures;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mizan.text.Token;

/**
 * Days of the month written as ordinals ({@code الخامس عشر من يوليو}, {@code السابع والعشرين من
 * شهر شوال}): the masculine ordinals 1 to 31 in matching form, as newspapers print them.
 */
final class DayOrdinals {
  /** A day read from tokens {@code start..} up to the one it was asked about. */
  record Match(int day, int start) {}

  private static final String[] UNITS = {"الاول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع",
      "الثامن", "التاسع"};
  private static final Map<String, Integer> DAYS = new HashMap<>();

  static {
    for (int u = 1; u <= 9; u++) {
      String unit = UNITS[u - 1];
      DAYS.put(unit, u);
      String teen = u == 1 ? "الحادي" : unit;
      DAYS.put(teen + " عشر", 10 + u);
      for (String twenty : new String[] {"والعشرين", "والعشرون"}) DAYS.put(teen + " " + twenty, 20 + u);
    }
    DAYS.put("العاشر", 10);
    DAYS.put("العشرين", 20);
    DAYS.put("العشرون", 20);
    DAYS.put("الثلاثين", 30);
    DAYS.put("الثلاثون", 30);
    DAYS.put("الحادي والثلاثين", 31);
  }

  private DayOrdinals() {}

  /** The ordinal day whose last word is token {@code e} (two words first), or null. */
  static Match endingAt(List<Token> toks, int e) {
    if (e < 0 || e >= toks.size()) return null;
    if (e > 0) {
      String first = toks.get(e - 1).norm();
      Integer two = DAYS.get(first + " " + toks.get(e).norm());
      // بين الثاني عشر والخامس والعشرين من تموز: the second day of a range carries its و
      if (two == null && first.length() > 4 && first.startsWith("وال")) two = DAYS.get(first.substring(1) + " " + toks.get(e).norm());
      if (two != null) return new Match(two, e - 1);
    }
    Integer one = DAYS.get(toks.get(e).norm());
    return one == null ? null : new Match(one, e);
  }
}
