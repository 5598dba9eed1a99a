package org.mizan.entities;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Word clusters learned without labels: each frequent word gets a context vector (log counts of
 * the most frequent words just before and just after it), then spherical k-means
 * groups words used alike ("names of cities", "reporting verbs", "first names"). Deterministic:
 * files in name order, initial centroids taken from the most frequent words.
 */
public final class WordClusters {
  static final int VOCAB = 40_000, MIN_COUNT = 5, CONTEXT = 300, DIM = 2 * CONTEXT, K = 300, ITERATIONS = 12;

  private WordClusters() {}

  /** Flat clusters (word → id) and the cluster tree (word → path of 0/1 turns after a leading 1 bit). */
  public record Result(Map<String, Integer> flat, Map<String, Integer> paths) {}

  /** Word (normalized) to cluster id, built from the SaudiNewsNet zips under {@code dir}. */
  public static Map<String, Integer> build(Path dir, Consumer<String> log) throws IOException {
    return build(dir, log, false).flat();
  }

  /** Flat clusters and, if asked, the cluster tree, from the SaudiNewsNet zips under {@code dir}. */
  public static Result build(Path dir, Consumer<String> log, boolean tree) throws IOException {
    return build(dir, log, tree, false);
  }

  /** Coarse and fine granularities packed beside the k = 300 id (see {@link #coarse}, {@link #fine}). */
  static final int COARSE_K = 64, FINE_K = 1024;

  /** The k = 300 cluster id of a packed value. */
  public static int flat(int packed) {
    return packed & 0x3FF;
  }

  /** The k = 64 cluster id of a packed value, −1 when the clusters were built without it. */
  static int coarse(int packed) {
    return ((packed >>> 10) & 0x7F) - 1;
  }

  /** The k = 1024 cluster id of a packed value, −1 when the clusters were built without it. */
  static int fine(int packed) {
    return ((packed >>> 17) & 0x7FF) - 1;
  }

  /**
   * Same; with {@code multi}, each word's value also packs its cluster at k = 64 and k = 1024 (the
   * same context vectors clustered coarser and finer), read back with {@link #coarse} and {@link #fine}.
   */
  public static Result build(Path dir, Consumer<String> log, boolean tree, boolean multi) throws IOException {
    CorpusWords corpus = CorpusWords.read(dir, VOCAB, MIN_COUNT);
    List<String[]> docs = corpus.docs();
    Map<String, Integer> freq = corpus.freq();
    List<String> vocab = corpus.vocab();
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
    if (multi) {
      int[] coarse = kmeans(vec, Math.min(COARSE_K, vec.length), log);
      int[] fine = kmeans(vec, Math.min(FINE_K, vec.length), log);
      for (int i = 0; i < assign.length; i++) assign[i] |= (coarse[i] + 1) << 10 | (fine[i] + 1) << 17;
    }
    Map<String, Integer> out = new HashMap<>();
    for (int i = 0; i < vocab.size(); i++) out.put(vocab.get(i), assign[i]);
    Map<String, Integer> paths = new HashMap<>();
    if (tree) {
      int[] path = new int[vec.length];
      int[] all = new int[vec.length];
      for (int i = 0; i < all.length; i++) all[i] = i;
      bisect(vec, all, 1, path);
      for (int i = 0; i < vocab.size(); i++) paths.put(vocab.get(i), path[i]);
      log.accept("cluster tree: " + vocab.size() + " words, depth " + TREE_DEPTH);
    }
    return new Result(out, paths);
  }

  /** Writes clusters as gzip TSV lines {@code word, flat id, tree path} (a cache for repeated training runs). */
  public static void writeCache(Result r, Path file) throws IOException {
    try (var out = new java.io.PrintWriter(new java.io.OutputStreamWriter(
        new java.util.zip.GZIPOutputStream(Files.newOutputStream(file)), java.nio.charset.StandardCharsets.UTF_8))) {
      for (var e : new java.util.TreeMap<>(r.flat()).entrySet()) {
        out.println(e.getKey() + "\t" + e.getValue() + "\t" + r.paths().getOrDefault(e.getKey(), 1));
      }
    }
  }

  /** Reads what {@link #writeCache} wrote. */
  public static Result readCache(Path file) throws IOException {
    Map<String, Integer> flat = new HashMap<>(), paths = new HashMap<>();
    try (var in = new java.io.BufferedReader(new java.io.InputStreamReader(
        new java.util.zip.GZIPInputStream(Files.newInputStream(file)), java.nio.charset.StandardCharsets.UTF_8))) {
      for (String line; (line = in.readLine()) != null; ) {
        String[] p = line.split("\t");
        flat.put(p[0], Integer.parseInt(p[1]));
        if (!p[2].equals("1")) paths.put(p[0], Integer.parseInt(p[2]));
      }
    }
    return new Result(flat, paths);
  }

