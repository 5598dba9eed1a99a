package org.mizan.text;

/**
 * Letters added, dropped or changed between two spellings (Levenshtein distance): how far a mistyped
 * outlet name or a transliteration variant ({@code جوزيف} / {@code جوزف}) is from another spelling.
 */
public final class EditDistance {
  private EditDistance() {}

  /** Whether {@code a} and {@code b} are at most {@code max} edits apart. */
  public static boolean within(String a, String b, int max) {
    return Math.abs(a.length() - b.length()) <= max && of(a, b) <= max;
  }

  /** The number of single-letter edits that turn {@code a} into {@code b}. */
  public static int of(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) prev[j] = j;
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        cur[j] = Math.min(sub, Math.min(prev[j], cur[j - 1]) + 1);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
