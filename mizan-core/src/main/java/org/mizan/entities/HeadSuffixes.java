package org.mizan.entities;

import java.util.Collection;

/**
 * A cheap test before reading a word's proclitic variants ({@code Clitics.variants}) against a short
 * list of head words: every variant is a suffix of the word, or the article put back on one after
 * {@code لل}, so a word that ends in no head without its article matches no head at all.
 */
final class HeadSuffixes {
  private HeadSuffixes() {}

  /** The heads (in matching form) without their article: what every word holding one ends with. */
  static String[] cores(Collection<String> heads) {
    return heads.stream().map(h -> h.startsWith("ال") && h.length() > 3 ? h.substring(2) : h).distinct()
        .toArray(String[]::new);
  }

  /** Whether {@code norm} may hold a head behind proclitics: it ends with one of the heads' {@link #cores}. */
  static boolean mayEnd(String norm, String[] cores) {
    for (String c : cores) if (norm.endsWith(c)) return true;
    return false;
  }
}
