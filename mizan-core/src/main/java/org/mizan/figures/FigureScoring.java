package org.mizan.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Scores extracted figures against gold ({@code doc}, {@code value}, {@code unit}): a figure matches
 * when its value is equal and its unit, or else its counted thing, is the gold unit
 * ({@code 600 ألف جندي}: value 600000, counted soldier). Used by {@code mizan eval figures}.
 */
public final class FigureScoring {
  /** A gold figure. */
  public record Gold(String doc, String snippet, double value, String unit) {}

  /** Counts and the gold figures missed. */
  public record Result(int gold, int found, int predicted, int matchedPredictions, List<String> misses) {
    public double recall() {
      return gold == 0 ? 0 : (double) found / gold;
    }

    /** Share of predicted figures that match some gold figure (a lower bound when gold is partial). */
    public double precision() {
      return predicted == 0 ? 0 : (double) matchedPredictions / predicted;
    }
  }

  private FigureScoring() {}

  public static Result score(Map<String, List<Figure>> predicted, List<Gold> gold) {
    int found = 0;
    List<String> misses = new ArrayList<>();
    for (Gold g : gold) {
      boolean ok = predicted.getOrDefault(g.doc(), List.of()).stream().anyMatch(f -> matches(f, g));
      if (ok) found++;
      else misses.add(g.doc() + " " + g.snippet() + " = " + g.value() + " " + g.unit());
    }
    int n = 0;
    int m = 0;
    for (Map.Entry<String, List<Figure>> e : predicted.entrySet()) {
      for (Figure f : e.getValue()) {
        n++;
        if (gold.stream().anyMatch(g -> g.doc().equals(e.getKey()) && matches(f, g))) m++;
      }
    }
    return new Result(gold.size(), found, n, m, misses);
  }

  public static boolean matches(Figure f, Gold g) {
    boolean value = Math.abs(f.value() - g.value()) <= 1e-6 * Math.max(1, Math.abs(g.value()));
    String unit = f.unit() != null ? f.unit() : f.counted();
    return value && g.unit() != null && (g.unit().equals(unit) || g.unit().equals(f.counted()));
  }
}
