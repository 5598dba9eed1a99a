package org.mizan.figures;

import static org.mizan.figures.FigureExtractor.COUNTED;
import static org.mizan.figures.FigureExtractor.CURRENCIES;
import static org.mizan.figures.FigureExtractor.PERCENT;
import static org.mizan.figures.FigureExtractor.UNITS;

import java.util.List;
import java.util.Set;
import org.mizan.text.Token;
import org.mizan.text.WordList;

/**
 * Numbers that are no quantity, for {@link FigureExtractor}: years, dates (a month name beside the
 * number, slashes), article and rank numbers ({@code المادة 15}, {@code الدورة الـ15}), model names
 * ({@code إف 16}, {@code ميج29}), scores and names' numbers ({@code 5+1}, {@code كوفيد-19}).
 */
final class NotFigures {
  private NotFigures() {}

  static final Set<String> NOT_FIGURE_BEFORE = Set.of("الماده", "ماده", "رقم", "الفقره", "البند", "القرار",
      "الفصل", "الايه", "سوره", "الصفحه", "العدد", "المرتبه", "الطريق", "المركز", "الجوله", "الدوري", "النسخه",
      "الدوره", "دوره", "الموسم", "القراءه", "الطبعه", "الاصدار", "الدقيقه", "الفرقه", "اللواء", "الكتيبه", "الفيلق");

  static final Set<String> YEAR_BEFORE = Set.of("عام", "العام", "سنه", "السنه", "لعام", "لسنه", "عامي",
      "وعام", "منذ", "في", "بعام", "حتي", "ربيع", "صيف", "خريف", "شتاء", "مطلع", "اواخر", "اوائل", "اوايل", "نهايه", "بدايه");

  /** Letters of aircraft and weapon model names printed before their number (إف 16). */
  private static final Set<String> MODEL_PREFIXES = WordList.normalized(FigureExtractor.class, "model-prefixes.txt");

  /** Given names: a number before one is a day, a list number or a name's part, no count of it. */
  private static final Set<String> GIVEN_NAMES = WordList.normalized(FigureExtractor.class, "given-names.txt");

  /** Month words with the preposition ل: {@code قراءة 32 لشهر أغسطس} reads 32 for August, no count of months. */
  private static final Set<String> FOR_MONTH = Set.of("لشهر", "للشهر", "لشهري");

  /** The words at j are ل + month + a month's name: what the number before them is for, not its unit. */
  static boolean forNamedMonth(List<Token> toks, int j) {
    return j + 1 < toks.size() && FOR_MONTH.contains(toks.get(j).norm())
        && (Months.isMonthAt(toks, j + 1) || HijriMonths.at(toks, j + 1) != null);
  }

  /** تسليم سبتمبر 16 سنتا: a currency, a unit or a percent right after the number makes it a price, not a day. */
  private static boolean measuredNext(String body, List<Token> toks, int i) {
    int k = toks.get(i).end();
    while (k < body.length() && body.charAt(k) == ' ') k++;
    if (k < body.length() && (body.charAt(k) == '%' || body.charAt(k) == '٪')) return true;
    if (i + 1 >= toks.size() || !CountedNouns.unitMayFollow(body, toks.get(i).start(), body.substring(toks.get(i).end(), toks.get(i + 1).start()))) {
      return false;
    }
    int u = i + 1;
    PhraseTable.Match<Double> scale = FigureExtractor.SCALES.at(toks, u);
    if (scale != null && u + scale.length() < toks.size()) u += scale.length(); // أغسطس 9 ملايين دولار: a sum
    if (u > i + 1 && (CURRENCIES.at(toks, u) != null || UNITS.at(toks, u) != null)) return true;
    return CURRENCIES.at(toks, i + 1) != null || UNITS.at(toks, i + 1) != null || PERCENT.contains(toks.get(i + 1).norm())
        || i + 2 < toks.size() && PERCENT.contains(toks.get(i + 1).norm() + " " + toks.get(i + 2).norm());
  }

