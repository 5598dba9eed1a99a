package org.mizan.figures;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mizan.doc.Document;
import org.mizan.pipeline.DocumentStage;
import org.mizan.text.Token;
import org.mizan.text.Tokenizer;

/**
 * Stage {@code dates.extract}: dates in the text, resolved against the publication date when they
 * are relative. Full dates ({@code 24 فبراير/شباط 2022}, {@code 2025-12-03}, {@code 3/12/2025}),
 * month-year ({@code نوفمبر 2024}), a month alone (the latest such month not after publication),
 * weekdays ({@code أمس الجمعة}, {@code يوم الاثنين}: the latest such day not after publication, or
 * the next one with {@code المقبل}), {@code أمس}/{@code غدا}, {@code الأسبوع/الشهر/العام الماضي}
 * (values {@code 2025-W48}, {@code 2025-11}, {@code 2024}), {@code قبل أسبوعين}. Without a
 * publication date relative mentions are kept with {@code resolved=false} and no value.
 */
public final class DateExtractor implements DocumentStage {
  private static final Map<String, DayOfWeek> WEEKDAYS = Map.of("الاحد", DayOfWeek.SUNDAY, "الاثنين", DayOfWeek.MONDAY,
      "الثلاثاء", DayOfWeek.TUESDAY, "الاربعاء", DayOfWeek.WEDNESDAY, "الخميس", DayOfWeek.THURSDAY,
      "الجمعه", DayOfWeek.FRIDAY, "السبت", DayOfWeek.SATURDAY);
  private static final Set<String> DAY_PARTS = Set.of("صباح", "مساء", "ليل", "ليله", "فجر", "ظهر", "عصر", "منتصف",
      "صباحا", "مساءا", "يوم", "امس", "اليوم", "وصباح", "ومساء", "ويوم", "نهار", "غدا", "غداه", "غد");
  private static final Set<String> NEXT = Set.of("المقبل", "القادم", "المقبله", "القادمه");
  private static final Set<String> LAST = Set.of("الماضي", "الماضيه", "المنصرم", "الفائت", "السابق");
  private static final Set<String> THIS = Set.of("الجاري", "الحالي", "الجاريه", "الحاليه");
  private static final Set<String> NOT_FRIDAY = Set.of("صلاه", "خطبه", "جامع", "مسجد", "خطيب", "صلاتي");
  private static final Set<String> YEAR_WORDS = Set.of("عام", "العام", "سنه", "لعام", "وعام", "بعام");
  // digit look-arounds, not \\b: Java counts Arabic letters as word characters (1436هـ)
  private static final Pattern ISO = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{1,2})-(\\d{1,2})(?!\\d)");
  private static final Pattern DMY = Pattern.compile("(?<![\\d/])(\\d{1,2}) ?/ ?(\\d{1,2}) ?/ ?(\\d{4})(?!\\d)");

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
    String digits = asciiDigits(body); // same length: offsets stay valid
    List<TextDate> out = new ArrayList<>();
    List<int[]> taken = new ArrayList<>();
    for (Pattern p : List.of(ISO, DMY)) {
      Matcher m = p.matcher(digits);
      while (m.find()) {
        int y = Integer.parseInt(p == ISO ? m.group(1) : m.group(3));
        int mo = Integer.parseInt(m.group(2));
        int d = Integer.parseInt(p == ISO ? m.group(3) : m.group(1));
        String v = valid(y, mo, d);
        if (y >= 1300 && y < 1600) { // 9 / 10 / 1436: a Hijri date
          LocalDate g = HijriMonths.toGregorian(y, mo, d);
          v = g == null ? null : g.toString();
        }
        if (v == null) continue;
        out.add(new TextDate(body.substring(m.start(), m.end()), v, true, m.start(), m.end()));
        taken.add(new int[] {m.start(), m.end()});
      }
    }
    List<Token> toks = Tokenizer.tokenize(body);
    for (int i = 0; i < toks.size(); i++) {
      if (inside(taken, toks.get(i).start())) continue;
      int next = monthDate(body, toks, i, published, out);
      if (next == i) next = weekday(body, toks, i, published, out);
      if (next == i) next = relative(body, toks, i, published, out);
      if (next > i) i = next - 1;
    }
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return datedWeekdays(body, out);
  }

  /**
   * {@code يوم الخميس 28 شوال}, {@code الأحد 22 / 11 / 1436هـ}: a weekday followed by a full date of the
   * same weekday takes that date rather than the nearest such weekday.
   */
  private static List<TextDate> datedWeekdays(String body, List<TextDate> dates) {
    for (int k = 0; k + 1 < dates.size(); k++) {
      TextDate w = dates.get(k);
      TextDate d = dates.get(k + 1);
      if (d.value() == null || d.value().length() != 10 || w.value() == null || w.value().length() != 10) continue;
      if (d.start() < w.end()) continue; // overlapping readings of one phrase: nothing between them to check
      if (!body.substring(w.end(), d.start()).matches("[\\s(،,]*")) continue;
      LocalDate full = LocalDate.parse(d.value());
      if (w.value().equals(d.value()) || !endsWithWeekday(w.text(), full.getDayOfWeek())) continue;
      dates.set(k, new TextDate(w.text(), d.value(), true, w.start(), w.end()));
    }
    return dates;
  }

  private static boolean endsWithWeekday(String text, DayOfWeek dow) {
    for (Token t : Tokenizer.tokenize(text)) {
      String n = t.norm().startsWith("و") && WEEKDAYS.containsKey(t.norm().substring(1)) ? t.norm().substring(1) : t.norm();
      if (WEEKDAYS.get(n) == dow) return true;
    }
    return false;
  }

  private static String asciiDigits(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      if (c >= '٠' && c <= '٩') c = (char) ('0' + c - '٠');
      b.append(c);
    }
    return b.toString();
  }

  private static boolean inside(List<int[]> taken, int pos) {
    for (int[] t : taken) if (pos >= t[0] && pos < t[1]) return true;
    return false;
  }

  private static String valid(int y, int mo, int d) {
    try {
      return LocalDate.of(y, mo, d).toString();
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }

  /**
   * [day|ordinal من [شهر]] month [/(other name)] [عام] [year|من العام الماضي] [الماضي|المقبل|الجاري]; Hijri
   * months ({@code 4 شوال}) only with their day, converted to the Gregorian day.
   */
  private static int monthDate(String body, List<Token> toks, int i, LocalDate pub, List<TextDate> out) {
    Months.Match m = Months.at(toks, i);
    boolean hijri = m == null;
    if (hijri) m = HijriMonths.at(toks, i);
    if (m == null) return i;
    int j = i + m.length();
    int close = -1; // end offset of a closing parenthesis after the month's other name
    boolean pair = false;
    // فبراير/شباط، مايو (أيار)، فبراير شباط، تشرين الثاني/نوفمبر: the same month under its other name
    if (!hijri && j < toks.size()) {
      String gap = body.substring(toks.get(j - 1).end(), toks.get(j).start()).strip();
      Months.Match other = gap.equals("/") || gap.equals("(") || gap.isEmpty() ? Months.at(toks, j) : null;
      if (other != null && other.month() == m.month()) {
        j += other.length();
        pair = true;
        int c = toks.get(j - 1).end();
        while (c < body.length() && body.charAt(c) == ' ') c++;
        if (gap.equals("(") && c < body.length() && body.charAt(c) == ')') close = c + 1;
      }
    }
    int start = i;
    Integer day = null;
    if (i > 0 && toks.get(i - 1).isNumber() && toks.get(i - 1).norm().matches("\\d{1,2}")
        && body.substring(toks.get(i - 1).end(), toks.get(i).start()).isBlank()) { // not a score: 2 / صفر
      int d = Integer.parseInt(toks.get(i - 1).norm());
      if (d >= 1 && d <= 31) {
        day = d;
        start = i - 1;
      }
    } else {
      DayOrdinals.Match o = ordinalDayBefore(toks, i);
      if (o != null) {
        day = o.day();
        start = o.start();
      }
    }
    if (hijri && day == null) return i; // a Hijri month alone spans two Gregorian months: no value
    Integer year = null;
    int k = j;
    if (k < toks.size() && YEAR_WORDS.contains(toks.get(k).norm())) k++;
    if (k < toks.size() && toks.get(k).norm().matches("\\d{4}")) {
      year = Integer.parseInt(toks.get(k).norm());
      j = k + 1;
      close = -1;
      if (j < toks.size() && (toks.get(j).norm().equals("ه") || toks.get(j).norm().equals("هـ"))) j++;
    }
    int delta = 0; // -1 past, +1 next, 0 this: from الماضي/المقبل/الجاري after the month or من العام …
    boolean relative = false;
    if (year == null) {
      int r = j < toks.size() && toks.get(j).norm().equals("من") ? j + 1 : j;
      String w = r < toks.size() ? toks.get(r).norm() : "";
      if ((w.equals("العام") || w.equals("السنه")) && r + 1 < toks.size() && direction(toks.get(r + 1).norm()) != null) {
        if (pub != null && !hijri) year = pub.getYear() + direction(toks.get(r + 1).norm());
        j = r + 2;
        close = -1;
      } else if (j < toks.size() && direction(toks.get(j).norm()) != null) {
        delta = direction(toks.get(j).norm());
        relative = true;
        j++;
        close = -1;
      }
    }
    boolean shahr = i > 0 && (toks.get(i - 1).norm().equals("شهر") || toks.get(i - 1).norm().equals("الشهر"));
    if (m.ambiguous() && day == null && year == null && !pair && !shahr) return i;
    int s = toks.get(start).start();
    int e = close > 0 ? close : toks.get(j - 1).end();
    String text = body.substring(s, e);
    if (hijri) {
      LocalDate g = year != null ? HijriMonths.toGregorian(year, m.month(), day) : null;
      if (year == null && pub != null) {
        int hy = HijriMonths.yearOf(pub);
        g = pick(HijriMonths.toGregorian(hy - 1, m.month(), day), HijriMonths.toGregorian(hy, m.month(), day),
            HijriMonths.toGregorian(hy + 1, m.month(), day), pub, relative ? delta : null);
      }
      out.add(new TextDate(text, g == null ? null : g.toString(), g != null, s, e));
    } else if (year != null && day != null) {
      String v = valid(year, m.month(), day);
      out.add(new TextDate(text, v, v != null, s, e));
    } else if (year != null) {
      out.add(new TextDate(text, YearMonth.of(year, m.month()).toString(), true, s, e));
    } else if (pub == null) {
      out.add(new TextDate(text, null, false, s, e));
    } else if (day != null) {
      int y = pub.getYear();
      LocalDate g = pick(date(y - 1, m.month(), day), date(y, m.month(), day), date(y + 1, m.month(), day), pub,
          relative ? delta : null);
      out.add(new TextDate(text, g == null ? null : g.toString(), g != null, s, e));
    } else {
      return monthAlone(toks, i, j, s, e, text, pub, m, relative, delta, out);
    }
    if (day != null && start == i - 1) dayRangeStart(body, toks, start, out.get(out.size() - 1), out);
    return j;
  }

  /** من 22 إلى 24 يوليو، 22- 24 يوليو: the first day of a range shares the month of the second. */
  private static void dayRangeStart(String body, List<Token> toks, int dayTok, TextDate second, List<TextDate> out) {
    if (second.value() == null || second.value().length() != 10) return;
    int k = dayTok - 1;
    if (k < 0) return;
    String gap = body.substring(toks.get(k).end(), toks.get(dayTok).start()).strip();
    boolean joined = gap.equals("-") || gap.equals("–");
    if (!joined && gap.isEmpty() && (toks.get(k).norm().equals("الي") || toks.get(k).norm().equals("حتي")
        || toks.get(k).norm().equals("و")) && k > 0) {
      k--;
      joined = body.substring(toks.get(k).end(), toks.get(k + 1).start()).isBlank();
    }
    String d = toks.get(k).norm();
    if (!joined || !toks.get(k).isNumber() || !d.matches("\\d{1,2}")) return;
    LocalDate last = LocalDate.parse(second.value());
    int first = Integer.parseInt(d);
    int lastDay = Integer.parseInt(toks.get(dayTok).norm());
    if (first < 1 || first >= lastDay) return;
    Token t = toks.get(k);
    // counted back from the second day, so a Hijri range (19 – 21 شوال) works as well
    out.add(out.size() - 1, new TextDate(t.text(), last.minusDays(lastDay - first).toString(), true, t.start(), t.end()));
  }

  /** A month alone: الماضي/المقبل/الجاري, a futures month (تسليم أغسطس), else the latest such month. */
  private static int monthAlone(List<Token> toks, int i, int j, int s, int e, String text, LocalDate pub,
      Months.Match m, boolean relative, int delta, List<TextDate> out) {
    YearMonth ym = YearMonth.of(pub.getYear(), m.month());
    YearMonth p = YearMonth.from(pub);
    if (relative && delta > 0) {
      if (!ym.isAfter(p)) ym = ym.plusYears(1);
    } else if (relative && delta < 0) {
      if (!ym.isBefore(p)) ym = ym.minusYears(1);
    } else if (i > 0 && toks.get(i - 1).norm().equals("تسليم")) {
      if (ym.isBefore(p)) ym = ym.plusYears(1); // عقود تسليم أغسطس: a futures contract, this month or later
    } else if (!relative && ym.isAfter(p)) {
      ym = ym.minusYears(1); // a month alone: the latest one
    }
    out.add(new TextDate(text, ym.toString(), true, s, e));
    return j;
  }

  private static final Set<String> PERIOD_PARTS = Set.of("النصف", "الاسبوع", "الربع", "الثلث", "العقد", "الشطر",
      "الجزء", "الفصل", "الاسابيع", "الايام", "والنصف", "والاسبوع");

  /** -1 for الماضي، +1 for المقبل، 0 for الجاري, or null. */
  private static Integer direction(String norm) {
    return LAST.contains(norm) ? Integer.valueOf(-1) : NEXT.contains(norm) ? Integer.valueOf(1)
        : THIS.contains(norm) ? Integer.valueOf(0) : null;
  }

  /** {@code الخامس عشر من [شهر]} or {@code 27 من [شهر]} before the month at token i. */
  private static DayOrdinals.Match ordinalDayBefore(List<Token> toks, int i) {
    int k = i - 1;
    if (k >= 0 && (toks.get(k).norm().equals("شهر") || toks.get(k).norm().equals("الشهر"))) k--;
    if (k < 1 || !toks.get(k).norm().equals("من")) return null;
    if (k >= 2 && PERIOD_PARTS.contains(toks.get(k - 2).norm())) return null; // النصف الأول من يونيو: no day
    String d = toks.get(k - 1).norm();
    if (toks.get(k - 1).isNumber() && d.matches("\\d{1,2}") && Integer.parseInt(d) >= 1 && Integer.parseInt(d) <= 31) {
      return new DayOrdinals.Match(Integer.parseInt(d), k - 1);
    }
    return DayOrdinals.endingAt(toks, k - 1);
  }

  /**
   * A day-month without a year: in the year {@code direction} asks for (the latest not after
   * publication for الماضي, the next for المقبل, publication's own for الجاري), else the one closest
   * to publication, a future day counting twice its distance: news dates its past more often than its
   * coming weeks ({@code حتى 17 سبتمبر} in August is this September, {@code 17 مايو} in December the last).
   */
  private static LocalDate pick(LocalDate before, LocalDate same, LocalDate after, LocalDate pub, Integer direction) {
    if (same == null) return null;
    if (direction == null) {
      LocalDate best = same;
      for (LocalDate c : new LocalDate[] {before, after}) {
        if (c != null && distance(c, pub) < distance(best, pub)) best = c;
      }
      return best;
    }
    if (direction < 0) return same.isAfter(pub) ? before : same;
    if (direction > 0) return same.isAfter(pub) ? same : after;
    return same;
  }

  private static long distance(LocalDate day, LocalDate pub) {
    long d = day.toEpochDay() - pub.toEpochDay();
    return d > 0 ? 2 * d : -d;
  }

  private static LocalDate date(int y, int mo, int d) {
    String v = valid(y, mo, d);
    return v == null ? null : LocalDate.parse(v);
  }

  /** [أمس|اليوم|صباح|يوم …] weekday [المقبل|الماضي]. */
  private static int weekday(String body, List<Token> toks, int i, LocalDate pub, List<TextDate> out) {
    String n = toks.get(i).norm();
    if (n.length() < 5 || n.length() > 9) return i;
    if ((n.startsWith("و") || n.startsWith("ف")) && WEEKDAYS.containsKey(n.substring(1))) {
      n = n.substring(1);
    }
    DayOfWeek dow = WEEKDAYS.get(n);
    if (dow == null) return i;
    int s = i;
    // صباح اليوم (الاثنين): the weekday may stand in parentheses after its day words
    boolean paren = i > 0 && body.substring(toks.get(i - 1).end(), toks.get(i).start()).strip().equals("(")
        && DAY_PARTS.contains(toks.get(i - 1).norm());
    if (paren) s--;
    while (s > 0 && i - s < 3 && DAY_PARTS.contains(toks.get(s - 1).norm())
        && body.substring(toks.get(s - 1).end(), toks.get(s).start()).isBlank()) {
      s--;
    }
    if (dow == DayOfWeek.FRIDAY && i > 0 && NOT_FRIDAY.contains(toks.get(i - 1).norm())) return i;
    if (dow == DayOfWeek.SUNDAY && i + 1 < toks.size() && toks.get(i + 1).norm().startsWith("عشر")) return i;
    int e = i + 1;
    boolean next = e < toks.size() && NEXT.contains(toks.get(e).norm());
    boolean last = e < toks.size() && LAST.contains(toks.get(e).norm());
    if (next || last) e++;
    // الاثنين is also "the two": only with a day word before it or المقبل/الماضي after
    if (dow == DayOfWeek.MONDAY && s == i && !next && !last && !mondayByPunctuation(body, toks, i)) return i;
    int st = toks.get(s).start();
    int en = toks.get(e - 1).end();
    if (paren && e == i + 1 && en < body.length() && body.charAt(en) == ')') en++;
    String text = body.substring(st, en);
    if (pub == null) {
      out.add(new TextDate(text, null, false, st, en));
      return e;
    }
    LocalDate d;
    boolean yesterday = false;
    for (int k = s; k < i; k++) yesterday |= toks.get(k).norm().equals("امس");
    boolean today = false;
    for (int k = s; k < i; k++) today |= toks.get(k).norm().equals("اليوم");
    boolean tomorrow = false;
    for (int k = s; k < i; k++) tomorrow |= toks.get(k).norm().equals("غدا") || toks.get(k).norm().equals("غد");
    // a stated "yesterday"/"today" is trusted only when the weekday agrees with the publication date
    if (yesterday && pub.minusDays(1).getDayOfWeek() == dow) d = pub.minusDays(1);
    else if (today && pub.getDayOfWeek() == dow) d = pub;
    else if (tomorrow) d = pub.with(TemporalAdjusters.nextOrSame(dow)); // غدا الأربعاء
    else if (next) d = pub.with(TemporalAdjusters.next(dow));
    else if (last) d = pub.with(TemporalAdjusters.previous(dow));
    else d = pub.with(TemporalAdjusters.previousOrSame(dow));
    out.add(new TextDate(text, d.toString(), true, st, en));
    return e;
  }

  private static final Set<String> THE_TWO_BEFORE = Set.of("بين", "كلا", "ان", "لان", "هذين", "هذان", "هولاء", "من",
      "الي", "علي", "مع", "عن", "لدي");

  /** فتح أبوابها الاثنين، بحسب: a bare الاثنين is Monday when punctuation closes it, not "the two" (إن الاثنين يعرفان). */
  private static boolean mondayByPunctuation(String body, List<Token> toks, int i) {
    String before = i > 0 ? toks.get(i - 1).norm() : "";
    if (THE_TWO_BEFORE.contains(before) || before.startsWith("و") && THE_TWO_BEFORE.contains(before.substring(1))) {
      return false;
    }
    int e = toks.get(i).end();
    while (e < body.length() && body.charAt(e) == ' ') e++;
    return e >= body.length() || "،,.؛;)\n".indexOf(body.charAt(e)) >= 0;
  }

  /** أمس، أول أمس، غدا، الأسبوع/الشهر/العام الماضي|المقبل|الجاري، قبل N أيام|أسابيع|أشهر. */
  private static final Set<String> RELATIVE_TRIGGERS = Set.of("امس", "وامس", "غدا", "وغدا", "الاسبوع", "والاسبوع",
      "الشهر", "والشهر", "العام", "والعام", "السنه", "والسنه", "قبل", "منذ", "هذا", "هذه", "لهذا", "لهذه", "بهذا", "وهذا", "الليله", "البارحه");

  private static int relative(String body, List<Token> toks, int i, LocalDate pub, List<TextDate> out) {
    String n = toks.get(i).norm();
    if (!RELATIVE_TRIGGERS.contains(n)) return i;
    String next = i + 1 < toks.size() ? toks.get(i + 1).norm() : "";
    int e;
    String value = null;
    if (WEEKDAYS.containsKey(next)) return i; // أمس الجمعة: read with its weekday
    if (n.equals("الليله") && LAST.contains(next) || n.equals("البارحه")) { // الليلة الماضية: last night
      e = n.equals("البارحه") ? i + 1 : i + 2;
      if (pub != null) value = pub.minusDays(1).toString();
      add(out, body, toks, i, e, value);
      return e;
    }
    if (n.equals("امس") || n.equals("وامس")) {
      // أول أمس، الأول من أمس، أمس الأول: the day before yesterday
      boolean first = i > 0 && toks.get(i - 1).norm().equals("اول");
      boolean firstOf = i > 1 && toks.get(i - 1).norm().equals("من")
          && (toks.get(i - 2).norm().equals("الاول") || toks.get(i - 2).norm().equals("اول"));
      boolean firstAfter = next.equals("الاول");
      int s = first ? i - 1 : firstOf ? i - 2 : i;
      e = firstAfter ? i + 2 : i + 1;
      first |= firstOf || firstAfter;
      if (pub != null) value = pub.minusDays(first ? 2 : 1).toString();
      add(out, body, toks, s, e, value);
      return e;
    }
    if (n.equals("غدا") || n.equals("وغدا")) {
      if (pub != null) value = pub.plusDays(1).toString();
      add(out, body, toks, i, i + 1, value);
      return i + 1;
    }
    if (n.length() == 4 && "لبوف".indexOf(n.charAt(0)) >= 0) n = n.substring(1); // لهذا العام
    if ((n.equals("هذا") || n.equals("هذه")) && i + 1 < toks.size()) {
      // هذا العام، هذا الأسبوع، هذا الشهر: the current one
      String u = switch (next) {
        case "الاسبوع" -> "week";
        case "الشهر" -> "month";
        case "العام", "السنه" -> "year";
        default -> null;
      };
      if (u == null) return i;
      if (pub != null) {
        value = switch (u) {
          case "week" -> isoWeek(pub);
          case "month" -> YearMonth.from(pub).toString();
          default -> String.valueOf(pub.getYear());
        };
      }
      add(out, body, toks, i, i + 2, value);
      return i + 2;
    }
    String unit = switch (n.startsWith("و") ? n.substring(1) : n) {
      case "الاسبوع" -> "week";
      case "الشهر" -> "month";
      case "العام", "السنه" -> "year";
      default -> null;
    };
    if (unit != null && (NEXT.contains(next) || LAST.contains(next) || THIS.contains(next))) {
      int delta = NEXT.contains(next) ? 1 : LAST.contains(next) ? -1 : 0;
      if (pub != null) {
        value = switch (unit) {
          case "week" -> isoWeek(pub.plusWeeks(delta));
          case "month" -> YearMonth.from(pub).plusMonths(delta).toString();
          default -> String.valueOf(pub.getYear() + delta);
        };
      }
      add(out, body, toks, i, i + 2, value);
      return i + 2;
    }
    if ((n.equals("قبل") || n.equals("منذ")) && i + 1 < toks.size()) {
      int k = i + 1;
      int count = 1;
      Double word = FigureExtractor.NUMBER_WORDS.get(toks.get(k).norm());
      if (toks.get(k).isNumber() && toks.get(k).norm().matches("\\d{1,3}")) {
        count = Integer.parseInt(toks.get(k).norm());
        k++;
      } else if (word != null && word <= 100) { // منذ ثلاثة أسابيع
        count = word.intValue();
        k++;
      }
      if (k >= toks.size()) return i;
      String w = toks.get(k).norm();
      String u = w.startsWith("يوم") || w.equals("ايام") ? "day" : w.startsWith("اسبوع") || w.equals("اسابيع") ? "week"
          : w.startsWith("شهر") || w.equals("اشهر") ? "month" : null;
      if (u == null) return i;
      if (w.endsWith("ين") || w.endsWith("ان")) count = 2; // dual: يومين، أسبوعين، شهرين
      else if (k == i + 1 && !w.equals("يوم") && !w.equals("اسبوع") && !w.equals("شهر")) return i; // plural needs a number
      else if (k == i + 1 && constructNext(toks, k + 1)) return i; // منذ يوم الخميس: since Thursday, not a day ago
      if (pub != null) {
        value = switch (u) {
          case "day" -> pub.minusDays(count).toString();
          case "week" -> pub.minusWeeks(count).toString();
          default -> YearMonth.from(pub).minusMonths(count).toString();
        };
      }
      add(out, body, toks, i, k + 1, value);
      return k + 1;
    }
    return i;
  }

  /** Whether the unit word before {@code j} is in construct with the word at {@code j} (a weekday, a month, a definite noun). */
  private static boolean constructNext(List<Token> toks, int j) {
    if (j >= toks.size() || !toks.get(j).isArabic()) return false;
    if (toks.get(j - 1).end() != toks.get(j).start() - 1) return false; // punctuation between: a day ago, then a new phrase
    String n = toks.get(j).norm();
    return n.startsWith("ال") || WEEKDAYS.containsKey(n) || Months.isMonthAt(toks, j);
  }

  private static void add(List<TextDate> out, String body, List<Token> toks, int s, int e, String value) {
    int st = toks.get(s).start();
    int en = toks.get(e - 1).end();
    out.add(new TextDate(body.substring(st, en), value, value != null, st, en));
  }

  static String isoWeek(LocalDate d) {
    return String.format("%d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }
}
