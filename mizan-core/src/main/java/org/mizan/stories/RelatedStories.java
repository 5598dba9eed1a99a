package org.mizan.stories;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mizan.doc.Document;
import org.mizan.entities.Entity;
import org.mizan.text.Token;
import org.mizan.text.Tokenizer;

/**
 * Stories about one matter that are not one event: a bombing and each party's condemnation of it,
 * a summit and the statements after it, a minister's visit and his next one. Clustering keeps them
 * apart, as it should; this links them so that a reader of one finds the others. Two stories are
 * related when their articles' idf-weighted terms (headline, lead and linked entities, as {@link
 * StoryFeatures} extracts them for clustering) are close: cosine at least {@link #MIN_SIMILARITY}
 * with at least {@link #MIN_SHARED} of their most distinctive terms in common, one of them a linked
 * entity unless the cosine reaches {@link #MIN_UNNAMED_SIMILARITY}. Deterministic: ties
 * go to the story listed first.
 */
public final class RelatedStories {
  /** Least cosine between two stories' term vectors for a link. */
  static final double MIN_SIMILARITY = 0.25;
  /** Least cosine for a link when the two stories' distinctive terms hold no entity in common. */
  static final double MIN_UNNAMED_SIMILARITY = 0.3;
  /** Distinctive terms two stories must share: one shared name alone is a coincidence of actors. */
  static final int MIN_SHARED = 3;
  /** A story's most distinctive terms, the ones candidates are found by. */
  static final int TOP_TERMS = 25;
  /** Most links kept per story. */
  public static final int MAX_LINKS = 5;
  /** Shared terms shown per link. */
  static final int SHOWN = 4;

  private RelatedStories() {}

  /**
   * A related story.
   *
   * @param storyId the other story
   * @param label its label
   * @param similarity cosine of the two stories' term vectors, 0..1
   * @param shared what they have in common, as the articles write it: linked entities' names and
   *     headline words, most distinctive first
   */
  public record Link(String storyId, String label, double similarity, List<String> shared) {
    public Link {
      shared = List.copyOf(shared);
    }
  }

  /** For each story with related ones, its links, most similar first (at most {@link #MAX_LINKS}). */
  public static Map<String, List<Link>> of(List<Story> stories, Collection<Document> docs, List<Entity> entities) {
    Map<String, Document> byId = new HashMap<>();
    for (Document d : docs) byId.put(d.id(), d);
    Map<String, String> names = new HashMap<>();
    for (Entity e : entities) names.put("e:" + e.id(), e.canonical());
    Map<String, Map<String, Double>> tfs = new HashMap<>();
    Idf idf = Idf.standard();
    for (Story s : stories) {
      for (String id : s.documents()) {
        Document d = byId.get(id);
        if (d == null || tfs.containsKey(id)) continue;
        Map<String, Double> tf = StoryFeatures.terms(d);
        tfs.put(id, tf);
        idf.add(tf.keySet());
      }
    }
    List<Map<String, Float>> vectors = new ArrayList<>();
    List<List<String>> tops = new ArrayList<>();
    Map<String, List<Integer>> postings = new HashMap<>();
    for (int k = 0; k < stories.size(); k++) {
      List<Map<String, Float>> docVectors = new ArrayList<>();
      for (String id : stories.get(k).documents()) {
        if (tfs.containsKey(id)) docVectors.add(Vectors.tfidf(tfs.get(id), idf, Integer.MAX_VALUE));
      }
      Map<String, Float> v = Vectors.centroid(docVectors);
      vectors.add(v);
      List<String> top = Vectors.top(v, TOP_TERMS);
      tops.add(top);
      for (String t : top) postings.computeIfAbsent(t, x -> new ArrayList<>()).add(k);
    }
    // each story's headline words, read once, when a link first needs them
    Map<Integer, Map<String, String>> words = new HashMap<>();
    Map<String, Integer> order = new HashMap<>();
    for (int o = 0; o < stories.size(); o++) order.put(stories.get(o).id(), o);
    Map<String, List<Link>> out = new LinkedHashMap<>();
    for (int k = 0; k < stories.size(); k++) {
      Map<Integer, Integer> sharedTop = new HashMap<>();
      for (String t : tops.get(k)) for (int o : postings.get(t)) if (o != k) sharedTop.merge(o, 1, Integer::sum);
      List<Link> links = new ArrayList<>();
      for (var c : sharedTop.entrySet()) {
        if (c.getValue() < MIN_SHARED) continue;
        double sim = Vectors.dot(vectors.get(k), vectors.get(c.getKey()));
        if (sim < MIN_SIMILARITY) continue;
        // a weak likeness with no name in common is a genre (two birth notices, two Eid receptions), not a matter
        if (sim < MIN_UNNAMED_SIMILARITY && !sharesName(tops.get(k), tops.get(c.getKey()))) continue;
        Story other = stories.get(c.getKey());
        List<String> shared = shown(vectors.get(k), vectors.get(c.getKey()), names,
            words.computeIfAbsent(k, x -> headlineWords(stories.get(x), byId)),
            words.computeIfAbsent(c.getKey(), x -> headlineWords(stories.get(x), byId)));
        if (shared.isEmpty()) continue; // a link a reader cannot see the reason for
        links.add(new Link(other.id(), other.label(), Math.round(sim * 1000) / 1000.0, shared));
      }
      links.sort(Comparator.comparingDouble((Link l) -> -l.similarity()).thenComparing(l -> order.get(l.storyId())));
      if (!links.isEmpty()) out.put(stories.get(k).id(), List.copyOf(links.subList(0, Math.min(MAX_LINKS, links.size()))));
    }
    return out;
  }

