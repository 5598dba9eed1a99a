package org.mizan.figures;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.mizan.text.Token;

/**
 * Dates written with a month name, for {@link DateExtractor}: Gregorian months with their Levantine
 * pair in every print form, with or without day and year, Hijri days ({@code 4 شوال}) converted to
 * the Gregorian day, ordinal days ({@code الخامس عشر من يوليو}) and day ranges.
 */
final class MonthDates {
  private MonthDates() {}

  /**
   * [day|ordinal من [شهر]] month [/(other name)] [عام] [year|من العام الماضي] [الماضي|المقبل|الجاري]; Hijri
   * months ({@code 4 شوال}) only with their day, converted to the Gregorian day.
   */
  static int read(String body, List<Token> toks, int i, LocalDate pub, List<TextDate> out) {
    Months.Match m = Months.at(toks, i);
    boolean hijri = m == null;
    if (hijri) m = HijriMonths.at(toks, i);
    if (m == null) return i;
    int j = i + m.length();
    int close = -1; // end offset of a closing parenthesis after the month's other name
    boolean pair = false;
    // فبراير/شباط، مايو (أيار)، فبراير شباط، تشرين الثاني/نوفمبر، أيلول - سبتمبر: the same month under its other name
    if (!hijri && j < toks.size()) {
      String gap = body.substring(toks.get(j - 1).end(), toks.get(j).start()).strip();
      Months.Match other = gap.isEmpty() || gap.length() == 1 && "/(-–—".indexOf(gap.charAt(0)) >= 0
          ? Months.at(toks, j) : null;
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
    // يوليو من عام 2014: من before the year word, when a year's digits follow it
    if (k + 2 < toks.size() && toks.get(k).norm().equals("من") && DateExtractor.YEAR_WORDS.contains(toks.get(k + 1).norm())
        && toks.get(k + 2).norm().matches("\\d{4}")) {
      k++;
    }
    if (k < toks.size() && DateExtractor.YEAR_WORDS.contains(toks.get(k).norm())) k++;
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
      if ((w.equals("العام") || w.equals("السنه")) && r + 1 < toks.size()
          && direction(toks.get(r + 1).norm()) != null) {
        if (pub != null && !hijri) year = pub.getYear() + direction(toks.get(r + 1).norm());
        j = r + 2;
        close = -1;
      } else if (r > j && (w.equals("هذا") || w.equals("هذه")) && r + 1 < toks.size()
          && (toks.get(r + 1).norm().equals("العام") || toks.get(r + 1).norm().equals("السنه"))) {
        if (pub != null && !hijri) year = pub.getYear(); // ديسمبر من هذا العام: this year's December
        j = r + 2;
        close = -1;
      } else if (j < toks.size() && direction(toks.get(j).norm()) != null) {
        delta = direction(toks.get(j).norm());
        relative = true;
        j++;
        close = -1;
      }
    }
    if (year == null && !relative && day == null && j < toks.size() && toks.get(j).norm().startsWith("و")) {
      // بين سبتمبر ويناير الماضيين: a dual الماضيين after the second month dates both
      Months.Match second = Months.at(toks, j);
      int after = second == null ? -1 : j + second.length();
      if (after > 0 && after < toks.size() && toks.get(after).norm().endsWith("ين")
          && direction(toks.get(after).norm()) != null) {
        delta = direction(toks.get(after).norm());
        relative = true;
      }
    }
    boolean shahr = i > 0 && (toks.get(i - 1).norm().equals("شهر") || toks.get(i - 1).norm().equals("الشهر"));
    if (m.ambiguous() && day == null && year == null && !pair && !shahr && !relative && !framed(body, toks, i, j)) {
      return i;
    }
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
      String v = DateExtractor.valid(year, m.month(), day);
      out.add(new TextDate(text, v, v != null, s, e));
    } else if (year != null) {
      out.add(new TextDate(text, YearMonth.of(year, m.month()).toString(), true, s, e));
    } else if (pub == null) {
      out.add(new TextDate(text, null, false, s, e));
    } else if (day != null && eventNounBefore(toks, start)) {
      // ثورة 25 يناير، هجمات 11 سبتمبر: a day that names an event is of that event's year, if known
      Integer named = NAMED_DAYS.get(m.month() * 100 + day);
      String v = named == null ? null : DateExtractor.valid(named, m.month(), day);
      out.add(new TextDate(text, v, v != null, s, e));
    } else if (day != null) {
      int y = pub.getYear();
      LocalDate g = pick(date(y - 1, m.month(), day), date(y, m.month(), day), date(y + 1, m.month(), day), pub,
          relative ? Integer.valueOf(delta) : since(toks, start) ? Integer.valueOf(-1) : null);
      out.add(new TextDate(text, g == null ? null : g.toString(), g != null, s, e));
    } else {
      return monthAlone(body, toks, i, j, s, e, text, pub, m, relative, delta, out);
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
    String value = last.minusDays(lastDay - first).toString();
    out.add(out.size() - 1, new TextDate(t.text(), value, true, t.start(), t.end()));
  }

