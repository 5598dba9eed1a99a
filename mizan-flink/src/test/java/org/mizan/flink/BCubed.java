package org.mizan.flink;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** BCubed precision, recall and F1 of a clustering against gold, over the items both contain. */
record BCubed(double precision, double recall, double f1) {

  static BCubed of(Map<String, String> predicted, Map<String, String> gold) {
    Set<String> items = new java.util.TreeSet<>(gold.keySet());
    items.retainAll(predicted.keySet());
    Map<String, List<String>> byPred = group(predicted, items);
    Map<String, List<String>> byGold = group(gold, items);
    double p = 0, r = 0;
    for (String i : items) {
      List<String> sameP = byPred.get(predicted.get(i));
      List<String> sameG = byGold.get(gold.get(i));
      long both = sameP.stream().filter(j -> gold.get(j).equals(gold.get(i))).count();
      p += both / (double) sameP.size();
      r += both / (double) sameG.size();
    }
    p /= items.size();
    r /= items.size();
    return new BCubed(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
  }

  private static Map<String, List<String>> group(Map<String, String> m, Collection<String> items) {
    Map<String, List<String>> out = new HashMap<>();
    for (String i : items) out.computeIfAbsent(m.get(i), k -> new java.util.ArrayList<>()).add(i);
    return out;
  }
}
