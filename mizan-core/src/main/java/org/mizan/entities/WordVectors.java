package org.mizan.entities;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * A second, differently built set of word classes: skip-gram word vectors with negative sampling
 * (word2vec style, trained here on SaudiNewsNet) grouped by spherical k-means at two granularities.
 * Tagging only looks the word's two class ids up (one lookup, like {@link WordClusters}); the
 * vectors themselves are not shipped. Deterministic: one thread, fixed seed, files in name order.
 */
public final class WordVectors {
  static final int VOCAB = 40_000, MIN_COUNT = 5, DIM = 48, WINDOW = 2, NEGATIVE = 4, EPOCHS = 1;
  /** Every how many articles the vectors are trained on (a third of SaudiNewsNet keeps training to a minute or two). */
  static final int EVERY = 3;
  static final int COARSE_K = 100, FINE_K = 500, ITERATIONS = 10;
  static final double SUBSAMPLE = 1e-4;
  static final float RATE = 0.025f;
  private static final long SEED = 42L;

  private WordVectors() {}

  /** The coarse class (0..{@link #COARSE_K}−1) of a packed value, −1 unknown. */
  static int coarse(int packed) {
    return (packed & 0x3FF) - 1;
  }

  /** The fine class (0..{@link #FINE_K}−1) of a packed value, −1 unknown. */
  static int fine(int packed) {
    return ((packed >>> 10) & 0x3FF) - 1;
  }

  /** Word (normalized) to its packed classes, from the SaudiNewsNet zips under {@code dir}. */
  public static Map<String, Integer> build(Path dir, Consumer<String> log) throws IOException {
    CorpusWords corpus = CorpusWords.read(dir, VOCAB, MIN_COUNT);
    List<String[]> docs = corpus.docs();
    Map<String, Integer> freq = corpus.freq();
    List<String> vocab = corpus.vocab();
    Map<String, Integer> index = new HashMap<>();
    long total = 0;
    int[] count = new int[vocab.size()];
    for (int i = 0; i < vocab.size(); i++) {
      index.put(vocab.get(i), i);
      count[i] = freq.get(vocab.get(i));
      total += count[i];
    }
    List<int[]> ids = new ArrayList<>(docs.size());
    for (int a = 0; a < docs.size(); a += EVERY) {
      String[] d = docs.get(a);
      int[] x = new int[d.length];
      for (int i = 0; i < d.length; i++) x[i] = index.getOrDefault(d[i], -1);
      ids.add(x);
    }
    log.accept("word vectors: " + ids.size() + " of " + docs.size() + " articles, vocabulary " + vocab.size());
    float[][] vec = train(ids, count, total, log);
    int[] coarse = kmeans(vec, Math.min(COARSE_K, vec.length), log);
    int[] fine = kmeans(vec, Math.min(FINE_K, vec.length), log);
    Map<String, Integer> out = new HashMap<>();
    for (int i = 0; i < vocab.size(); i++) out.put(vocab.get(i), (coarse[i] + 1) | (fine[i] + 1) << 10);
    return out;
  }

  /** Skip-gram with negative sampling over the vocabulary ids of each article (−1: not in the vocabulary). */
  static float[][] train(List<int[]> docs, int[] count, long total, Consumer<String> log) {
    int v = count.length;
    SplittableRandom rnd = new SplittableRandom(SEED);
    float[][] in = new float[v][DIM], out = new float[v][DIM];
    for (float[] row : in) for (int d = 0; d < DIM; d++) row[d] = (float) ((rnd.nextDouble() - 0.5) / DIM);
    // negative samples from the unigram distribution to the 3/4 power
    int[] table = new int[1 << 22];
    double norm = 0;
    for (int c : count) norm += StrictMath.pow(c, 0.75);
    double acc = 0;
    for (int i = 0, j = 0; i < v; i++) {
      acc += StrictMath.pow(count[i], 0.75) / norm;
      int upto = (int) Math.min(table.length, Math.round(acc * table.length));
      while (j < upto) table[j++] = i;
    }
    double[] keep = new double[v];
    for (int i = 0; i < v; i++) {
      double f = count[i] / (double) total;
      keep[i] = Math.min(1, (Math.sqrt(f / SUBSAMPLE) + 1) * SUBSAMPLE / f);
    }
    float[] grad = new float[DIM];
    long steps = (long) EPOCHS * docs.size(), step = 0;
    int[] kept = new int[1 << 16];
    for (int e = 0; e < EPOCHS; e++) {
      for (int[] doc : docs) {
        if (step % 1000 == 0) log.accept("word vectors: article " + step + " of " + steps);
        float rate = Math.max(RATE * 1e-3f, RATE * (1 - step++ / (float) steps));
        int n = 0;
        if (kept.length < doc.length) kept = new int[doc.length];
        for (int w : doc) if (w >= 0 && rnd.nextDouble() < keep[w]) kept[n++] = w;
        for (int i = 0; i < n; i++) {
          int w = kept[i];
          for (int j = Math.max(0, i - WINDOW); j <= Math.min(n - 1, i + WINDOW); j++) {
            if (j == i) continue;
            float[] h = in[kept[j]];
            java.util.Arrays.fill(grad, 0);
            for (int k = 0; k <= NEGATIVE; k++) {
              int target = k == 0 ? w : table[rnd.nextInt(table.length)];
              if (k > 0 && target == w) continue;
              float[] o = out[target];
              float dot = 0;
              for (int d = 0; d < DIM; d++) dot += h[d] * o[d];
              float g = ((k == 0 ? 1 : 0) - sigmoid(dot)) * rate;
              for (int d = 0; d < DIM; d++) {
                grad[d] += g * o[d];
                o[d] += g * h[d];
              }
            }
            for (int d = 0; d < DIM; d++) h[d] += grad[d];
          }
        }
      }
      log.accept("word vectors: epoch " + (e + 1) + " of " + EPOCHS);
    }
    for (float[] row : in) {
      double s = 0;
      for (float x : row) s += x * x;
      s = Math.sqrt(s) + 1e-9;
      for (int d = 0; d < DIM; d++) row[d] /= s;
    }
    return in;
  }

  private static float sigmoid(float x) {
    return x > 8 ? 1 : x < -8 ? 0 : (float) (1 / (1 + StrictMath.exp(-x)));
  }

  /** Spherical k-means (cosine) over unit vectors, centroids started from evenly spaced frequency ranks. */
  static int[] kmeans(float[][] vec, int k, Consumer<String> log) {
    return WordClusters.kmeans(vec, k, ITERATIONS, "word-vector k-means (k = " + k + ")", log);
  }
}
