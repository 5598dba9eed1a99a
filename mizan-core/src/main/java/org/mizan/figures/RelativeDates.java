package org.mizan.figures;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.mizan.text.Token;
import org.mizan.text.Weekdays;

/**
 * Dates relative to publication, for {@link DateExtractor}: {@code أمس}, {@code أول أمس}, {@code غدا},
 * {@code الليلة الماضية}, {@code صباح اليوم}, {@code الأسبوع/الشهر/العام الماضي|المقبل|الجاري}, {@code هذا العام},
 * {@code 12 من الشهر الحالي} and spans ago ({@code قبل أسبوعين}, {@code منذ ثلاثة أسابيع}).
 */
final class RelativeDates {
  private RelativeDates() {}

  /** أمس، أول أمس، غدا، الأسبوع/الشهر/العام الماضي|المقبل|الجاري، قبل N أيام|أسابيع|أشهر. */
  private static final Set<String> RELATIVE_TRIGGERS = Set.of("امس", "وامس", "غدا", "وغدا", "الاسبوع", "والاسبوع",
      "الشهر", "والشهر", "العام", "والعام", "السنه", "والسنه", "بالعام", "للعام", "وبالعام", "وللعام", "بالشهر",
      "للشهر", "وبالشهر", "وللشهر", "بالاسبوع", "للاسبوع", "كالعام", "بالسنه", "للسنه", "قبل", "منذ", "وقبل", "ومنذ", "هذا", "هذه", "لهذا", "لهذه", "بهذا",
      "وهذا", "الليله", "البارحه", "صباح", "مساء", "فجر", "ظهر", "عصر", "ظهيره", "وصباح", "ومساء", "منتصف");

  static final Set<String> TODAY_PARTS = Set.of("صباح", "مساء", "فجر", "ظهر", "عصر", "ظهيره", "وصباح",
      "ومساء", "منتصف");

  /**
   * صباح اليوم (أمس)، فجر اليوم ( غدا ): a bracket after today opening on another day word is the editor's
   * correction of a text written the day before publication; the bracketed day is the one that holds.
   */
  static boolean bracketedCorrection(String body, List<Token> toks, int today) {
    if (today + 1 >= toks.size()) return false;
    String n = toks.get(today + 1).norm();
    if (!n.equals("امس") && !n.equals("غدا")) return false;
    return body.substring(toks.get(today).end(), toks.get(today + 1).start()).strip().equals("(");
  }

