package org.mizan.synthesis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Items 0..n−1 joined pairwise into groups (union-find with path halving): the same statement, figure
 * or event told by several articles. Groups are read back keyed by their root, in the order of their
 * first item, each in item order.
 */
final class DisjointSets {
  private final int[] parent;

  DisjointSets(int n) {
    parent = new int[n];
    for (int i = 0; i < n; i++) parent[i] = i;
  }

  /** The root of item {@code i}'s group. */
  int root(int i) {
    while (parent[i] != i) i = parent[i] = parent[parent[i]];
    return i;
  }

  /** Joins the groups of {@code a} and {@code b}; {@code b}'s root becomes the root of both. */
  void join(int a, int b) {
    parent[root(a)] = root(b);
  }

  /** The groups of {@code items} (item {@code i} is the set's item {@code i}), keyed by root. */
  <T> Map<Integer, List<T>> groups(List<T> items) {
    Map<Integer, List<T>> out = new LinkedHashMap<>();
    for (int i = 0; i < items.size(); i++) out.computeIfAbsent(root(i), k -> new ArrayList<>()).add(items.get(i));
    return out;
  }
}
