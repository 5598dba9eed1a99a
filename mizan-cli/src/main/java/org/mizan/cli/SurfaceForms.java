package org.mizan.cli;

import java.util.ArrayList;
import java.util.List;
import org.mizan.text.ArabicNormalization;
import org.mizan.text.Clitics;
import org.mizan.text.Token;
import org.mizan.text.Tokenizer;

/**
 * The matching key of a name as printed, for counting one name across many articles: normalized
 * words joined by a space, the first word without a proclitic chain that ends in the article
 * ({@code وللأمم المتحدة} → {@code الامم المتحده}), so a name keeps its article but not its و, ب, ل.
 */
final class SurfaceForms {
  /** Longest name, in words, that the body scan looks for. */
  static final int MAX_WORDS = 6;

  private SurfaceForms() {}

  /** The key of a printed name, or "" when it has no word. */
  static String key(String printed) {
    List<Token> tokens = Tokenizer.tokenize(printed);
    List<String> words = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) words.add(i == 0 ? firstWord(tokens.get(i).norm()) : tokens.get(i).norm());
    return String.join(" ", words);
  }

  /** The first word of a key: a clitic chain ending in the article becomes the bare article. */
  static String firstWord(String norm) {
    String stripped = Clitics.strip(norm);
    if (stripped.equals(norm)) return norm;
    return "ال" + stripped;
  }

  /**
   * The readings of a body word as the first word of a name: as keyed, and without one or two
   * one-letter proclitics ({@code وبإيران} → {@code بايران}, {@code ايران}), each at least three letters.
   */
  static List<String> firstWordReadings(String norm) {
    List<String> out = new ArrayList<>();
    out.add(firstWord(norm));
    String w = norm;
    for (int i = 0; i < 2 && w.length() >= 4 && isProclitic(w.charAt(0)); i++) {
      w = w.substring(1);
      if (!out.contains(w)) out.add(w);
    }
    return out;
  }

  private static boolean isProclitic(char c) {
    return c == 'و' || c == 'ف' || c == 'ب' || c == 'ل' || c == 'ك';
  }

  /** Whether only spaces separate two tokens of {@code text} (no punctuation, no line break). */
  static boolean adjacent(String text, Token a, Token b) {
    for (int i = a.end(); i < b.start(); i++) if (text.charAt(i) != ' ' && text.charAt(i) != '\u00a0') return false;
    return true;
  }

  static String normalize(String s) {
    return ArabicNormalization.normalize(s);
  }
}
