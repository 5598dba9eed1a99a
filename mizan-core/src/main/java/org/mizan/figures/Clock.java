package org.mizan.figures;

import java.util.List;
import java.util.Set;
import org.mizan.text.Token;

/**
 * Clock times: {@code الساعة 2:02 صباحا}, {@code 10:30 مساء}, {@code 2302 بتوقيت غرينتش}, with the
 * time zone after {@code بتوقيت}. The value is the hour of the day in decimal hours (2:02 = 2.0333).
 */
final class Clock {
  record Reading(int start, int end, int firstToken, int nextToken, double hours, String zone) {}

  private static final Set<String> HOUR_WORDS = Set.of("الساعه", "ساعه", "والساعه", "بالساعه");
  private static final Set<String> AM = Set.of("صباحا", "صباح", "فجرا", "فجر", "ص");
  private static final Set<String> PM = Set.of("مساء", "مساءا", "ليلا", "ظهرا", "عصرا", "م");
  private static final Set<String> ZONE_WORDS = Set.of("بتوقيت", "بالتوقيت");
  private static final Set<String> TIME_PREPOSITIONS = Set.of("في", "عند", "حتي", "الي", "منذ", "وحتي", "والي",
      "وفي", "وعند", "بعد", "قبل", "تمام", "من", "ومن");
  private static final Set<String> DEFINITE_HOUR_WORDS = Set.of("الساعه", "والساعه", "بالساعه", "للساعه");
  private static final java.util.Map<String, Integer> ORDINAL_HOURS = java.util.Map.ofEntries(
      java.util.Map.entry("الواحده", 1), java.util.Map.entry("الثانيه", 2), java.util.Map.entry("الثالثه", 3),
      java.util.Map.entry("الرابعه", 4), java.util.Map.entry("الخامسه", 5), java.util.Map.entry("السادسه", 6),
      java.util.Map.entry("السابعه", 7), java.util.Map.entry("الثامنه", 8), java.util.Map.entry("التاسعه", 9),
      java.util.Map.entry("العاشره", 10));
  private static final java.util.Map<String, Double> MINUTE_FRACTIONS = java.util.Map.of("والنصف", 30.0,
      "والربع", 15.0, "والثلث", 20.0, "ونصف", 30.0, "وربع", 15.0, "وثلث", 20.0);
  /** Parts of the day after من: true for the afternoon and evening (من مساء أمس), false for the morning. */
  private static final java.util.Map<String, Boolean> DAY_PARTS = java.util.Map.of("فجر", false, "صباح", false,
      "ظهر", true, "عصر", true, "مساء", true, "سحر", false, "السحر", false, "مغرب", true);
  private static final Set<String> GMT = Set.of("غرينتش", "غرينيتش", "جرينتش", "جرينيتش", "gmt", "utc");

  private Clock() {}

  /** العاشرة والثلث من ظهر اليوم، الحادية عشرة ظهرا: noon (ظهر) reaches back into the late morning. */
  private static boolean lateMorning(String part, double h) {
    return (part.equals("ظهر") || part.equals("ظهرا")) && h >= 7 && h < 12;
  }

  static boolean isTime(String body, List<Token> toks, int i) {
    Token t = toks.get(i);
    if (colonMinutes(body, toks, i)) return true;
    if (mirroredMinutes(toks, i) && (i > 0 && HOUR_WORDS.contains(toks.get(i - 1).norm()) || zoneAt(toks, i + 3))) {
      return true; // الساعة 47ر09 بتوقيت جرينتش: 09:47 printed mirrored
    }
    if (dotMinutes(t.norm()) && (i > 0 && HOUR_WORDS.contains(toks.get(i - 1).norm()) || zoneAt(toks, i + 1)
        || i + 1 < toks.size() && (AM.contains(toks.get(i + 1).norm()) || PM.contains(toks.get(i + 1).norm())))) {
      return true; // الساعة 7.30 صباحا، (04,01 بتوقيت غرينتش)
    }
    boolean hourWord = i > 0 && HOUR_WORDS.contains(toks.get(i - 1).norm()) && t.norm().matches("\\d{1,2}")
        && Integer.parseInt(t.norm()) <= 24;
    // 12 ظهرا، 7 مساء: an hour with its part of the day
    boolean dayPart = t.norm().matches("\\d{1,2}") && Integer.parseInt(t.norm()) >= 1
        && Integer.parseInt(t.norm()) <= 12
        && i + 1 < toks.size() && (AM.contains(toks.get(i + 1).norm()) || PM.contains(toks.get(i + 1).norm()))
        && toks.get(i + 1).norm().length() > 1
        // not a score's second side before a comma (فاز 3-1، مساء الجمعة)
        && body.substring(t.end(), toks.get(i + 1).start()).isBlank() && !afterScoreDash(body, t.start());
    boolean military = t.norm().matches("\\d{4}") && zoneAt(toks, i + 1)
        && Integer.parseInt(t.norm().substring(0, 2)) < 24 && Integer.parseInt(t.norm().substring(2)) < 60;
    return hourWord || military || dayPart;
  }

