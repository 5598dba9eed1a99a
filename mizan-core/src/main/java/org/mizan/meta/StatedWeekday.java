package org.mizan.meta;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.mizan.doc.Paragraph;
import org.mizan.text.Token;
import org.mizan.text.Tokenizer;
import org.mizan.text.Weekdays;

/**
 * The weekday an article states it appeared on: {@code اليوم الأربعاء} / {@code صباح اليوم
 * (الأربعاء)} name it, {@code أمس الثلاثاء} names the day before it and {@code غدا الخميس} the day
 * after. The first such phrase of the body counts. A bare weekday ({@code الأربعاء}) says nothing:
 * it may be any day of the past week.
 */
final class StatedWeekday {
  private StatedWeekday() {}

  /** The weekday and the phrase it was read from. */
  record Found(DayOfWeek day, String evidence) {}

  private static final Set<String> TODAY = Set.of("اليوم");
  private static final Set<String> YESTERDAY = Set.of("امس", "وامس");
  private static final Set<String> TOMORROW = Set.of("غدا", "غداه", "وغدا");
  /** أول أمس / الأول من أمس: the day before yesterday, not read. */
  private static final Set<String> BEFORE_YESTERDAY = Set.of("اول", "الاول", "من");

  static Optional<Found> in(List<Paragraph> paragraphs) {
    for (Paragraph p : paragraphs) {
      if (p.kind() != Paragraph.Kind.PARAGRAPH) continue;
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
        String evidence = p.text().substring(toks.get(i).start(), next.end());
        return Optional.of(new Found(day.plus(shift), evidence));
      }
    }
    return Optional.empty();
  }
}
