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
 * the same unit and counted thing and either the same value in some shared context (also within one
 * article, which then repeats it), or different values in a very similar context from different
 * articles, provided no one article gives both values (an article giving two values is telling two
 * quantities apart, e.g. this month vs last year), not even through a third article. Values that
 * differ only by rounding, or whose approximations overlap ({@code أكثر من 100} and {@code 120}), are
 * listed apart but are no conflict; clock times never conflict, nor do readings at two stated moments
 * (clock times or days) or market readings that state no common moment (a moving price read at two
 * times), nor a running tally (a toll) that a later day's report gives larger.
 */
final class FigureTable {
  /** Context cosine for the same value to count as the same quantity. */
  private static final double SAME_VALUE_CONTEXT = 0.0;
  /** Context cosine for a different value to count as the same quantity (a conflict). */
  private static final double CONFLICT_CONTEXT = 0.45;

  private FigureTable() {}

  /**
   * A figure where its story prints it, with the moments its sentence states (clock times, a
   * session's open or close) and whether it is a market reading ({@link FigureContext#marketReading}).
   */
  record Item(int doc, Figure figure, Sentence sentence, Set<Double> times, boolean market, Set<String> days,
      String published, String period) {}

  /** The story's quantities: conflicts first, then the ones most outlets give. */
  static List<Quantity> build(StoryText st) {
    List<Item> items = items(st);
    Map<Integer, List<Item>> groups = join(items, links(items));
    List<Quantity> out = new ArrayList<>();
    Set<String> storyOutlets = new HashSet<>();
    for (Document d : st.docs) storyOutlets.add(StoryText.outletKey(d.outlet(), d.id()));
    for (List<Item> g : groups.values()) {
      Set<Integer> docs = new HashSet<>();
      for (Item it : g) docs.add(it.doc());
      if (docs.size() < 2 && groups.size() > 30) continue; // keep big stories readable
      Quantity q = quantity(st, g);
      if (storyOutlets.size() >= 2 && oneOutletsOne(q)) continue;
      out.add(q);
    }
    out.sort(Comparator.comparing((Quantity q) -> !q.conflict())
        .thenComparing(q -> -q.values().stream().mapToInt(v -> v.outlets().size()).sum()));
    return out;
  }

  /** Every figure of the story that stands in one of its sentences, in document and figure order. */
  private static List<Item> items(StoryText st) {
    List<Item> items = new ArrayList<>();
    for (int d = 0; d < st.docs.size(); d++) {
      for (Figure f : st.docs.get(d).figures()) {
        Sentence s = st.at(d, f.start());
        if (s != null) items.add(FigureContext.item(st.docs.get(d), d, f, s));
      }
    }
    return items;
  }

  /** Two items that may be one quantity, with the rank of the link and whether they agree. */
  private record Link(int i, int j, double cosine, boolean sameValue) {}

