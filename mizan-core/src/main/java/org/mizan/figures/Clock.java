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
  private static final Set<String> GMT = Set.of("غرينتش", "غرينيتش", "جرينتش", "جرينيتش", "gmt", "utc");

  private Clock() {}

  static boolean isTime(String body, List<Token> toks, int i) {
    Token t = toks.get(i);
    if (colonMinutes(body, toks, i)) return true;
    if (dotMinutes(t.norm()) && (i > 0 && HOUR_WORDS.contains(toks.get(i - 1).norm())
        || i + 1 < toks.size() && (AM.contains(toks.get(i + 1).norm()) || PM.contains(toks.get(i + 1).norm())))) {
      return true; // الساعة 7.30 صباحا
    }
    boolean hourWord = i > 0 && HOUR_WORDS.contains(toks.get(i - 1).norm()) && t.norm().matches("\\d{1,2}")
        && Integer.parseInt(t.norm()) <= 24;
    // 12 ظهرا، 7 مساء: an hour with its part of the day
    boolean dayPart = t.norm().matches("\\d{1,2}") && Integer.parseInt(t.norm()) <= 12 && Integer.parseInt(t.norm()) >= 1
        && i + 1 < toks.size() && (AM.contains(toks.get(i + 1).norm()) || PM.contains(toks.get(i + 1).norm()))
        && toks.get(i + 1).norm().length() > 1;
    boolean military = t.norm().matches("\\d{4}") && i + 1 < toks.size() && toks.get(i + 1).norm().equals("بتوقيت")
        && Integer.parseInt(t.norm().substring(0, 2)) < 24 && Integer.parseInt(t.norm().substring(2)) < 60;
    return hourWord || military || dayPart;
  }

  private static boolean colonMinutes(String body, List<Token> toks, int i) {
    Token t = toks.get(i);
    return t.end() < body.length() && body.charAt(t.end()) == ':' && i + 1 < toks.size()
        && toks.get(i + 1).start() == t.end() + 1 && toks.get(i + 1).norm().matches("\\d{2}")
        && t.norm().matches("\\d{1,2}") && Integer.parseInt(t.norm()) <= 24;
  }

  private static boolean dotMinutes(String norm) {
    return norm.matches("\\d{1,2}\\.\\d{2}") && Integer.parseInt(norm.substring(0, norm.indexOf('.'))) <= 24
        && Integer.parseInt(norm.substring(norm.indexOf('.') + 1)) < 60;
  }

  static Reading read(String body, List<Token> toks, int i) {
    Token t = toks.get(i);
    int first = i > 0 && HOUR_WORDS.contains(toks.get(i - 1).norm()) ? i - 1 : i;
    double h;
    double m = 0;
    int j;
    if (colonMinutes(body, toks, i)) {
      h = Integer.parseInt(t.norm());
      m = Integer.parseInt(toks.get(i + 1).norm());
      j = i + 2;
    } else if (dotMinutes(t.norm())) {
      h = Integer.parseInt(t.norm().substring(0, t.norm().indexOf('.')));
      m = Integer.parseInt(t.norm().substring(t.norm().indexOf('.') + 1));
      j = i + 1;
    } else if (t.norm().length() == 4) {
      h = Integer.parseInt(t.norm().substring(0, 2));
      m = Integer.parseInt(t.norm().substring(2));
      j = i + 1;
    } else {
      h = Integer.parseInt(t.norm());
      j = i + 1;
    }
    if (j < toks.size() && AM.contains(toks.get(j).norm())) {
      if (h == 12) h = 0;
      j++;
    } else if (j < toks.size() && PM.contains(toks.get(j).norm())) {
      if (h < 12) h += 12;
      j++;
    }
    String zone = null;
    if (j + 1 < toks.size() && toks.get(j).norm().equals("بتوقيت")) {
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
