package org.mizan.figures;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.mizan.text.Token;
import org.mizan.text.Tokenizer;
import org.mizan.text.Weekdays;

/**
 * Days resolved in the article's context, for {@link DateExtractor}: a weekday followed by its full date is
 * that date, a bare weekday may name an event dated earlier, the night from one day to the next is one date,
 * and an article whose {@code اليوم (الاثنين)} states another day than publication's reads its today from it.
 */
final class DaysInContext {
  private DaysInContext() {}

  private static final Set<String> NIGHT = Set.of("مساء", "ليل", "ليله", "ومساء", "وليل", "وليله");

  /**
   * {@code مساء السبت - الأحد}, {@code ليل الجمعة/السبت}, {@code ليل السبت إلى الأحد}: the night from one
   * day to the next is one date, the evening's day; the next day (named after a dash, a slash, إلى or a
   * space) is no date of its own, even where it was read back to the week before (a night begun on the
   * day of publication).
   */
  static List<TextDate> nightSpans(String body, List<TextDate> dates) {
    for (int k = dates.size() - 1; k >= 1; k--) {
      TextDate a = dates.get(k - 1);
      TextDate b = dates.get(k);
      if (a.value() == null || b.value() == null || a.value().length() != 10 || b.value().length() != 10) continue;
      if (b.start() < a.end() || !NIGHT_TO.matcher(body.substring(a.end(), b.start())).matches()) continue;
      List<Token> at = Tokenizer.tokenize(a.text());
      List<Token> bt = Tokenizer.tokenize(b.text());
      if (at.isEmpty() || !NIGHT.contains(at.get(0).norm()) || bt.size() != 1) continue;
      if (Weekdays.withConjunction(bt.get(0).norm()) != LocalDate.parse(a.value()).plusDays(1).getDayOfWeek()) continue;
      dates.remove(k);
    }
    return dates;
  }

  /** Between the two days of a night: a dash, a slash, إلى or nothing but a space. */
  private static final Pattern NIGHT_TO = Pattern.compile("\\s*(?:[-–/]|إلى|الى)?\\s*");

  /** أول من before أمس: the day before yesterday. */
  private static final Pattern BEFORE_YESTERDAY = Pattern.compile("[أا]ول من\\s*$");

