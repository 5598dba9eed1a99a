package org.mizan.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The word-vector classes: k-means over unit vectors, and the packed class ids. */
class WordVectorsTest {
  private static float[] unit(int axis, float noise) {
    float[] v = new float[WordVectors.DIM];
    v[axis] = 1;
    v[(axis + 7) % v.length] = noise;
    float n = (float) Math.sqrt(1 + noise * noise);
    for (int d = 0; d < v.length; d++) v[d] /= n;
    return v;
  }

  @Test
  void kmeansGroupsVectorsThatPointTheSameWay() {
    float[][] vec = new float[20][];
    for (int i = 0; i < 20; i++) vec[i] = unit(i % 2 == 0 ? 0 : 3, 0.05f * (i % 5));
    int[] a = WordVectors.kmeans(vec, 2, m -> {});
    for (int i = 0; i < 20; i++) assertThat(a[i]).as("word %d", i).isEqualTo(a[i % 2]);
    assertThat(a[0]).isNotEqualTo(a[1]);
  }

  @Test
  void trainingIsDeterministicAndGivesUnitVectors() {
    // trained twice over the same corpus (fixed seed, one thread): the same vectors both times
    List<int[]> docs = List.of(new int[] {0, 1, 2, 0, 3, 2, 4, 1, 5, 4, 3, 5}, new int[] {0, 1, 2, 4, 3, 5});
    int[] count = {3, 3, 3, 3, 3, 3};
    float[][] a = WordVectors.train(docs, count, 1_000_000, m -> {});
    float[][] b = WordVectors.train(docs, count, 1_000_000, m -> {});
    assertThat(a.length).isEqualTo(6);
    for (int i = 0; i < a.length; i++) {
      assertThat(a[i]).containsExactly(b[i]);
      double n = 0;
      for (float x : a[i]) n += x * x;
      assertThat(n).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-4));
    }
  }

  @Test
  void packedClassesReadBack() {
    int packed = (42 + 1) | (321 + 1) << 10;
    assertThat(WordVectors.coarse(packed)).isEqualTo(42);
    assertThat(WordVectors.fine(packed)).isEqualTo(321);
    assertThat(WordVectors.coarse(0)).isEqualTo(-1);
    assertThat(WordVectors.fine(0)).isEqualTo(-1);
  }
}
