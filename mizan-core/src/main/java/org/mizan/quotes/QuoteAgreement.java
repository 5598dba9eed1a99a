package org.mizan.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mizan.doc.Document;

/**
 * A silver signal for speaker attribution: the same direct quote printed by several articles
 * (agency copy reprinted, one minister quoted by many papers) should have the same speaker in
 * each. Groups the direct quotes of many documents by their words alone (not by speaker) and says
 * of each group whether its speakers agree ({@link SpeakerAgreement}), disagree, or are partly
 * unknown where another article names the speaker.
 */
public final class QuoteAgreement {
  /** Quotes with fewer content words are too common to show one statement. */
  static final int MIN_KEYS = 5;
  /** Pairs scoring at least this ({@link StatementGroups#similarity}) are the same statement. */
  static final double THRESHOLD = 0.7;
  /** A word pair shared by more quotes than this is too common to propose candidates. */
  private static final int MAX_POSTINGS = 300;

  private QuoteAgreement() {}

  /** What a group's speakers say. */
  public enum Verdict {
    /** Every member names a speaker and all agree. */
    AGREE,
    /** Two members name speakers that do not agree. */
    DISAGREE,
    /** The named members agree; some other member left the speaker unknown. */
    UNKNOWN_VS_NAMED,
    /** No member names a speaker. */
    ALL_UNKNOWN
  }

  /** One quote of a group. */
  public record Member(String docId, int quoteIndex, Quote quote) {}

  /** The same statement in at least two documents, with the verdict on its speakers. */
  public record Group(List<Member> members, Verdict verdict) {
    public Group {
      members = List.copyOf(members);
    }
  }

  /** The groups of the documents' direct quotes, in the order of their first member. */
  public static List<Group> groups(List<Document> docs) {
    List<Member> items = new ArrayList<>();
    List<List<String>> keys = new ArrayList<>();
    for (Document d : docs) {
      for (int i = 0; i < d.quotes().size(); i++) {
        Quote q = d.quotes().get(i);
        if (!"direct".equals(q.kind())) continue;
        List<String> k = StatementGroups.keys(q.text());
        if (k.size() < MIN_KEYS) continue;
        items.add(new Member(d.id(), i, q));
        keys.add(k);
      }
    }
    Map<String, List<Integer>> postings = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      List<String> k = keys.get(i);
      for (int j = 0; j + 1 < k.size(); j++) {
        List<Integer> p = postings.computeIfAbsent(k.get(j) + " " + k.get(j + 1), x -> new ArrayList<>());
        if (p.isEmpty() || p.get(p.size() - 1).intValue() != i) p.add(i);
      }
    }
    int[] parent = new int[items.size()];
    for (int i = 0; i < parent.length; i++) parent[i] = i;
    for (List<Integer> p : postings.values()) {
      if (p.size() < 2 || p.size() > MAX_POSTINGS) continue;
      for (int a = 0; a < p.size(); a++) {
        for (int b = a + 1; b < p.size(); b++) {
          int x = p.get(a);
          int y = p.get(b);
          if (find(parent, x) == find(parent, y) || items.get(x).docId().equals(items.get(y).docId())) continue;
          if (StatementGroups.similarity(keys.get(x), keys.get(y)) >= THRESHOLD) parent[find(parent, x)] = find(parent, y);
        }
      }
    }
    Map<Integer, List<Member>> byRoot = new LinkedHashMap<>();
    for (int i = 0; i < items.size(); i++) byRoot.computeIfAbsent(find(parent, i), r -> new ArrayList<>()).add(items.get(i));
    List<Group> out = new ArrayList<>();
    for (List<Member> ms : byRoot.values()) {
      if (ms.stream().map(Member::docId).distinct().count() < 2) continue;
      out.add(new Group(ms, verdict(ms)));
    }
    return out;
  }

  /** The verdict on a group's speakers: clusters of agreeing named speakers, and the unknowns. */
  static Verdict verdict(List<Member> ms) {
    List<Quote.Speaker> named = new ArrayList<>();
    boolean unknown = false;
    for (Member m : ms) {
      if (SpeakerAgreement.named(m.quote().speaker())) named.add(m.quote().speaker());
      else unknown = true;
    }
    if (named.isEmpty()) return Verdict.ALL_UNKNOWN;
    int[] parent = new int[named.size()];
    for (int i = 0; i < parent.length; i++) parent[i] = i;
    for (int a = 0; a < named.size(); a++) {
      for (int b = a + 1; b < named.size(); b++) {
        if (SpeakerAgreement.agree(named.get(a), named.get(b))) parent[find(parent, a)] = find(parent, b);
      }
    }
    long clusters = java.util.stream.IntStream.range(0, parent.length).filter(i -> find(parent, i) == i).count();
    if (clusters > 1) return Verdict.DISAGREE;
    return unknown ? Verdict.UNKNOWN_VS_NAMED : Verdict.AGREE;
  }

  private static int find(int[] p, int i) {
    while (p[i] != i) {
      p[i] = p[p[i]];
      i = p[i];
    }
    return i;
  }
}
