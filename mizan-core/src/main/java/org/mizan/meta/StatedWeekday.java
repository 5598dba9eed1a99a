package org.mizan.meta;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mizan.doc.Paragraph;
import org.mizan.text.ArabicNormalization;
import org.mizan.text.Token;
import org.mizan.text.Tokenizer;
import org.mizan.text.Weekdays;

/**
 * The weekday an article states it appeared on: {@code اليوم الأربعاء} / {@code صباح اليوم
 * (الأربعاء)} name it, {@code أمس الثلاثاء} names the day before it and {@code غدا الخميس} the day
 * after. The first such phrase of the body counts. A bare weekday ({@code الأربعاء}) says nothing:
 * it may be any day of the past week. When the phrase goes on with the full date of that very weekday
 * ({@code صباح اليوم السبت 10 مايو 2025}, {@code أمس الأحد الموافق 4 مايو 2025}), the article has told
 * its own date, not an event's.
 */
final class StatedWeekday {
  private StatedWeekday() {}

  /** The weekday, the phrase it was read from, and the article's date when the phrase gives it (else null). */
  record Found(DayOfWeek day, String evidence, LocalDate date) {}

  private static final Set<String> TODAY = Set.of("اليوم");
  private static final Set<String> YESTERDAY = Set.of("امس", "وامس");
  private static final Set<String> TOMORROW = Set.of("غدا", "غداه", "وغدا");
  /** أول أمس / الأول من أمس: the day before yesterday, not read. */
  private static final Set<String> BEFORE_YESTERDAY = Set.of("اول", "الاول", "من");

  static Optional<Found> in(List<Paragraph> paragraphs) {
    for (Paragraph p : paragraphs) {
      if (p.kind() != Paragraph.Kind.PARAGRAPH || !mayName(p.text())) continue;
      List<Token> toks = Tokenizer.tokenize(p.text());
      for (int i = 0; i + 1 < toks.size(); i++) {
        String n = toks.get(i).norm();
        int shift;
        if (TODAY.contains(n)) shift = 0;
        else if (YESTERDAY.contains(n)) shift = 1;
        else if (TOMORROW.contains(n)) shift = -1;
        else continue;
        if (shift == 1 && i > 0 && BEFORE_YESTERDAY.contains(toks.get(i - 1).norm())) continue;
        Token next = toks.get(i + 1);
        String gap = p.text().substring(toks.get(i).end(), next.start()).strip();
        if (!gap.isEmpty() && !gap.equals("(")) continue;
        DayOfWeek day = Weekdays.definite(next.norm());
        if (day == null) continue;
        LocalDate dated = dateOf(p.text(), next.end(), day);
        int end = dated == null ? next.end() : Math.min(p.text().length(), next.end() + DATE_REACH);
        String evidence = p.text().substring(toks.get(i).start(), end).strip();
        return Optional.of(new Found(day.plus(shift), evidence, dated == null ? null : dated.plusDays(shift)));
      }
    }
    return leadDay(paragraphs);
  }

  /**
   * False when no word of the paragraph can be a today/yesterday/tomorrow word: a token's matching form
   * is a piece of the paragraph's, so the paragraph is tokenized only when one of them occurs in it (hot path).
   */
  private static boolean mayName(String text) {
    // the last four matching-form characters, scanned without building the normalized string
    char a = 0, b = 0, c = 0, d = 0;
    for (int i = 0; i < text.length(); i++) {
      char e = ArabicNormalization.fold(text.charAt(i));
      if (e == 0) continue;
      if (e == 'م' && d == 'و' && c == 'ي' && b == 'ل' && a == 'ا') return true; // اليوم
      if (e == 'س' && d == 'م' && c == 'ا') return true; // امس
      if (e == 'ا' && d == 'د' && c == 'غ') return true; // غدا
      a = b;
      b = c;
      c = d;
      d = e;
    }
    return false;
  }

  private static final Set<String> DAY = Set.of("يوم", "ويوم");

  /**
   * Without a today/yesterday phrase: the lead's {@code يوم الخميس الموافق 20 نوفمبر 2025}, a weekday
   * with the full date falling on it. The lead reports the day's event, so an undated page is of that
   * day; a bare {@code يوم الخميس}, or such a date further down (a recalled meeting), says nothing.
   */
  private static Optional<Found> leadDay(List<Paragraph> paragraphs) {
    Paragraph lead = paragraphs.stream().filter(p -> p.kind() == Paragraph.Kind.PARAGRAPH).findFirst().orElse(null);
    if (lead == null) return Optional.empty();
    List<Token> toks = Tokenizer.tokenize(lead.text());
    for (int i = 0; i + 1 < toks.size(); i++) {
      if (!DAY.contains(toks.get(i).norm())) continue;
      Token next = toks.get(i + 1);
      DayOfWeek day = Weekdays.definite(next.norm());
      if (day == null || !lead.text().substring(toks.get(i).end(), next.start()).isBlank()) continue;
      LocalDate dated = dateOf(lead.text(), next.end(), day);
      if (dated == null) continue;
      String evidence = lead.text().substring(toks.get(i).start(), Math.min(lead.text().length(), next.end() + DATE_REACH));
      return Optional.of(new Found(day, evidence.strip(), dated));
    }
    return Optional.empty();
  }

  /** How far after the weekday its date may run (the linking words and the date itself). */
  private static final int DATE_REACH = 40;
  /** What may stand between the weekday and its date: a comma, a dash, a bracket, الموافق. */
  private static final Pattern LINK = Pattern.compile("^[\\s,،()\\-–]*(?:الموافق\\s*)?[\\s(]*(?=[0-9٠-٩]|\\p{L})");

  /** The full date printed right after a weekday when it falls on that weekday, else null. */
  private static LocalDate dateOf(String text, int from, DayOfWeek day) {
    String tail = text.substring(from, Math.min(text.length(), from + DATE_REACH));
    Matcher m = LINK.matcher(tail);
    if (!m.find()) return null;
    String rest = tail.substring(m.end());
    Optional<DateParser.Found> f = DateParser.find(rest);
    // the date opens what follows and falls on the weekday named: then it is the same day
    if (!startsWithDate(rest) || f.isEmpty() || f.get().date().getDayOfWeek() != day) return null;
    return f.get().date();
  }

  /** The text opens with a day number or a month name (a month-day-year date). */
  private static boolean startsWithDate(String s) {
    if (s.isEmpty()) return false;
    if (Character.isDigit(s.charAt(0))) return true;
    int sp = s.indexOf(' ');
    return DateParser.isMonthName(sp < 0 ? s : s.substring(0, sp));
  }
}
