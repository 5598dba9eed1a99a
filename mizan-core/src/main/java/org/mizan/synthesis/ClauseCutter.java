package org.mizan.synthesis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.mizan.text.Span;

/**
 * Cuts a run-on "sentence" into clause-sized pieces for the report. Some outlets print whole articles
 * with no full stop, or leave a quote mark unclosed so the sentence splitter never ends the sentence;
 * such a sentence of hundreds of words made a summary line or a timeline entry a page long. A piece
 * ends at the first comma or semicolon, or before the first word that opens a new clause ({@code
 * فيما}, {@code وكان}), after {@link #MIN_WORDS} words; a stretch with neither is cut after {@link
 * #MAX_WORDS} words.
 */
final class ClauseCutter {
  /** Sentences up to this many words are left whole. */
  static final int MAX_WORDS = 60;
  /** A piece is not cut shorter than this, so a comma in a list does not make a stub. */
  private static final int MIN_WORDS = 12;
  /** Words that open a new clause of a run-on sentence. */
  private static final Set<String> OPENERS = Set.of("فيما", "بينما", "وكان", "وكانت", "كما", "وفي", "ويأتي",
      "وتأتي", "وذلك", "حيث", "وقال", "وقالت", "وأضاف", "وأضافت", "وأكد", "وأكدت", "وأشار", "وأشارت");

  private ClauseCutter() {}

  /** {@code s} (a span of {@code text}) as pieces of at most about {@link #MAX_WORDS} words, in order. */
  static List<Span> cut(String text, Span s) {
    List<int[]> words = words(text, s);
    if (words.size() <= MAX_WORDS) return List.of(s);
    List<Span> out = new ArrayList<>();
    int from = 0; // first word of the current piece
    for (int w = from + 1; w < words.size(); w++) {
      if (w - from >= MIN_WORDS && boundaryBefore(text, words, w) || w - from >= MAX_WORDS) {
        out.add(piece(text, words, from, w));
        from = w;
      }
    }
    out.add(piece(text, words, from, words.size()));
    return out;
  }

  /** A comma or semicolon, Arabic or Latin: what ends a clause inside a sentence. */
  static boolean clauseMark(char c) {
    return c == '،' || c == ',' || c == '؛' || c == ';';
  }

  private static boolean boundaryBefore(String text, List<int[]> words, int w) {
    int[] prev = words.get(w - 1);
    if (clauseMark(text.charAt(prev[1] - 1))) return true;
    int[] cur = words.get(w);
    return OPENERS.contains(text.substring(cur[0], cur[1]));
  }

  private static Span piece(String text, List<int[]> words, int from, int to) {
    int end = words.get(to - 1)[1];
    if (clauseMark(text.charAt(end - 1)) && end - 1 > words.get(to - 1)[0]) end--;
    return new Span(words.get(from)[0], end);
  }

  /** Start and end of each white-space separated word of {@code s}. */
  static List<int[]> words(String text, Span s) {
    List<int[]> out = new ArrayList<>();
    int i = s.start();
    while (i < s.end()) {
      while (i < s.end() && Character.isWhitespace(text.charAt(i))) i++;
      int j = i;
      while (j < s.end() && !Character.isWhitespace(text.charAt(j))) j++;
      if (j > i) out.add(new int[] {i, j});
      i = j;
    }
    return out;
  }
}
