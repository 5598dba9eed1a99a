package org.mizan.stories;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The learned join decision: a logistic regression over the evidence the clusterer computes for an
 * article against a candidate story ({@link JoinEvidence}), giving the probability that the story is
 * the article's event. The article joins its most probable candidate when that probability reaches
 * {@link #threshold}. Trained by {@code mizan train stories-join} on the labelled story sets (teacher
 * forcing: the stories are the gold ones while examples are collected; then the model's own stories)
 * and shipped as {@code join-model.tsv}, the command in its header; no randomness, so the same data
 * gives the same weights. The default decision of {@link StoryClusterer} since round 9.
 */
public final class JoinModel {
  static final String RESOURCE = "/org/mizan/stories/join-model.tsv";
  private static volatile JoinModel standard;

  private final double[] weights;
  private final double bias;
  private final double threshold;

  public JoinModel(double[] weights, double bias, double threshold) {
    if (weights.length != JoinEvidence.NAMES.size()) {
      throw new IllegalArgumentException(weights.length + " weights for " + JoinEvidence.NAMES.size() + " features");
    }
    this.weights = weights.clone();
    this.bias = bias;
    this.threshold = threshold;
  }

  /** The shipped model, or null when none ships (the clusterer then uses its hand-set rules). */
  public static JoinModel standard() {
    JoinModel m = standard;
    if (m == null) {
      synchronized (JoinModel.class) {
        if (standard == null) standard = load();
        m = standard;
      }
    }
    return m == NONE ? null : m;
  }

  private static final JoinModel NONE = new JoinModel(new double[JoinEvidence.NAMES.size()], 0, 2);

  private static JoinModel load() {
    try (InputStream in = JoinModel.class.getResourceAsStream(RESOURCE)) {
      if (in == null) return NONE;
      return read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /** Probability that the candidate story is the article's event. */
  public double probability(double[] x) {
    double z = bias;
    for (int i = 0; i < weights.length; i++) z += weights[i] * x[i];
    return 1 / (1 + Math.exp(-z));
  }

  /** The names of the features the model weighs, in order. */
  public static List<String> featureNames() {
    return JoinEvidence.NAMES;
  }

  public double threshold() {
    return threshold;
  }

  public JoinModel withThreshold(double t) {
    return new JoinModel(weights, bias, t);
  }

  public double weight(String feature) {
    return weights[JoinEvidence.NAMES.indexOf(feature)];
  }

  /**
   * Fits an L2-regularised logistic regression by Newton's method (features standardised, bias not
   * penalised); deterministic.
   *
   * @param x feature rows ({@link JoinEvidence#features})
   * @param y whether each row's candidate was the article's gold story
   * @param l2 penalty on the standardised weights
   */
  public static JoinModel train(List<double[]> x, List<Boolean> y, double l2, double threshold) {
    int k = JoinEvidence.NAMES.size();
    int n = x.size();
    double[] mean = new double[k];
    double[] sd = new double[k];
    for (double[] r : x) for (int j = 0; j < k; j++) mean[j] += r[j] / n;
    for (double[] r : x) for (int j = 0; j < k; j++) sd[j] += (r[j] - mean[j]) * (r[j] - mean[j]) / n;
    for (int j = 0; j < k; j++) sd[j] = sd[j] < 1e-12 ? 1 : Math.sqrt(sd[j]);
    int d = k + 1; // standardised features, then the bias
    double[] w = new double[d];
    for (int iter = 0; iter < 50; iter++) {
      double[] grad = new double[d];
      double[][] hess = new double[d][d];
      double[] z = new double[d];
      for (int i = 0; i < n; i++) {
        double[] r = x.get(i);
        for (int j = 0; j < k; j++) z[j] = (r[j] - mean[j]) / sd[j];
        z[k] = 1;
        double s = 0;
        for (int j = 0; j < d; j++) s += w[j] * z[j];
        double p = 1 / (1 + Math.exp(-s));
        double g = p - (y.get(i) ? 1 : 0);
        double h = Math.max(p * (1 - p), 1e-9);
        for (int a = 0; a < d; a++) {
          grad[a] += g * z[a];
          for (int b = 0; b <= a; b++) hess[a][b] += h * z[a] * z[b];
        }
      }
      for (int a = 0; a < d; a++) for (int b = 0; b < a; b++) hess[b][a] = hess[a][b];
      for (int j = 0; j < k; j++) {
        grad[j] += l2 * w[j];
        hess[j][j] += l2;
      }
      double[] step = solve(hess, grad);
      double change = 0;
      for (int j = 0; j < d; j++) {
        w[j] -= step[j];
        change = Math.max(change, Math.abs(step[j]));
      }
      if (change < 1e-8) break;
    }
    double[] raw = new double[k];
    double b = w[k];
    for (int j = 0; j < k; j++) {
      raw[j] = w[j] / sd[j];
      b -= w[j] * mean[j] / sd[j];
    }
    return new JoinModel(raw, b, threshold);
  }

  /** Solves {@code a x = b} by Gaussian elimination with partial pivoting (a small dense system). */
  private static double[] solve(double[][] a0, double[] b0) {
    int n = b0.length;
    double[][] a = new double[n][];
    for (int i = 0; i < n; i++) a[i] = a0[i].clone();
    double[] b = b0.clone();
    for (int c = 0; c < n; c++) {
      int p = c;
      for (int r = c + 1; r < n; r++) if (Math.abs(a[r][c]) > Math.abs(a[p][c])) p = r;
      double[] t = a[c];
      a[c] = a[p];
      a[p] = t;
      double tb = b[c];
      b[c] = b[p];
      b[p] = tb;
      if (Math.abs(a[c][c]) < 1e-12) continue;
      for (int r = c + 1; r < n; r++) {
        double f = a[r][c] / a[c][c];
        if (f == 0) continue;
        for (int q = c; q < n; q++) a[r][q] -= f * a[c][q];
        b[r] -= f * b[c];
      }
    }
    double[] x = new double[n];
    for (int r = n - 1; r >= 0; r--) {
      if (Math.abs(a[r][r]) < 1e-12) continue;
      double s = b[r];
      for (int q = r + 1; q < n; q++) s -= a[r][q] * x[q];
      x[r] = s / a[r][r];
    }
    return x;
  }

  /** The model as TSV: one {@code feature<TAB>weight} line per feature, then {@code bias} and {@code threshold}. */
  public String toTsv(String header) {
    StringBuilder b = new StringBuilder();
    for (String line : header.split("\n")) b.append("# ").append(line).append('\n');
    for (int i = 0; i < weights.length; i++) {
      b.append(JoinEvidence.NAMES.get(i)).append('\t').append(String.format(Locale.ROOT, "%.6f", weights[i])).append('\n');
    }
    b.append("bias\t").append(String.format(Locale.ROOT, "%.6f", bias)).append('\n');
    b.append("threshold\t").append(String.format(Locale.ROOT, "%.3f", threshold)).append('\n');
    return b.toString();
  }

  public void write(Path file, String header) throws IOException {
    Files.writeString(file, toTsv(header), StandardCharsets.UTF_8);
  }

  /** A model from {@link #toTsv}; every feature must be given. */
  public static JoinModel read(String tsv) throws IOException {
    double[] w = new double[JoinEvidence.NAMES.size()];
    boolean[] seen = new boolean[w.length];
    double bias = 0;
    double threshold = 0.5;
    List<String> unknown = new ArrayList<>();
    BufferedReader r = new BufferedReader(new java.io.StringReader(tsv));
    for (String line; (line = r.readLine()) != null; ) {
      if (line.isBlank() || line.startsWith("#")) continue;
      String[] f = line.split("\t");
      if (f.length != 2) throw new IOException("join model: bad line: " + line);
      double v;
      try {
        v = Double.parseDouble(f[1].strip());
      } catch (NumberFormatException e) {
        throw new IOException("join model: not a number: " + line);
      }
      switch (f[0]) {
        case "bias" -> bias = v;
        case "threshold" -> threshold = v;
        default -> {
          int i = JoinEvidence.NAMES.indexOf(f[0]);
          if (i < 0) unknown.add(f[0]);
          else {
            w[i] = v;
            seen[i] = true;
          }
        }
      }
    }
    for (int i = 0; i < seen.length; i++) if (!seen[i]) unknown.add("missing " + JoinEvidence.NAMES.get(i));
    if (!unknown.isEmpty()) throw new IOException("join model does not fit the features: " + unknown);
    return new JoinModel(w, bias, threshold);
  }
}
