package org.mizan.figures;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mizan.text.ArabicNormalization;
import org.mizan.text.Token;
import org.mizan.text.WordList;

/**
 * Hijri month names ({@code شوال}, {@code ذو القعدة}) and the conversion of a Hijri day to its
 * Gregorian date in the Umm al-Qura calendar that Saudi and most Gulf outlets follow.
 */
final class HijriMonths {
  private static final Map<String, Months.Match> NAMES = new HashMap<>();

  static {
    for (String line : WordList.lines(HijriMonths.class, "hijri-months.tsv")) {
      String[] f = line.split("\t");
      for (String name : f[1].split(",")) {
        String norm = ArabicNormalization.normalize(name.strip());
        NAMES.put(norm, new Months.Match(Integer.parseInt(f[0]), norm.split(" ").length, false));
      }
    }
  }

  private HijriMonths() {}

  /** The Hijri month name starting at token {@code i} (two words first; a leading و/ب/ل allowed), or null. */
  static Months.Match at(List<Token> toks, int i) {
    if (i < 0 || i >= toks.size()) return null;
    String n = toks.get(i).norm();
    if (i + 1 < toks.size()) {
      Months.Match two = NAMES.get(n + " " + toks.get(i + 1).norm());
      if (two != null) return two;
    }
    Months.Match one = NAMES.get(n);
    if (one == null && n.length() > 3 && (n.startsWith("و") || n.startsWith("ب") || n.startsWith("ل"))) {
      one = NAMES.get(n.substring(1));
    }
    return one != null && one.length() == 1 ? one : null;
  }

  /** The Hijri year in which {@code d} falls. */
  static int yearOf(LocalDate d) {
    return HijrahDate.from(d).get(ChronoField.YEAR);
  }

  /** The Gregorian date of a Hijri day, or null when it does not exist or is outside the calendar's range. */
  static LocalDate toGregorian(int year, int month, int day) {
    try {
      return LocalDate.from(HijrahDate.of(year, month, day));
    } catch (DateTimeException e) {
      return null;
    }
  }
}