  /**
   * A month alone: الماضي/المقبل/الجاري, a futures month (تسليم أغسطس), else the one closest to
   * publication, a coming month counting twice its distance (في يونيو in August is past, الأسبوع الثاني
   * من أكتوبر is to come), and any coming month when the sentence speaks of a plan (من المقرر، سوف).
   */
  private static int monthAlone(String body, List<Token> toks, int i, int j, int s, int e, String text, LocalDate pub,
      Months.Match m, boolean relative, int delta, List<TextDate> out) {
    String event = relative ? null : eventNoun(toks, i);
    if (event != null) {
      // حرب أكتوبر، ثورة يوليو: a month that names an event has that event's year, or none we know
      YearMonth named = NAMED_MONTHS.get(event + "|" + m.month());
      out.add(new TextDate(text, named == null ? null : named.toString(), named != null, s, e));
      return j;
    }
    YearMonth ym = YearMonth.of(pub.getYear(), m.month());
    YearMonth p = YearMonth.from(pub);
    if (relative && delta > 0) {
      if (!ym.isAfter(p)) ym = ym.plusYears(1);
    } else if (relative && delta < 0) {
      if (!ym.isBefore(p)) ym = ym.minusYears(1);
    } else if (i > 0 && PhraseTable.strip(toks.get(i - 1).norm()).equals("تسليم")) {
      if (ym.isBefore(p)) ym = ym.plusYears(1); // عقود تسليم أغسطس: a futures contract, this month or later
    } else if (!relative && ym.isAfter(p) && since(toks, i)) {
      ym = ym.minusYears(1); // منذ أكتوبر: what has gone on since a month began in the past
    } else if (!relative && ym.isAfter(p)) {
      long ahead = p.until(ym, java.time.temporal.ChronoUnit.MONTHS);
      if (2 * ahead >= 12 - ahead && !plannedSentence(body, s, e)) ym = ym.minusYears(1);
    }
    out.add(new TextDate(text, ym.toString(), true, s, e));
    return j;
  }

  /**
   * Whether the date opening at token {@code at} follows "since" ({@code منذ السابع من أكتوبر}): what has
   * gone on since a day began in the past, so a day without a year is not a coming one.
   */
  private static boolean since(List<Token> toks, int at) {
    if (at == 0) return false;
    String w = toks.get(at - 1).norm();
    return w.equals("منذ") || w.equals("ومنذ");
  }

