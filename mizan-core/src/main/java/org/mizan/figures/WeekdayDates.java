package org.mizan.figures;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import org.mizan.text.Token;
import org.mizan.text.Weekdays;

/**
 * Weekdays, for {@link DateExtractor}: {@code أمس الجمعة}, {@code صباح اليوم (الاثنين)}, {@code غدا الخميس},
 * {@code الأحد المقبل}: the latest such day not after publication, the next one with {@code المقبل} or
 * {@code غدا}; a bare {@code الاثنين} is Monday only where it cannot be "the two".
 */
final class WeekdayDates {
  private WeekdayDates() {}

  private static final Set<String> DAY_PARTS = Set.of("صباح", "مساء", "ليل", "ليله", "فجر", "ظهر", "عصر", "منتصف",
      "صباحا", "مساءا", "يوم", "امس", "اليوم", "وصباح", "ومساء", "ويوم", "نهار", "غدا", "غداه", "غد");

  private static final Set<String> NOT_FRIDAY = Set.of("صلاه", "خطبه", "جامع", "مسجد", "خطيب", "صلاتي");

  /** [أمس|اليوم|صباح|يوم …] weekday [المقبل|الماضي]. */
  static int weekday(String body, List<Token> toks, int i, LocalDate pub, List<TextDate> out) {
    String n = toks.get(i).norm();
    if (n.length() < 5 || n.length() > 9) return i;
    DayOfWeek dow = Weekdays.withConjunction(n);
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
    boolean next = e < toks.size() && DateExtractor.NEXT.contains(toks.get(e).norm());
    boolean last = e < toks.size() && DateExtractor.LAST.contains(toks.get(e).norm());
    if (next || last) e++;
    // الاثنين is also "the two": only with a day word before it or المقبل/الماضي after
    boolean since = i > 0 && (toks.get(i - 1).norm().equals("منذ") || toks.get(i - 1).norm().equals("ومنذ"));
    boolean starting = i > 1 && toks.get(i - 1).norm().equals("من") && STARTING.contains(toks.get(i - 2).norm());
    // (منذ الاثنين: since Monday, ابتداء من الاثنين: from Monday on; "since the two" is no phrase)
    if (dow == DayOfWeek.MONDAY && s == i && !next && !last && !since && !starting && !mondayByPunctuation(body, toks, i)) return i;
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
    else if (starting && !yesterday && !today) d = pub.with(TemporalAdjusters.nextOrSame(dow)); // ابتداء من الاثنين: announced
    else if (!yesterday && !today && !since && (MonthDates.plannedWeekday(body, st, en) || setOffAfterFuture(body, toks, s))) {
      d = pub.with(TemporalAdjusters.nextOrSame(dow)); // من المقرر أن يجتمع يومي الثلاثاء والأربعاء: coming days
    } else {
      LocalDate inWeek = yesterday || today || since ? null : NamedWeek.dayIn(body, toks, s, dow, pub);
      d = inWeek != null ? inWeek : pub.with(TemporalAdjusters.previousOrSame(dow)); // الأسبوع الماضي … يوم الاثنين
    }
    out.add(new TextDate(text, d.toString(), true, st, en));
    return e;
  }

  private static final Set<String> THE_TWO_BEFORE = Set.of("بين", "كلا", "ان", "لان", "هذين", "هذان", "هولاء", "من",
      "الي", "علي", "مع", "عن", "لدي", "في", "ام", "او", "صيام", "سوق", "حتي");

  /**
   * Words before من that make a starting point (ابتداء من، اعتبارا من، بدءا من): a weekday follows, not "the
   * two", and with no الماضي after it the day is the coming one (an announcement of what starts).
   */
  private static final java.util.Set<String> STARTING = java.util.Set.of("ابتداء", "ابتداءا", "اعتبارا", "بدءا", "بداء", "بدءاً");

  /** Words after a bare الاثنين that make it "the two": معا، فحسب، لأنهما، إلا. */
  private static final Set<String> THE_TWO_AFTER = Set.of("معا", "فحسب", "فقط", "لانهما", "كلاهما", "كليهما",
      "الا", "هما", "انفسهما", "وحدهما", "الذي", "التي", "اللذين", "اللذان", "عشر", "عشره", "والعشرين", "والثلاثين",
      "والاربعين", "والخمسين", "والستين", "والسبعين", "والثمانين", "والتسعين");

