package org.mizan.figures;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.mizan.text.Token;

/**
 * Parts of a year, a month or a week that name a date of their own: {@code بداية العام}, {@code أواخر 2012},
 * {@code الربع الثاني من العام}
 * and {@code النصف الأول من عام 2014} (the year: a quarter has no ISO value of its own), {@code
 * مطلع الشهر}, {@code أواخر الشهر} (the month: publication's, or the month a date earlier in the
 * sentence names), {@code منذ بداية الأسبوع} (publication's ISO week). Used by {@link DateExtractor}.
 */
final class PeriodParts {
  /** Words starting with ال that are particles, not an adjective of the noun before them. */
  static final Set<String> PARTICLES = Set.of("الي", "التي", "الذي", "الذين", "اللذين", "اللتين", "اللذان",
      "اللتان", "اللاتي", "اللواتي");
  private static final Set<String> FRACTIONS = Set.of("الربع", "النصف", "الثلث");
  private static final Set<String> ORDINALS = Set.of("الاول", "الثاني", "الثالث", "الرابع", "الاخير");
  private static final Set<String> MONTH_PARTS = Set.of("بدايه", "نهايه", "مطلع", "اوايل", "اواخر", "منتصف", "اواسط",
      "مستهل");
  /** The start of a week only: its end is a weekend, which a Monday paper may mean in either direction. */
  private static final Set<String> WEEK_STARTS = Set.of("بدايه", "مطلع", "مستهل");

  private PeriodParts() {}

  /**
   * {@code [و|ب|ل|خلال] الربع|النصف|الثلث الأول..الأخير من العام [الماضي|الحالي]}, {@code من عام 2014},
   * {@code من 2014}: that year; returns the token after it, or i. A quarter without its year ({@code في
   * الربع الثاني}) and a fiscal year ({@code من العام المالي}) are no date.
   */
  static int ofYear(String body, List<Token> toks, int i, LocalDate pub, List<TextDate> out) {
    String n = toks.get(i).norm();
    if (n.startsWith("لل")) n = "ال" + n.substring(2); // للربع الثاني
    else if (n.length() > 5 && "وبل".indexOf(n.charAt(0)) >= 0) n = n.substring(1);
    if (!FRACTIONS.contains(n) || i + 3 >= toks.size()) return i;
    if (!ORDINALS.contains(toks.get(i + 1).norm()) || !toks.get(i + 2).norm().equals("من")) return i;
    if (!spaced(body, toks, i, i + 3)) return i;
    Token y = toks.get(i + 3);
    Token after = i + 4 < toks.size() && spaced(body, toks, i + 3, i + 4) ? toks.get(i + 4) : null;
    if (y.isNumber() && y.norm().matches("(19|20)\\d\\d")) { // النصف الأول من 2014
      DateExtractor.add(out, body, toks, i, i + 4, y.norm());
      return i + 4;
    }
    if (y.norm().equals("عام") || y.norm().equals("سنه")) {
      if (after == null || !after.isNumber() || !after.norm().matches("(19|20)\\d\\d")) return i;
      DateExtractor.add(out, body, toks, i, i + 5, after.norm());
      return i + 5;
    }
    if (!y.norm().equals("العام") && !y.norm().equals("السنه")) return i;
    int delta = 0;
    int end = i + 4;
    if (after != null) {
      String a = after.norm();
      if (DateExtractor.NEXT.contains(a) || DateExtractor.LAST.contains(a) || DateExtractor.THIS.contains(a)) {
        delta = DateExtractor.NEXT.contains(a) ? 1 : DateExtractor.LAST.contains(a) ? -1 : 0;
        end = i + 5;
      } else if (a.startsWith("ال") && !PARTICLES.contains(a) || after.isNumber()) {
        return i; // الربع الأول من العام المالي: another year than the calendar's
      }
    }
    DateExtractor.add(out, body, toks, i, end, pub == null ? null : String.valueOf(pub.getYear() + delta));
    return end;
  }

