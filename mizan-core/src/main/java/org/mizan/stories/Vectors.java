package org.mizan.stories;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Sparse tf-idf vectors as term → weight maps. */
final class Vectors {
  static final Comparator<Map.Entry<String, Float>> STRONGEST_FIRST =
      Comparator.<Map.Entry<String, Float>>comparingDouble(e -> -e.getValue()).thenComparing(Map.Entry::getKey);

  private Vectors() {}

  /** Unit tf-idf vector of the {@code keep} strongest terms: (1 + log tf) · idf. */
  static Map<String, Float> tfidf(Map<String, Double> tf, Idf idf, int keep) {
    List<Map.Entry<String, Float>> es = new ArrayList<>(tf.size());
    for (Map.Entry<String, Double> e : tf.entrySet()) {
      double w = (1 + Math.log(Math.max(1.0, e.getValue()))) * idf.idf(e.getKey());
      if (e.getValue() < 1.0) w *= e.getValue();
      es.add(Map.entry(e.getKey(), (float) w));
    }
    es.sort(STRONGEST_FIRST);
    Map<String, Float> out = new HashMap<>();
    double s = 0;
    for (int i = 0; i < es.size() && i < keep; i++) s += (double) es.get(i).getValue() * es.get(i).getValue();
    double n = Math.sqrt(s);
    if (n == 0) return out;
    for (int i = 0; i < es.size() && i < keep; i++) out.put(es.get(i).getKey(), (float) (es.get(i).getValue() / n));
    return out;
  }

  static double dot(Map<String, Float> a, Map<String, Float> b) {
    Map<String, Float> small = a.size() <= b.size() ? a : b;
    Map<String, Float> big = small == a ? b : a;
    double d = 0;
    for (Map.Entry<String, Float> e : small.entrySet()) {
      Float v = big.get(e.getKey());
      if (v != null) d += (double) v * e.getValue();
    }
    return d;
  }

  /** The strongest {@code k} terms of a vector, strongest first. */
  static List<String> top(Map<String, Float> v, int k) {
    List<Map.Entry<String, Float>> es = new ArrayList<>(v.entrySet());
    es.sort(STRONGEST_FIRST);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < es.size() && i < k; i++) out.add(es.get(i).getKey());
    return out;
  }

  static Map<String, Float> truncate(Map<String, Float> v, int k) {
    Map<String, Float> out = new HashMap<>();
    for (String t : top(v, k)) out.put(t, v.get(t));
    return out;
  }

  /** The mean of unit vectors (a group's centroid), itself of unit length. */
  static Map<String, Float> centroid(List<Map<String, Float>> vs) {
    Map<String, Double> sum = new HashMap<>();
    for (Map<String, Float> v : vs) for (Map.Entry<String, Float> e : v.entrySet()) sum.merge(e.getKey(), (double) e.getValue(), Double::sum);
    double s = 0;
    for (double w : sum.values()) s += w * w;
    Map<String, Float> out = new HashMap<>();
    if (s == 0) return out;
    double n = Math.sqrt(s);
    for (Map.Entry<String, Double> e : sum.entrySet()) out.put(e.getKey(), (float) (e.getValue() / n));
    return out;
  }
}
