package org.mizan.meta;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.chrono.HijrahDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mizan.clean.Lines;
import org.mizan.text.ArabicNormalization;

/**
 * Reads calendar dates and clock times as Arabic news prints them: Arabic month names in their
 * Egyptian/Gulf, Levantine/Iraqi and Maghrebi forms, paired forms ({@code فبراير/شباط}), English
 * ({@code 6th, December 2025}, {@code December 6, 2025}), ISO and numeric (day first), Hijri
 * ({@code ١٢ جمادى الآخرة ١٤٤٧ هـ}), Arabic-Indic digits, and relative stamps ({@code منذ ساعتين}).
 * Works on the matching form, so hamza, ta marbuta and digit variants need no extra patterns.
 */
public final class DateParser {
  private DateParser() {}

  /** A date (and time, when printed) read from a text, with the matched span of its matching form. */
  public record Found(LocalDate date, LocalTime time, String kind) {}

  private static final Map<String, Integer> MONTHS = new LinkedHashMap<>();
  private static final Map<String, Integer> HIJRI = new LinkedHashMap<>();

  static {
    month(1, "يناير", "كانون الثاني", "جانفي", "january", "jan");
    month(2, "فبراير", "شباط", "فيفري", "february", "feb");
    month(3, "مارس", "آذار", "march", "mar");
    month(4, "أبريل", "إبريل", "ابريل", "نيسان", "أفريل", "افريل", "april", "apr");
    month(5, "مايو", "أيار", "ماي", "may");
    month(6, "يونيو", "يونيه", "حزيران", "جوان", "june", "jun");
    month(7, "يوليو", "يوليه", "تموز", "جويلية", "جويلييه", "يوليوز", "july", "jul");
    month(8, "أغسطس", "اغسطس", "آب", "أوت", "غشت", "august", "aug");
    month(9, "سبتمبر", "أيلول", "شتنبر", "september", "sept", "sep");
    month(10, "أكتوبر", "اكتوبر", "تشرين الأول", "october", "oct");
    month(11, "نوفمبر", "تشرين الثاني", "نونبر", "november", "nov");
    month(12, "ديسمبر", "كانون الأول", "دجنبر", "december", "dec");
    hijri(1, "محرم");
    hijri(2, "صفر");
    hijri(3, "ربيع الأول");
    hijri(4, "ربيع الثاني", "ربيع الآخر");
    hijri(5, "جمادى الأولى", "جمادى الأول");
    hijri(6, "جمادى الآخرة", "جمادى الثانية", "جمادى الآخر");
    hijri(7, "رجب");
    hijri(8, "شعبان");
    hijri(9, "رمضان");
    hijri(10, "شوال");
    hijri(11, "ذو القعدة", "ذي القعدة");
    hijri(12, "ذو الحجة", "ذي الحجة");
  }

  private static void month(int m, String... names) {
    for (String n : names) MONTHS.put(ArabicNormalization.normalize(n), m);
  }

  private static void hijri(int m, String... names) {
    for (String n : names) HIJRI.put(ArabicNormalization.normalize(n), m);
  }

  private static String alternation(Map<String, Integer> names) {
    return names.keySet().stream().sorted((a, b) -> b.length() - a.length()).map(Pattern::quote)
        .reduce((a, b) -> a + "|" + b).orElseThrow();
  }