  private static final Set<String> FRAMES = Set.of("منذ", "حتي", "خلال", "مطلع", "اوائل", "اوايل", "اواخر", "منتصف", "نهايه",
      "بدايه", "في", "وفي", "ومنذ", "وحتي");
  private static final Set<String> PERIOD_EDGES = Set.of("مطلع", "اوائل", "اوايل", "اواخر", "منتصف", "نهايه", "بدايه");
  private static final Set<String> EVENT_NOUNS = Set.of("ثوره", "انتفاضه", "احداث", "هجمات", "حرب", "حركه",
      "اعتداءات", "تفجيرات", "مجزره");
  private static final java.util.Map<Integer, Integer> NAMED_DAYS = new java.util.HashMap<>();
  private static final java.util.Map<String, YearMonth> NAMED_MONTHS = new java.util.HashMap<>();

  static {
    for (String line : org.mizan.text.WordList.lines(MonthDates.class, "named-days.tsv")) {
      String[] f = line.split("\t");
      if (f[0].length() == 7) { // 1973-10 <TAB> حرب أكتوبر: keyed by the event noun and the month
        YearMonth ym = YearMonth.parse(f[0]);
        String noun = org.mizan.text.ArabicNormalization.normalize(f[1].strip().split("\\s+")[0]);
        NAMED_MONTHS.put(noun + "|" + ym.getMonthValue(), ym);
        continue;
      }
      LocalDate d = LocalDate.parse(f[0]);
      NAMED_DAYS.put(d.getMonthValue() * 100 + d.getDayOfMonth(), d.getYear());
    }
  }

  /**
   * منذ مارس. / في تموز، : a month name that is also a word (مارس "practised") reads as the month after
   * a time preposition when punctuation closes it (a verb would go on to its object).
   */
  private static boolean framed(String body, List<Token> toks, int i, int j) {
    if (i == 0 || !FRAMES.contains(toks.get(i - 1).norm())) return false;
    // نهاية تموز، مطلع آب: a part of a period governs the month itself, whatever follows
    if (PERIOD_EDGES.contains(toks.get(i - 1).norm()) || j >= toks.size()) return true;
    String gap = body.substring(toks.get(j - 1).end(), toks.get(j).start());
    return gap.matches("\\s*[.،,؛;:)\\n].*") || gap.contains("\n");
  }

  /** ثورة 25 يناير، ولثورة 23 يوليو: an event noun (with a proclitic) right before the date. */
  private static boolean eventNounBefore(List<Token> toks, int start) {
    return eventNoun(toks, start) != null;
  }

  /** The event noun right before token {@code start} without its proclitics, or null. */
  private static String eventNoun(List<Token> toks, int start) {
    if (start == 0) return null;
    String w = toks.get(start - 1).norm();
    if (EVENT_NOUNS.contains(w)) return w;
    if (w.length() > 4 && "وبل".indexOf(w.charAt(0)) >= 0) w = w.substring(1);
    if (w.length() > 4 && "بل".indexOf(w.charAt(0)) >= 0) w = w.substring(1);
    return EVENT_NOUNS.contains(w) ? w : null;
  }

  private static final Set<String> PLAN_WORDS = Set.of("سوف", "المقرر", "المفترض", "المزمع", "المرتقب",
      "المنتظر", "المتوقع", "يعتزم", "تعتزم", "تعتزمان", "يعتزمون");
  private static final Set<String> FUTURE_VERBS = org.mizan.text.WordList.normalized(MonthDates.class, "future-verbs.txt");
  private static final Set<String> WAITING_VERBS = org.mizan.text.WordList.normalized(MonthDates.class, "waiting-verbs.txt");

  /** سوف، من المقرر، سيتم، وستعقد: a word that speaks of what is to come. */
  private static boolean plans(String norm) {
    if (PLAN_WORDS.contains(norm) || FUTURE_VERBS.contains(norm)) return true;
    return norm.length() > 4 && (norm.charAt(0) == 'و' || norm.charAt(0) == 'ف') && FUTURE_VERBS.contains(norm.substring(1));
  }