  /** From {@code at} going {@code step}: an optional space, {@code joint}, an optional space, a digit. */
  private static boolean joinedDigit(String body, int at, int step, char joint) {
    int k = at;
    if (k >= 0 && k < body.length() && body.charAt(k) == ' ') k += step;
    if (k < 0 || k >= body.length() || body.charAt(k) != joint) return false;
    k += step;
    if (k >= 0 && k < body.length() && body.charAt(k) == ' ') k += step;
    return k >= 0 && k < body.length() && Character.isDigit(body.charAt(k));
  }

  /** وبالمرتبة → المرتبة: a conjunction and a preposition before a definite word dropped. */
  private static String withoutProclitics(String norm) {
    String w = norm;
    if (w.length() > 4 && (w.charAt(0) == 'و' || w.charAt(0) == 'ف')) w = w.substring(1);
    if (w.length() > 4 && (w.charAt(0) == 'ب' || w.charAt(0) == 'ك') && w.startsWith("ال", 1)) w = w.substring(1);
    return w;
  }

  /** Years, article numbers, dates (a month name beside it) and scores are not figures. */
  static boolean notAFigure(String body, List<Token> toks, int i) {
    Token t = toks.get(i);
    if (i > 0 && namedNumber(toks, i)) return true; // بالمرتبة 15
    if (i > 0 && MODEL_PREFIXES.contains(toks.get(i - 1).norm())) return true; // إف 16، بوينغ 777، طراز 2015: a model
    if (FuelGrades.isGrade(body, toks, i, measuredNext(body, toks, i))) return true; // البنزين 90، 95 أوكتان
    if (t.start() > 0 && Character.isLetter(body.charAt(t.start() - 1)) && body.charAt(t.start() - 1) < 128) {
      return true; // multaqaa5: part of a name or address
    }
    if (gluedToWord(body, toks, i)) return true; // ام1 ايه1، ميج29: a model name
    if (i > 1 && toks.get(i - 1).norm().equals("ال")
        && NOT_FIGURE_BEFORE.contains(withoutProclitics(toks.get(i - 2).norm()))) {
      return true; // الدورة الـ 15
    }
    boolean integer = t.norm().matches("\\d+");
    if (integer && i + 1 < toks.size() && GIVEN_NAMES.contains(toks.get(i + 1).norm())) return true; // الـ23 محمد فلان
    if (integer && (Months.isMonthAt(toks, i + 1) || HijriMonths.at(toks, i + 1) != null)) return true;
    if (integer && i + 2 < toks.size() && toks.get(i + 1).norm().equals("من")) { // 30 من يناير، 12 من شهر شوال: a day
      int m = toks.get(i + 2).norm().equals("شهر") && i + 3 < toks.size() ? i + 3 : i + 2;
      if (Months.isMonthAt(toks, m) || HijriMonths.at(toks, m) != null) return true;
    }
    // a month before a number dates it (أغسطس 2015، أغسطس 9) but not a price (تسليم أغسطس 9.10 دولار), nor
    // across a closing parenthesis ((شركة تشانج جوان) 50 مليون: a name that reads as a month)
    if (integer && i > 0 && Months.isMonthEndingAt(toks, i - 1) && !measuredNext(body, toks, i)
        && body.substring(toks.get(i - 1).end(), t.start()).indexOf(')') < 0) {
      return true;
    }
    String after = body.substring(t.end(), Math.min(body.length(), t.end() + 2));
    String before = body.substring(Math.max(0, t.start() - 1), t.start());
    if ((after.startsWith("/") || after.startsWith("-")) && after.length() > 1 && Character.isDigit(after.charAt(1))) {
      return true;
    }
    if ((before.equals("/") || before.equals("-")) && t.start() >= 2 && Character.isDigit(body.charAt(t.start() - 2))) {
      return true;
    }
    if (before.equals("-") && t.start() >= 2 && Character.isLetter(body.charAt(t.start() - 2))) {
      return true; // باك-3، إس-400، كوفيد-19: a name's number glued to it
    }
    if (joinedDigit(body, t.start() - 1, -1, '/') || joinedDigit(body, t.end(), 1, '/')) {
      return true; // 104/ 47، 28/ 7/ 1433: numbers and dates written with slashes
    }
    if (joinedDigit(body, t.start() - 1, -1, '+') || joinedDigit(body, t.end(), 1, '+')) {
      return true; // مجموعة 5+1، ٥ + ١: a name, not a count
    }
    return i + 1 < toks.size() && (toks.get(i + 1).norm().equals("ه") || toks.get(i + 1).norm().equals("هـ"));
  }

