package org.mizan.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Proclitics for matching: the conjunctions و ف, the prepositions ب ل ك and the article ال / لل.
 *
 * <p>{@link #strip} is the safe, unambiguous form used as {@link Token#stem()}: it removes a clitic
 * chain only when it ends in the article ({@code والولايات} → {@code ولايات}, {@code للأمم} →
 * {@code امم}), because a bare one-letter prefix cannot be told from a root letter without a
 * lexicon ({@code وصل}, {@code بلد}, a name starting with و). {@link #variants} lists every reading,
 * for lookups against a known vocabulary (a gazetteer, an entity table).
 */
public final class Clitics {
  private Clitics() {}

  /** Strips a clitic chain ending in the article from a normalized word; other words are returned as is. */
  public static String strip(String norm) {
    if (norm.length() < 4 || !ArabicNormalization.isArabicLetter(norm.charAt(0))) return norm;
    int p = 0;
    if (isConjunction(norm.charAt(0)) && norm.length() >= 5) p = 1;
    if (norm.startsWith("لل", p) && norm.length() - p - 2 >= 2) return norm.substring(p + 2);
    if (isPreposition(norm.charAt(p)) && norm.startsWith("ال", p + 1) && norm.length() - p - 3 >= 2) {
      return norm.substring(p + 3);
    }
    if (norm.startsWith("ال", p) && norm.length() - p - 2 >= 2) return norm.substring(p + 2);
    return norm;
  }

  /** Whether any reading of a normalized word ({@link #variants}) is in {@code words}. */
  public static boolean anyVariantIn(String norm, java.util.Set<String> words) {
    for (String v : variants(norm)) if (words.contains(v)) return true;
    return false;
  }

  /**
   * Every reading of a normalized word with 0..n proclitics removed, longest first; the article is
   * kept in one reading and dropped in another ({@code للامم} → {@code للامم}, {@code الامم}, {@code امم}).
   * Each variant keeps at least two letters.
   */
  public static List<String> variants(String norm) {
    List<String> out = new ArrayList<>();
    out.add(norm);
    if (norm.isEmpty() || !ArabicNormalization.isArabicLetter(norm.charAt(0))) return out;
    String w = norm;
    if (isConjunction(w.charAt(0)) && w.length() >= 4) {
      w = w.substring(1);
      add(out, w);
    }
    if (w.startsWith("لل") && w.length() >= 4) {
      add(out, "ال" + w.substring(2));
      add(out, w.substring(2));
      return out;
    }
    if (w.length() >= 4 && isPreposition(w.charAt(0))) {
      String rest = w.substring(1);
      add(out, rest);
      w = rest;
    }
    if (w.startsWith("ال") && w.length() >= 4) add(out, w.substring(2));
    return out;
  }

  private static void add(List<String> out, String v) {
    if (v.length() >= 2 && !out.contains(v)) out.add(v);
  }

  private static boolean isConjunction(char c) {
    return c == 'و' || c == 'ف';
  }

  private static boolean isPreposition(char c) {
    return c == 'ب' || c == 'ل' || c == 'ك';
  }
}