  /**
   * صباح اليوم in an article whose اليوم (الاثنين) or أمس (الاثنين) names another day than its publication
   * date states (a print edition dated the next day, a wire story reprinted days later): today is the day
   * the article states, so صباح اليوم is that day, bare أمس the day before it, غدا الثلاثاء the day after
   * it, and a bare weekday read back from publication, but later than that today, the week before.
   */
  static List<TextDate> statedToday(String body, List<TextDate> dates, LocalDate pub) {
    if (pub == null) return dates;
    LocalDate today = null;
    for (TextDate d : dates) {
      if (today != null || d.value() == null || d.value().length() != 10) continue;
      boolean hasToday = false;
      boolean hasYesterday = false;
      boolean hasWeekday = false;
      for (Token t : Tokenizer.tokenize(d.text())) {
        hasToday |= t.norm().equals("اليوم");
        hasYesterday |= t.norm().equals("امس") || t.norm().equals("وامس");
        hasWeekday |= Weekdays.withConjunction(t.norm()) != null;
      }
      LocalDate v = LocalDate.parse(d.value());
      if (!hasWeekday || !v.isAfter(pub.minusDays(7)) || v.isAfter(pub)) continue;
      if (hasToday && !v.equals(pub)) today = v;
      else if (hasYesterday && !hasToday && !v.equals(pub.minusDays(1)) && !BEFORE_YESTERDAY.matcher(
          body.substring(Math.max(0, d.start() - 8), d.start())).find()) {
        today = v.plusDays(1); // أمس (الاثنين), not أول من أمس السبت
      }
    }
    if (today == null || !today.isBefore(pub)) return dates;
    for (int k = 0; k < dates.size(); k++) {
      TextDate d = dates.get(k);
      List<Token> ts = Tokenizer.tokenize(d.text());
      if (ts.size() == 2 && RelativeDates.TODAY_PARTS.contains(ts.get(0).norm()) && ts.get(1).norm().equals("اليوم")) {
        dates.set(k, new TextDate(d.text(), today.toString(), true, d.start(), d.end()));
      }
      // اليوم الإثنين … غدا الثلاثاء: tomorrow is the day after the stated today
      LocalDate next = today.plusDays(1);
      if (ts.size() == 2 && (ts.get(0).norm().equals("غدا") || ts.get(0).norm().equals("وغدا"))
          && Weekdays.withConjunction(ts.get(1).norm()) == next.getDayOfWeek()) {
        dates.set(k, new TextDate(d.text(), next.toString(), true, d.start(), d.end()));
      }
      if (d.value() == null || d.value().length() != 10) continue;
      LocalDate v = LocalDate.parse(d.value());
      boolean weekday = false;
      boolean other = false; // a word that anchors the day itself (اليوم، أمس، المقبل)
      for (Token t : ts) {
        if (Weekdays.withConjunction(t.norm()) != null) weekday = true;
        else if (ANCHORED.contains(t.norm()) || DateExtractor.NEXT.contains(t.norm())) other = true;
      }
      // حتى الساعة مساء أمس: yesterday of the stated today
      boolean yesterday = !weekday && v.equals(pub.minusDays(1)) && ts.stream().anyMatch(
          t -> t.norm().equals("امس") || t.norm().equals("وامس")) && ts.stream().noneMatch(t -> t.norm().equals("اليوم"));
      if (yesterday) dates.set(k, new TextDate(d.text(), today.minusDays(1).toString(), true, d.start(), d.end()));
      // اليوم الاثنين … ستصدر سندات يوم الخميس: a weekday planned in the sentence is the coming one after that today
      if (weekday && !other && MonthDates.plannedSentence(body, d.start(), d.end())) {
        LocalDate coming = today.with(TemporalAdjusters.next(v.getDayOfWeek()));
        dates.set(k, new TextDate(d.text(), coming.toString(), true, d.start(), d.end()));
        continue;
      }
      // اليوم الثلاثاء … يوم الجمعة: the Friday before that Tuesday, not the one before publication
      if (weekday && !other && v.isAfter(today) && !v.isAfter(pub)) {
        dates.set(k, new TextDate(d.text(), v.minusWeeks(1).toString(), true, d.start(), d.end()));
      }
    }
    return dates;
  }

  /** جمعة 26 يونيو، يوم الجمعة 26 يونيو، 26 يونيو (الجمعة): the weekday's name within two words of a date. */
  private static boolean namesWeekday(String body, TextDate d, DayOfWeek dow) {
    if (endsWithWeekday(d.text(), dow)) return true; // الخميس 2 أغسطس 1990: read as one date
    List<Token> before = Tokenizer.tokenize(body.substring(Math.max(0, d.start() - 30), d.start()));
    List<Token> after = Tokenizer.tokenize(body.substring(d.end(), Math.min(body.length(), d.end() + 20)));
    List<Token> near = new ArrayList<>(before.subList(Math.max(0, before.size() - 2), before.size()));
    near.addAll(after.subList(0, Math.min(2, after.size())));
    for (Token t : near) {
      String n = t.norm();
      DayOfWeek named = Weekdays.withConjunction(n);
      if (named == null && !n.equals("احد") && !n.equals("سبت")) named = Weekdays.definite("ال" + n); // جمعة
      if (named == dow) return true;
    }
    return false;
  }

  private static final Set<String> ANCHORED = Set.of("اليوم", "امس", "وامس", "غدا", "غد", "البارحه");