  private static final String NOT_LETTER_AFTER = "(?![\\p{L}])";
  private static final String NOT_LETTER_BEFORE = "(?<![\\p{L}])";
  private static final String M = "(" + alternation(MONTHS) + ")" + NOT_LETTER_AFTER;
  private static final String ORD = "(?:st|nd|rd|th)?";
  /** 3 ديسمبر 2025, 6th, December 2025, 24 فبراير/شباط 2022, 3 من ديسمبر عام 2025, 3 - ديسمبر - 2025, 26/فبراير/2023 */
  private static final Pattern DAY_MONTH_YEAR = Pattern.compile(NOT_LETTER_BEFORE + "(\\d{1,2})" + ORD
      + "\\s*[,،/-]?\\s*(?:من\\s+)?" + NOT_LETTER_BEFORE + M + "(?:\\s*[/(]\\s*" + M + "\\s*\\)?)?\\s*[,،/-]?\\s*(?:عام\\s+|سنه\\s+)?(\\d{4})(?!\\d)");
  /** December 6, 2025 */
  private static final Pattern MONTH_DAY_YEAR = Pattern.compile(NOT_LETTER_BEFORE + M + "\\s+(\\d{1,2})" + ORD
      + "\\s*,?\\s*(\\d{4})(?!\\d)");
  private static final Pattern HIJRI_DATE = Pattern.compile("(?<!\\d)(\\d{1,2})\\s+(?:من\\s+)?(" + alternation(HIJRI)
      + ")" + NOT_LETTER_AFTER + "\\s*(?:عام\\s+|سنه\\s+)?(\\d{4})(?!\\d)\\s*(?:ه|هجري|هجريه)?" + NOT_LETTER_AFTER);
  /** 2025-12-03, 2025/12/03, an ISO stamp 2025-12-03T12:48:00.000+03:00 (seconds, fraction and offset are part of it). */
  private static final Pattern YMD = Pattern.compile("(?<!\\d)(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?!\\d)"
      + "(?:[Tt ]\\s*(\\d{1,2}):(\\d{2})(?::\\d{2}(?:\\.\\d+)?)?(?:\\s*(?:[zZ]|[+-]\\d{2}:?\\d{2})(?![\\d:]))?)?");
  /** 03/12/2025, 03.12.2025, and with spaced separators as some sites print them: 03 / 12 / 2025. */
  private static final Pattern DMY = Pattern.compile(
      "(?<![\\d/.-])(\\d{1,2})\\s?[-/.]\\s?(\\d{1,2})\\s?[-/.]\\s?(\\d{4})(?!\\d)");
  private static final Pattern TIME = Pattern.compile("(?<![\\d:])(\\d{1,2}):(\\d{2})(?::\\d{2})?(?![\\d:])\\s*"
      + "(?:(ص|م|صباحا|مساء|مساءا|ظهرا|am|pm|a\\.m\\.|p\\.m\\.)" + NOT_LETTER_AFTER + ")?");
  private static final Pattern WEEKDAY = Pattern.compile(
      "(?:يوم\\s+)?(?:ال)?(?:سبت|احد|اثنين|ثلاثاء|اربعاء|خميس|جمعه)" + NOT_LETTER_AFTER
          + "|(?i)(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun)" + NOT_LETTER_AFTER);
  private static final Pattern RELATIVE = Pattern.compile("(?:منذ|قبل)\\s+(?:(\\d+)\\s+)?"
      + "(ثانيه|ثوان|ثواني|دقيقه|دقيقتين|دقايق|ساعه|ساعتين|ساعات|يوم|يومين|ايام|اسبوع|اسبوعين|اسابيع"
      + "|شهر|شهرين|اشهر|شهور|سنه|سنتين|سنوات|عام|عامين|اعوام)"
      // "منذ 6 أشهرفي": the section link after a stamp ("… في القسم") may be glued to it
      + "(?:في)?" + NOT_LETTER_AFTER + "(?!\\s*[0-9٠-٩])"); // "منذ عام 2014" names a year
  private static final Pattern URL_YMD = Pattern.compile("(?<!\\d)(20\\d{2}|19\\d{2})[/_-](\\d{1,2})[/_-](\\d{1,2})(?!\\d)");
  private static final Pattern URL_COMPACT = Pattern.compile("(?<!\\d)(20\\d{2})(\\d{2})(\\d{2})(?!\\d)");
  /** Words that may sit around a date in a stamp line without making it running text. */
  private static final Pattern STAMP_NOISE = Pattern.compile("(?i)\\b(?:gmt|utc|am|pm)\\b|توقيت\\s+\\S+|بتوقيت\\s+\\S+|"
      + "الساعه|الموافق|ميلادي|هجري|ص|م|ه|يوم|تاريخ|بتاريخ|النشر|نشر|نشرت|منشور|في|اخر|تحديث|تم|التحديث|date|published|updated|on|at|"
      + "مساء|صباحا|ظهرا|فجرا|(?:gmt|utc|gst|ast|cet|cest|eet|eest|bst|est|edt|msk|trt)");
  /** A clock time followed by its zone or city in brackets: "14:22 (مكة المكرمة)", "9:30 ص (توقيت القدس)". */
  private static final Pattern ZONED_TIME = Pattern.compile(TIME.pattern() + "\\s*\\(\\s*[^()\\d]{2,25}\\)");
  /** The label of a stamp's update time, which may share a line with the publication time. */
  private static final Pattern UPDATE_LABEL = Pattern.compile("(?i)تحديث|updated|modified");
  /** A time-zone phrase: "بتوقيت أبوظبي", "بتوقيت مكة المكرمة", "GMT+1" (matching form; a city name follows توقيت). */
  private static final Pattern TIME_ZONE = Pattern.compile(
      "(?i)ب?توقيت\\s+(?:مكه\\s+المكرمه|\\S+)|\\b(?:gmt|utc)\\s*[+-]\\s*\\d{1,2}(?::?\\d{2})?");

