package org.mizan.stories;

import java.util.HashMap;
import java.util.Map;

/**
 * BCubed precision, recall and F1 of a clustering against gold clusters (Bagga and Baldwin): for each
 * item, the share of its predicted cluster that is in its gold cluster (precision) and the share of
 * its gold cluster found in its predicted cluster (recall), averaged over items.
 */
public final class Bcubed {
  private Bcubed() {}

  public record Score(double precision, double recall, double f1, int items, int predictedClusters, int goldClusters) {}

  /** Scores the items of {@code gold} (item → gold cluster); items missing from {@code predicted} count as singletons. */
  public static Score score(Map<String, String> gold, Map<String, String> predicted) {
    Map<String, Map<String, Integer>> overlap = new HashMap<>();
    Map<String, Integer> goldSize = new HashMap<>();
    Map<String, Integer> predSize = new HashMap<>();
    Map<String, String> pred = new HashMap<>();
    for (String item : gold.keySet()) {
      String p = predicted.getOrDefault(item, "\u0000" + item);
      pred.put(item, p);
      goldSize.merge(gold.get(item), 1, Integer::sum);
      predSize.merge(p, 1, Integer::sum);
      overlap.computeIfAbsent(p, k -> new HashMap<>()).merge(gold.get(item), 1, Integer::sum);
    }
    double precision = 0;
    double recall = 0;
    for (String item : gold.keySet()) {
      String g = gold.get(item);
      String p = pred.get(item);
      int both = overlap.get(p).get(g);
      precision += both / (double) predSize.get(p);
      recall += both / (double) goldSize.get(g);
    }
    int n = gold.size();
    precision = n == 0 ? 0 : precision / n;
    recall = n == 0 ? 0 : recall / n;
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    return new Score(precision, recall, f1, n, predSize.size(), goldSize.size());
  }
}
