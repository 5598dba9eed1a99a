package org.mizan.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Sentence splitting for Arabic news text. Ends a sentence at {@code . ! ? ؟ …} and line breaks,
 * but not inside quotes ({@code "…" “…” «…» „…“}), not after a one-letter abbreviation
 * ({@code د.}, {@code م.}, {@code U.S.}) and not inside numbers ({@code 2.5}). The Arabic comma and
 * semicolon (، ؛) do not end a sentence. A full stop glued to the next word ends a sentence when
 * both sides are sentence-long ({@code … إلى عدن.وقال الوزير …}).
 */
public final class Sentences {
  private Sentences() {}

  /** Sentence spans of {@code text}, trimmed of surrounding white space, in order. */
  public static List<Span> split(String text) {
    List<Span> out = new ArrayList<>();
    int n = text.length();
    int start = 0;
    int depth = 0; // nesting of paired quotes
    boolean inStraight = false; // inside "…"
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        add(out, text, start, i);
        start = i + 1;
        depth = 0;
        inStraight = false;
        continue;
      }
      if (c == '«' || c == '“' || c == '„') depth++;
      else if ((c == '»' || c == '”') && depth > 0) depth--;
      else if (c == '"') inStraight = !inStraight;
      if (depth > 0 || inStraight) continue;
      if (c == '.' || c == '!' || c == '?' || c == '؟' || c == '…') {
        if (c == '.' && gluedStop(text, start, i)) {
          add(out, text, start, i + 1);
          start = i + 1;
          continue;
        }
        if (c == '.' && isAbbreviationOrNumber(text, i)) continue;
        int j = i + 1;
        while (j < n && isCloser(text.charAt(j))) j++;
        while (j < n && (text.charAt(j) == '.' || text.charAt(j) == '!' || text.charAt(j) == '?'
            || text.charAt(j) == '؟')) j++;
        if (j < n && !Character.isWhitespace(text.charAt(j))) continue; // "..." inside a token
        add(out, text, start, j);
        start = j;
        i = j - 1;
      }
    }
    add(out, text, start, n);
    return out;
  }

  /** The sentences of {@code text} as strings. */
  public static List<String> strings(String text) {
    List<String> out = new ArrayList<>();
    for (Span s : split(text)) out.add(s.of(text));
    return out;
  }

  private static boolean isCloser(char c) {
    return c == '"' || c == '”' || c == '»' || c == ')' || c == '\'' || c == '’';
  }

  private static boolean isAbbreviationOrNumber(String t, int i) {
    if (i + 1 < t.length() && Character.isDigit(t.charAt(i + 1)) && i > 0 && Character.isDigit(t.charAt(i - 1))) {
      return true;
    }
    // letters on both sides (بي.سي, www.site.com): a dot inside a word, not a sentence end
    if (i >= 1 && i + 1 < t.length() && Character.isLetter(t.charAt(i - 1)) && Character.isLetter(t.charAt(i + 1))) {
      return true;
    }
    // a single letter before the dot, preceded by a space or start: an initial or abbreviation
    if (i >= 1 && Character.isLetter(t.charAt(i - 1)) && (i == 1 || !Character.isLetter(t.charAt(i - 2)))) {
      return true;
    }
    return false;
  }

  /** Words each side of a glued stop must have: a short side is a name with initials or a list item. */
  static final int GLUED_MIN_WORDS = 3;

  /**
   * A full stop a page printed with no space after it ({@code … إلى عدن.وقال الوزير …}): between two Arabic
   * letters, after a word of three letters or more (not an initial or an abbreviation such as {@code د.}),
   * with {@link #GLUED_MIN_WORDS} words on each side up to the sentence's other end, and not inside a dotted
   * acronym.
   */
  private static boolean gluedStop(String t, int start, int i) {
    if (i < 1 || i + 1 >= t.length() || !ArabicNormalization.isArabicLetter(t.charAt(i - 1))
        || !ArabicNormalization.isArabicLetter(t.charAt(i + 1))) {
      return false;
    }
    int wordStart = i;
    while (wordStart > start && !Character.isWhitespace(t.charAt(wordStart - 1))) wordStart--;
    if (i - wordStart < 3 || words(t, start, i) < GLUED_MIN_WORDS) return false;
    // a dotted acronym (بي.بي.سي، إن.بي.سي) has another dot in the word before or after
    if (t.lastIndexOf('.', i - 1) >= wordStart) return false;
    for (int k = i + 1; k < t.length() && !Character.isWhitespace(t.charAt(k)); k++) {
      if (t.charAt(k) == '.') return false;
    }
    int end = i + 1;
    while (end < t.length() && ".!?؟…\n".indexOf(t.charAt(end)) < 0) end++;
    return words(t, i + 1, end) >= GLUED_MIN_WORDS;
  }

  private static int words(String t, int from, int to) {
    int n = 0;
    boolean in = false;
    for (int k = from; k < to; k++) {
      boolean space = Character.isWhitespace(t.charAt(k));
      if (!space && !in) n++;
      in = !space;
    }
    return n;
  }

  private static void add(List<Span> out, String text, int start, int end) {
    while (start < end && Character.isWhitespace(text.charAt(start))) start++;
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
    if (end > start) out.add(new Span(start, end));
  }
}