  /** True when a civil date and a converted Hijri one can name the same day (within two days). */
  private static boolean sameDay(LocalDate civil, LocalDate hijri) {
    return civil != null && hijri != null && Math.abs(civil.toEpochDay() - hijri.toEpochDay()) <= 2;
  }

  /** A date read from a span of the normalised text. */
  private record Hit(LocalDate date, String kind, int start, int end) {}

  /**
   * The civil date {@code p} reads (its day, month and year in the given groups), kept over {@code sofar}
   * when nothing is read yet or when {@code sofar} is a Hijri date that can name the same day.
   */
  private static Hit civil(Hit sofar, Pattern p, String n, int day, int month, int year, String kind) {
    if (sofar != null && sofar.date() != null && !"hijri".equals(sofar.kind())) return sofar;
    Matcher m = p.matcher(n);
    if (!m.find()) return sofar;
    LocalDate date = date(Integer.parseInt(m.group(year)), MONTHS.get(m.group(month)), Integer.parseInt(m.group(day)));
    boolean hijri = sofar != null && sofar.date() != null;
    return !hijri || sameDay(date, sofar.date()) ? new Hit(date, kind, m.start(), m.end()) : sofar;
  }

  /**
   * A stamp line labelled {@code date} with its ISO date ({@code date 2025-12-25 18 حجم الخط}): the page's
   * own date, whatever widgets share the line after it (a section name, the day's date, a font-size
   * control). A line whose rest is running text, or a place and a writer set off by dashes, is no stamp
   * line: the stamp opens the first paragraph ({@code date 2025-12-03 المكان - فلان - النص}).
   */
  private static final Pattern DATE_LABEL = Pattern.compile("^\\s*date\\s+(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");

  /** Punctuation widgets and menus after a stamp do not have: a dash, colon, comma or quote. */
  private static final Pattern WIDGET_BREAK = Pattern.compile("[-–—:،,\"«»“”]");

