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
    StringBuilder line = new StringBuilder(Math.min(text.length(), 4096));
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
    if (alreadyClean(text)) return text;
    StringBuilder line = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c > ' ' && c < 0x7F) || (c >= '\u0621' && c <= '\u064A')) {
        line.append(c);
      } else if (Character.isWhitespace(c) || c == '\u00A0') {
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
    if ((c > ' ' && c < 0x7F) || (c >= '\u0621' && c <= '\u064A')) { // fast path: ASCII and Arabic letters
      line.append(c);
    } else if (c == '\t' || c == ' ' || c == '\u00A0' || Character.isSpaceChar(c) && c != '\u200F' && c != '\u200E') {
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

  /** Most lines need no work: printable, single spaces, no space at either end. */
  private static boolean alreadyClean(String s) {
    int n = s.length();
    if (n == 0 || s.charAt(0) == ' ' || s.charAt(n - 1) == ' ') return n == 0;
    char prev = 'x';
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      boolean plain = (c > ' ' && c < 0x7F) || (c >= '\u0621' && c <= '\u064A') || (c >= '\u0660' && c <= '\u0669')
          || c == '\u060C' || c == '\u061B' || c == '\u061F' || c == '\u00AB' || c == '\u00BB';
      if (c == ' ' ? prev == ' ' : !plain) return false;
      prev = c;
    }
    return true;
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
