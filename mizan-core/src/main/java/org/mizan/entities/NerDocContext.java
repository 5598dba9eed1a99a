package org.mizan.entities;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Document-level evidence for the second tagging pass: how the first pass tagged the same word
 * (clitic-stripped stem) elsewhere in a window of neighbouring sentences, and the first-pass tags
 * around the token. A name tagged once is usually the same name everywhere in an article.
 */
final class NerDocContext {
  /** Most feature hashes {@link #extract} adds per token. */
  static final int MAX_FEATURES = 16;

  private final Map<String, int[]> counts = new HashMap<>(); // stem -> {untagged, PER, ORG, LOC, MISC}
  private final Map<Long, int[]> chunks = new HashMap<>(); // stems of a first-pass name -> {0, PER, ...}
  private static final int MAX_CHUNK = 4;

  private NerDocContext() {}

  /** Type slot (1..4) of a tag index of {@link NerModel#TAGS}, 0 for O. */
  static int slot(int tag) {
    return tag == 0 ? 0 : (tag + 1) / 2;
  }

  private void add(NerFeatures.Sentence s, int[] tags, int sign) {
    for (int i = 0; i < tags.length; i++) {
      if (!countable(s.stem[i])) continue;
      counts.computeIfAbsent(s.stem[i], k -> new int[5])[slot(tags[i])] += sign;
    }
    for (int[] c : chunksOf(tags)) {
      if (c[1] - c[0] > MAX_CHUNK) continue;
      chunks.computeIfAbsent(key(s, c[0], c[1]), k -> new int[5])[c[2]] += sign;
    }
  }

  /** First-pass names of a sentence as {start, end, type slot}. */
  private static java.util.List<int[]> chunksOf(int[] tags) {
    java.util.List<int[]> out = new java.util.ArrayList<>();
    for (int i = 0; i < tags.length; ) {
      if (tags[i] == 0) {
        i++;
        continue;
      }
      int slot = slot(tags[i]), j = i + 1;
      while (j < tags.length && tags[j] == 2 * slot) j++; // I- of the same type
      out.add(new int[] {i, j, slot});
      i = j;
    }
    return out;
  }

  /** A 64-bit key of the stems {@code [a, b)}. */
  private static long key(NerFeatures.Sentence s, int a, int b) {
    long k = 0x9E3779B97F4A7C15L;
    for (int i = a; i < b; i++) k = (k ^ s.stem[i].hashCode()) * 0x100000001B3L + s.stem[i].length();
    return k;
  }

  private static boolean countable(String stem) {
    return stem.length() >= 2 && Character.isLetter(stem.charAt(0));
  }

  /**
   * Extra feature hashes for every token of every sentence, given first-pass tags; the window
   * holds the sentences within {@code window} of each one (sliding, so linear in the document).
   */
  static int[][][] features(List<NerFeatures.Sentence> sents, List<int[]> tags, int window) {
    NerDocContext ctx = new NerDocContext();
    int n = sents.size();
    int[][][] out = new int[n][][];
    int hi = -1; // last sentence added
    for (int j = 0; j < n; j++) {
      while (hi < Math.min(n - 1, j + window)) {
        hi++;
        ctx.add(sents.get(hi), tags.get(hi), 1);
      }
      if (j - window - 1 >= 0) ctx.add(sents.get(j - window - 1), tags.get(j - window - 1), -1);
      out[j] = ctx.extract(sents.get(j), tags.get(j));
    }
    return out;
  }

  private int[][] extract(NerFeatures.Sentence s, int[] tags) {
    int[][] out = new int[tags.length][];
    int[] f = new int[MAX_FEATURES];
    boolean[] inName = new boolean[tags.length]; // the stem is part of some first-pass name in the window
    for (int i = 0; i < tags.length; i++) {
      int[] c = countable(s.stem[i]) ? counts.get(s.stem[i]) : null;
      inName[i] = c != null && c[1] + c[2] + c[3] + c[4] > 0;
    }
    Map<Long, Integer> ownNames = new HashMap<>(); // this sentence's own first-pass names: {start,end} -> slot
    for (int[] c : chunksOf(tags)) ownNames.put(((long) c[0] << 32) | c[1], c[2]);
    for (int i = 0; i < tags.length; i++) {
      int k = 0;
      for (int d = -1; d <= 1; d++) {
        int t = i + d < 0 ? -1 : i + d >= tags.length ? -2 : tags[i + d];
        f[k++] = NerFeatures.mix(300 + d + 1, t);
      }
      int[] c = countable(s.stem[i]) ? counts.get(s.stem[i]) : null;
      if (c != null) {
        int own = slot(tags[i]);
        int tagged = 0, best = 0;
        for (int t = 1; t <= 4; t++) {
          int v = c[t] - (own == t ? 1 : 0);
          if (v > 0) {
            f[k++] = NerFeatures.mix(310, t);
            tagged += v;
            if (best == 0 || v > c[best] - (own == best ? 1 : 0)) best = t;
          }
        }
        int untagged = c[0] - (own == 0 ? 1 : 0);
        int total = tagged + untagged;
        if (total > 0) {
          int ratio = tagged == 0 ? 0 : tagged == total ? 3 : 2 * tagged >= total ? 2 : 1;
          f[k++] = NerFeatures.mix(311, ratio);
          f[k++] = NerFeatures.mix(NerFeatures.mix(312, ratio), best);
          f[k++] = NerFeatures.mix(NerFeatures.mix(313, best), tags[i]);
        }
      }
      k = phrase(s, tags, i, inName, ownNames, f, k);
      out[i] = java.util.Arrays.copyOf(f, k);
    }
    return out;
  }

  /**
   * The longest span around token {@code i} whose stems the first pass tagged as a name elsewhere
   * in the window: its type, and where the token sits in it (single, first, inside, last).
   */
  private int phrase(NerFeatures.Sentence s, int[] tags, int i, boolean[] inName, Map<Long, Integer> own, int[] f, int k) {
    if (!inName[i]) return k;
    for (int len = MAX_CHUNK; len >= 1; len--) {
      for (int a = Math.max(0, i - len + 1); a <= i && a + len <= tags.length; a++) {
        boolean ok = true;
        for (int j = a; j < a + len && ok; j++) ok = inName[j];
        if (!ok) continue;
        int[] c = chunks.get(key(s, a, a + len));
        if (c == null) continue;
        Integer mine = own.get(((long) a << 32) | (a + len));
        int best = 0, bestN = 0;
        for (int t = 1; t <= 4; t++) {
          int v = c[t] - (mine != null && mine == t ? 1 : 0);
          if (v > bestN) {
            bestN = v;
            best = t;
          }
        }
        if (best == 0) continue;
        int pos = len == 1 ? 0 : i == a ? 1 : i == a + len - 1 ? 3 : 2;
        f[k++] = NerFeatures.mix(320, pos * 5 + best);
        f[k++] = NerFeatures.mix(321, Math.min(len, 3) * 5 + best);
        return k;
      }
    }
    return k;
  }
}
