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
      out[i] = java.util.Arrays.copyOf(f, k);
    }
    return out;
  }
}
