package org.mizan.text;

import org.apache.lucene.analysis.ar.ArabicNormalizer;

/**
 * The matching form of Arabic text: no diacritics or tatweel, one alef, alef maqsura as yeh, ta
 * marbuta as heh, ASCII digits, lower-case Latin. Used only for comparing and indexing: displayed
 * text is never altered. Builds on Lucene's {@link ArabicNormalizer} and adds digit folding and
 * hamza-seat folding (ؤ→و, ئ→ي) that news spellings vary on.
 *
 * <p>The output has exactly the characters of the input that survive, so it is not offset-aligned;
 * use {@link Tokenizer} when offsets are needed.
 */
public final class ArabicNormalization {
  private static final ArabicNormalizer LUCENE = new ArabicNormalizer();

  private ArabicNormalization() {}

  /** The matching form of {@code s}. */
  public static String normalize(CharSequence s) {
    char[] buf = new char[s.length()];
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '٠' && c <= '٩') c = (char) ('0' + (c - '٠'));
      else if (c >= '۰' && c <= '۹') c = (char) ('0' + (c - '۰'));
      else if (c == 'ؤ') c = 'و';
      else if (c == 'ئ') c = 'ي';
      else if (c == 'ک') c = 'ك';
      else if (c == 'ی') c = 'ي';
      else if (c < 128 && c >= 'A' && c <= 'Z') c = (char) (c + 32);
      else if (c == '\u200c' || c == '\u200d' || c == '\u200f' || c == '\u200e' || c == '\u00ad') continue;
      buf[n++] = c;
    }
    n = LUCENE.normalize(buf, n);
    return new String(buf, 0, n);
  }

  /**
   * The matching form of one character, or 0 when {@link #normalize} drops it: the same mapping char by
   * char, for scans that must not build the normalized string (hot paths).
   */
  public static char fold(char c) {
    if (c >= '٠' && c <= '٩') return (char) ('0' + (c - '٠'));
    if (c >= '۰' && c <= '۹') return (char) ('0' + (c - '۰'));
    if (c >= 'A' && c <= 'Z') return (char) (c + 32);
    switch (c) {
      case 'ؤ': return 'و';
      case 'ئ', 'ی', 'ى': return 'ي';
      case 'ک': return 'ك';
      case 'آ', 'أ', 'إ': return 'ا';
      case 'ة': return 'ه';
      case '\u200c', '\u200d', '\u200f', '\u200e', '\u00ad', '\u0640': return 0;
      default:
        return c >= '\u064B' && c <= '\u0652' ? 0 : c; // tanween, harakat, shadda, sukun
    }
  }

  /** True for Arabic letters (not digits, diacritics or punctuation). */
  public static boolean isArabicLetter(char c) {
    return (c >= '\u0621' && c <= '\u063A') || (c >= '\u0641' && c <= '\u064A') || (c >= '\u0671' && c <= '\u06D3')
        || c == '\u06D5' || (c >= '\uFB50' && c <= '\uFDFF') || (c >= '\uFE70' && c <= '\uFEFC');
  }

  /** True for harakat, shadda, sukun, superscript alef and tatweel: marks that do not change a word. */
  public static boolean isMark(char c) {
    return (c >= '\u064B' && c <= '\u065F') || c == '\u0670' || c == '\u0640' || (c >= '\u0610' && c <= '\u061A')
        || (c >= '\u06D6' && c <= '\u06ED');
  }
}
