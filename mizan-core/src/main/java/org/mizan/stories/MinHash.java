package org.mizan.stories;

import java.util.List;

/**
 * Word-shingle MinHash: a short signature whose agreement between two texts estimates the Jaccard
 * similarity of their sets of {@value #SHINGLE}-word shingles. Deterministic (fixed seeds), so the
 * same text always gets the same signature.
 */
final class MinHash {
  static final int SHINGLE = 4;
  static final int SIZE = 32;
  static final int BANDS = 8;
  static final int ROWS = SIZE / BANDS;
  private static final long[] SEEDS = new long[SIZE];

  static {
    long x = 0x9E3779B97F4A7C15L;
    for (int i = 0; i < SIZE; i++) {
      x = mix(x + 0x632BE59BD9B4E019L);
      SEEDS[i] = x;
    }
  }

  private MinHash() {}

  /** The signature of a token sequence, or null when it has fewer than {@link #SHINGLE} tokens. */
  static int[] signature(List<String> tokens) {
    if (tokens.size() < SHINGLE) return null;
    int[] sig = new int[SIZE];
    java.util.Arrays.fill(sig, Integer.MAX_VALUE);
    for (int i = 0; i + SHINGLE <= tokens.size(); i++) {
      long h = 1125899906842597L;
      for (int j = i; j < i + SHINGLE; j++) h = 31 * h + tokens.get(j).hashCode() * 0x9E3779B1L;
      for (int k = 0; k < SIZE; k++) {
        int v = (int) (mix(h ^ SEEDS[k]) >>> 33);
        if (v < sig[k]) sig[k] = v;
      }
    }
    return sig;
  }

  /** Estimated Jaccard similarity of two signatures. */
  static double similarity(int[] a, int[] b) {
    int same = 0;
    for (int i = 0; i < SIZE; i++) if (a[i] == b[i]) same++;
    return same / (double) SIZE;
  }

  /** The LSH key of one band of a signature. */
  static long band(int[] sig, int band) {
    long h = band * 0x9E3779B97F4A7C15L;
    for (int i = band * ROWS; i < (band + 1) * ROWS; i++) h = mix(h ^ sig[i]);
    return h;
  }

  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
