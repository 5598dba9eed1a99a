package org.mizan.entities;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.mizan.ingest.SaudiNewsNet;
import org.mizan.text.Token;
import org.mizan.text.Tokenizer;

/**
 * Word clusters learned without labels: each frequent word gets a context vector (log counts of
 * the most frequent words just before and just after it), then spherical k-means
 * groups words used alike ("names of cities", "reporting verbs", "first names"). Deterministic:
 * files in name order, initial centroids taken from the most frequent words.
 */
public final class WordClusters {
  static final int VOCAB = 40_000, MIN_COUNT = 5, CONTEXT = 300, DIM = 2 * CONTEXT, K = 300, ITERATIONS = 12;

  private WordClusters() {}

  /** Word (normalized) to cluster id, built from the SaudiNewsNet zips under {@code dir}. */
  public static Map<String, Integer> build(Path dir, Consumer<String> log) throws IOException {
    List<String[]> docs = new ArrayList<>();
    Map<String, Integer> freq = new HashMap<>();
    SaudiNewsNet.forEach(dir, a -> {
      List<Token> toks = Tokenizer.tokenize(SaudiNewsNet.nz(a.content()));
      String[] w = new String[toks.size()];
      for (int i = 0; i < w.length; i++) {
        w[i] = toks.get(i).norm();
        freq.merge(w[i], 1, Integer::sum);
      }
      docs.add(w);
    });
    List<String> vocab = freq.entrySet().stream().filter(e -> e.getValue() >= MIN_COUNT)
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(VOCAB).map(Map.Entry::getKey).toList();
    log.accept("clusters: " + docs.size() + " articles, vocabulary " + vocab.size());
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < vocab.size(); i++) index.put(vocab.get(i), i);
    float[][] vec = new float[vocab.size()][DIM];
    for (String[] d : docs) {
      for (int i = 0; i < d.length; i++) {
        Integer wi = index.get(d[i]);
        if (wi == null) continue;
        Integer left = i > 0 ? index.get(d[i - 1]) : null;
        Integer right = i + 1 < d.length ? index.get(d[i + 1]) : null;
        if (left != null && left < CONTEXT) vec[wi][left]++;
        if (right != null && right < CONTEXT) vec[wi][CONTEXT + right]++;
      }
    }
    for (float[] v : vec) {
      double norm = 0;
      for (int k = 0; k < DIM; k++) {
        v[k] = (float) Math.log1p(v[k]);
        norm += v[k] * v[k];
      }
      norm = Math.sqrt(norm) + 1e-9;
      for (int k = 0; k < DIM; k++) v[k] /= norm;
    }
    int[] assign = kmeans(vec, Math.min(K, vec.length), log);
    Map<String, Integer> out = new HashMap<>();
    for (int i = 0; i < vocab.size(); i++) out.put(vocab.get(i), assign[i]);
    return out;
  }

  /** Spherical k-means (cosine), centroids started from the k most frequent words. */
  static int[] kmeans(float[][] vec, int k, Consumer<String> log) {
    int n = vec.length;
    float[][] c = new float[k][];
    for (int j = 0; j < k; j++) c[j] = vec[j * (n / k)].clone();
    int[] assign = new int[n];
    Arrays.fill(assign, -1);
    for (int it = 0; it < ITERATIONS; it++) {
      int moved = 0;
      for (int i = 0; i < n; i++) {
        int best = 0;
        float bestDot = -2;
        for (int j = 0; j < k; j++) {
          float dot = 0;
          float[] cj = c[j];
          float[] v = vec[i];
          for (int d = 0; d < DIM; d++) dot += cj[d] * v[d];
          if (dot > bestDot) {
            bestDot = dot;
            best = j;
          }
        }
        if (assign[i] != best) moved++;
        assign[i] = best;
      }
      float[][] sum = new float[k][DIM];
      for (int i = 0; i < n; i++) for (int d = 0; d < DIM; d++) sum[assign[i]][d] += vec[i][d];
      for (int j = 0; j < k; j++) {
        double norm = 0;
        for (float x : sum[j]) norm += x * x;
        if (norm == 0) continue; // empty cluster keeps its centroid
        norm = Math.sqrt(norm);
        for (int d = 0; d < DIM; d++) c[j][d] = (float) (sum[j][d] / norm);
      }
      log.accept("k-means iteration " + (it + 1) + ": " + moved + " words moved");
      if (moved == 0) break;
    }
    return assign;
  }

  /** Lets Jackson read one zip entry without closing the zip stream. */
}
