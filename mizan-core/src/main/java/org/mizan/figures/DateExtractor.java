package org.mizan.figures;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.mizan.doc.Document;
import org.mizan.pipeline.DocumentStage;
import org.mizan.text.Token;
import org.mizan.text.Tokenizer;
import org.mizan.text.Weekdays;

/**
 * Stage {@code dates.extract}: dates in the text, resolved against the publication date when they
 * are relative. Full dates ({@code 24 فبراير/شباط 2022}, {@code 2025-12-03}, {@code 3/12/2025}, {@code 3-12-2025},
 * numeric Hijri {@code 9 / 10 / 1436هـ}, {@code 1-10-1436هـ}); dates with a month name, Gregorian or Hijri, read by
 * {@link MonthDates}; weekdays ({@code أمس الجمعة}, {@code صباح اليوم (الاثنين)}, {@code غدا
 * الخميس}: the latest such day not after publication, the next one with {@code المقبل} or
 * {@code غدا}, or the full date that follows it); {@code أمس}/{@code الأول من أمس}/{@code غدا}/{@code
 * الليلة الماضية}; {@code الأسبوع/الشهر/العام الماضي|المقبل|الجاري} and {@code هذا العام} (values
 * {@code 2025-W48}, {@code 2025-11}, {@code 2024}); {@code قبل أسبوعين}, {@code منذ ثلاثة أسابيع}.
 * Without a publication date relative mentions are kept with {@code resolved=false} and no value.
 */
public final class DateExtractor implements DocumentStage {
  static final Set<String> NEXT = Set.of("المقبل", "القادم", "المقبله", "القادمه");
  static final Set<String> LAST = Set.of("الماضي", "الماضيه", "المنصرم", "الفائت", "الفايت", "الفايته", "السابق", "الماضيين",
      "الماضيتين", "المنصرمين");
  static final Set<String> THIS = Set.of("الجاري", "الحالي", "الجاريه", "الحاليه");
  static final Set<String> YEAR_WORDS = Set.of("عام", "العام", "سنه", "لعام", "وعام", "بعام");
  @Override
  public String name() {
    return "dates.extract";
  }

  @Override
  public Document apply(Document doc) {
    return doc.withDates(extract(doc.body(), anchor(doc.published() == null ? null : doc.published().value())));
  }

