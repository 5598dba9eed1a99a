package org.mizan.synthesis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mizan.doc.Document;
import org.mizan.quotes.Quote;
import org.mizan.quotes.SpeakerKinds;
import org.mizan.quotes.StatementGroups;

/**
 * One statement that several outlets print almost word for word, though they name its speaker
 * differently: one gives the minister's name, another only his title, a third no speaker at all.
 * "Who said what" would list it under each form; here it goes to the one person an outlet names
 * (the linked entity), and the title, the anonymous source and the unknown take that name. Two
 * different linked people for one wording stay apart, and so does an institution an outlet names:
 * which attribution is right is not ours to decide.
 */
final class SharedStatements {
  /** Two wordings this alike are one statement (the quotes stage's measure, stricter than its grouping). */
  static final double SIMILARITY = 0.8;
  /** A shorter quote (a stock phrase, a title) is too common to identify a statement. */
  static final int MIN_WORDS = 6;

  private final Map<Quote, Integer> component = new IdentityHashMap<>();
  private final Map<Quote, Quote.Speaker> speaker = new IdentityHashMap<>();

  private SharedStatements() {}

  /** The shared statements of a story's documents; {@code keysOf} gives a quote's {@link StatementGroups#keys}. */
  static SharedStatements of(List<Document> docs, java.util.function.Function<Quote, List<String>> keysOf) {
    SharedStatements out = new SharedStatements();
    List<Quote> quotes = new ArrayList<>();
    List<Integer> docOf = new ArrayList<>();
    List<List<String>> keys = new ArrayList<>();
    List<Set<String>> words = new ArrayList<>();
    for (int d = 0; d < docs.size(); d++) {
      for (Quote q : docs.get(d).quotes()) {
        if (q.text() == null) continue;
        List<String> k = keysOf.apply(q);
        if (k.size() < MIN_WORDS) continue;
        quotes.add(q);
        docOf.add(d);
        keys.add(k);
        words.add(new HashSet<>(k));
      }
    }
    DisjointSets sets = new DisjointSets(quotes.size());
    for (int a = 0; a < quotes.size(); a++) {
      for (int b = a + 1; b < quotes.size(); b++) {
        if (!docOf.get(a).equals(docOf.get(b)) && mayMatch(keys.get(a), keys.get(b), words.get(a), words.get(b))
            && StatementGroups.similarity(keys.get(a), keys.get(b)) >= SIMILARITY) {
          sets.join(a, b);
        }
      }
    }
    for (var g : sets.groups(quotes).entrySet()) {
      if (g.getValue().size() < 2) continue;
      Quote.Speaker named = theOnePerson(g.getValue());
      for (Quote q : g.getValue()) {
        out.component.put(q, g.getKey());
        if (named != null && unnamedOrTitled(q.speaker())) out.speaker.put(q, named);
      }
    }
    return out;
  }

  /**
   * A cheap bound first: the similarity is at most 0.5 + half the share of the shorter text's words
   * found in the other, so a pair whose share is under {@code 2 * SIMILARITY - 1} cannot reach it; a story
   * of thousands of quotes then costs a set lookup per word of most pairs, not a full comparison.
   */
  private static boolean mayMatch(List<String> a, List<String> b, Set<String> wa, Set<String> wb) {
    List<String> shorter = a.size() <= b.size() ? a : b;
    Set<String> other = shorter == a ? wb : wa;
    int found = 0;
    for (String w : shorter) if (other.contains(w)) found++;
    return found >= (2 * SIMILARITY - 1) * shorter.size();
  }

  /** The speaker a quote is listed under: the named person of its shared statement, else its own. */
  Quote.Speaker speaker(Quote q) {
    return speaker.getOrDefault(q, q.speaker());
  }

  /** True when both quotes are copies of one shared statement. */
  boolean same(Quote a, Quote b) {
    Integer x = component.get(a);
    return x != null && x.equals(component.get(b));
  }

  /**
   * A copy whose outlet names no one, an anonymous source, or a bare title gives way to the person
   * another outlet names; one naming an institution keeps it (the ministry's statement and its
   * spokesman's words are both true attributions).
   */
  private static boolean unnamedOrTitled(Quote.Speaker s) {
    return s == null || s.entityId() == null && (s.canonical() == null || !SpeakerKinds.institution(s.canonical()));
  }

  /** The linked speaker of a statement's copies when exactly one entity is named among them, else null. */
  private static Quote.Speaker theOnePerson(List<Quote> copies) {
    Set<String> ids = new LinkedHashSet<>();
    Quote.Speaker first = null;
    for (Quote q : copies) {
      if (q.speaker() == null || q.speaker().entityId() == null) continue;
      if (ids.add(q.speaker().entityId()) && first == null) first = q.speaker();
    }
    return ids.size() == 1 ? first : null;
  }

}
