package org.mizan.stories;

import java.util.List;
import java.util.Set;
import org.mizan.text.Clitics;
import org.mizan.text.Token;

/**
 * Which numbers of an article are figures of its event (a count, an amount, a close), and in what
 * form two reports' figures are compared. Years, single digits, periods ("24 ساعة"), price levels
 * ("فوق 50 دولارا") and the parts of a written date repeat from one issue of a report to the next
 * and say nothing about which event it is.
 */
final class EventNumbers {
  private static final Set<String> LEVEL_WORDS = WordLists.load("/org/mizan/stories/level-words.txt", false);
  private static final Set<String> PERIOD_UNITS = WordLists.load("/org/mizan/stories/period-units.txt", true);

  private EventNumbers() {}

  /**
   * Whether the number {@code term} at {@code i} is a figure of the event: an event number that
   * counts no period, states no level and is no date part (each of those three rules as {@code
   * options} has it).
   */
  static boolean isFigure(List<Token> tokens, int i, String term, StoryOptions options) {
    return isEventNumber(term) && !(options.periods() && countsPeriod(tokens, i))
        && !(options.levels() && statesLevel(tokens, i, term)) && !(options.dateParts() && datePart(tokens, i, term));
  }

  /**
   * A two-digit whole number with what it counts ("63|مستفيد", "63|مليون"): 63 graduates and 63
   * million dollars are not the same figure, and small numbers recur by chance. Longer numbers and
   * decimals (a closing index, 11.8 %) are specific enough alone and keep their bare form, so that
   * "11.8 %" and "11.8 في المائة" still agree.
   */
  static String eventNumber(String n, List<Token> tokens, int i) {
    n = withoutTrailingZeros(n);
    if (n.length() > 2 || n.indexOf('.') >= 0) return n;
    String unit = i + 1 < tokens.size() && !tokens.get(i + 1).isNumber() ? tokens.get(i + 1).stem() : "";
    return n + "|" + unit;
  }

  /**
   * A decimal without its trailing zeros: one report prints a rate {@code 21.00 %}, another {@code 21 %};
   * {@code 3.50} is {@code 3.5}. Only the compared figure changes, not the text's terms (the idf table
   * counts them as printed).
   */
  static String withoutTrailingZeros(String n) {
    if (n.indexOf('.') < 0) return n;
    int end = n.length();
    while (end > 0 && n.charAt(end - 1) == '0') end--;
    if (end > 0 && n.charAt(end - 1) == '.') end--;
    return end == 0 ? n : n.substring(0, end);
  }

  /** The number of an event number, without what it counts. */
  static String bareNumber(String eventNumber) {
    int bar = eventNumber.indexOf('|');
    return bar < 0 ? eventNumber : eventNumber.substring(0, bar);
  }

  /**
   * Whether the number at {@code i} counts a span of time ("24 ساعة", "10 أيام"): the period a report
   * covers, which every issue of a daily bulletin repeats, not a figure of its event.
   */
  static boolean countsPeriod(List<Token> tokens, int i) {
    if (i + 1 >= tokens.size()) return false;
    Token unit = tokens.get(i + 1);
    return PERIOD_UNITS.contains(unit.norm()) || PERIOD_UNITS.contains(unit.stem());
  }

  /**
   * Whether the whole number at {@code i} is a level a word before it sets ("فوق 50 دولارا", "دون
   * 1100 دولار"): the price level a daily market report repeats on many days, so two days' reports
   * would agree on it. Decimals stay figures (a close, "عند مستوى 1129.60").
   */
  static boolean statesLevel(List<Token> tokens, int i, String number) {
    if (i == 0 || number.indexOf('.') >= 0) return false;
    if (levelWord(tokens.get(i - 1))) return true;
    // "أعلى قليلا من 50 دولارا", "أدنى من 1100": a comparative two or three words before, bridged by من/عن
    String prev = tokens.get(i - 1).norm();
    if (!prev.equals("من") && !prev.equals("عن")) return false;
    for (int k = i - 2; k >= Math.max(0, i - 3); k--) if (levelWord(tokens.get(k))) return true;
    return false;
  }

  private static boolean levelWord(Token t) {
    return LEVEL_WORDS.contains(t.norm()) || LEVEL_WORDS.contains(Clitics.strip(t.norm()));
  }

  /**
   * Whether the short number at {@code i} is the day or month of a written date: another number
   * follows or precedes it at once, or a month name follows it ("14/10/1436هـ", the ministries' statement dates). Two statements of one month share
   * its number, which says nothing about their events.
   */
  static boolean datePart(List<Token> tokens, int i, String number) {
    // or one follows at once: the month or day after the year ("2023-09", "2023/09/08", a page's stamp);
    // or a month name follows: the day of a date written out ("19 نوفمبر", "12 شعبان")
    return number.length() <= 2 && ((i + 1 < tokens.size() && tokens.get(i + 1).isNumber())
        || (i > 0 && tokens.get(i - 1).isNumber()) || org.mizan.figures.Months.isAnyMonthAt(tokens, i + 1));
  }

  /** Numbers that identify an event (a count, an amount), not years or single digits. */
  static boolean isEventNumber(String n) {
    if (n.length() < 2) return false;
    if (n.length() == 4 && (n.startsWith("19") || n.startsWith("20") || n.startsWith("14"))) return false;
    return true;
  }
}
