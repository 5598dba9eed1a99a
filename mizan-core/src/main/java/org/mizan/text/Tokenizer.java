package org.mizan.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into word and number tokens with offsets into the original string. A word is a run of
 * letters (Arabic or other) and Arabic marks; a number is a run of digits (Western or Arabic-Indic)
 * with inner separators ({@code 1,000}, {@code 2.5}, {@code ٢٫٥}). Punctuation is skipped.
 */
public final class Tokenizer {
  private Tokenizer() {}

  /** Texts at least this long are remembered (an article body); short ones are cheap to redo. */
  private static final int MEMO_MIN = 256;

  // Each entity stage tokenizes the same article body again; the last long text a thread tokenized
  // is kept with its tokens so the next stage gets a copy instead of normalising every word again.
  private static final ThreadLocal<Memo> LAST = new ThreadLocal<>();

  private record Memo(String text, List<Token> tokens) {}

  /** The tokens of {@code s}, in order; the list is the caller's to change. */
  public static List<Token> tokenize(String s) {
    if (s.length() < MEMO_MIN) return scan(s);
    Memo last = LAST.get();
    if (last == null || !last.text().equals(s)) {
      last = new Memo(s, List.copyOf(scan(s)));
      LAST.set(last);
    }
    return new ArrayList<>(last.tokens());
  }

  private static List<Token> scan(String s) {
    List<Token> out = new ArrayList<>();
    int n = s.length();
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (isDigit(c)) {
        int j = i + 1;
        while (j < n) {
          char d = s.charAt(j);
          if (isDigit(d)) j++;
          else if (isNumberSeparator(d) && j + 1 < n && isDigit(s.charAt(j + 1))) j += 2;
          else break;
        }
        out.add(token(s, i, j));
        i = j;
      } else if (isWordChar(c) && !ArabicNormalization.isMark(c)) {
        int j = i + 1;
        while (j < n && isWordChar(s.charAt(j)) && !isDigit(s.charAt(j))) j++;
        out.add(token(s, i, j));
        i = j;
      } else {
        i++;
      }
    }
    return out;
  }

  private static Token token(String s, int start, int end) {
    String text = s.substring(start, end);
    String norm = ArabicNormalization.normalize(text);
    return new Token(text, start, end, norm, Clitics.strip(norm));
  }

  static boolean isDigit(char c) {
    return (c >= '0' && c <= '9') || (c >= '٠' && c <= '٩') || (c >= '۰' && c <= '۹');
  }

  private static boolean isNumberSeparator(char c) {
    return c == ',' || c == '.' || c == '٫' || c == '٬';
  }

  static boolean isWordChar(char c) {
    return Character.isLetter(c) || ArabicNormalization.isMark(c) || c == '\u200c' || c == '\u200d';
  }
}