  /** Words a number is often glued to by a typo (نحو1000 كيلومتر، عن150 مليار، ان17شخصا): not a name's letters. */
  private static final Set<String> GLUED_WORDS = Set.of("عن", "من", "في", "نحو", "الي", "علي", "مع", "بين", "حتي",
      "او", "قد", "ان", "بنحو", "لنحو", "ال", "بال", "وال", "لل", "فال", "كال", "وب", "ول", "وك", "فب", "فل", "وبال", "ولل");

  /**
   * Digits glued to a model's letters ({@code ام1 ايه1}, {@code إيه320}, {@code اتش7إن7}): a word of at
   * most three letters before them that is no particle or proclitic, or a word itself glued to digits
   * before it. After a longer word or a particle they are a typo for a space ({@code بـ19}, {@code ال54},
   * {@code نحو1000}, {@code قتلوا12جنديا} stay figures).
   */
  private static boolean gluedToWord(String body, List<Token> toks, int i) {
    int s = toks.get(i).start();
    if (i == 0 || s == 0 || toks.get(i - 1).end() != s) return false;
    char c = body.charAt(s - 1);
    if (c < 128 || !Character.isLetter(c) || c == '\u0640' || !toks.get(i - 1).isArabic()) return false; // بـ19
    String w = toks.get(i - 1).norm();
    if (w.length() == 1 && "بلوفك".contains(w)) return false; // ب19، 5و2
    if (i > 1 && toks.get(i - 2).isNumber() && toks.get(i - 2).end() == toks.get(i - 1).start()) return true; // 7إن7
    if (GLUED_WORDS.contains(w)) return false; // نحو1000
    return w.length() <= 3;
  }

  /**
   * بالمرتبة 15، الفرقة 30: a number naming a rank, an article or a unit, not a quantity; unless a
   * known counted noun or a currency follows it ({@code رصد المركز 17 حالة}: the centre, as a subject).
   */
  static boolean namedNumber(List<Token> toks, int i) {
    if (!NOT_FIGURE_BEFORE.contains(withoutProclitics(toks.get(i - 1).norm())) && !phoneNumber(toks, i)) return false;
    // الرقم 4921 قتيلا، طول الطريق 45 كلم: a counted noun, a currency or a unit of measure after it makes it a
    // figure (not a span of time: مدة القراءة 3 دقائق is a page's reading time)
    if (i + 1 >= toks.size()) return true;
    PhraseTable.Match<String> unit = UNITS.at(toks, i + 1);
    return COUNTED.at(toks, i + 1) == null && CURRENCIES.at(toks, i + 1) == null
        && (unit == null || SPANS.contains(unit.value()));
  }

  /** Units of time: after a name's word they time a page or a round, they measure nothing it names. */
  private static final Set<String> SPANS = Set.of("second", "minute", "hour", "day", "week", "month", "year");

  /** Words naming a telephone number: الرقم 937، الهاتف 19988، جوال 0555. */
  private static final Set<String> PHONE = Set.of("الرقم", "هاتف", "الهاتف", "جوال", "الجوال", "الخط");

