package org.mizan.synthesis;

import java.util.ArrayList;
import java.util.List;
import org.mizan.text.ArabicNormalization;
import org.mizan.text.Span;

/**
 * Splits two sentences a page printed with no space after the full stop ({@code … إلى عدن.وقال بحاح …}):
 * the sentence splitter wants a space there, so a summary line held two sentences, the second one's
 * speaker and all. A stop between two Arabic letters ends a sentence when the word before it is three
 * letters or more (not an initial or an abbreviation such as {@code د.}) and each side has
 * {@link #MIN_WORDS} words.
 */
final class GluedSentences {
  /** Words each side must have: a short side is a name with initials or a list item. */
  static final int MIN_WORDS = 3;

  private GluedSentences() {}

  /** {@code s} (a span of {@code text}) split at each glued full stop, in order. */
  static List<Span> split(String text, Span s) {
    List<Span> out = new ArrayList<>();
    int from = s.start();
    for (int i = s.start() + 1; i < s.end() - 1; i++) {
      if (text.charAt(i) != '.' || !ArabicNormalization.isArabicLetter(text.charAt(i - 1))
          || !ArabicNormalization.isArabicLetter(text.charAt(i + 1))) continue;
      int wordStart = i;
      while (wordStart > from && !Character.isWhitespace(text.charAt(wordStart - 1))) wordStart--;
      if (i - wordStart < 3 || words(text, from, i) < MIN_WORDS || words(text, i + 1, s.end()) < MIN_WORDS) continue;
      out.add(new Span(from, i + 1));
      from = i + 1;
    }
    out.add(new Span(from, s.end()));
    return out;
  }

  private static int words(String text, int from, int to) {
    String t = text.substring(from, to).strip();
    return t.isEmpty() ? 0 : t.split("\\s+").length;
  }
}
