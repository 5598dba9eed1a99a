package org.mizan.synthesis;

import java.util.Objects;

/**
 * Whether two counted things of figures are one noun printed in two forms, for {@link FigureTable}: the
 * figures stage keeps an accusative's tanween alif when it cannot tell it from the noun ({@code 236.190
 * كرتونا} beside {@code 236190 كرتونا} read as {@code كرتون}), and a masculine sound plural is printed in
 * two cases ({@code مرشحين}, {@code المرشحون}). A feminine plural is another noun than the masculine one
 * ({@code محافظات} governorates, {@code محافظين} governors). Counted things the figures stage names
 * ({@code soldier}, {@code person}) are compared as they are.
 */
final class CountedForms {
  private CountedForms() {}

  /** Whether {@code a} and {@code b} count the same noun. */
  static boolean same(String a, String b) {
    if (Objects.equals(a, b)) return true;
    if (a == null || b == null) return false;
    String x = stem(a);
    String y = stem(b);
    return x.length() >= 3 && x.equals(y);
  }

  /**
   * The noun without a final tanween alif, then without a masculine plural's case ending ({@code ين},
   * {@code ون}) when at least three letters are left; Latin keys ({@code soldier}) are left as they are.
   */
  static String stem(String w) {
    if (w.isEmpty() || w.charAt(0) < '\u0600') return w;
    if (w.endsWith("ا") && !w.endsWith("اا") && w.length() >= 4) w = w.substring(0, w.length() - 1);
    // both forms lose the same letters, so a noun ending like a plural (كرتون) still matches itself
    if ((w.endsWith("ين") || w.endsWith("ون")) && w.length() >= 5) return w.substring(0, w.length() - 2);
    return w;
  }
}
