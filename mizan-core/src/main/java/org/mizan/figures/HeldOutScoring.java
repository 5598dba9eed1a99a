package org.mizan.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mizan.text.ArabicNormalization;

/**
 * Scores figures and text dates against an exhaustive gold ({@code eval/figures/}). Figures: a gold
 * figure is found by a distinct predicted figure of its document with the same value and one of the
 * gold's acceptable units (unit, currency, or counted thing, compared in matching form without
 * clitics); precision is the share of predicted figures that found a gold figure. Dates: a gold date
 * is located by a distinct predicted date whose text overlaps its snippet, and right when the
 * resolved value is equal. Used by {@code mizan eval figures --heldout}.
 */
public final class HeldOutScoring {
  /** A gold figure; {@code units} are the acceptable unit/counted answers, {@code approx} may be null. */
  public record GoldFigure(String doc, String snippet, double value, Set<String> units, String approx) {}

  /** A gold date: its snippet and resolved ISO value. */
  public record GoldDate(String doc, String snippet, String value) {}

  /** Figure counts; {@code approxRight} counts found figures whose approximation is the gold one. */
  public record FigureResult(int gold, int found, int predicted, int approxRight, List<String> misses,
      List<String> extras, List<String> approxWrong) {
    public double recall() {
      return ratio(found, gold);
    }

    public double precision() {
      return ratio(found, predicted);
    }
  }

  /** Date counts: located (a predicted date over the snippet), right (and the same value). */
  public record DateResult(int gold, int located, int right, int predicted, List<String> misses,
      List<String> extras) {
    /** Gold dates found with the right value. */
    public double accuracy() {
      return ratio(right, gold);
    }

    /** Predicted dates that are a gold date with the right value. */
    public double precision() {
      return ratio(right, predicted);
    }
  }

  private HeldOutScoring() {}

  public static FigureResult scoreFigures(Map<String, List<Figure>> predicted, List<GoldFigure> gold) {
    Map<String, boolean[]> used = new java.util.HashMap<>();
    predicted.forEach((d, fs) -> used.put(d, new boolean[fs.size()]));
    int found = 0;
    int approx = 0;
    List<String> misses = new ArrayList<>();
    List<String> approxWrong = new ArrayList<>();
    for (GoldFigure g : gold) {
      List<Figure> fs = predicted.getOrDefault(g.doc(), List.of());
      int hit = -1;
      for (int i = 0; i < fs.size() && hit < 0; i++) {
        if (!used.get(g.doc())[i] && matches(fs.get(i), g)) hit = i;
      }
      if (hit < 0) {
        misses.add(g.doc() + " «" + g.snippet() + "» = " + fmt(g.value()) + " " + g.units());
        continue;
      }
      used.get(g.doc())[hit] = true;
      found++;
      if (java.util.Objects.equals(g.approx(), fs.get(hit).approx())) approx++;
      else approxWrong.add(g.doc() + " «" + g.snippet() + "» " + g.approx() + " (got " + fs.get(hit).approx() + ")");
    }
    List<String> extras = new ArrayList<>();
    int n = 0;
    for (Map.Entry<String, List<Figure>> e : predicted.entrySet()) {
      for (int i = 0; i < e.getValue().size(); i++) {
        n++;
        Figure f = e.getValue().get(i);
        if (!used.get(e.getKey())[i]) {
          extras.add(e.getKey() + " «" + f.text() + "» = " + fmt(f.value()) + " " + f.unit() + " " + f.counted());
        }
      }
    }
    return new FigureResult(gold.size(), found, n, approx, misses, extras, approxWrong);
  }

  /** Same value (0.001 absolute slack for clock times in decimal hours) and an acceptable unit. */
  public static boolean matches(Figure f, GoldFigure g) {
    if (Math.abs(f.value() - g.value()) > Math.max(1e-3, 1e-9 * Math.abs(g.value()))) return false;
    for (String u : g.units()) {
      String want = form(u);
      if (f.unit() != null && form(f.unit()).equals(want)) return true;
      if (f.counted() != null && form(f.counted()).equals(want)) return true;
    }
    return false;
  }

  public static DateResult scoreDates(Map<String, List<TextDate>> predicted, List<GoldDate> gold) {
    Map<String, boolean[]> used = new java.util.HashMap<>();
    predicted.forEach((d, ds) -> used.put(d, new boolean[ds.size()]));
    int located = 0;
    int right = 0;
    List<String> misses = new ArrayList<>();
    for (GoldDate g : gold) {
      List<TextDate> ds = predicted.getOrDefault(g.doc(), List.of());
      int hit = -1;
      for (int pass = 0; pass < 2 && hit < 0; pass++) { // a right value first, so repeated words pair up well
        for (int i = 0; i < ds.size() && hit < 0; i++) {
          boolean ok = !used.get(g.doc())[i] && overlaps(ds.get(i).text(), g.snippet())
              && (pass == 1 || g.value().equals(ds.get(i).value()));
          if (ok) hit = i;
        }
      }
      if (hit < 0) {
        misses.add(g.doc() + " «" + g.snippet() + "» = " + g.value() + " (not found)");
        continue;
      }
      used.get(g.doc())[hit] = true;
      located++;
      if (g.value().equals(ds.get(hit).value())) right++;
      else misses.add(g.doc() + " «" + g.snippet() + "» = " + g.value() + " (got " + ds.get(hit).value() + ")");
    }
    List<String> extras = new ArrayList<>();
    int n = 0;
    for (Map.Entry<String, List<TextDate>> e : predicted.entrySet()) {
      for (int i = 0; i < e.getValue().size(); i++) {
        n++;
        TextDate d = e.getValue().get(i);
        if (!used.get(e.getKey())[i]) extras.add(e.getKey() + " «" + d.text() + "» = " + d.value());
      }
    }
    return new DateResult(gold.size(), located, right, n, misses, extras);
  }

  /** One text contains the other, compared as letters and digits in matching form. */
  static boolean overlaps(String a, String b) {
    String x = letters(a);
    String y = letters(b);
    return !x.isEmpty() && !y.isEmpty() && (x.contains(y) || y.contains(x));
  }

  private static String letters(String s) {
    return ArabicNormalization.normalize(s).replaceAll("[^\\p{L}\\p{Nd}]+", " ").strip();
  }

  private static String form(String s) {
    String n = ArabicNormalization.normalize(s.strip());
    return n.matches("[a-z0-9_]+") ? n : PhraseTable.strip(n);
  }

  private static String fmt(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 0 : (double) a / b;
  }
}
