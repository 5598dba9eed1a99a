package org.mizan.entities;

import java.util.ArrayList;
import java.util.List;

/**
 * The tag set a {@link NerModel} decodes over: BIO (O, B-X, I-X) or BIOES (O, and B-X, I-X, E-X,
 * S-X: a name's last word and a one-word name get their own tags, which a linear model often
 * separates better). Which transitions are legal, and the conversion to and from the BIO tags of
 * {@link NerModel#TAGS} that the rest of Mizan (and {@link NerDocContext}) reads. Types in the
 * order PER, ORG, LOC, MISC; both sets have O at index 0.
 */
final class NerTags {
  static final NerTags BIO = new NerTags(false), BIOES = new NerTags(true);

  final boolean bioes;
  /** Number of tags. */
  final int size;
  /** Legal previous tags of each tag (the sentence start is not listed: see {@link #canStart}). */
  final int[][] preds;
  final boolean[] canStart, canEnd;
  private final int[] toBio;

  private NerTags(boolean bioes) {
    this.bioes = bioes;
    this.size = bioes ? 17 : 9;
    toBio = new int[size];
    canStart = new boolean[size];
    canEnd = new boolean[size];
    for (int t = 0; t < size; t++) {
      toBio[t] = t == 0 ? 0 : 1 + 2 * type(t) + (inside(t) ? 1 : 0);
      canStart[t] = !inside(t);
      canEnd[t] = !bioes || !opens(t);
    }
    preds = new int[size][];
    for (int t = 0; t < size; t++) {
      List<Integer> p = new ArrayList<>();
      for (int q = 0; q < size; q++) if (allowed(q, t)) p.add(q);
      preds[t] = p.stream().mapToInt(Integer::intValue).toArray();
    }
  }

  /** Type index 0..3 of a non-O tag. */
  int type(int t) {
    return bioes ? (t - 1) / 4 : (t - 1) / 2;
  }

  /** I-X, or E-X in BIOES: a tag that continues the name before it. */
  boolean inside(int t) {
    if (t == 0) return false;
    return bioes ? (t - 1) % 4 == 1 || (t - 1) % 4 == 2 : (t - 1) % 2 == 1;
  }

  /** B-X or I-X in BIOES: the name goes on at the next word. */
  private boolean opens(int t) {
    return bioes && t != 0 && (t - 1) % 4 <= 1;
  }

  private boolean allowed(int prev, int t) {
    if (!inside(t)) return !opens(prev); // O, B-, S- after anything that closed
    if (prev == 0 || type(prev) != type(t)) return false;
    return bioes ? opens(prev) : true; // I-X after B-X or I-X (BIO); I-/E-X after B-/I-X (BIOES)
  }

  /** The BIO index (of {@link NerModel#TAGS}) of a tag of this set. */
  int toBio(int t) {
    return toBio[t];
  }

  /** A whole sequence in BIO indices. */
  int[] toBio(int[] tags) {
    if (!bioes) return tags;
    int[] out = new int[tags.length];
    for (int i = 0; i < tags.length; i++) out[i] = toBio[tags[i]];
    return out;
  }

  /** A sequence of BIO indices in this set (a name's end and one-word names become E-/S-). */
  int[] fromBio(int[] bio) {
    if (!bioes) return bio;
    int[] out = new int[bio.length];
    for (int i = 0; i < bio.length; i++) {
      int b = bio[i];
      if (b == 0) continue;
      int type = (b - 1) / 2;
      boolean begins = (b - 1) % 2 == 0 || i == 0 || bio[i - 1] == 0 || (bio[i - 1] - 1) / 2 != type;
      boolean goesOn = i + 1 < bio.length && bio[i + 1] == 2 + 2 * type;
      out[i] = 1 + 4 * type + (begins ? (goesOn ? 0 : 3) : (goesOn ? 1 : 2));
    }
    return out;
  }
}