  static final int TREE_DEPTH = 16, TREE_LEAF = 4, TREE_ITERATIONS = 6;

  /**
   * Top-down binary clustering (bisecting spherical 2-means), a cheap stand-in for Brown clusters:
   * each word gets the path of left/right turns to its leaf, so path prefixes are classes from
   * coarse to fine. {@code members} are sorted by frequency; the first one seeds the left side, the
   * member least like it the right side.
   */
  static void bisect(float[][] vec, int[] members, int prefix, int[] path) {
    int depth = 31 - Integer.numberOfLeadingZeros(prefix);
    for (int m : members) path[m] = prefix;
    if (depth >= TREE_DEPTH || members.length <= TREE_LEAF) return;
    float[] a = vec[members[0]].clone();
    int far = members[0];
    float worst = 2;
    for (int m : members) {
      float d = dot(a, vec[m]);
      if (d < worst) {
        worst = d;
        far = m;
      }
    }
    float[] b = vec[far].clone();
    boolean[] right = new boolean[members.length];
    for (int it = 0; it < TREE_ITERATIONS; it++) {
      float[] sa = new float[DIM], sb = new float[DIM];
      for (int j = 0; j < members.length; j++) {
        float[] v = vec[members[j]];
        right[j] = dot(b, v) > dot(a, v);
        float[] s = right[j] ? sb : sa;
        for (int d = 0; d < DIM; d++) s[d] += v[d];
      }
      normalize(sa);
      normalize(sb);
      a = sa;
      b = sb;
    }
    int nr = 0;
    for (boolean r : right) if (r) nr++;
    if (nr == 0 || nr == members.length) return;
    int[] left = new int[members.length - nr], rightM = new int[nr];
    int li = 0, ri = 0;
    for (int j = 0; j < members.length; j++) {
      if (right[j]) rightM[ri++] = members[j];
      else left[li++] = members[j];
    }
    bisect(vec, left, prefix << 1, path);
    bisect(vec, rightM, (prefix << 1) | 1, path);
  }

  private static float dot(float[] a, float[] b) {
    float s = 0;
    for (int d = 0; d < a.length; d++) s += a[d] * b[d];
    return s;
  }

  private static void normalize(float[] a) {
    double n = 0;
    for (float x : a) n += x * x;
    n = Math.sqrt(n) + 1e-9;
    for (int d = 0; d < a.length; d++) a[d] /= n;
  }

  /** Spherical k-means (cosine), centroids started from the k most frequent words. */
  static int[] kmeans(float[][] vec, int k, Consumer<String> log) {
    return kmeans(vec, k, ITERATIONS, "k-means", log);
  }

  /**
   * Spherical k-means (cosine) over unit vectors sorted by falling frequency, centroids started from
   * evenly spaced frequency ranks; at most {@code iterations} rounds, fewer when no word moves.
   */
  static int[] kmeans(float[][] vec, int k, int iterations, String what, Consumer<String> log) {
    int n = vec.length;
    int dim = n == 0 ? 0 : vec[0].length;
    float[][] c = new float[k][];
    for (int j = 0; j < k; j++) c[j] = vec[j * (n / k)].clone();
    int[] assign = new int[n];
    Arrays.fill(assign, -1);
    for (int it = 0; it < iterations; it++) {
      int moved = 0;
      for (int i = 0; i < n; i++) {
        int best = 0;
        float bestDot = -2;
        for (int j = 0; j < k; j++) {
          float dot = 0;
          float[] cj = c[j];
          float[] v = vec[i];
          for (int d = 0; d < dim; d++) dot += cj[d] * v[d];
          if (dot > bestDot) {
            bestDot = dot;
            best = j;
          }
        }
        if (assign[i] != best) moved++;
        assign[i] = best;
      }
      float[][] sum = new float[k][dim];
      for (int i = 0; i < n; i++) for (int d = 0; d < dim; d++) sum[assign[i]][d] += vec[i][d];
      for (int j = 0; j < k; j++) {
        double norm = 0;
        for (float x : sum[j]) norm += x * x;
        if (norm == 0) continue; // empty cluster keeps its centroid
        norm = Math.sqrt(norm);
        for (int d = 0; d < dim; d++) c[j][d] = (float) (sum[j][d] / norm);
      }
      log.accept(what + " iteration " + (it + 1) + ": " + moved + " words moved");
      if (moved == 0) break;
    }
    return assign;
  }

  /** Lets Jackson read one zip entry without closing the zip stream. */
}