  /** Adjectives between a phone word and its number: الرقم المجاني، الرقم الهاتفي، الخط الساخن. */
  private static final Set<String> PHONE_ADJECTIVES = Set.of("المجاني", "الهاتفي", "الموحد", "الساخن", "المختصر",
      "الخاص", "المباشر", "السياحي");

  /**
   * الرقم 937، الرقم المجاني 19988، الهاتف المجاني (19988): a number naming a telephone line, no count (a
   * counted noun after it still makes it one: الرقم 4921 قتيلا, checked by the caller).
   */
  static boolean phoneNumber(List<Token> toks, int i) {
    String prev = withoutProclitics(toks.get(i - 1).norm());
    boolean named = PHONE.contains(prev);
    if (!named && i >= 2 && PHONE_ADJECTIVES.contains(prev)) {
      String head = withoutProclitics(toks.get(i - 2).norm());
      named = PHONE.contains(head) || head.equals("الاتصال"); // مركز الاتصال السياحي 19988
    }
    // the unit look-up last: it is the dear part, and most numbers have no phone word before them
    return named && !(i + 1 < toks.size() && UNITS.at(toks, i + 1) != null); // الخط 24 ساعة
  }

  static boolean isYear(List<Token> toks, int i, double value) {
    if (!toks.get(i).isNumber()) return false; // ألفي يورو: a number word is no year
    boolean yearish = value == Math.rint(value) && value >= 1900 && value <= 2100 && toks.get(i).norm().length() == 4;
    // حتى 1077 دولارا: a currency after a number that is no year's shape makes it a price, whatever the word before
    return yearish || (i > 0 && YEAR_BEFORE.contains(toks.get(i - 1).norm()) && value >= 1000 && value <= 2100
        && !(i + 1 < toks.size() && CURRENCIES.at(toks, i + 1) != null));
  }

  /**
   * وست بروميتش، وست ميدلاند: وست before a long word that is no plural (six counts a plural: وست
   * مباريات، وست صواريخ) nor a known counted noun or unit is "West" in a name, not "and six".
   */
  static boolean westInAName(List<Token> toks, int i) {
    if (!toks.get(i).norm().equals("وست") || i + 1 >= toks.size() || !toks.get(i + 1).isArabic()) return false;
    String w = NounShapes.bare(toks.get(i + 1).norm());
    if (w.length() < 6 || NounShapes.plural(w) || COUNTED.at(toks, i + 1) != null || UNITS.at(toks, i + 1) != null) {
      return false;
    }
    return !(w.length() == 6 && w.charAt(2) == 'ا' && w.charAt(4) == 'ي'); // فعاليل: صواريخ، مشاريع
  }

  /** A numeric date, then spaces or a bar, right before a clock time: a page's time stamp. */
  private static final java.util.regex.Pattern STAMP_DATE =
      java.util.regex.Pattern.compile("\\d{1,4}[-/.]\\d{1,2}[-/.]\\d{2,4}[\\s|]*$");

  /**
   * A clock time right after a numeric date ({@code 26-10-2018 12:00 صباحاً}, {@code 11-6-2023 | 15:50}): the
   * page's publication stamp left in the text, not a time the news reports (which says الساعة or
   * names its day).
   */
  static boolean stampTime(String body, Token t) {
    return STAMP_DATE.matcher(body.substring(Math.max(0, t.start() - 16), t.start())).find();
  }

  /**
   * A clock time right after a written date with its year ({@code السبت 10 يناير 2026 12:03 صباحاً}), nothing
   * but spaces between: a page's time stamp too (a time the news reports says الساعة).
   */
  static boolean stampTimeAfterWrittenDate(String body, List<Token> toks, int i) {
    if (i < 3 || !toks.get(i - 1).text().matches("[0-9]{4}") || !toks.get(i - 3).text().matches("[0-9]{1,2}")) return false;
    return Months.isMonthEndingAt(toks, i - 2) && body.substring(toks.get(i - 1).end(), toks.get(i).start()).isBlank();
  }
}