  /** The date of a {@code date YYYY-MM-DD} stamp line with no running text after it ({@link #DATE_LABEL}). */
  public static Optional<Found> labelledIsoStamp(String line) {
    Matcher m = DATE_LABEL.matcher(line);
    if (!m.find()) return Optional.empty();
    String rest = line.substring(m.end());
    if (org.mizan.clean.Lines.isBody(rest) || WIDGET_BREAK.matcher(rest).find()) return Optional.empty();
    LocalDate d = date(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    return d == null ? Optional.empty() : Optional.of(new Found(d, null, "iso"));
  }

  /** The first full calendar date in {@code text} (with its time when one is printed), if any. */
  public static Optional<Found> find(String text) {
    if (!hasDigit(text)) return Optional.empty();
    Optional<Found> labelled = labelledIsoStamp(text);
    if (labelled.isPresent()) return labelled; // the day's date of a widget on the same line is not the page's
    String n = ArabicNormalization.normalize(text);
    Hit hit = null;
    Matcher m;
    if ((m = HIJRI_DATE.matcher(n)).find()) {
      LocalDate h = hijriDate(Integer.parseInt(m.group(3)), HIJRI.get(m.group(2)), Integer.parseInt(m.group(1)));
      hit = new Hit(h, "hijri", m.start(), m.end());
    }
    // "الجمعة 21 جمادى الأولى 1447 هـ - 14 نوفمبر 2025 م": the printed civil date is exact, while the
    // tabular Hijri calendar may differ from the page's by a day or two
    hit = civil(hit, DAY_MONTH_YEAR, n, 1, 2, 4, "day-month-year");
    hit = civil(hit, MONTH_DAY_YEAR, n, 2, 1, 3, "month-day-year");
    LocalDate date = hit == null ? null : hit.date();
    String kind = hit == null ? null : hit.kind();
    int start = hit == null ? -1 : hit.start();
    int end = hit == null ? -1 : hit.end();
    if (date == null && (m = YMD.matcher(n)).find()) {
      date = date(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
      kind = "iso";
      start = m.start();
      end = m.end(3);
    }
    if (date == null && (m = DMY.matcher(n)).find()) {
      int a = Integer.parseInt(m.group(1));
      int b = Integer.parseInt(m.group(2));
      // "2/17/2022": a second number no month bears, after one that may be a month, is the American order
      date = b > 12 && a <= 12 ? date(Integer.parseInt(m.group(3)), a, b) : date(Integer.parseInt(m.group(3)), b, a);
      kind = "numeric";
      start = m.start();
      end = m.end();
    }
    if (date == null) {
      // "1447/06/13 هـ", "13-06-1447": a year no news date bears in the civil calendar is a Hijri one
      Hit h = numericHijri(n);
      if (h == null) return Optional.empty();
      date = h.date();
      kind = h.kind();
      start = h.start();
      end = h.end();
    }
    // the date's clock time follows it, up to an update label ("… (آخر تحديث: … 11:00)"), or precedes it
    String after = n.substring(end);
    Matcher u = UPDATE_LABEL.matcher(after);
    String own = u.find() ? after.substring(0, u.start()) : after;
    String before = n.substring(0, start);
    LocalTime time = time(own + " ").or(() -> time(before)).orElse(null);
    return Optional.of(new Found(date, time, kind));
  }

  /** The first clock time in {@code text} ({@code 12:48 م} → 12:48, {@code 2:05 pm} → 14:05). */
  public static Optional<LocalTime> time(String text) {
    Matcher m = TIME.matcher(ArabicNormalization.normalize(text));
    while (m.find()) {
      int h = Integer.parseInt(m.group(1));
      int min = Integer.parseInt(m.group(2));
      String ampm = m.group(3);
      if (ampm != null) {
        boolean pm = ampm.equals("م") || ampm.startsWith("مساء") || ampm.equals("ظهرا") || ampm.startsWith("p");
        if (pm && h < 12 && !(ampm.equals("ظهرا") && h >= 11)) h += 12;
        if (!pm && h == 12) h = 0;
      }
      if (h <= 23 && min <= 59) return Optional.of(LocalTime.of(h, min));
    }
    return Optional.empty();
  }

  /** How long ago a relative stamp says ({@code منذ ساعتين} → 2 h), if the text has one. */
  public static Optional<Duration> relative(String text) {
    Matcher m = RELATIVE.matcher(ArabicNormalization.normalize(text));
    if (!m.find()) return Optional.empty();
    long n = m.group(1) == null ? 1 : Long.parseLong(m.group(1));
    String u = m.group(2);
    if (u.endsWith("تين") || u.endsWith("ين")) n = 2;
    Duration unit = switch (u) {
      case "ثانيه", "ثوان", "ثواني" -> Duration.ofSeconds(1);
      case "دقيقه", "دقيقتين", "دقايق" -> Duration.ofMinutes(1);
      case "ساعه", "ساعتين", "ساعات" -> Duration.ofHours(1);
      case "يوم", "يومين", "ايام" -> Duration.ofDays(1);
      case "شهر", "شهرين", "اشهر", "شهور" -> Duration.ofDays(30);
      case "سنه", "سنتين", "سنوات", "عام", "عامين", "اعوام" -> Duration.ofDays(365);
      default -> Duration.ofDays(7);
    };
    return Optional.of(unit.multipliedBy(n));
  }

  /** A date in a URL path or query string ({@code /2025/12/03/}, {@code ?date=2025-12-03}, {@code 20251203}). */
  public static Optional<LocalDate> fromUrl(String url) {
    if (url == null) return Optional.empty();
    for (Pattern p : List.of(URL_YMD, URL_COMPACT)) {
      Matcher m = p.matcher(url);
      while (m.find()) {
        LocalDate d = date(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        if (d != null) return Optional.of(d);
      }
    }
    return Optional.empty();
  }

  /**
   * True for a line that is only a date stamp: a date or a clock time, perhaps with a weekday, a
   * stamp label and time-zone words, and nothing else.
   */
  public static boolean isStamp(String line) {
    return labelledIsoStamp(line).isPresent() || isBareStamp(line);
  }

  /**
   * {@link #isStamp} without the widgets a {@code date} label allows after its date: for the opening
   * words of a paragraph, where the words after the date are the dateline's ({@code date 2025-12-03 المكان}).
   */
  public static boolean isBareStamp(String line) {
    if (!hasDigit(line) && !line.contains("منذ") && !line.contains("قبل")) return false;
    if (org.mizan.clean.Lines.words(line, 21) > 20) return false;
    String n = ArabicNormalization.normalize(line);
    boolean any = find(line).isPresent() || time(line).isPresent() || relative(line).isPresent();
    return any && residue(n).isEmpty();
  }

  /** The date of a line that is only a dated stamp ({@link #isStamp} with a full date), parsed once. */
  public static Optional<Found> datedStamp(String line) {
    if (!hasDigit(line) || org.mizan.clean.Lines.words(line, 21) > 20) return Optional.empty();
    if (labelledIsoStamp(line).isPresent()) return labelledIsoStamp(line);
    Optional<Found> f = find(line);
    return f.isPresent() && residue(ArabicNormalization.normalize(line)).isEmpty() ? f : Optional.empty();
  }

  /** True for a stamp that carries a publication label ({@code نشر في …}, {@code تاريخ النشر: …}, {@code آخر تحديث …}). */
  public static boolean isLabelledStamp(String text) {
    if (datedStamp(text).isEmpty()) return false;
    String n = ArabicNormalization.normalize(text);
    return n.contains("نشر") || n.contains("تاريخ") || n.contains("تحديث") || n.toLowerCase(java.util.Locale.ROOT)
        .matches("(?s).*\\b(published|updated|posted|date)\\b.*");
  }

  /** True for one word of a Gregorian or Hijri month name ({@code ديسمبر}, {@code كانون}, {@code جمادى}, {@code الآخرة}). */
  public static boolean isMonthName(String word) {
    String w = ArabicNormalization.normalize(word).toLowerCase(java.util.Locale.ROOT);
    return MONTH_WORDS.contains(w);
  }

  private static final java.util.Set<String> MONTH_WORDS = java.util.stream.Stream.concat(MONTHS.keySet().stream(),
      HIJRI.keySet().stream()).flatMap(n -> java.util.Arrays.stream(n.split(" "))).collect(java.util.stream.Collectors.toSet());

  /** True when the text names a weekday ({@code الأحد}, {@code يوم الاثنين}, {@code Monday}). */
  public static boolean hasWeekday(String text) {
    return WEEKDAY.matcher(ArabicNormalization.normalize(text)).find();
  }

  /** True for a text that is a calendar date and nothing more ({@code 12 نوفمبر 2025}). */
  public static boolean isDateOnly(String text) {
    if (!hasDigit(text)) return false;
    return find(text).isPresent() && residue(ArabicNormalization.normalize(text)).isEmpty();
  }

  private static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c >= '0' && c <= '9') || (c >= '٠' && c <= '٩') || (c >= '۰' && c <= '۹')) return true;
    }
    return false;
  }

  /** A print edition's issue number beside its date ({@code العدد 12987}). */
  private static final Pattern ISSUE = Pattern.compile("(?:العدد|عدد)\\s*(?:رقم)?\\s*[:：]?\\s*[0-9٠-٩]+");

  /** A print paper's page names ({@code meta/print-page-words.txt}): a page top prints them beside the issue date. */
  private static final java.util.Set<String> PAGE_WORDS =
      org.mizan.text.WordList.normalized(DateParser.class, "/org/mizan/meta/print-page-words.txt");

  private static boolean isPageWord(String w) {
    return PAGE_WORDS.contains(w) || (w.length() > 3 && w.charAt(0) == 'و' && PAGE_WORDS.contains(w.substring(1)));
  }

  private static String residue(String n) {
    String r = n;
    r = HIJRI_DATE.matcher(r).replaceAll(" ");
    r = DAY_MONTH_YEAR.matcher(r).replaceAll(" ");
    r = MONTH_DAY_YEAR.matcher(r).replaceAll(" ");
    r = YMD.matcher(r).replaceAll(" ");
    r = DMY.matcher(r).replaceAll(" ");
    r = ZONED_TIME.matcher(r).replaceAll(" ");
    r = TIME.matcher(r).replaceAll(" ");
    r = RELATIVE.matcher(r).replaceAll(" ");
    r = WEEKDAY.matcher(r).replaceAll(" ");
    r = TIME_ZONE.matcher(r).replaceAll(" ");
    r = ISSUE.matcher(r).replaceAll(" ");
    r = Lines.key(r);
    StringBuilder sb = new StringBuilder();
    for (String w : r.split(" ")) {
      if (w.isEmpty() || STAMP_NOISE.matcher(w).matches() || isPageWord(w)) continue;
      sb.append(w).append(' ');
    }
    return sb.toString().strip();
  }

  private static LocalDate date(int y, Integer m, int d) {
    if (m == null || y < 1900 || y > 2100) return null;
    try {
      return LocalDate.of(y, m, d);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** The first numeric date, year first or last, whose year is a Hijri one ({@code 1447/06/13 هـ}). */
  private static Hit numericHijri(String n) {
    if (!hasHijriYear(n)) return null; // cheap: find() runs on every line with a digit
    Matcher m = YMD.matcher(n);
    while (m.find()) {
      LocalDate d = hijriDate(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
      if (d != null) return new Hit(d, "hijri", m.start(), m.end(3));
    }
    m = DMY.matcher(n);
    while (m.find()) {
      LocalDate d = hijriDate(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
      if (d != null) return new Hit(d, "hijri", m.start(), m.end());
    }
    return null;
  }

  /** Four digits 13xx–15xx standing alone: a Hijri year may be printed. */
  private static boolean hasHijriYear(String n) {
    for (int i = 0; i + 3 < n.length(); i++) {
      if (n.charAt(i) == '1' && n.charAt(i + 1) >= '3' && n.charAt(i + 1) <= '5' && Character.isDigit(n.charAt(i + 2))
          && Character.isDigit(n.charAt(i + 3)) && (i == 0 || !Character.isDigit(n.charAt(i - 1)))
          && (i + 4 == n.length() || !Character.isDigit(n.charAt(i + 4)))) {
        return true;
      }
    }
    return false;
  }

  private static LocalDate hijriDate(int y, Integer m, int d) {
    if (m == null || y < 1300 || y > 1600) return null;
    try {
      return LocalDate.from(HijrahDate.of(y, m, d));
    } catch (DateTimeException e) {
      return null;
    }
  }
}
