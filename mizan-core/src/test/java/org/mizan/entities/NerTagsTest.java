package org.mizan.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** BIOES conversion and the legal transitions Viterbi follows. */
class NerTagsTest {
  private static int bio(String tag) {
    return NerModel.TAGS.indexOf(tag);
  }

  private static int[] bio(String... tags) {
    int[] out = new int[tags.length];
    for (int i = 0; i < tags.length; i++) out[i] = bio(tags[i]);
    return out;
  }

  @Test
  void bioesMarksEndsAndSingleWordNames() {
    // PER PER | LOC | ORG ORG ORG | stray I-MISC (conlleval reads it as a name start)
    int[] in = bio("B-PER", "I-PER", "O", "B-LOC", "B-ORG", "I-ORG", "I-ORG", "I-MISC");
    int[] out = NerTags.BIOES.fromBio(in);
    // BIOES indices: 1 + 4 * type + {B 0, I 1, E 2, S 3}; types PER 0, ORG 1, LOC 2, MISC 3
    assertThat(out).containsExactly(1, 3, 0, 12, 5, 6, 7, 16);
    assertThat(NerTags.BIOES.toBio(out)).containsExactly(bio("B-PER", "I-PER", "O", "B-LOC", "B-ORG", "I-ORG", "I-ORG", "B-MISC"));
    assertThat(NerTags.BIO.fromBio(in)).containsExactly(in);
  }

  @Test
  void viterbiFollowsOnlyLegalTransitions() {
    Random r = new Random(7);
    for (NerTags ts : new NerTags[] {NerTags.BIO, NerTags.BIOES}) {
      int buckets = 50;
      float[] w = new float[buckets * ts.size];
      float[] tr = new float[(ts.size + 1) * ts.size];
      for (int i = 0; i < w.length; i++) w[i] = (float) r.nextGaussian() * 3;
      for (int i = 0; i < tr.length; i++) tr[i] = (float) r.nextGaussian();
      for (int trial = 0; trial < 200; trial++) {
        int n = 1 + r.nextInt(8);
        int[][] rows = new int[n][];
        for (int i = 0; i < n; i++) rows[i] = new int[] {r.nextInt(buckets) * ts.size, r.nextInt(buckets) * ts.size};
        int[] p = NerModel.decode(ts, rows, w, tr, null, 0);
        assertThat(ts.canStart[p[0]]).isTrue();
        assertThat(ts.canEnd[p[n - 1]]).isTrue();
        for (int i = 1; i < n; i++) assertThat(ts.preds[p[i]]).contains(p[i - 1]);
        // in BIO terms every name is well formed: converting back and forth changes nothing
        int[] b = ts.toBio(p);
        assertThat(ts.toBio(ts.fromBio(b))).containsExactly(b);
        if (ts.bioes) assertThat(ts.fromBio(b)).containsExactly(p);
      }
    }
  }

  @Test
  void marginIsTheGapToTheBestPathWithAnotherTagAtSomeToken() {
    Random r = new Random(11);
    for (NerTags ts : new NerTags[] {NerTags.BIO, NerTags.BIOES}) {
      int T = ts.size;
      for (int trial = 0; trial < 30; trial++) {
        int n = 1 + r.nextInt(3);
        float[] e = new float[n * T];
        float[] tr = new float[(T + 1) * T];
        for (int i = 0; i < e.length; i++) e[i] = (float) r.nextGaussian() * 2;
        for (int i = 0; i < tr.length; i++) tr[i] = (float) r.nextGaussian();
        // brute force over every legal path: the best, then the best that differs at each token
        float best = Float.NEGATIVE_INFINITY;
        int[] arg = null;
        java.util.List<int[]> paths = new java.util.ArrayList<>();
        java.util.List<Float> scores = new java.util.ArrayList<>();
        int total = (int) Math.pow(T, n);
        for (int code = 0; code < total; code++) {
          int[] p = new int[n];
          for (int i = 0, c = code; i < n; i++, c /= T) p[i] = c % T;
          if (!ts.canStart[p[0]] || !(ts.canEnd[p[n - 1]] || p[n - 1] == 0)) continue;
          boolean legal = true;
          float sc = tr[T * T + p[0]] + e[p[0]];
          for (int i = 1; i < n; i++) {
            final int prev = p[i - 1];
            legal &= java.util.Arrays.stream(ts.preds[p[i]]).anyMatch(x -> x == prev);
            sc += tr[prev * T + p[i]] + e[i * T + p[i]];
          }
          if (!legal) continue;
          paths.add(p);
          scores.add(sc);
          if (sc > best) {
            best = sc;
            arg = p;
          }
        }
        float least = Float.POSITIVE_INFINITY;
        for (int i = 0; i < n; i++) {
          float other = Float.NEGATIVE_INFINITY;
          for (int k = 0; k < paths.size(); k++) if (paths.get(k)[i] != arg[i]) other = Math.max(other, scores.get(k));
          least = Math.min(least, best - other);
        }
        assertThat(NerModel.margin(ts, e, n, tr)).isCloseTo(least, org.assertj.core.data.Offset.offset(1e-3f));
      }
    }
  }
}