  /**
   * {@code مطلع الشهر}, {@code أواخر الشهر}: the month of a Gregorian month date earlier in its sentence
   * ({@code منتصف الشهر نفسه}: in the text), else publication's; none after another kind of date in its
   * sentence, after {@code شهر} or a Hijri month in the 60 words before, or on the first of a month
   * (a print edition's "this month" may be the one just ended). {@code منذ بداية الأسبوع}: publication's
   * ISO week. With {@code الماضي}/{@code المقبل} after it, or another word in construct ({@code منتصف
   * الشهر الفضيل}), it is left to other rules.
   */
  static int ofMonthOrWeek(String body, List<Token> toks, int i, LocalDate pub, List<TextDate> out) {
    String n = toks.get(i).norm();
    if (n.length() > 4 && "وبلف".indexOf(n.charAt(0)) >= 0 && !MONTH_PARTS.contains(n)) n = n.substring(1);
    if (!MONTH_PARTS.contains(n) || i + 1 >= toks.size() || !spaced(body, toks, i, i + 1)) return i;
    String unit = toks.get(i + 1).norm();
    boolean month = unit.equals("الشهر");
    if (!month && !(unit.equals("الاسبوع") && WEEK_STARTS.contains(n))) return i;
    if (i + 2 < toks.size() && spaced(body, toks, i + 1, i + 2)) {
      Token after = toks.get(i + 2);
      if (after.isNumber() || after.norm().startsWith("ال") && !PARTICLES.contains(after.norm())) return i;
      if (Months.isMonthAt(toks, i + 2)) return i;
    }
    boolean since = i > 0 && (toks.get(i - 1).norm().equals("منذ") || toks.get(i - 1).norm().equals("ومنذ"));
    if (!month && !since) return i; // مطلع الأسبوع in a Monday paper may be the week before: only منذ بداية الأسبوع
    String value = null;
    if (pub != null && !month) value = DateExtractor.isoWeek(pub);
    if (pub != null && month) {
      boolean same = i + 2 < toks.size() && SAME.contains(toks.get(i + 2).norm()); // منتصف الشهر نفسه
      value = lastMonth(body, toks.get(i).start(), out, !same);
      if (value == null && (same || monthWordBefore(body, toks, i) || pub.getDayOfMonth() == 1)) return i + 2;
      if (value == null) value = YearMonth.from(pub).toString();
      if (value.isEmpty()) return i + 2;
    }
    DateExtractor.add(out, body, toks, i, i + 2, value);
    return i + 2;
  }

  private static final Set<String> SAME = Set.of("نفسه", "ذاته", "عينه");

  /**
   * The month of the last date before {@code pos} when it names a Gregorian month (in its sentence
   * only when {@code sentence}); "" when the last date of the sentence is another kind (a Hijri day:
   * its Gregorian month is not the month meant); null when there is none.
   */
  private static String lastMonth(String body, int pos, List<TextDate> out, boolean sentence) {
    TextDate last = null;
    for (TextDate d : out) {
      if (d.end() <= pos && (last == null || d.end() > last.end())) last = d;
    }
    // a decimal point (بنسبة 25.17%) ends no sentence
    if (last == null || sentence && !ElidedNouns.sameSentence(body, last.end(), pos)) return null;
    boolean gregorian = false;
    List<Token> ts = org.mizan.text.Tokenizer.tokenize(last.text());
    for (int k = 0; k < ts.size() && !gregorian; k++) gregorian = Months.isMonthAt(ts, k);
    if (!gregorian || last.value() == null || !last.value().matches("\\d{4}-\\d{2}(-\\d{2})?")) return "";
    return last.value().substring(0, 7);
  }

  /** A month word (شهر, a Hijri month) in the 60 words before: بداية الشهر may be that month, not publication's. */
  private static boolean monthWordBefore(String body, List<Token> toks, int i) {
    for (int k = i - 1; k >= 0 && i - k <= 60; k--) {
      String w = toks.get(k).norm();
      if (w.equals("شهر") || w.equals("لشهر") || w.equals("بشهر") || HijriMonths.at(toks, k) != null) return true;
    }
    return false;
  }

  /**
   * ارتفع في يوليو بعد ركوده في الشهر السابق: {@code الشهر السابق} after a Gregorian month date of its
   * sentence is the month before that one, not the month before publication ({@code الماضي} keeps
   * publication as its anchor). Dates sorted by position.
   */
  static List<TextDate> previousMonths(String body, List<TextDate> dates) {
    for (int k = 1; k < dates.size(); k++) {
      TextDate p = dates.get(k);
      List<Token> ts = org.mizan.text.Tokenizer.tokenize(p.text());
      if (ts.size() != 2 || !ts.get(1).norm().equals("السابق") || !org.mizan.text.Clitics.strip(ts.get(0).norm()).equals("شهر")) {
        continue;
      }
      List<TextDate> before = dates.subList(0, k);
      String ym = lastMonth(body, p.start(), before, true);
      if (ym == null || ym.isEmpty()) continue;
      String v = YearMonth.parse(ym).minusMonths(1).toString();
      dates.set(k, new TextDate(p.text(), v, true, p.start(), p.end()));
    }
    return dates;
  }

  /**
   * نهاية عام 2014 … مقارنة بارتفاع 9.4% في العام السابق: {@code العام السابق} after a year-dated reference
   * of its sentence is the year before that one, not the year before publication.
   */
  static List<TextDate> previousYears(String body, List<TextDate> dates) {
    for (int k = 1; k < dates.size(); k++) {
      TextDate p = dates.get(k);
      List<Token> ts = org.mizan.text.Tokenizer.tokenize(p.text());
      if (ts.size() != 2 || !ts.get(1).norm().startsWith("السابق")) continue;
      String unit = org.mizan.text.Clitics.strip(ts.get(0).norm());
      if (!unit.equals("عام") && !unit.equals("سنه")) continue;
      TextDate last = null;
      for (TextDate d : dates.subList(0, k)) {
        if (d.end() <= p.start() && d.value() != null && d.value().matches("\\d{4}.*")) last = d;
      }
      if (last == null || !ElidedNouns.sameSentence(body, last.end(), p.start())) continue;
      String v = String.valueOf(Integer.parseInt(last.value().substring(0, 4)) - 1);
      dates.set(k, new TextDate(p.text(), v, true, p.start(), p.end()));
    }
    return dates;
  }

