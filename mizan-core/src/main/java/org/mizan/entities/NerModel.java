package org.mizan.entities;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A first-order sequence model over BIO or BIOES tags ({@link NerTags}; PER, ORG, LOC, MISC):
 * hashed feature weights per tag, tag-transition weights, and Viterbi decoding that only follows
 * legal transitions (no I- tag without its B-). Callers always see BIO tags.
 * Trained by {@link NerTrainer} (averaged perceptron) and shipped as one gzip resource with its
 * gazetteer and word clusters. Immutable and thread-safe once built.
 */
public final class NerModel {
  public static final List<String> TAGS =
      List.of("O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC");
  /** Where the shipped model lives on the class path. */
  public static final String RESOURCE = "/org/mizan/entities/ner-model.bin.gz";
  private static final int MAGIC = 0x4D5A4E31, MAGIC2 = 0x4D5A4E32; // "MZN1", "MZN2"

  final int bits;
  /**
   * Weights (bucket * tags.size + tag) as 16-bit fixed point (32767 is {@link #scale}), as the file stores
   * them: half the memory of floats, and tagging is bound by fetching the rows of ~70 features per
   * word from a table of megabytes.
   */
  final short[] weights;
  final float scale;
  final float[] transitions; // (prev * tags.size + tag), prev == tags.size is the sentence start
  final NerFeatures features;
  /** Second pass (null if none): weights over the same features plus {@link NerDocContext}'s. */
  final short[] weights2;
  final float scale2;
  final float[] transitions2;
  /** Both passes' weights per bucket side by side (first pass, then second), null without a second pass. */
  private final short[] both;
  /** Sentences on each side whose first-pass tags the second pass sees. */
  final int window;
  /** The tag set decoded over (BIOES when the features carry {@link NerFeatures#BIOES}). */
  final NerTags tags;

  NerModel(int bits, float[] weights, float[] transitions, NerFeatures features) {
    this(bits, weights, transitions, features, null, null, 0);
  }

  NerModel(int bits, float[] weights, float[] transitions, NerFeatures features,
      float[] weights2, float[] transitions2, int window) {
    this(bits, quantize(weights), scaleOf(weights), transitions, features,
        weights2 == null ? null : quantize(weights2), weights2 == null ? 0 : scaleOf(weights2), transitions2, window);
  }

  private NerModel(int bits, short[] weights, float scale, float[] transitions, NerFeatures features,
      short[] weights2, float scale2, float[] transitions2, int window) {
    this.bits = bits;
    this.weights = weights;
    this.scale = scale;
    this.transitions = transitions;
    this.features = features;
    this.weights2 = weights2;
    this.scale2 = scale2;
    this.transitions2 = transitions2;
    this.window = window;
    this.both = weights2 == null ? null : interleave(weights, weights2, tagSet(features.flags()).size);
    this.tags = tagSet(features.flags());
  }

  static NerTags tagSet(int flags) {
    return (flags & NerFeatures.BIOES) != 0 ? NerTags.BIOES : NerTags.BIO;
  }

  /** The same first pass with a second pass added. */
  NerModel withSecondPass(float[] w2, float[] tr2, int window) {
    return new NerModel(bits, weights, scale, transitions, features, quantize(w2), scaleOf(w2), tr2, window);
  }