  /** The links between items that may be one quantity, in item order. */
  private static List<Link> links(List<Item> items) {
    int n = items.size();
    List<Set<String>> leads = new ArrayList<>();
    for (Item it : items) leads.add(LeadWords.of(it.sentence(), it.figure()));
    List<Link> links = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        Link l = link(items, leads, i, j);
        if (l != null) links.add(l);
      }
    }
    return links;
  }

  /** The link between items i and j: the same value in some shared context, or a conflict; null when none. */
  private static Link link(List<Item> items, List<Set<String>> leads, int i, int j) {
    Item a = items.get(i);
    Item b = items.get(j);
    if (!sameKind(a.figure(), b.figure())) return null;
    boolean sameValue = a.figure().value() == b.figure().value() || PrintedValues.thousandsOf(a.figure(), b.figure())
        || PrintedValues.thousandsOf(b.figure(), a.figure());
    if (a.doc() == b.doc() && !sameValue) return null;
    // a market reading "by 05:15 GMT" and another "by 10:45 GMT": two moments, not two accounts of one
    if (!sameValue && (FigureContext.atOtherMoments(a, b) || FigureContext.otherPeriods(a, b)
        || PrintedValues.apartInMagnitude(a.figure(), b.figure()))) return null;
    // one article repeating a figure (a lead restated, a copied paragraph) is one row, cited twice
    double c = StoryText.cosine(a.sentence().vector(), b.sentence().vector());
    if (sameValue ? c > SAME_VALUE_CONTEXT
        : c >= CONFLICT_CONTEXT && conflictable(a.figure()) && !givesBoth(items, a.doc(), a.figure(), b.figure())
            && !givesBoth(items, b.doc(), a.figure(), b.figure())) {
      // a conflict is ranked also by the words naming each figure (profit with profit, revenue with
      // revenue) and by how near the two values are, not by where each outlet prints them
      double rank = sameValue ? c : c + LEAD_WEIGHT * LeadWords.overlap(leads.get(i), leads.get(j))
          + NEARNESS_WEIGHT * PrintedValues.nearness(a.figure(), b.figure());
      return new Link(i, j, rank, sameValue);
    }
    return null;
  }

  /**
   * The items joined along their links into groups, one a quantity: agreements first, then the closest
   * conflicts; a link that would put two values of one article in one quantity is skipped (through a
   * third article, "70 up, 67 down" would otherwise become one).
   */
  private static Map<Integer, List<Item>> join(List<Item> items, List<Link> links) {
    int n = items.size();
    links.sort(Comparator.comparing((Link l) -> !l.sameValue()).thenComparingDouble(l -> -l.cosine()));
    DisjointSets sets = new DisjointSets(n);
    List<Map<Integer, Double>> valueOfDoc = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      valueOfDoc.add(new java.util.HashMap<>(Map.of(items.get(i).doc(), items.get(i).figure().value())));
    }
    for (Link l : links) {
      int a = sets.root(l.i());
      int b = sets.root(l.j());
      if (a == b || !consistent(valueOfDoc.get(a), valueOfDoc.get(b))) continue;
      sets.join(a, b);
      valueOfDoc.get(b).putAll(valueOfDoc.get(a));
    }
    return sets.groups(items);
  }

  private static Quantity quantity(StoryText st, List<Item> g) {
    Map<Double, List<Item>> byValue = new LinkedHashMap<>();
    for (Item it : g) byValue.computeIfAbsent(groupedReading(it.figure(), g), k -> new ArrayList<>()).add(it);
    List<FigureValue> values = new ArrayList<>();
    for (var e : byValue.entrySet()) {
      Set<String> outlets = new LinkedHashSet<>();
      List<Citation> cites = new ArrayList<>();
      for (Item it : e.getValue()) {
        Document d = st.docs.get(it.doc());
        outlets.add(StoryText.outletKey(d.outlet(), d.id()));
        cites.add(st.citation(it.doc(), it.figure().start(), it.figure().end()));
      }
      values.add(new FigureValue(e.getKey(), e.getValue().get(0).figure().text(), List.copyOf(outlets), cites));
    }
    List<List<Item>> itemsOf = new ArrayList<>(byValue.values());
    boolean conflict = false;
    boolean sameValue = true; // every pair the same figure, but for rounding
    for (int i = 0; i < values.size() && !conflict; i++) {
      for (int j = i + 1; j < values.size() && !conflict; j++) {
        boolean rounding = PrintedValues.roundingOf(values.get(i), values.get(j));
        sameValue &= rounding;
        // sources disagree only when two outlets do: one outlet's updates (a market at noon and at the
        // close, two days' reports) are the story moving, even where other outlets print one of them
        conflict = !rounding && twoOutlets(values.get(i).outlets(), values.get(j).outlets())
            && !approximately(itemsOf.get(i), itemsOf.get(j));
      }
    }
    Set<String> outlets = new HashSet<>();
    for (FigureValue v : values) outlets.addAll(v.outlets());
    // overlapping approximations (أكثر من 10 / 20) are neither a conflict nor an agreement
    boolean agreement = !conflict && sameValue && outlets.size() >= 2;
    Figure f = g.get(0).figure();
    // the noun in its shortest printed form (كرتون, not the accusative كرتونا another report kept)
    String counted = f.counted();
    for (Item it : g) {
      String c = it.figure().counted();
      if (c != null && counted != null && c.length() < counted.length()) counted = c;
    }
    return new Quantity(f.unit(), counted, values, agreement, conflict);
  }

  /**
   * The figure's value, or a thousand times it when its digits end in a separator and three digits
   * ({@code 973.092 ريال}, {@code 2,804.130}) and another report of the quantity gives that larger
   * value: outlets that group thousands with a dot print {@code 363.869 عاملا} for 363,869 workers,
   * which is the same figure, not a source disagreeing by a factor of a thousand.
   */
  static double groupedReading(Figure f, List<Item> g) {
    double v = f.value();
    String text = org.mizan.text.ArabicNormalization.normalize(f.text());
    for (Item o : g) if (PrintedValues.thousandsOf(f, o.figure())) return o.figure().value();
    // the other way round: grouped digits read as thousands (277,300 مليون) where another report
    // prints the decimal (277.3 مليون) take the other's reading, so both sides share one key
    for (Item o : g) if (PrintedValues.decimalOf(f, o.figure())) return o.figure().value();
    double swapped = PrintedValues.swappedReading(text, v);
    if (!Double.isNaN(swapped)) {
      // both readings of the pair take one key, the one more items print (the larger on a tie): each
      // side taking the other's would only swap the labels of a conflict that is none
      int printed = 0, other = 0;
      double otherValue = Double.NaN;
      for (Item o : g) {
        if (PrintedValues.same(o.figure().value(), v)) printed++;
        else if (PrintedValues.same(o.figure().value(), swapped)) {
          other++;
          otherValue = o.figure().value();
        }
      }
      if (other > 0) return other > printed || other == printed && otherValue > v ? otherValue : v;
    }
    return v;
  }

  /**
   * Whether the quantity is one outlet's "one X" ({@code عملية واحدة}, {@code بمسافة واحدة}): the number
   * one written after its noun is mostly the noun's own indefiniteness, not a figure a source reports,
   * and where no other outlet gives it there is nothing to compare either.
   */
  static boolean oneOutletsOne(Quantity q) {
    if (q.values().size() != 1) return false;
    FigureValue v = q.values().get(0);
    if (v.value() != 1 || v.outlets().size() != 1) return false;
    for (org.mizan.text.Token t : org.mizan.text.Tokenizer.tokenize(v.text())) {
      if (ONE_WORDS.contains(t.norm())) return true;
    }
    return false;
  }

  private static final Set<String> ONE_WORDS = Set.of("واحد", "واحده", "واحدا", "وحيد", "وحيده");

  /** Weight of shared naming words ({@link LeadWords}) when conflicts are ranked. */
  private static final double LEAD_WEIGHT = 0.5;
  /** Weight of nearness of the values when conflicts are ranked. */
  private static final double NEARNESS_WEIGHT = 0.2;

  /**
   * Whether some outlet gives one value and another outlet the other, and no outlet gives both: an
   * outlet printing two values has reported two moments or two events (a market's two sessions that
   * one story joined), it does not disagree with itself.
   */
  private static boolean twoOutlets(List<String> a, List<String> b) {
    return !a.isEmpty() && !b.isEmpty() && java.util.Collections.disjoint(a, b);
  }

  /**
   * Whether some report of one value and some report of the other can both be true: given their
   * approximations, because they were read at two stated clock times or days, or because a tally went on.
   */
  private static boolean approximately(List<Item> a, List<Item> b) {
    for (Item x : a) {
      for (Item y : b) {
        if (PrintedValues.compatible(x.figure(), y.figure()) || FigureContext.atOtherMoments(x, y)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean sameKind(Figure a, Figure b) {
    if (a.unit() == null && a.counted() == null) return false; // a bare number: nothing to compare on
    return Objects.equals(a.unit(), b.unit()) && CountedForms.same(a.counted(), b.counted());
  }

  /** Whether no article has one value in one group and another in the other. */
  private static boolean consistent(Map<Integer, Double> a, Map<Integer, Double> b) {
    for (var e : a.entrySet()) {
      Double other = b.get(e.getKey());
      if (other != null && !other.equals(e.getValue())) return false;
    }
    return true;
  }

  /**
   * Whether different values of this kind can be one quantity reported differently. Clock times
   * cannot: two times in one story are two moments (a time reported differently is a dated-event
   * divergence, see {@code Times}).
   */
  private static boolean conflictable(Figure f) {
    return !"time".equals(f.unit());
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

}