  /** A dash right before the number with a digit before it ({@code 3-1}, {@code 2 – 0}): a score's second side. */
  private static boolean afterScoreDash(String body, int start) {
    int k = start - 1;
    while (k >= 0 && body.charAt(k) == ' ') k--;
    if (k < 0 || "-–—".indexOf(body.charAt(k)) < 0) return false;
    k--;
    while (k >= 0 && body.charAt(k) == ' ') k--;
    return k >= 0 && Character.isDigit(body.charAt(k));
  }

  private static boolean colonMinutes(String body, List<Token> toks, int i) {
    Token t = toks.get(i);
    return t.end() < body.length() && body.charAt(t.end()) == ':' && i + 1 < toks.size()
        && toks.get(i + 1).start() == t.end() + 1 && toks.get(i + 1).norm().matches("\\d{2}")
        && t.norm().matches("\\d{1,2}") && Integer.parseInt(t.norm()) <= 24;
  }

  /**
   * {@code 47ر09}: minutes, a glued ر, then the hour; the mirrored print of 09.47 some pages carry (as
   * their decimals: {@code 25ر2} = 2.25).
   */
  private static boolean mirroredMinutes(List<Token> toks, int i) {
    if (i + 2 >= toks.size()) return false;
    Token m = toks.get(i);
    Token r = toks.get(i + 1);
    Token h = toks.get(i + 2);
    return m.norm().matches("\\d{2}") && r.norm().equals("ر") && r.start() == m.end() && h.start() == r.end()
        && h.norm().matches("\\d{1,2}") && Integer.parseInt(m.norm()) < 60 && Integer.parseInt(h.norm()) <= 24;
  }

  /** The token right after a parenthesis opened at {@code from} (spaces allowed) and closed on its line within 40 characters, or -1. */
  private static int afterParenthetical(String body, List<Token> toks, int from) {
    int k = from;
    while (k < body.length() && body.charAt(k) == ' ') k++;
    if (k >= body.length() || body.charAt(k) != '(') return -1;
    int close = body.indexOf(')', k);
    if (close < 0 || close - k > 40 || body.substring(k, close).indexOf('\n') >= 0) return -1;
    for (int t = 0; t < toks.size(); t++) {
      if (toks.get(t).start() > close) {
        return body.substring(close + 1, toks.get(t).start()).isBlank() ? t : -1;
      }
    }
    return -1;
  }

  /** 7.30 or 00,01: hours and minutes with a dot or a comma between. */
  private static boolean dotMinutes(String norm) {
    return norm.matches("\\d{1,2}[.,]\\d{2}") && Integer.parseInt(norm.substring(0, sep(norm))) <= 24
        && Integer.parseInt(norm.substring(sep(norm) + 1)) < 60;
  }

  private static int sep(String norm) {
    return Math.max(norm.indexOf('.'), norm.indexOf(','));
  }

  private static boolean zoneAt(List<Token> toks, int j) {
    return j < toks.size() && (ZONE_WORDS.contains(toks.get(j).norm()) || toks.get(j).norm().equals("تغ")
        || j + 1 < toks.size() && toks.get(j).norm().equals("ت") && toks.get(j + 1).norm().equals("غ"));
  }

  static Reading read(String body, List<Token> toks, int i) {
    Token t = toks.get(i);
    int first = i > 0 && HOUR_WORDS.contains(toks.get(i - 1).norm()) ? i - 1 : i;
    double h;
    double m = 0;
    int j;
    if (mirroredMinutes(toks, i)) {
      h = Integer.parseInt(toks.get(i + 2).norm());
      m = Integer.parseInt(t.norm());
      j = i + 3;
    } else if (colonMinutes(body, toks, i)) {
      h = Integer.parseInt(t.norm());
      m = Integer.parseInt(toks.get(i + 1).norm());
      j = i + 2;
    } else if (dotMinutes(t.norm())) {
      h = Integer.parseInt(t.norm().substring(0, sep(t.norm())));
      m = Integer.parseInt(t.norm().substring(sep(t.norm()) + 1));
      j = i + 1;
    } else if (t.norm().length() == 4) {
      h = Integer.parseInt(t.norm().substring(0, 2));
      m = Integer.parseInt(t.norm().substring(2));
      j = i + 1;
    } else {
      h = Integer.parseInt(t.norm());
      j = i + 1;
    }
    return tail(body, toks, first, j, h, m);
  }