  /** Whether two stories' most distinctive terms hold one linked entity (a person, place or organisation). */
  private static boolean sharesName(List<String> a, List<String> b) {
    for (String t : a) if (t.startsWith("e:") && b.contains(t)) return true;
    return false;
  }

  /** Surface forms of a story's headline words by clustering term, the shortest (barest) form of each. */
  private static Map<String, String> headlineWords(Story s, Map<String, Document> byId) {
    Map<String, String> out = new HashMap<>();
    for (String id : s.documents()) {
      Document d = byId.get(id);
      if (d == null || d.headline() == null) continue;
      for (Token t : Tokenizer.tokenize(d.headline())) {
        String term = StoryFeatures.term(t);
        if (term == null || t.isNumber()) continue;
        out.merge(term, shownForm(t.text()), RelatedStories::shorter);
      }
    }
    return out;
  }

  /** The shorter of two forms, the first on a tie; either may be null. */
  private static String shorter(String x, String y) {
    if (x == null) return y;
    return y == null || y.length() >= x.length() ? x : y;
  }

  /**
   * A headline word as a reader knows it: a conjunction or preposition before the article is dropped
   * ({@code والزهراء، بالزهراء، للزهراء} → {@code الزهراء}), the article itself kept.
   */
  static String shownForm(String word) {
    java.util.regex.Matcher m = ARTICLE_CHAIN.matcher(word);
    if (m.lookingAt() && word.length() - m.end() >= 3) return "ال" + word.substring(m.end());
    return word;
  }

  /** Proclitics ending in the article; "لل" is لِ + ال with the alef dropped. */
  private static final java.util.regex.Pattern ARTICLE_CHAIN = java.util.regex.Pattern.compile("[وف]?(?:[بك]?ال|لل)");

  /** The shared terms a reader can recognise, most distinctive (highest lesser weight) first. */
  private static List<String> shown(Map<String, Float> a, Map<String, Float> b, Map<String, String> names,
      Map<String, String> wordsA, Map<String, String> wordsB) {
    List<String> shared = new ArrayList<>();
    for (String t : a.keySet()) if (b.containsKey(t)) shared.add(t);
    shared.sort(Comparator.comparingDouble((String t) -> -Math.min(a.get(t), b.get(t))).thenComparing(t -> t));
    List<String> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String t : shared) {
      if (out.size() == SHOWN) break;
      String shownAs = t.startsWith("e:") ? names.get(t) : shorter(wordsA.get(t), wordsB.get(t));
      if (shownAs == null || shownAs.isBlank()) continue;
      // a name's word already shown as part of the name, or the reverse, adds nothing
      if (out.stream().anyMatch(x -> x.contains(shownAs) || shownAs.contains(x))) continue;
      if (seen.add(shownAs)) out.add(shownAs);
    }
    return out;
  }
}