  /** Adds the relative date at token i; returns the index after it, or i when there is none. */
  static int relative(String body, List<Token> toks, int i, LocalDate pub, List<TextDate> out) {
    String n = toks.get(i).norm();
    int part = PeriodParts.yearPart(body, toks, i, pub, out);
    if (part > i) return part;
    part = PeriodParts.ofYear(body, toks, i, pub, out);
    if (part > i) return part;
    part = PeriodParts.ofMonthOrWeek(body, toks, i, pub, out);
    if (part > i) return part;
    if (!RELATIVE_TRIGGERS.contains(n)) return i;
    String next = i + 1 < toks.size() ? toks.get(i + 1).norm() : "";
    int e;
    String value = null;
    if (Weekdays.definite(next) != null) return i; // أمس الجمعة: read with its weekday
    if (TODAY_PARTS.contains(n)) {
      // صباح اليوم، عصر اليوم: today (a bare اليوم is also "nowadays"; with a part of the day it is not)
      boolean weekdayAfter = i + 2 < toks.size() && Weekdays.withConjunction(toks.get(i + 2).norm()) != null;
      if (!next.equals("اليوم") || weekdayAfter) return i;
      if (bracketedCorrection(body, toks, i + 1)) return i + 2; // صباح اليوم (أمس): the editor's word holds
      if (pub != null) value = pub.toString();
      DateExtractor.add(out, body, toks, i, i + 2, value);
      return i + 2;
    }
    if (n.equals("الليله") && DateExtractor.LAST.contains(next) || n.equals("البارحه")) { // الليلة الماضية: last night
      boolean before = n.equals("البارحه") && next.equals("الاولي"); // البارحة الأولى: the night before last
      e = n.equals("البارحه") ? before ? i + 2 : i + 1 : i + 2;
      if (pub != null) value = pub.minusDays(before ? 2 : 1).toString();
      DateExtractor.add(out, body, toks, i, e, value);
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
      DateExtractor.add(out, body, toks, s, e, value);
      return e;
    }
    if (n.equals("غدا") || n.equals("وغدا")) {
      if (pub != null) value = pub.plusDays(1).toString();
      DateExtractor.add(out, body, toks, i, i + 1, value);
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
          case "week" -> DateExtractor.isoWeek(pub);
          case "month" -> YearMonth.from(pub).toString();
          default -> String.valueOf(pub.getYear());
        };
      }
      DateExtractor.add(out, body, toks, i, i + 2, value);
      return i + 2;
    }
    String unit = switch (unitWord(n)) {
      case "الاسبوع" -> "week";
      case "الشهر" -> "month";
      case "العام", "السنه" -> "year";
      default -> null;
    };
    // مقارنة بالعام السابق، بالشهر السابق: "the one before" the year or month the sentence is about, which
    // is often not publication's (في عام 2014 مقارنة بالعام السابق); the bare السابق is read in context below
    if (unit != null && !unitWord(n).equals(n.startsWith("و") ? n.substring(1) : n) && next.startsWith("السابق")) return i;
    if (unit != null && unit.equals("year") && generalTitleBefore(toks, i)) return i + 2; // المدير العام السابق
    // العام السابق 2023: the year before the one the sentence is about, and printed: a bare year, no date
    if (unit != null && next.startsWith("السابق") && i + 2 < toks.size() && toks.get(i + 2).text().matches("[0-9]{4}")) return i + 2;
    if (unit != null && (DateExtractor.NEXT.contains(next) || DateExtractor.LAST.contains(next) || DateExtractor.THIS.contains(next))) {
      int delta = DateExtractor.NEXT.contains(next) ? 1 : DateExtractor.LAST.contains(next) ? -1 : 0;
      DayOrdinals.Match day = unit.equals("month") ? dayOfMonthBefore(toks, i) : null;
      if (day != null) { // 12 من الشهر الحالي: a day of that month
        YearMonth ym = pub == null ? null : YearMonth.from(pub).plusMonths(delta);
        if (ym != null && day.day() > ym.lengthOfMonth()) return i;
        DateExtractor.add(out, body, toks, day.start(), i + 2, ym == null ? null : ym.atDay(day.day()).toString());
        return i + 2;
      }
      // في وقت سابق من الشهر الحالي in a paper dated the 1st: print editions are dated the day after they are
      // written, so "this month" may be the month before; no date rather than a wrong one
      if (delta == 0 && unit.equals("month") && pub != null && pub.getDayOfMonth() == 1) return i + 2;
      if (pub != null) {
        value = switch (unit) {
          case "week" -> DateExtractor.isoWeek(pub.plusWeeks(delta));
          case "month" -> YearMonth.from(pub).plusMonths(delta).toString();
          default -> String.valueOf(pub.getYear() + delta);
        };
      }
      DateExtractor.add(out, body, toks, i, i + 2, value);
      return i + 2;
    }
    String since = n.equals("ومنذ") || n.equals("وقبل") ? n.substring(1) : n; // ومنذ يومين: the conjunction glued
    if ((since.equals("قبل") || since.equals("منذ")) && i + 1 < toks.size()) {
      int k = i + 1;
      int count = 1;
      // منذ نحو عشرة أيام: the approximation before the count still names a day (its count is stated)
      if (SPAN_ABOUT.contains(toks.get(k).norm()) && k + 2 < toks.size()
          && (toks.get(k + 1).isNumber() || FigureExtractor.NUMBER_WORDS.get(toks.get(k + 1).norm()) != null)) {
        k++;
      }
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
          : w.startsWith("شهر") || w.equals("اشهر") ? "month" : YEAR_WORDS.contains(w) ? "year" : null;
      if (u == null) return i;
      // منذ ثلاثة أعوام، قبل نحو أربع سنوات، منذ عامين: a counted span of years names a year; منذ عام 2011 and
      // قبل عام (a round year) do not
      if (u.equals("year") && k == i + 1 && !w.endsWith("ين") && !w.endsWith("ان")) return i;
      if (u.equals("year") && since.equals("منذ") && recordBefore(toks, i)) return k + 1; // أسرع نمو منذ عشر سنوات
      if (eventRelative(toks, k + 1)) return k + 1; // قبل يوم واحد من الهجوم: relative to an event, not to today
      if (k + 1 < toks.size() && toks.get(k + 1).norm().equals("تقريبا")
          && body.substring(toks.get(k).end(), toks.get(k + 1).start()).isBlank()) {
        return k + 2; // منذ عشرة أيام تقريبا: an approximate span gives no day
      }
      if (w.endsWith("ين") || w.endsWith("ان")) count = 2; // dual: يومين، أسبوعين، شهرين
      else if (k == i + 1 && !w.equals("يوم") && !w.equals("اسبوع") && !w.equals("شهر")) {
        return i; // a plural needs a number
      } else if (k == i + 1 && constructNext(toks, k + 1)) {
        return i; // منذ يوم الخميس: since Thursday, not a day ago
      } else if (k == i + 1 && !w.equals("يوم")) {
        return k + 1; // قبل أسبوع، منذ شهر: a round span ("a week or so ago"), no day to name
      }
      if (pub != null) {
        value = switch (u) {
          case "day" -> pub.minusDays(count).toString();
          case "week" -> pub.minusWeeks(count).toString();
          case "year" -> String.valueOf(pub.getYear() - count);
          default -> YearMonth.from(pub).minusMonths(count).toString();
        };
      }
      DateExtractor.add(out, body, toks, i, k + 1, value);
      return k + 1;
    }
    return i;
  }

  /**
   * {@code المدير العام السابق}, {@code النائب العام الحالي}: العام right after a title that takes it as the
   * adjective "general" ({@code figures/general-titles.txt}); what follows qualifies the title.
   */
  private static boolean generalTitleBefore(List<Token> toks, int i) {
    if (i == 0 || !toks.get(i).norm().equals("العام")) return false;
    String w = toks.get(i - 1).norm();
    return GENERAL_TITLES.contains(w) || w.startsWith("و") && GENERAL_TITLES.contains(w.substring(1));
  }

  private static final Set<String> RECORD_WORDS = org.mizan.text.WordList.normalized(DateExtractor.class, "record-words.txt");

  /** A record or first-time word within the six words before منذ: "the fastest in ten years", not ten years ago. */
  private static boolean recordBefore(List<Token> toks, int i) {
    for (int k = i - 1; k >= 0 && k >= i - 6; k--) {
      String w = toks.get(k).norm();
      if (RECORD_WORDS.contains(w) || w.length() > 3 && "ول".indexOf(w.charAt(0)) >= 0 && RECORD_WORDS.contains(w.substring(1))) {
        return true;
      }
    }
    return false;
  }

  /** Year words after a counted span (matching form): سنوات، أعوام، عاما، سنتين، عامين. */
  private static final Set<String> YEAR_WORDS = Set.of("سنوات", "سنين", "سنه", "عام", "عاما", "اعوام", "سنتين", "سنتان",
      "عامين", "عامان");

  /** Words of "about" that may stand between منذ/قبل and a counted span. */
  private static final Set<String> SPAN_ABOUT = Set.of("نحو", "حوالي", "حوالى", "قرابه");

  private static final Set<String> GENERAL_TITLES = org.mizan.text.WordList.normalized(DateExtractor.class,
      "general-titles.txt");

  /**
   * والشهر، بالعام، للعام، وبالأسبوع → the unit word with its article: a conjunction and a preposition
   * glued to it ({@code مقارنة بالعام الماضي}, {@code للشهر الماضي}) leave the reference the same.
   */
  private static String unitWord(String n) {
    String w = n.startsWith("و") && n.length() > 4 ? n.substring(1) : n;
    if (w.length() > 5 && (w.startsWith("بال") || w.startsWith("كال"))) w = w.substring(1);
    else if (w.length() > 4 && w.startsWith("لل")) w = "ا" + w.substring(1);
    return w;
  }

  private static final Set<String> NOT_A_DAY_BEFORE = Set.of("الاسبوع", "النصف", "الربع", "الثلث", "العشر", "الجزء",
      "اليوم", "الاسبوعين");

  /**
   * {@code 12 من}, {@code الثاني عشر من} right before token i: the day of the month named at i; not
   * {@code الأسبوع الأول من}, {@code النصف الثاني من} (parts of the month).
   */
  private static DayOrdinals.Match dayOfMonthBefore(List<Token> toks, int i) {
    if (i < 2 || !toks.get(i - 1).norm().equals("من")) return null;
    Token d = toks.get(i - 2);
    if (d.isNumber()) {
      if (!d.norm().matches("\\d{1,2}")) return null;
      int day = Integer.parseInt(d.norm());
      return day >= 1 && day <= 31 ? new DayOrdinals.Match(day, i - 2) : null;
    }
    DayOrdinals.Match m = DayOrdinals.endingAt(toks, i - 2);
    if (m == null || m.start() > 0 && NOT_A_DAY_BEFORE.contains(toks.get(m.start() - 1).norm())) return null;
    return m;
  }

  /** After a span's unit: [واحد] من|على + a word other than الآن: قبل يومين على الانتخابات. */
  private static boolean eventRelative(List<Token> toks, int j) {
    int k = j;
    if (k < toks.size() && toks.get(k).norm().startsWith("واحد")) k++;
    if (k + 1 >= toks.size()) return false;
    String p = toks.get(k).norm();
    String n = toks.get(k + 1).norm();
    return (p.equals("من") || p.equals("علي")) && toks.get(k + 1).isArabic() && !n.equals("الان");
  }

  /** Whether the unit word before {@code j} is in construct with the word at {@code j} (a weekday, a month, a definite noun). */
  private static boolean constructNext(List<Token> toks, int j) {
    if (j >= toks.size() || !toks.get(j).isArabic()) return false;
    if (toks.get(j - 1).end() != toks.get(j).start() - 1) return false; // punctuation between: a day ago, then a new phrase
    String n = toks.get(j).norm();
    return n.startsWith("ال") || Months.isMonthAt(toks, j);
  }
}