  /**
   * خلال صلاة جمعة 26 يونيو … قبل توصيله للمسجد ظهر الجمعة: a bare weekday names the day of an event
   * the article dated earlier together with that weekday's name, rather than the latest such day, when
   * that date lies more than a week before it. A date without its weekday named (المغلقة منذ 29 يونيو
   * … تفتح الاثنين) says nothing about a later weekday.
   */
  static List<TextDate> eventWeekdays(String body, List<TextDate> dates) {
    for (int k = 1; k < dates.size(); k++) {
      TextDate w = dates.get(k);
      if (w.value() == null || w.value().length() != 10) continue;
      DayOfWeek dow = null;
      boolean bare = true;
      for (Token t : Tokenizer.tokenize(w.text())) {
        String n = t.norm();
        if (Weekdays.withConjunction(n) != null) dow = Weekdays.withConjunction(n);
        bare &= !ANCHORED.contains(n) && !DateExtractor.NEXT.contains(n) && !DateExtractor.LAST.contains(n) && !DateExtractor.THIS.contains(n) && !t.isNumber();
      }
      if (dow == null || !bare) continue;
      LocalDate nearest = LocalDate.parse(w.value());
      for (int e = k - 1; e >= 0; e--) {
        TextDate d = dates.get(e);
        if (d.value() == null || d.value().length() != 10 || !d.text().matches(".*\\d.*")) continue;
        LocalDate day = LocalDate.parse(d.value());
        if (day.getDayOfWeek() == dow && day.isBefore(nearest.minusDays(7)) && namesWeekday(body, d, dow)) {
          dates.set(k, new TextDate(w.text(), d.value(), true, w.start(), w.end()));
          break;
        }
      }
    }
    return dates;
  }

  /**
   * {@code يوم الخميس 28 شوال}, {@code اليوم الخميس (23 يوليو 2015)}: a weekday followed by a full date
   * of the same weekday is one date, that one, rather than the nearest such weekday and the date again.
   */
  static List<TextDate> datedWeekdays(String body, List<TextDate> dates) {
    for (int k = 0; k + 1 < dates.size(); k++) {
      TextDate w = dates.get(k);
      TextDate d = dates.get(k + 1);
      if (d.value() == null || d.value().length() != 10 || w.value() == null || w.value().length() != 10) continue;
      if (d.start() < w.end()) continue; // overlapping readings of one phrase: nothing between them to check
      String between = body.substring(w.end(), d.start());
      if (!between.matches("[\\s(،,]*") && !statedBetween(between, d.text())) continue;
      LocalDate full = LocalDate.parse(d.value());
      if (!endsWithWeekday(w.text(), full.getDayOfWeek())) continue;
      int end = d.end();
      if (between.contains("(") && end < body.length() && body.charAt(end) == ')') end++;
      dates.set(k, new TextDate(body.substring(w.start(), end), d.value(), true, w.start(), end));
      dates.remove(k + 1);
    }
    return dates;
  }

  /**
   * أمس الأحد في 5 تشرين الثاني، اليوم الخميس الموافق 27 أكتوبر: في or الموافق between a weekday and its
   * date written with a month name, after a comma or semicolon too. A numeric Hijri date after الموافق stays a date of its own (the weekday
   * and {@code 15 / 10 / 1436ه} are two dates).
   */
  private static boolean statedBetween(String between, String date) {
    String w = between.strip().replaceFirst("^[،,؛]\\s*", ""); // اليوم السبت؛ الموافق 24 مايو: a pause before it
    if (!w.equals("في") && !w.equals("الموافق")) return false;
    List<Token> ts = Tokenizer.tokenize(date);
    for (int k = 0; k < ts.size(); k++) if (Months.isMonthAt(ts, k)) return true;
    return false;
  }

  private static boolean endsWithWeekday(String text, DayOfWeek dow) {
    for (Token t : Tokenizer.tokenize(text)) {
      if (Weekdays.withConjunction(t.norm()) == dow) return true;
    }
    return false;
  }
}