  /** The publication day from an ISO date or date-time, or null. */
  public static LocalDate anchor(String published) {
    if (published == null || published.length() < 10) return null;
    try {
      return LocalDate.parse(published.substring(0, 10));
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** Dates of a body text; {@code published} may be null. */
  public List<TextDate> extract(String body, LocalDate published) {
    List<TextDate> out = new ArrayList<>();
    List<int[]> taken = NumericDates.read(body, out); // 2025-12-03، 3/12/2025، 1-10-1436هـ
    List<Token> toks = Tokenizer.tokenize(body);
    for (int i = 0; i < toks.size(); i++) {
      if (NumericDates.inside(taken, toks.get(i).start())) continue;
      int next = MonthDates.read(body, toks, i, published, out);
      if (next == i) next = WeekdayDates.weekday(body, toks, i, published, out);
      if (next == i) next = RelativeDates.relative(body, toks, i, published, out);
      if (next > i) i = next - 1;
    }
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    PeriodParts.dayRangeStarts(body, toks, out);
    return LastNight.ofYesterdaysStory(statedToday(body, nightSpans(body, eventWeekdays(body, rangeEnds(body, PeriodParts.previousMonths(body, PeriodParts.previousYears(body, yearPartsInContext(body,
        inheritedYears(body, datedWeekdays(body, out), published))))))), published), published);
  }

  /**
   * قتلت القنبلة 140 ألفا بحلول نهاية العام … في 9 أغسطس 1945: a part of a year without its number
   * belongs to the year a date of its sentence states, not to the year of publication.
   */
  private static List<TextDate> yearPartsInContext(String body, List<TextDate> dates) {
    for (int k = 0; k < dates.size(); k++) {
      TextDate p = dates.get(k);
      if (p.value() == null || p.value().length() != 4 || p.text().matches(".*\\d.*")) continue;
      List<Token> ts = Tokenizer.tokenize(p.text());
      if (ts.size() != 2 || YEAR_OR_DIRECTION.matcher(p.text()).find()) continue;
      String year = null;
      for (int e = 0; e < dates.size() && year == null; e++) {
        TextDate d = dates.get(e);
        if (e == k || d.value() == null || !d.text().matches(".*\\d{4}.*") || !d.value().matches("\\d{4}.*")) continue;
        int from = Math.min(p.end(), d.end());
        int to = Math.max(p.start(), d.start());
        if (!body.substring(Math.min(from, to), to).matches("(?s).*[.!؟?\n].*")) year = d.value().substring(0, 4);
      }
      if (year != null) dates.set(k, new TextDate(p.text(), year, true, p.start(), p.end()));
    }
    return dates;
  }

  private static final Set<String> NIGHT = Set.of("مساء", "ليل", "ليله", "ومساء", "وليل", "وليله");

  /**
   * {@code مساء السبت - الأحد}, {@code ليل الجمعة/السبت}: the night from one day to the next is one
   * date, the evening's day; the day after the dash is no date of its own.
   */
  private static List<TextDate> nightSpans(String body, List<TextDate> dates) {
    for (int k = dates.size() - 1; k >= 1; k--) {
      TextDate a = dates.get(k - 1);
      TextDate b = dates.get(k);
      if (a.value() == null || b.value() == null || a.value().length() != 10 || b.value().length() != 10) continue;
      if (b.start() < a.end() || !body.substring(a.end(), b.start()).matches("\\s*[-–/]\\s*")) continue;
      List<Token> at = Tokenizer.tokenize(a.text());
      List<Token> bt = Tokenizer.tokenize(b.text());
      if (at.isEmpty() || !NIGHT.contains(at.get(0).norm()) || bt.size() != 1) continue;
      if (!LocalDate.parse(a.value()).plusDays(1).toString().equals(b.value())) continue;
      dates.remove(k);
    }
    return dates;
  }

  /** أول من before أمس: the day before yesterday. */
  private static final Pattern BEFORE_YESTERDAY = Pattern.compile("[أا]ول من\\s*$");

  /**
   * صباح اليوم in an article whose اليوم (الاثنين) or أمس (الاثنين) names another day than its publication
   * date states (a print edition dated the next day, a wire story reprinted days later): today is the day
   * the article states, so صباح اليوم is that day, bare أمس the day before it, غدا الثلاثاء the day after
   * it, and a bare weekday read back from publication, but later than that today, the week before.
   */
  private static List<TextDate> statedToday(String body, List<TextDate> dates, LocalDate pub) {
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
        else if (ANCHORED.contains(t.norm()) || NEXT.contains(t.norm())) other = true;
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

  /**
   * في 9 أغسطس 1945 وانتهت الحرب في 15 أغسطس: a yearless date in the sentence of a date with its year
   * (another than publication's) takes that year.
   */
  private static List<TextDate> inheritedYears(String body, List<TextDate> dates, LocalDate pub) {
    if (pub == null) return dates;
    for (int k = 1; k < dates.size(); k++) {
      TextDate a = dates.get(k - 1);
      TextDate b = dates.get(k);
      if (a.value() == null || b.value() == null || b.start() < a.end() || b.start() - a.end() > 80) continue;
      if (!YEAR_MONTH.matcher(a.value()).matches() || !YEAR_MONTH.matcher(b.value()).matches()) continue;
      if (!a.text().matches(".*\\d{4}.*") || YEAR_OR_DIRECTION.matcher(b.text()).find()) continue;
      if (!Tokenizer.tokenize(b.text()).stream().anyMatch(t -> Months.isMonthAt(List.of(t), 0))) continue;
      String year = a.value().substring(0, 4);
      if (year.equals(String.valueOf(pub.getYear())) || year.equals(b.value().substring(0, 4))) continue;
      if (body.substring(a.end(), b.start()).matches("(?s).*[.!؟?\n].*")) continue;
      if (deliveryMonth(body, b.start())) continue; // تسليم ديسمبر: a futures month, to come whatever the sentence dated
      String v = year + b.value().substring(4);
      if (v.length() == 10 && valid(Integer.parseInt(year), Integer.parseInt(v.substring(5, 7)),
          Integer.parseInt(v.substring(8))) == null) {
        continue;
      }
      dates.set(k, new TextDate(b.text(), v, true, b.start(), b.end()));
    }
    return dates;
  }

  /** Whether the word before {@code pos} is تسليم (لتسليم، بتسليم): a futures contract's month follows. */
  private static boolean deliveryMonth(String body, int pos) {
    List<Token> before = Tokenizer.tokenize(body.substring(Math.max(0, pos - 12), pos));
    return !before.isEmpty() && PhraseTable.strip(before.get(before.size() - 1).norm()).equals("تسليم");
  }

  private static final Pattern RANGE_END = Pattern.compile("(?:^|\\s)(?:و?حتى|إلى|الى|و?لغاية)\\s*$");
  private static final Pattern YEAR_OR_DIRECTION = Pattern.compile("\\d{4}|الماضي|المقبل|القادم|الجاري|الحالي|الفائت");
  private static final Pattern YEAR_MONTH = Pattern.compile("\\d{4}-\\d{2}(-\\d{2})?");

  /**
   * يستمر المعرض من الثامن من أكتوبر حتى الثالث من يناير، من يوليو إلى سبتمبر: the end of a span in one
   * sentence is not before its start, so a yearless end that resolved earlier moves a year on (and a
   * yearless start after an end with its own year, a year back: من أكتوبر حتى يناير 2025).
   */
  private static List<TextDate> rangeEnds(String body, List<TextDate> dates) {
    for (int k = 1; k < dates.size(); k++) {
      TextDate a = dates.get(k - 1);
      TextDate b = dates.get(k);
      if (a.value() == null || b.value() == null || b.start() < a.end()) continue;
      if (!YEAR_MONTH.matcher(a.value()).matches() || !YEAR_MONTH.matcher(b.value()).matches()) continue;
      boolean aFixed = YEAR_OR_DIRECTION.matcher(a.text()).find();
      boolean bFixed = YEAR_OR_DIRECTION.matcher(b.text()).find();
      if (bFixed && (aFixed || !b.text().matches(".*\\d{4}.*"))) continue;
      String between = body.substring(a.end(), b.start());
      if (!RANGE_END.matcher(between).find() || between.matches("(?s).*[.!؟?\n].*")) continue;
      int n = Math.min(a.value().length(), b.value().length());
      if (b.value().substring(0, n).compareTo(a.value().substring(0, n)) >= 0) continue;
      // the yearless end moves a year on; or, when only the end has its year, the yearless start a year back
      int at = bFixed ? k - 1 : k;
      TextDate moved = dates.get(at);
      String v = (Integer.parseInt(moved.value().substring(0, 4)) + (bFixed ? -1 : 1)) + moved.value().substring(4);
      if (v.length() == 10 && valid(Integer.parseInt(v.substring(0, 4)), Integer.parseInt(v.substring(5, 7)),
          Integer.parseInt(v.substring(8))) == null) {
        continue;
      }
      dates.set(at, new TextDate(moved.text(), v, true, moved.start(), moved.end()));
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
  private static List<TextDate> eventWeekdays(String body, List<TextDate> dates) {
    for (int k = 1; k < dates.size(); k++) {
      TextDate w = dates.get(k);
      if (w.value() == null || w.value().length() != 10) continue;
      DayOfWeek dow = null;
      boolean bare = true;
      for (Token t : Tokenizer.tokenize(w.text())) {
        String n = t.norm();
        if (Weekdays.withConjunction(n) != null) dow = Weekdays.withConjunction(n);
        bare &= !ANCHORED.contains(n) && !NEXT.contains(n) && !LAST.contains(n) && !THIS.contains(n) && !t.isNumber();
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
  private static List<TextDate> datedWeekdays(String body, List<TextDate> dates) {
    for (int k = 0; k + 1 < dates.size(); k++) {
      TextDate w = dates.get(k);
      TextDate d = dates.get(k + 1);
      if (d.value() == null || d.value().length() != 10 || w.value() == null || w.value().length() != 10) continue;
      if (d.start() < w.end()) continue; // overlapping readings of one phrase: nothing between them to check
      String between = body.substring(w.end(), d.start());
      if (!between.matches("[\\s(،,]*")) continue;
      LocalDate full = LocalDate.parse(d.value());
      if (!endsWithWeekday(w.text(), full.getDayOfWeek())) continue;
      int end = d.end();
      if (between.contains("(") && end < body.length() && body.charAt(end) == ')') end++;
      dates.set(k, new TextDate(body.substring(w.start(), end), d.value(), true, w.start(), end));
      dates.remove(k + 1);
    }
    return dates;
  }

  private static boolean endsWithWeekday(String text, DayOfWeek dow) {
    for (Token t : Tokenizer.tokenize(text)) {
      if (Weekdays.withConjunction(t.norm()) == dow) return true;
    }
    return false;
  }

  static String valid(int y, int mo, int d) {
    try {
      return LocalDate.of(y, mo, d).toString();
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }

  static void add(List<TextDate> out, String body, List<Token> toks, int s, int e, String value) {
    int st = toks.get(s).start();
    int en = toks.get(e - 1).end();
    out.add(new TextDate(body.substring(st, en), value, value != null, st, en));
  }

  static String isoWeek(LocalDate d) {
    return String.format("%d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }
}