  /** الساعة [ordinal hour]: the definite hour word before a feminine ordinal (الثالثة، الحادية عشرة). */
  static boolean ordinalAt(List<Token> toks, int i) {
    return DEFINITE_HOUR_WORDS.contains(toks.get(i).norm()) && ordinalHour(toks, i + 1) != null || bareOrdinalAt(toks, i);
  }

  /**
   * إلى الرابعة عصراً، في الخامسة من عصر اليوم: an ordinal hour without الساعة, after a preposition and
   * before a part of the day (للمرة الثانية صباح اليوم is no time: no preposition before it).
   */
  private static boolean bareOrdinalAt(List<Token> toks, int i) {
    if (i == 0 || !TIME_PREPOSITIONS.contains(toks.get(i - 1).norm())) return false;
    int[] hour = ordinalHour(toks, i);
    if (hour == null) return false;
    int j = i + hour[1];
    if (j < toks.size() && MINUTE_FRACTIONS.containsKey(toks.get(j).norm())) j++;
    if (j < toks.size() && toks.get(j).norm().equals("من")) j++;
    if (j >= toks.size()) return false;
    String n = toks.get(j).norm();
    return AM.contains(n) && n.length() > 1 || PM.contains(n) && n.length() > 1 || DAY_PARTS.containsKey(n);
  }

  /**
   * الساعة الثالثة من فجر اليوم، الساعة العاشرة والنصف صباحا، الساعة الثامنة إلا ربعا مساء: an hour
   * written as an ordinal, with a fraction, a part of the day and a time zone.
   */
  static Reading readOrdinal(String body, List<Token> toks, int i) {
    int at = DEFINITE_HOUR_WORDS.contains(toks.get(i).norm()) && ordinalHour(toks, i + 1) != null ? i + 1 : i;
    int[] hour = ordinalHour(toks, at);
    double h = hour[0];
    double m = 0;
    int j = at + hour[1];
    if (j < toks.size() && MINUTE_FRACTIONS.containsKey(toks.get(j).norm())) {
      m = MINUTE_FRACTIONS.get(toks.get(j).norm());
      j++;
    } else if (j + 1 < toks.size() && writtenMinutes(toks, j) != null) {
      int[] wm = writtenMinutes(toks, j); // العاشرة وعشرين دقيقة، التاسعة و15 دقيقة
      m = wm[0];
      j += wm[1];
    } else if (j + 1 < toks.size() && toks.get(j).norm().equals("الا")
        && MINUTE_FRACTIONS.containsKey("و" + toks.get(j + 1).norm().replaceFirst("ا$", ""))) {
      m = -MINUTE_FRACTIONS.get("و" + toks.get(j + 1).norm().replaceFirst("ا$", "")); // الثامنة إلا ربعا
      j += 2;
    }
    if (j + 2 < toks.size() && toks.get(j).norm().equals("الا")) {
      int[] less = bareMinutes(toks, j + 1); // الرابعة والنصف إلا خمس دقائق = 4:25
      if (less != null) {
        m -= less[0];
        j += 1 + less[1];
      }
    }
    return tail(body, toks, i, j, h, m);
  }

  /** {@code خمس دقائق}, {@code 10 دقائق} at token k (minutes taken off after إلا): {minutes, tokens}, or null. */
  private static int[] bareMinutes(List<Token> toks, int k) {
    if (k + 1 >= toks.size()) return null;
    String w = toks.get(k).norm();
    Double v = w.matches("\\d{1,2}") ? Double.valueOf(w) : FigureExtractor.NUMBER_WORDS.get(w);
    String unit = toks.get(k + 1).norm();
    if (v == null || v < 1 || v >= 30 || !unit.equals("دقيقه") && !unit.equals("دقايق")) return null;
    return new int[] {v.intValue(), 2};
  }

