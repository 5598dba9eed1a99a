package org.mizan.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns decoded text into the clean lines a {@code RawArticle} carries: split at any line break,
 * white space collapsed, control characters and broken surrogates dropped (they would corrupt the
 * JSON output), empty lines skipped. Bidi marks and joiners are kept: they are text. Runs of more
 * than {@value #MAX_MARKS} combining marks on one letter (never found in real Arabic, where a letter
 * carries at most shadda and a vowel) are cut, as in Unicode's stream-safe format (UAX #15), so
 * that a pathological input of thousands of stacked marks cannot slow every later stage.
 */
public final class Lines {
  static final int MAX_MARKS = 4;

  private Lines() {}

  public static List<String> of(String text) {
    List<String> out = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085' || c == '\f' || c == '\u000B') {
        flush(line, out);
      } else {
        append(line, text, i);
        if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) i++;
      }
    }
    flush(line, out);
    return out;
  }

  /** One line of text with the same clean-up, or "" when nothing is left. */
  public static String clean(String text) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00A0') {
        appendSpace(line);
      } else {
        append(line, text, i);
        if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) i++;
      }
    }
    return line.toString().strip();
  }

  private static void append(StringBuilder line, String text, int i) {
    char c = text.charAt(i);
    if (c == '\t' || c == ' ' || c == '\u00A0' || Character.isSpaceChar(c) && c != '\u200F' && c != '\u200E') {
      appendSpace(line);
    } else if (Character.isHighSurrogate(c)) {
      if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        line.append(c).append(text.charAt(i + 1));
      }
    } else if (isMark(c) && marksBefore(line) >= MAX_MARKS) {
      // dropped: a stacked-mark flood
    } else if (Character.isLowSurrogate(c) || c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\uFEFF'
        || c == '\uFFFE' || c == '\uFFFF') {
      // dropped: controls, stray BOMs, broken surrogates and non-characters
    } else {
      line.append(c);
    }
  }

  private static boolean isMark(char c) {
    int t = Character.getType(c);
    return t == Character.NON_SPACING_MARK || t == Character.ENCLOSING_MARK || t == Character.COMBINING_SPACING_MARK;
  }

  private static int marksBefore(StringBuilder line) {
    int n = 0;
    for (int i = line.length() - 1; i >= 0 && n <= MAX_MARKS && isMark(line.charAt(i)); i--) n++;
    return n;
  }

  private static void appendSpace(StringBuilder line) {
    if (line.length() > 0 && line.charAt(line.length() - 1) != ' ') line.append(' ');
  }

  private static void flush(StringBuilder line, List<String> out) {
    String s = line.toString().strip();
    if (!s.isEmpty()) out.add(s);
    line.setLength(0);
  }
}
