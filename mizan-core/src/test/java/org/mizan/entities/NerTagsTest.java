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
}