  /** Whether the sentence around {@code [s, e)} speaks of what is to come (من المقرر أن، سوف، a future verb: وسيتم). */
  static boolean plannedSentence(String body, int s, int e) {
    int a = s;
    while (a > 0 && !sentenceEnd(body, a - 1)) a--;
    int b = e;
    while (b < body.length() && !sentenceEnd(body, b)) b++;
    for (Token t : org.mizan.text.Tokenizer.tokenize(body.substring(a, b))) {
      if (plans(t.norm())) return true; // من المقرر، سوف، وسيتم
    }
    return false;
  }

  /** A sentence ends at {@code i}; a decimal point (5.5 مليار) ends none. */
  private static boolean sentenceEnd(String body, int i) {
    char c = body.charAt(i);
    if (c == '.' && i > 0 && i + 1 < body.length() && Character.isDigit(body.charAt(i - 1))
        && Character.isDigit(body.charAt(i + 1))) {
      return false;
    }
    return ".!؟?\n".indexOf(c) >= 0;
  }

  /**
   * A weekday at {@code [s, e)} in a clause about what is to come: a plan word at most eight words (a verb of waiting twelve)
   * before it with no punctuation between (ومن المقرر أن يجتمع الوزراء الخميس), and no كان before it.
   * A plan word after the weekday does not count (أذيعت يوم الأحد: إنه من المتوقع …), nor one before a
   * relative pronoun that comes before it (الذي، التي). A verb of waiting is a plan word
   * (ويترقب المستثمرون تقرير الوظائف يوم الجمعة).
   */
  static boolean plannedWeekday(String body, int s, int e) {
    int a = s;
    while (a > 0 && ".!؟?\n،,:;؛".indexOf(body.charAt(a - 1)) < 0) a--;
    List<Token> before = org.mizan.text.Tokenizer.tokenize(body.substring(a, s));
    boolean planned = false;
    for (int k = Math.max(0, before.size() - 12); k < before.size(); k++) {
      String n = before.get(k).norm();
      if (n.equals("كان") || n.equals("وكان") || n.equals("كانت") || n.equals("وكانت")) return false;
      // سيناقش الاجتماع التقرير الذي صدر الخميس: a relative clause after the plan word tells its own time
      if (PeriodParts.PARTICLES.contains(n) && !n.equals("الي")) planned = false;
      else planned |= k >= before.size() - 8 && (plans(n) || isToBe(before, k)) || waits(n);
    }
    return planned;
  }

  /**
   * على أن يلعب الفريق الأحد: على أن before an imperfect verb says what is scheduled ("with X to play"),
   * read at the أن of the pair. أكد على أن الهجوم وقع: a perfect verb or a noun after it is a stated fact.
   */
  private static boolean isToBe(List<Token> toks, int k) {
    if (k < 1 || k + 1 >= toks.size() || !toks.get(k).norm().equals("ان")) return false;
    String on = toks.get(k - 1).norm();
    String verb = toks.get(k + 1).norm();
    return (on.equals("علي") || on.equals("وعلي")) && verb.length() >= 4 && "يت".indexOf(verb.charAt(0)) >= 0;
  }

  /** يترقب، وينتظرون: a verb of waiting, whose object may be long (تقرير بيانات الوظائف في القطاعات …). */
  private static boolean waits(String norm) {
    return WAITING_VERBS.contains(norm) || norm.length() > 4 && norm.charAt(0) == 'و' && WAITING_VERBS.contains(norm.substring(1));
  }

  private static final Set<String> PERIOD_PARTS = Set.of("النصف", "الاسبوع", "الربع", "الثلث", "العقد", "الشطر",
      "الجزء", "الفصل", "الاسابيع", "الايام", "والنصف", "والاسبوع");

  /** -1 for الماضي، +1 for المقبل، 0 for الجاري, or null. */
  private static Integer direction(String norm) {
    if (DateExtractor.LAST.contains(norm)) return -1;
    if (DateExtractor.NEXT.contains(norm)) return 1;
    return DateExtractor.THIS.contains(norm) ? Integer.valueOf(0) : null;
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
    String v = DateExtractor.valid(y, mo, d);
    return v == null ? null : LocalDate.parse(v);
  }

}
