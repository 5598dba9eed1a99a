package org.mizan.stories;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Turns the copy links inside a story into syndication groups: documents connected by copied
 * paragraphs, how much they copied, and the agency the text most likely came from (named in the
 * copied paragraphs, else credited by a member).
 */
final class Syndication {
  static final double NEAR_DUPLICATE = 0.8;

  private Syndication() {}

  static List<Story.SyndicationGroup> groups(StoryCluster c) {
    if (c.links.isEmpty()) return List.of();
    Map<String, String> parent = new HashMap<>();
    for (StoryCluster.Link l : c.links) union(parent, l.doc(), l.otherDoc());
    Map<String, List<StoryCluster.Link>> byRoot = new TreeMap<>();
    for (StoryCluster.Link l : c.links) byRoot.computeIfAbsent(find(parent, l.doc()), k -> new ArrayList<>()).add(l);
    Map<String, Integer> position = new HashMap<>();
    for (int i = 0; i < c.documents.size(); i++) position.put(c.documents.get(i), i);
    List<Story.SyndicationGroup> out = new ArrayList<>();
    for (List<StoryCluster.Link> links : byRoot.values()) {
      Map<String, TreeSet<Integer>> shared = new TreeMap<>();
      Map<String, Integer> agencyVotes = new TreeMap<>();
      boolean allExact = true;
      double best = 0;
      for (StoryCluster.Link l : links) {
        shared.computeIfAbsent(l.doc(), k -> new TreeSet<>()).addAll(l.paragraphs());
        shared.computeIfAbsent(l.otherDoc(), k -> new TreeSet<>()).addAll(l.otherParagraphs());
        allExact &= l.exact();
        best = Math.max(best, l.similarity());
        if (l.agency() != null) agencyVotes.merge(l.agency(), 2, Integer::sum);
      }
      for (String d : shared.keySet()) {
        String a = c.docAgency.get(d);
        if (a != null) agencyVotes.merge(a, 1, Integer::sum);
      }
      List<String> docs = new ArrayList<>(shared.keySet());
      docs.removeIf(d -> !position.containsKey(d));
      if (docs.size() < 2) continue;
      docs.sort((a, b) -> Integer.compare(position.get(a), position.get(b)));
      String agency = null;
      int votes = 0;
      for (Map.Entry<String, Integer> v : agencyVotes.entrySet()) {
        if (v.getValue() > votes) {
          agency = v.getKey();
          votes = v.getValue();
        }
      }
      String kind = allExact ? "exact" : best >= NEAR_DUPLICATE ? "near_duplicate" : "shared_paragraphs";
      Map<String, List<Integer>> paras = new TreeMap<>();
      for (String d : docs) paras.put(d, List.copyOf(shared.get(d)));
      out.add(new Story.SyndicationGroup(docs, kind, agency, Math.round(best * 1000) / 1000.0, paras));
    }
    return out;
  }

  private static String find(Map<String, String> parent, String x) {
    String p = parent.getOrDefault(x, x);
    if (p.equals(x)) return x;
    String r = find(parent, p);
    parent.put(x, r);
    return r;
  }

  private static void union(Map<String, String> parent, String a, String b) {
    String ra = find(parent, a);
    String rb = find(parent, b);
    if (ra.equals(rb)) return;
    if (ra.compareTo(rb) < 0) parent.put(rb, ra);
    else parent.put(ra, rb);
  }

  /** The public record of a working story. */
  static Story story(StoryCluster c) {
    return new Story(c.id, c.label, c.documents, new ArrayList<>(c.outlets), c.firstSeen, c.lastSeen, groups(c));
  }
}
