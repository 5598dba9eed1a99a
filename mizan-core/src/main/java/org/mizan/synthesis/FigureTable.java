package org.mizan.synthesis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.mizan.doc.Document;
import org.mizan.figures.Figure;
import org.mizan.synthesis.StoryDigest.Citation;
import org.mizan.synthesis.StoryDigest.FigureValue;
import org.mizan.synthesis.StoryDigest.Quantity;
import org.mizan.synthesis.StoryText.Sentence;

/**
 * Groups the figures of a story into quantities. Two figures are the same quantity when they have
 * the same unit and counted thing and either the same value in some shared context, or different
 * values in a very similar context from different articles, provided no one article gives both
 * values (an article giving two values is telling two quantities apart, e.g. this month vs last
 * year).
 */
final class FigureTable {
  /** Context cosine for the same value to count as the same quantity. */
  private static final double SAME_VALUE_CONTEXT = 0.0;
  /** Context cosine for a different value to count as the same quantity (a conflict). */
  private static final double CONFLICT_CONTEXT = 0.45;

  private FigureTable() {}

  record Item(int doc, Figure figure, Sentence sentence) {}

  static List<Quantity> build(StoryText st) {
    List<Item> items = new ArrayList<>();
    for (int d = 0; d < st.docs.size(); d++) {
      for (Figure f : st.docs.get(d).figures()) {
        Sentence s = st.at(d, f.start());
        if (s != null) items.add(new Item(d, f, s));
      }
    }
    int n = items.size();
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) parent[i] = i;
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        Item a = items.get(i);
        Item b = items.get(j);
        if (a.doc() == b.doc() || !sameKind(a.figure(), b.figure())) continue;
        double c = StoryText.cosine(a.sentence().vector(), b.sentence().vector());
        boolean sameValue = a.figure().value() == b.figure().value();
        if (sameValue ? c > SAME_VALUE_CONTEXT
            : c >= CONFLICT_CONTEXT && !givesBoth(items, a.doc(), a.figure(), b.figure())
                && !givesBoth(items, b.doc(), a.figure(), b.figure())) {
          parent[find(parent, i)] = find(parent, j);
        }
      }
    }
    Map<Integer, List<Item>> groups = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(items.get(i));
    List<Quantity> out = new ArrayList<>();
    for (List<Item> g : groups.values()) {
      Set<Integer> docs = new HashSet<>();
      for (Item it : g) docs.add(it.doc());
      if (docs.size() < 2 && groups.size() > 30) continue; // keep big stories readable
      out.add(quantity(st, g));
    }
    out.sort(Comparator.comparing((Quantity q) -> !q.conflict())
        .thenComparing(q -> -q.values().stream().mapToInt(v -> v.outlets().size()).sum()));
    return out;
  }

  private static Quantity quantity(StoryText st, List<Item> g) {
    Map<Double, List<Item>> byValue = new LinkedHashMap<>();
    for (Item it : g) byValue.computeIfAbsent(it.figure().value(), k -> new ArrayList<>()).add(it);
    List<FigureValue> values = new ArrayList<>();
    for (var e : byValue.entrySet()) {
      Set<String> outlets = new LinkedHashSet<>();
      List<Citation> cites = new ArrayList<>();
      for (Item it : e.getValue()) {
        Document d = st.docs.get(it.doc());
        outlets.add(d.outlet() != null ? d.outlet() : "doc:" + d.id());
        cites.add(st.citation(it.doc(), it.figure().start(), it.figure().end()));
      }
      values.add(new FigureValue(e.getKey(), e.getValue().get(0).figure().text(), List.copyOf(outlets), cites));
    }
    boolean conflict = values.size() > 1;
    boolean agreement = !conflict && values.get(0).outlets().size() >= 2;
    Figure f = g.get(0).figure();
    return new Quantity(f.unit(), f.counted(), values, agreement, conflict);
  }

  private static boolean sameKind(Figure a, Figure b) {
    if (a.unit() == null && a.counted() == null) return false; // a bare number: nothing to compare on
    return Objects.equals(a.unit(), b.unit()) && Objects.equals(a.counted(), b.counted());
  }

  private static boolean givesBoth(List<Item> items, int doc, Figure a, Figure b) {
    boolean x = false;
    boolean y = false;
    for (Item it : items) {
      if (it.doc() != doc || !sameKind(it.figure(), a)) continue;
      x |= it.figure().value() == a.value();
      y |= it.figure().value() == b.value();
    }
    return x && y;
  }

  private static int find(int[] p, int i) {
    while (p[i] != i) i = p[i] = p[p[i]];
    return i;
  }
}