  /**
   * The same model with each type's name-opening tags (B-X, and S-X in BIOES) raised by
   * {@code delta[type]} in the last pass (types in the order PER, ORG, LOC, MISC): a prior on how
   * many names of that type to open, for types whose recall lags their precision.
   */
  public NerModel withStartBias(float[] delta) {
    boolean second = weights2 != null;
    short[] w = (second ? weights2 : weights).clone();
    float sc = second ? scale2 : scale;
    int bias = (NerFeatures.mix(1, 0) >>> (32 - bits)) * tags.size; // the always-on feature's row
    for (int t = 1; t < tags.size; t++) {
      if (tags.inside(t)) continue;
      int v = w[bias + t] + Math.round(delta[tags.type(t)] / sc * 32767f);
      w[bias + t] = (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, v));
    }
    return second ? new NerModel(bits, weights, scale, transitions, features, w, scale2, transitions2, window)
        : new NerModel(bits, w, scale, transitions, features, null, 0, null, window);
  }

  private static short[] interleave(short[] a, short[] b, int t) {
    short[] out = new short[a.length * 2];
    for (int k = 0; k < a.length / t; k++) {
      System.arraycopy(a, k * t, out, 2 * k * t, t);
      System.arraycopy(b, k * t, out, 2 * k * t + t, t);
    }
    return out;
  }

  /** Largest magnitude, the weight that 32767 stands for ({@code 1e-9} for all-zero). */
  private static float scaleOf(float[] a) {
    if (a == null) return 0; // a model that only shapes feature rows (training)
    float max = 1e-9f;
    for (float v : a) max = Math.max(max, Math.abs(v));
    return max;
  }

  private static short[] quantize(float[] a) {
    if (a == null) return null;
    float max = scaleOf(a);
    short[] q = new short[a.length];
    for (int i = 0; i < a.length; i++) q[i] = (short) Math.round(a[i] / max * 32767f);
    return q;
  }

  public NerFeatures features() {
    return features;
  }

  private static volatile NerModel shipped;

  /** The model shipped in the jar, loaded once. */
  public static NerModel shipped() {
    NerModel m = shipped;
    if (m == null) {
      synchronized (NerModel.class) {
        if (shipped == null) {
          try (InputStream in = NerModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("NER model resource missing: " + RESOURCE);
            shipped = read(in);
          } catch (IOException e) {
            throw new UncheckedIOException("cannot read NER model " + RESOURCE, e);
          }
        }
        m = shipped;
      }
    }
    return m;
  }

  /** Weight-row offsets of every feature of every token: {@code [token][feature]}. */
  int[][] rows(NerFeatures.Sentence s) {
    return rows(features, s);
  }

  /** Same, with another feature extractor (training folds with their own gazetteer). */
  int[][] rows(NerFeatures features, NerFeatures.Sentence s) {
    int n = s.length();
    int[][] rows = new int[n][];
    int[] f = new int[NerFeatures.MAX_FEATURES];
    int shift = 32 - bits;
    for (int i = 0; i < n; i++) {
      int k = features.extract(s, i, f);
      int[] r = new int[k];
      for (int j = 0; j < k; j++) r[j] = (f[j] >>> shift) * tags.size;
      rows[i] = r;
    }
    return rows;
  }

  /** Best BIO tag indices for a sentence (Viterbi, first pass). */
  int[] decode(NerFeatures.Sentence s) {
    return decode(rows(s));
  }

  /** Best BIO tag indices given the feature rows of each token (Viterbi, first pass). */
  int[] decode(int[][] rows) {
    return tags.toBio(decode(rows, weights, scale, transitions));
  }

  /** Rows of the document features (hashes from {@link NerDocContext}) appended to {@code rows}. */
  int[][] withDocRows(int[][] rows, int[][] doc) {
    int shift = 32 - bits;
    int[][] out = new int[rows.length][];
    for (int i = 0; i < rows.length; i++) {
      int[] r = java.util.Arrays.copyOf(rows[i], rows[i].length + doc[i].length);
      for (int j = 0; j < doc[i].length; j++) r[rows[i].length + j] = (doc[i][j] >>> shift) * tags.size;
      out[i] = r;
    }
    return out;
  }

  /** Tags every sentence of one document: the first pass, then the second pass if the model has one. */
  List<int[]> decodeDocument(List<NerFeatures.Sentence> sents) {
    return decodeDocument(sents, null);
  }

  /**
   * Same; with {@code margins}, also each sentence's margin in the last pass: over its tokens, the
   * least by which the best path beats the best path with another tag there (self-training).
   */
  List<int[]> decodeDocument(List<NerFeatures.Sentence> sents, float[] margins) {
    final int T = tags.size;
    if (weights2 == null) {
      List<int[]> first = new java.util.ArrayList<>(sents.size());
      float step = scale / 32767f;
      for (int j = 0; j < sents.size(); j++) {
        NerFeatures.Sentence s = sents.get(j);
        int[] sum = sums(s, weights, T);
        float[] e = new float[sum.length];
        for (int k = 0; k < e.length; k++) e[k] = sum[k] * step;
        first.add(tags.toBio(viterbi(tags, e, s.length(), transitions)));
        if (margins != null) margins[j] = margin(tags, e, s.length(), transitions);
      }
      return first;
    }
    // one pass over each feature's row sums both passes' weights (interleaved), so the second pass
    // only adds its document features: the same sums as decoding each pass on its own
    List<int[]> first = new java.util.ArrayList<>(sents.size());
    List<int[]> second = new java.util.ArrayList<>(sents.size()); // second-pass integer sums
    float step = scale / 32767f;
    for (NerFeatures.Sentence s : sents) {
      int n = s.length();
      int[] sum = sums(s, both, 2 * T);
      float[] e = new float[n * T];
      int[] sum2 = new int[n * T];
      for (int i = 0; i < n; i++) {
        for (int t = 0; t < T; t++) e[i * T + t] = sum[2 * T * i + t] * step;
        System.arraycopy(sum, 2 * T * i + T, sum2, i * T, T);
      }
      first.add(tags.toBio(viterbi(tags, e, n, transitions)));
      second.add(sum2);
    }
    int[][][] doc = NerDocContext.features(sents, first, window);
    int shift = 32 - bits;
    float step2 = scale2 / 32767f;
    List<int[]> out = new java.util.ArrayList<>(sents.size());
    for (int j = 0; j < sents.size(); j++) {
      int[] sum2 = second.get(j);
      int n = doc[j].length;
      float[] e = new float[n * T];
      for (int i = 0; i < n; i++) {
        for (int h : doc[j][i]) {
          int o = 2 * ((h >>> shift) * T) + T;
          for (int t = 0; t < T; t++) sum2[i * T + t] += both[o + t];
        }
        for (int t = 0; t < T; t++) e[i * T + t] = sum2[i * T + t] * step2;
      }
      out.add(tags.toBio(viterbi(tags, e, n, transitions2)));
      if (margins != null) margins[j] = margin(tags, e, n, transitions2);
    }
    return out;
  }

  /**
   * Integer weight sums {@code [token * width + column]} of every token's features over {@code table}
   * ({@code width} columns per bucket). The parts that depend on one word alone (the word's own
   * features, {@link NerFeatures#local}, and what it gives each neighbour, {@link NerFeatures#neighbour})
   * are summed once per distinct word and kept, so most tokens fetch only their few combined features'
   * rows from the large table; integer sums are exact, so the order does not change the result.
   */
  private int[] sums(NerFeatures.Sentence s, short[] table, int width) {
    int n = s.length();
    int[] out = new int[n * width];
    int[] f = new int[NerFeatures.MAX_FEATURES];
    int[][] parts = new int[n][];
    for (int i = 0; i < n; i++) {
      int[] p = wordSums.get(s.raw[i]);
      if (p == null) {
        p = wordSums(s, i, table, width, f);
        if (wordSums.size() < MAX_CACHED_WORDS) wordSums.putIfAbsent(s.raw[i], p);
      }
      parts[i] = p;
    }
    int[] edges = edgeSums(table, width);
    int shift = 32 - bits;
    final int[] offsets = NerFeatures.NEIGHBOURS;
    for (int i = 0; i < n; i++) {
      int o = i * width;
      System.arraycopy(parts[i], 0, out, o, width);
      for (int q = 0; q < offsets.length; q++) {
        int j = i + offsets[q];
        int[] src = j < 0 || j >= n ? edges : parts[j];
        int from = (q + 1) * width;
        for (int t = 0; t < width; t++) out[o + t] += src[from + t];
      }
      int k = features.context(s, i, f);
      for (int c = 0; c < k; c++) add(out, o, table, (f[c] >>> shift) * width, width);
    }
    return out;
  }

  /** Word {@code i}'s own sums, then what it gives the token at each offset of {@link NerFeatures#NEIGHBOURS}. */
  private int[] wordSums(NerFeatures.Sentence s, int i, short[] table, int width, int[] f) {
    int[] p = new int[(1 + NerFeatures.NEIGHBOURS.length) * width];
    int shift = 32 - bits;
    int k = features.local(s, i, f);
    for (int c = 0; c < k; c++) add(p, 0, table, (f[c] >>> shift) * width, width);
    for (int q = 0; q < NerFeatures.NEIGHBOURS.length; q++) {
      k = features.neighbour(s, i, NerFeatures.NEIGHBOURS[q], f);
      for (int c = 0; c < k; c++) add(p, (q + 1) * width, table, (f[c] >>> shift) * width, width);
    }
    return p;
  }

  /** What a position outside the sentence gives the token at each offset (same layout as {@link #wordSums}). */
  private int[] edgeSums(short[] table, int width) {
    int[] e = edges;
    if (e != null) return e;
    e = new int[(1 + NerFeatures.NEIGHBOURS.length) * width];
    NerFeatures.Sentence none = features.sentence(new String[0]);
    int[] f = new int[NerFeatures.MAX_FEATURES];
    int shift = 32 - bits;
    for (int q = 0; q < NerFeatures.NEIGHBOURS.length; q++) {
      int d = NerFeatures.NEIGHBOURS[q];
      int k = features.neighbour(none, d < 0 ? d : 0, d, f); // before or after an empty sentence
      for (int c = 0; c < k; c++) add(e, (q + 1) * width, table, (f[c] >>> shift) * width, width);
    }
    return edges = e;
  }

  private static void add(int[] sum, int at, short[] table, int from, int width) {
    for (int t = 0; t < width; t++) sum[at + t] += table[from + t];
  }

  /** Per word as printed, {@link #wordSums} (bounded; the values depend only on the word and this model). */
  private final java.util.concurrent.ConcurrentHashMap<String, int[]> wordSums = new java.util.concurrent.ConcurrentHashMap<>();
  private static final int MAX_CACHED_WORDS = 1 << 16;
  private volatile int[] edges;

  /**
   * The least max-marginal margin over the tokens: at each token, the best legal path's score minus
   * the best legal path's with another tag at that token (forward and backward Viterbi scores).
   */
  static float margin(NerTags ts, float[] e, int n, float[] transitions) {
    final int T = ts.size;
    if (n == 0) return 0;
    float ninf = Float.NEGATIVE_INFINITY;
    float[] a = new float[n * T], b = new float[n * T];
    for (int t = 0; t < T; t++) a[t] = ts.canStart[t] ? e[t] + transitions[T * T + t] : ninf;
    for (int i = 1; i < n; i++) {
      for (int t = 0; t < T; t++) {
        float best = ninf;
        for (int p : ts.preds[t]) best = Math.max(best, a[(i - 1) * T + p] + transitions[p * T + t]);
        a[i * T + t] = best + e[i * T + t];
      }
    }
    for (int t = 0; t < T; t++) b[(n - 1) * T + t] = ts.canEnd[t] || t == 0 ? 0 : ninf;
    for (int i = n - 2; i >= 0; i--) {
      java.util.Arrays.fill(b, i * T, i * T + T, ninf);
      for (int t = 0; t < T; t++) {
        float next = b[(i + 1) * T + t] + e[(i + 1) * T + t];
        for (int p : ts.preds[t]) b[i * T + p] = Math.max(b[i * T + p], next + transitions[p * T + t]);
      }
    }
    float least = Float.POSITIVE_INFINITY;
    for (int i = 0; i < n; i++) {
      float first = ninf, second = ninf;
      for (int t = 0; t < T; t++) {
        float v = a[i * T + t] + b[i * T + t];
        if (v > first) {
          second = first;
          first = v;
        } else if (v > second) {
          second = v;
        }
      }
      least = Math.min(least, first - second);
    }
    return least;
  }

  /** BIO tags for the sentences of one document (words as printed), in order. */
  public List<String[]> tagDocument(List<String[]> sentences) {
    List<NerFeatures.Sentence> sents = new java.util.ArrayList<>(sentences.size());
    for (String[] w : sentences) sents.add(features.sentence(w));
    List<String[]> out = new java.util.ArrayList<>(sentences.size());
    for (int[] idx : decodeDocument(sents)) {
      String[] tags = new String[idx.length];
      for (int i = 0; i < idx.length; i++) tags[i] = TAGS.get(idx[i]);
      out.add(tags);
    }
    return out;
  }

  /** Viterbi with the 16-bit weights (summed exactly as integers, then scaled). */
  int[] decode(int[][] rows, short[] w, float scale, float[] tr) {
    final int T = tags.size;
    final float step = scale / 32767f;
    int n = rows.length;
    int[] sum = new int[T];
    float[] e = new float[n * T];
    for (int i = 0; i < n; i++) {
      java.util.Arrays.fill(sum, 0);
      for (int base : rows[i]) for (int t = 0; t < T; t++) sum[t] += w[base + t];
      for (int t = 0; t < T; t++) e[i * T + t] = sum[t] * step;
    }
    return viterbi(tags, e, n, tr);
  }

  /**
   * Viterbi over the tag set {@code ts} (its own indices) with float weights (training); with
   * {@code gold}, {@code cost} is added to every tag but the gold one (cost-augmented training).
   */
  static int[] decode(NerTags ts, int[][] rows, float[] weights, float[] transitions, int[] gold, float cost) {
    final int T = ts.size;
    int n = rows.length;
    float[] e = new float[n * T];
    for (int i = 0; i < n; i++) {
      for (int base : rows[i]) for (int t = 0; t < T; t++) e[i * T + t] += weights[base + t];
      if (gold != null) for (int t = 0; t < T; t++) if (t != gold[i]) e[i * T + t] += cost;
    }
    return viterbi(ts, e, n, transitions);
  }

  /** Best legal path given emission scores {@code e[i * size + tag]}. */
  private static int[] viterbi(NerTags ts, float[] e, int n, float[] transitions) {
    final int T = ts.size;
    int[] out = new int[n];
    if (n == 0) return out;
    float[] score = new float[n * T];
    int[] back = new int[n * T];
    for (int t = 0; t < T; t++) {
      score[t] = ts.canStart[t] ? e[t] + transitions[T * T + t] : Float.NEGATIVE_INFINITY;
    }
    for (int i = 1; i < n; i++) {
      for (int t = 0; t < T; t++) {
        float best = Float.NEGATIVE_INFINITY;
        int arg = 0;
        for (int p : ts.preds[t]) {
          float v = score[(i - 1) * T + p] + transitions[p * T + t];
          if (v > best) {
            best = v;
            arg = p;
          }
        }
        score[i * T + t] = best + e[i * T + t];
        back[i * T + t] = arg;
      }
    }
    int arg = 0; // O can always end
    for (int t = 1; t < T; t++) if (ts.canEnd[t] && score[(n - 1) * T + t] > score[(n - 1) * T + arg]) arg = t;
    for (int i = n - 1; i >= 0; i--) {
      out[i] = arg;
      arg = back[i * T + arg];
    }
    return out;
  }

  /** BIO tags for a sentence of words as printed (a document of one sentence). */
  public String[] tag(String[] words) {
    return tagDocument(List.<String[]>of(words)).get(0);
  }

  public void write(OutputStream os) throws IOException {
    DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(os, 1 << 16), 1 << 16));
    out.writeInt(MAGIC2);
    out.writeInt(bits);
    out.writeInt(features.flags());
    out.writeInt(weights2 == null ? -1 : window);
    writeShorts(out, weights, scale);
    writeFloats(out, transitions);
    if (weights2 != null) {
      writeShorts(out, weights2, scale2);
      writeFloats(out, transitions2);
    }
    writeMap(out, features.gazetteer());
    writeMap(out, features.clusters());
    writeMap(out, features.paths());
    if ((features.flags() & (NerFeatures.MORPH | NerFeatures.TRIG)) != 0) writeMap(out, features.morph());
    out.flush();
    out.close();
  }

  public static NerModel read(InputStream is) throws IOException {
    DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(is, 1 << 16), 1 << 16));
    int magic = in.readInt();
    if (magic != MAGIC && magic != MAGIC2) throw new IOException("not a Mizan NER model");
    int bits = in.readInt();
    int flags = magic == MAGIC2 ? in.readInt() : 0;
    int window = magic == MAGIC2 ? in.readInt() : -1;
    float[] scales = new float[2];
    short[] w = readShorts(in, scales, 0);
    float[] tr = readFloats(in);
    short[] w2 = window >= 0 ? readShorts(in, scales, 1) : null;
    float[] tr2 = window >= 0 ? readFloats(in) : null;
    Map<String, Integer> gaz = readMap(in);
    Map<String, Integer> clusters = readMap(in);
    Map<String, Integer> paths = magic == MAGIC2 ? readMap(in) : Map.of();
    Map<String, Integer> morph = (flags & (NerFeatures.MORPH | NerFeatures.TRIG)) != 0 ? readMap(in) : Map.of();
    return new NerModel(bits, w, scales[0], tr, new NerFeatures(gaz, clusters, paths, morph, flags), w2, scales[1], tr2,
        Math.max(window, 0));
  }

  /** Weights are stored as 16-bit fixed point of the max magnitude, enough for a linear tagger. */
  private static void writeFloats(DataOutputStream out, float[] a) throws IOException {
    writeShorts(out, quantize(a), scaleOf(a));
  }

  private static void writeShorts(DataOutputStream out, short[] a, float scale) throws IOException {
    out.writeInt(a.length);
    out.writeFloat(scale);
    ByteBuffer buf = ByteBuffer.allocate(a.length * 2).order(ByteOrder.BIG_ENDIAN);
    for (short v : a) buf.putShort(v);
    out.write(buf.array());
  }

  /** 16-bit weights; the weight that 32767 stands for goes to {@code scales[slot]}. */
  private static short[] readShorts(DataInputStream in, float[] scales, int slot) throws IOException {
    int n = in.readInt();
    scales[slot] = in.readFloat();
    byte[] b = new byte[n * 2];
    in.readFully(b);
    short[] a = new short[n];
    ByteBuffer.wrap(b).order(ByteOrder.BIG_ENDIAN).asShortBuffer().get(a);
    return a;
  }

  private static float[] readFloats(DataInputStream in) throws IOException {
    int n = in.readInt();
    float scale = in.readFloat() / 32767f;
    byte[] b = new byte[n * 2];
    in.readFully(b);
    ByteBuffer buf = ByteBuffer.wrap(b).order(ByteOrder.BIG_ENDIAN);
    float[] a = new float[n];
    for (int i = 0; i < n; i++) a[i] = buf.getShort() * scale;
    return a;
  }

  private static void writeMap(DataOutputStream out, Map<String, Integer> m) throws IOException {
    out.writeInt(m.size());
    for (var e : new java.util.TreeMap<>(m).entrySet()) {
      out.writeUTF(e.getKey());
      out.writeInt(e.getValue());
    }
  }

  private static Map<String, Integer> readMap(DataInputStream in) throws IOException {
    int n = in.readInt();
    Map<String, Integer> m = new HashMap<>(n * 2);
    for (int i = 0; i < n; i++) m.put(in.readUTF(), in.readInt());
    return java.util.Collections.unmodifiableMap(m);
  }
}