  /**
   * A bare الاثنين is Monday, not "the two" (إن الاثنين يعرفان), when punctuation closes it (فتح أبوابها
   * الاثنين، بحسب), a complementizer follows it (أكد البنتاغون الاثنين أن), or it stands after a word
   * that takes no "the two" (a verb, a subject: وقع الهجوم الاثنين في، شن الطيران الاثنين ثلاث غارات)
   * and before a word that is no dual's (a dual verb يعرفان، معا، لأنهما). The two after a preposition,
   * بين، أم، a dual noun (البلدين الاثنين) or صيام (a habit) stays no date.
   */
  private static boolean mondayByPunctuation(String body, List<Token> toks, int i) {
    String before = i > 0 ? toks.get(i - 1).norm() : "";
    if (THE_TWO_BEFORE.contains(before) || before.startsWith("و") && THE_TWO_BEFORE.contains(before.substring(1))) {
      return false;
    }
    int e = toks.get(i).end();
    while (e < body.length() && body.charAt(e) == ' ') e++;
    if (e >= body.length() || "،,.؛;)\n\"»”".indexOf(body.charAt(e)) >= 0) return true;
    String after = i + 1 < toks.size() ? toks.get(i + 1).norm() : "";
    if (after.equals("ان") || after.equals("انه") || after.equals("انها") || after.equals("انهم")) return true;
    // a word between: a verb or its subject before, and nothing of a dual after
    if (i == 0 || !toks.get(i - 1).isArabic() || !body.substring(toks.get(i - 1).end(), toks.get(i).start()).equals(" ")) {
      return false;
    }
    if (toks.get(i).text().startsWith("و")) return false; // والاثنين: read with a conjunction only when punctuated
    if (before.length() > 4 && (before.endsWith("ين") || before.endsWith("ينا") || before.endsWith("يهما"))) {
      return false; // البلدين الاثنين، ببلدينا الاثنين: an adjective of a dual
    }
    if (THE_TWO_AFTER.contains(after) || after.isEmpty()) return false; // بموقف الاثنين الذي، الاثنين والعشرين
    if (toks.get(i + 1).isNumber()) return false; // الاثنين 20 يونيو: the date after it names the day
    // الاثنين الموافق 01/12/1436: the date after it names the day; يومي الاثنين والثلاثاء: days off, to come or past
    if (after.equals("الموافق") || before.equals("ليوم")) return false;
    if (before.equals("يومي") && !MonthDates.plannedWeekday(body, toks.get(i).start(), toks.get(i).end())) return false;
    boolean dualVerb = after.length() >= 5 && after.endsWith("ان") && "يت".indexOf(after.charAt(0)) >= 0;
    return !dualVerb && !imperfectClause(body, toks, i); // الاثنين يعرفان
  }

  /** س + ي/ت/ن opening a verb ({@code سينتقل}, {@code ستعقد}), not the nouns of that shape (سيارة, سياسة, سيطرة). */
  private static boolean futureShape(String w) {
    return w.length() >= 5 && w.charAt(0) == 'س' && "يتن".indexOf(w.charAt(1)) >= 0 && !w.startsWith("سيار")
        && !w.startsWith("سياس") && !w.startsWith("سيطر") && !w.startsWith("سيد") && !w.startsWith("ستين");
  }

  /**
   * سينتقل الوزير، الإثنين، إلى الدوحة: a weekday set off by commas belongs to the clause before them, and a
   * future verb there makes it the coming day (the clause reader stops at the comma).
   */
  private static boolean setOffAfterFuture(String body, List<Token> toks, int s) {
    if (s < 1 || !body.substring(toks.get(s - 1).end(), toks.get(s).start()).strip().matches("[،,]")) return false;
    for (int k = s - 1; k >= 0 && s - k <= 8; k--) {
      if (futureShape(withoutConjunction(toks.get(k).norm()))) return true;
      if (k > 0 && clauseBreak(body, toks, k - 1)) break;
    }
    return false;
  }

  // searched, not matched whole: a whole match missed a paragraph gap (. does not cross its two newlines)
  private static final java.util.regex.Pattern CLAUSE_BREAK = java.util.regex.Pattern.compile("[.!؟?\n،,:;؛«»\"]");

  /** Whether punctuation or a line break between token {@code k} and the next ends a clause. */
  private static boolean clauseBreak(String body, List<Token> toks, int k) {
    return CLAUSE_BREAK.matcher(body.substring(toks.get(k).end(), toks.get(k + 1).start())).find();
  }

  /** A word without a leading و/ف conjunction (a word of more than four letters). */
  private static String withoutConjunction(String w) {
    return w.length() > 4 && (w.charAt(0) == 'و' || w.charAt(0) == 'ف') ? w.substring(1) : w;
  }

  private static final Set<String> Y_NOUNS = Set.of("يوم", "يونيو", "يوليو", "يناير", "يونيه", "يوليه", "يوما", "يومي");

  /**
   * يكشف الرئيس الاثنين، سينتقل الوزير الاثنين: the clause before a bare weekday has a verb in the
   * imperfect or future (a word starting with ي or س+ي/ت/ن, or a clause starting with ت), so the
   * day may be the coming one; such a bare الاثنين is left undated rather than guessed.
   */
  private static boolean imperfectClause(String body, List<Token> toks, int i) {
    int k = i - 1;
    for (; k >= 0 && i - k <= 12; k--) {
      if (clauseBreak(body, toks, k)) break;
      String w = withoutConjunction(toks.get(k).norm());
      if (w.length() >= 4 && w.charAt(0) == 'ي' && !Y_NOUNS.contains(w)) return true;
      if (futureShape(w)) return true;
    }
    // the clause's first word: a verb in ت (تختتم، تستضيف) in a verb-first clause
    int f = k + 1;
    if (f < i) {
      String w = withoutConjunction(toks.get(f).norm());
      if (w.length() >= 5 && w.charAt(0) == 'ت' && !w.startsWith("تم")) return true;
    }
    return false;
  }
}
