package org.mizan.figures;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.mizan.text.Token;
import org.mizan.text.Tokenizer;

/**
 * Years resolved in the sentence's context, for {@link DateExtractor}: a yearless date or part of a year takes
 * the year a date of its sentence states, and the end of a span is not before its start.
 */
final class YearsInContext {
  private YearsInContext() {}

  /**
   * قتلت القنبلة 140 ألفا بحلول نهاية العام … في 9 أغسطس 1945: a part of a year without its number
   * belongs to the year a date of its sentence states, not to the year of publication.
   */
  static List<TextDate> yearPartsInContext(String body, List<TextDate> dates) {
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

  /**
   * في 9 أغسطس 1945 وانتهت الحرب في 15 أغسطس: a yearless date in the sentence of a date with its year
   * (another than publication's) takes that year.
   */
  static List<TextDate> inheritedYears(String body, List<TextDate> dates, LocalDate pub) {
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
      if (v.length() == 10 && DateExtractor.valid(Integer.parseInt(year), Integer.parseInt(v.substring(5, 7)),
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
  /** A date named by a weekday alone ({@code الأحد}, {@code والخميس}). */
  private static boolean weekdayOnly(TextDate d) {
    List<org.mizan.text.Token> ts = org.mizan.text.Tokenizer.tokenize(d.text());
    return d.value().length() == 10 && ts.size() == 1 && org.mizan.text.Weekdays.withConjunction(ts.get(0).norm()) != null;
  }

  static List<TextDate> rangeEnds(String body, List<TextDate> dates) {
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
      // the yearless end moves a year on; or, when only the end has its year, the yearless start a year back;
      // a weekday end (من السبت إلى الأحد, the Sunday read back from a Saturday's publication) a week on
      int at = bFixed ? k - 1 : k;
      TextDate moved = dates.get(at);
      String v = (Integer.parseInt(moved.value().substring(0, 4)) + (bFixed ? -1 : 1)) + moved.value().substring(4);
      if (!bFixed && weekdayOnly(b)) v = java.time.LocalDate.parse(b.value()).plusDays(7).toString();
      if (v.length() == 10 && DateExtractor.valid(Integer.parseInt(v.substring(0, 4)), Integer.parseInt(v.substring(5, 7)),
          Integer.parseInt(v.substring(8))) == null) {
        continue;
      }
      dates.set(at, new TextDate(moved.text(), v, true, moved.start(), moved.end()));
    }
    return dates;
  }
}