  /**
   * {@code وعشرين دقيقة}, {@code و15 دقيقة}, {@code وخمس دقائق}, {@code وخمس وأربعين دقيقة} at token k:
   * {minutes (1-59), tokens},
   * or null.
   */
  private static int[] writtenMinutes(List<Token> toks, int k) {
    String w = toks.get(k).norm();
    int len = 2;
    Double v = null;
    if (w.equals("و") && k + 2 < toks.size() && toks.get(k + 1).norm().matches("\\d{1,2}")) {
      v = Double.valueOf(toks.get(k + 1).norm()); // و15: the digits are a token of their own
      len = 3;
    } else if (w.length() > 1 && w.charAt(0) == 'و') {
      v = FigureExtractor.NUMBER_WORDS.get(w.substring(1));
      String next = k + 1 < toks.size() ? toks.get(k + 1).norm() : "";
      Double tens = next.length() > 1 && next.charAt(0) == 'و' ? FigureExtractor.NUMBER_WORDS.get(next.substring(1)) : null;
      if (v != null && v < 10 && tens != null && tens >= 20 && tens <= 50 && tens % 10 == 0) {
        v += tens; // وخمس وأربعين دقيقة: units before tens
        len = 3;
      }
    }
    if (v == null || v < 1 || v >= 60 || k + len - 1 >= toks.size()) return null;
    String unit = toks.get(k + len - 1).norm();
    if (!unit.equals("دقيقه") && !unit.equals("دقايق")) return null;
    return new int[] {v.intValue(), len};
  }

  /** The hour {@code [value, tokens]} of a feminine ordinal at token k, or null. */
  private static int[] ordinalHour(List<Token> toks, int k) {
    if (k >= toks.size()) return null;
    if (k + 1 < toks.size() && toks.get(k + 1).norm().equals("عشره")) {
      String n = toks.get(k).norm();
      if (n.equals("الحاديه")) return new int[] {11, 2};
      if (n.equals("الثانيه")) return new int[] {12, 2};
      return null;
    }
    Integer h = ORDINAL_HOURS.get(toks.get(k).norm());
    return h == null ? null : new int[] {h, 1};
  }

  private static Reading tail(String body, List<Token> toks, int first, int j0, double h0, double m) {
    int j = j0;
    double h = h0;
    int part = toks.size() > j && toks.get(j).norm().equals("من") ? j + 1 : j;
    if (part < toks.size() && DAY_PARTS.containsKey(toks.get(part).norm())) {
      // من فجر اليوم، من صباح أمس، عصر اليوم: the part of the day as a noun
      boolean pm = DAY_PARTS.get(toks.get(part).norm()) && !lateMorning(toks.get(part).norm(), h);
      if (pm && h < 12) h += 12;
      if (!pm && h == 12) h = 0;
      j = part + 1;
    } else if (j < toks.size() && AM.contains(toks.get(j).norm())) {
      if (h == 12) h = 0;
      j++;
    } else if (j < toks.size() && PM.contains(toks.get(j).norm())) {
      if (h < 12 && !lateMorning(toks.get(j).norm(), h)) h += 12;
      j++;
    } else if (j + 1 < toks.size() && toks.get(j).norm().equals("بعد") && toks.get(j + 1).norm().equals("الظهر")) {
      if (h < 12) h += 12; // الثالثة و9 دقائق بعد الظهر
      j += 2;
    } else if (j > 0 && h < 12) {
      // الساعة 11.59 (2059 بتوقيت غرينتش) مساء: the part of the day after a parenthetical (which is read
      // on its own: the time is not extended over it)
      int k = afterParenthetical(body, toks, toks.get(j - 1).end());
      if (k >= 0 && PM.contains(toks.get(k).norm()) && toks.get(k).norm().length() > 1
          && !lateMorning(toks.get(k).norm(), h)) {
        h += 12;
      }
    }
    String zone = null;
    if (j + 1 < toks.size() && toks.get(j).norm().equals("بالتوقيت")) {
      // بالتوقيت المحلي، بالتوقيت العالمي
      String z = toks.get(j + 1).norm();
      zone = z.equals("المحلي") ? "local" : z.equals("العالمي") || GMT.contains(z) ? "GMT" : z;
      j += 2;
    } else if (j < toks.size() && toks.get(j).norm().equals("تغ")) {
      zone = "GMT"; // (6:15 تغ): توقيت غرينتش
      j++;
    } else if (j + 1 < toks.size() && toks.get(j).norm().equals("ت") && toks.get(j + 1).norm().equals("غ")) {
      zone = "GMT"; // (1:30 ت غ)
      j += 2;
    } else if (j + 1 < toks.size() && toks.get(j).norm().equals("بتوقيت")) {
      String z = toks.get(j + 1).norm();
      zone = GMT.contains(z) ? "GMT" : z;
      j += 2;
      if (!"GMT".equals(zone) && j < toks.size() && toks.get(j).norm().startsWith("ال")
          && body.substring(toks.get(j - 1).end(), toks.get(j).start()).isBlank()) {
        zone = zone + " " + toks.get(j).norm();
        j++;
      }
    }
    double hours = Math.round((h + m / 60.0) * 10000.0) / 10000.0;
    return new Reading(toks.get(first).start(), toks.get(j - 1).end(), first, j, hours, zone);
  }
}
