package org.mizan.figures;

import java.util.List;
import org.mizan.text.ArabicNormalization;
import org.mizan.text.WordList;

/**
 * A page's publication or update stamp left in the text ({@code … منشور الثلاثاء 12 سبتمبر 2023},
 * {@code :تحديث 06 09:03 2018 سبتمبر}) names the page's own date, not one the story speaks of: a date right
 * after a stamp label ({@code stamp-labels.txt}), or on a line of at most eight words that opens with one,
 * or followed by a bare clock time ({@code ليوم السبت 10 يناير 2026 12:03 صباحاً}), is dropped (as a dateline's date,
 * {@link DatelineDates}).
 */
final class StampDates {
  private static final List<String> LABELS = WordList.lines(StampDates.class, "stamp-labels.txt").stream()
      .map(ArabicNormalization::normalize).toList();
  private static final int SHORT_LINE_WORDS = 8;
  private static final int MAX_LABEL_CHARS = 24;
  /** Eight words and their dates: a longer line is running text, not a stamp line. */
  private static final int MAX_SHORT_LINE_CHARS = 120;

  private StampDates() {}

  static List<TextDate> dropped(String body, List<TextDate> dates) {
    dates.removeIf(d -> stamped(body, d));
    return dates;
  }

  /** A clock time right after a date, nothing but spaces between ({@code … 10 يناير 2026 12:03 صباحاً}). */
  private static final java.util.regex.Pattern TIME_NEXT = java.util.regex.Pattern.compile("^[ \t]+[0-9]{1,2}:[0-9]{2}");

  private static boolean stamped(String body, TextDate d) {
    // a written date with its year and a bare clock time after it is the page's time stamp
    if (d.text().matches(".*[0-9]{4}") && TIME_NEXT.matcher(body.substring(d.end(), Math.min(body.length(), d.end() + 8))).find()) {
      return true;
    }
    int lineStart = body.lastIndexOf('\n', Math.max(0, d.start() - 1)) + 1;
    // the few words right before the date (a label is at most two words): not the whole paragraph
    int from = Math.max(lineStart, d.start() - MAX_LABEL_CHARS);
    String before = words(body.substring(from, d.start()));
    for (String label : LABELS) if (before.equals(label) || before.endsWith(" " + label)) return true;
    int lineEnd = body.indexOf('\n', d.end());
    if (lineEnd < 0) lineEnd = body.length();
    if (lineEnd - lineStart > MAX_SHORT_LINE_CHARS) return false;
    String line = words(body.substring(lineStart, lineEnd));
    if (line.split(" ").length > SHORT_LINE_WORDS) return false;
    for (String label : LABELS) if (line.equals(label) || line.startsWith(label + " ")) return true;
    return false;
  }

  /** The text in matching form, punctuation dropped, single spaces. */
  private static String words(String s) {
    return ArabicNormalization.normalize(s).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }
}