  /**
   * بين الثاني عشر والخامس والعشرين من تموز: the first day of a range of ordinal days takes the month
   * of the dated day after it (the second day carries the و). Adds it to {@code dates}, sorted.
   */
  static List<TextDate> dayRangeStarts(String body, List<Token> toks, List<TextDate> dates) {
    List<TextDate> added = new java.util.ArrayList<>();
    for (TextDate d : dates) {
      if (d.value() == null || !d.value().matches("\\d{4}-\\d{2}-\\d{2}") || !d.text().startsWith("وال")) continue;
      int at = -1;
      for (int k = 0; k < toks.size() && at < 0; k++) if (toks.get(k).start() == d.start()) at = k;
      if (at < 2) continue;
      DayOrdinals.Match m = DayOrdinals.endingAt(toks, at - 1);
      if (m == null || m.start() == 0 || toks.get(m.start()).norm().startsWith("و")) continue;
      String before = toks.get(m.start() - 1).norm();
      if (!before.equals("بين") && !before.equals("من") && !before.equals("مابين")) continue;
      YearMonth ym = YearMonth.parse(d.value().substring(0, 7));
      if (m.day() > ym.lengthOfMonth() || m.day() >= Integer.parseInt(d.value().substring(8))) continue;
      int st = toks.get(m.start()).start();
      int en = toks.get(at - 1).end();
      added.add(new TextDate(body.substring(st, en), ym.atDay(m.day()).toString(), true, st, en));
    }
    if (added.isEmpty()) return dates;
    dates.addAll(added);
    dates.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return dates;
  }

  /** Tokens from {@code a} to {@code b} are separated by single spaces only. */
  private static boolean spaced(String body, List<Token> toks, int a, int b) {
    for (int k = a; k < b; k++) {
      if (!body.substring(toks.get(k).end(), toks.get(k + 1).start()).equals(" ")) return false;
    }
    return true;
  }

  /** Words for a part of a year: بداية العام، في نهاية العام، أوائل عام 2010. */
  private static final Set<String> YEAR_PARTS = Set.of("بدايه", "نهايه", "مطلع", "اوايل", "اواخر", "منتصف", "اواسط",
      "مستهل", "اول");

  /**
   * {@code بداية العام}, {@code بنهاية العام}: the year of publication; {@code أوائل عام 2010}: that
   * year (a bare {@code عام 2010} is no date). Not {@code نهاية العام الدراسي} (another year than the
   * calendar's), and {@code مطلع العام الماضي} is left to the relative year after it.
   */
  static int yearPart(String body, List<Token> toks, int i, LocalDate pub, List<TextDate> out) {
    String n = toks.get(i).norm();
    if (n.length() > 4 && "وبلف".indexOf(n.charAt(0)) >= 0 && !YEAR_PARTS.contains(n)) n = n.substring(1);
    if (!YEAR_PARTS.contains(n) || i + 1 >= toks.size()) return i;
    if (!body.substring(toks.get(i).end(), toks.get(i + 1).start()).equals(" ")) return i;
    String y = toks.get(i + 1).norm();
    if (toks.get(i + 1).isNumber() && y.matches("(19|20)\\d\\d") && !n.equals("اول") && !n.equals("منتصف")) {
      DateExtractor.add(out, body, toks, i, i + 2, y); // أواخر 2012، نهاية 2014: a part of that year (not منتصف 2014 الساعة …)
      return i + 2;
    }
    if (!y.equals("عام") && !y.equals("العام") && !y.equals("سنه") && !y.equals("السنه")) return i;
    Token after = i + 2 < toks.size() ? toks.get(i + 2) : null;
    boolean joined = after != null && body.substring(toks.get(i + 1).end(), after.start()).equals(" ");
    if (joined && after.isNumber() && after.norm().matches("(19|20)\\d\\d") && !n.equals("اول")) {
      DateExtractor.add(out, body, toks, i, i + 3, after.norm());
      return i + 3;
    }
    if (!y.startsWith("ال")) return i; // أول عام: the first year (of something); أول العام: its start
    // العام الدراسي، العام الماضي; but مطلع العام إلى: a particle after it closes the phrase
    if (joined && (after.norm().startsWith("ال") && !PARTICLES.contains(after.norm()) || after.isNumber())) {
      return i;
    }
    DateExtractor.add(out, body, toks, i, i + 2, pub == null ? null : String.valueOf(pub.getYear()));
    return i + 2;
  }
}
