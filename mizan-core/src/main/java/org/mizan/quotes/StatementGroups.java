package org.mizan.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mizan.doc.Document;
import org.mizan.text.ArabicNormalization;
import org.mizan.text.Clitics;
import org.mizan.text.Token;
import org.mizan.text.Tokenizer;

/**
 * Finds the same statement across documents: quotes of the same speaker whose words mostly match.
 * Words are compared by a light stem (clitics and common suffixes off) reduced to its consonant
 * skeleton, so spelling and derivation variants still match ({@code الاقتراحات} / {@code المقترحات},
 * {@code أنّنا} / {@code أننا}); the score mixes word and word-pair containment.
 */
public final class StatementGroups {
  /** Pairs scoring at least this are the same statement. */
  public static final double THRESHOLD = 0.55;
  private static final Set<String> STOP = Set.of("في", "من", "علي", "الي", "عن", "مع", "ان", "او", "ما", "لا", "لم",
      "لن", "هو", "هي", "قد", "كل", "بعض", "هذا", "هذه", "ذلك", "التي", "الذي");

  private StatementGroups() {}

  /** Groups of the same statement by the same speaker in at least two documents, largest first. */
  public static List<StatementGroup> group(List<Document> docs) {
    return group(docs, q -> keys(q.text()));
  }

  /** {@link #group(List)} with each quote's {@link #keys} from {@code keysOf}, for a caller that has them already. */
  public static List<StatementGroup> group(List<Document> docs, java.util.function.Function<Quote, List<String>> keysOf) {
    record Item(String doc, int index, String speakerKey, String speaker, String entityId, List<String> words) {}
    List<Item> items = new ArrayList<>();
    for (Document d : docs) {
      for (int i = 0; i < d.quotes().size(); i++) {
        Quote q = d.quotes().get(i);
        Quote.Speaker s = q.speaker();
        if (s == null) continue;
        String name = s.canonical() != null ? s.canonical() : s.description();
        if (name == null) continue;
        String key = s.entityId() != null ? s.entityId() : ArabicNormalization.normalize(name);
        items.add(new Item(d.id(), i, key, name, s.entityId(), keysOf.apply(q)));
      }
    }
    int[] parent = new int[items.size()];
    for (int i = 0; i < parent.length; i++) parent[i] = i;
    Map<Integer, double[]> scoreSum = new HashMap<>();
    for (int a = 0; a < items.size(); a++) {
      for (int b = a + 1; b < items.size(); b++) {
        Item x = items.get(a);
        Item y = items.get(b);
        if (x.doc().equals(y.doc()) || !sameSpeaker(x.speakerKey(), y.speakerKey())) continue;
        double s = similarity(x.words(), y.words());
        if (s < THRESHOLD) continue;
        int ra = find(parent, a);
        int rb = find(parent, b);
        double[] sa = scoreSum.getOrDefault(ra, new double[2]);
        double[] sb = scoreSum.getOrDefault(rb, new double[2]);
        parent[ra] = rb;
        scoreSum.remove(ra);
        scoreSum.put(rb, new double[] {sa[0] + sb[0] + s, sa[1] + sb[1] + 1});
      }
    }
    Map<Integer, List<Item>> byRoot = new LinkedHashMap<>();
    for (int i = 0; i < items.size(); i++) byRoot.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(items.get(i));
    List<StatementGroup> out = new ArrayList<>();
    for (Map.Entry<Integer, List<Item>> e : byRoot.entrySet()) {
      List<Item> members = e.getValue();
      Set<String> docIds = new HashSet<>();
      for (Item m : members) docIds.add(m.doc());
      if (docIds.size() < 2) continue;
      Map<String, Integer> names = new HashMap<>();
      for (Item m : members) names.merge(m.speaker(), m.speaker().length() * 100 + 1, Integer::sum);
      String speaker = names.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
      double[] sc = scoreSum.get(e.getKey());
      List<StatementGroup.Member> ms = members.stream().map(m -> new StatementGroup.Member(m.doc(), m.index())).toList();
      out.add(new StatementGroup(speaker, members.get(0).entityId(), ms, Math.round(sc[0] / sc[1] * 1000) / 1000.0));
    }
    out.sort((a, b) -> Long.compare(b.documents(), a.documents()));
    return out;
  }

  /** Same speaker: same entity or name, or one is the other's last word (العلي / سامي العلي). */
  static boolean sameSpeaker(String a, String b) {
    if (a.equals(b)) return true;
    String[] wa = a.split(" ");
    String[] wb = b.split(" ");
    return (wa.length == 1 || wb.length == 1) && wa[wa.length - 1].equals(wb[wb.length - 1]);
  }

  /** Similarity of two texts (0..1). */
  public static double similarity(String a, String b) {
    return similarity(keys(a), keys(b));
  }

  /** Similarity of two texts' {@link #keys} (0..1), for callers that compare each text many times. */
  public static double similarity(List<String> a, List<String> b) {
    if (a.isEmpty() || b.isEmpty()) return 0;
    double uni = containment(a, b);
    double bi = containment(pairs(a), pairs(b));
    return a.size() < 2 || b.size() < 2 ? uni : 0.5 * uni + 0.5 * bi;
  }

  private static double containment(List<String> a, List<String> b) {
    if (a.isEmpty() || b.isEmpty()) return 0;
    Map<String, Integer> count = new HashMap<>();
    for (String w : b) count.merge(w, 1, Integer::sum);
    int common = 0;
    for (String w : a) {
      Integer c = count.get(w);
      if (c != null && c > 0) {
        common++;
        count.put(w, c - 1);
      }
    }
    return (double) common / Math.min(a.size(), b.size());
  }

  private static List<String> pairs(List<String> w) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i + 1 < w.size(); i++) out.add(w.get(i) + " " + w.get(i + 1));
    return out;
  }

  /** Content words of a text as comparison keys. */
  public static List<String> keys(String text) {
    List<String> out = new ArrayList<>();
    for (Token t : Tokenizer.tokenize(text)) {
      String n = t.norm();
      if (STOP.contains(n) || n.length() < 2) continue;
      out.add(key(n));
    }
    return out;
  }

  /** Light stem, then the consonant skeleton: اقتراحات → قترح, مقترحات → قترح. */
  static String key(String norm) {
    String w = Clitics.strip(norm);
    if (w.length() > 4 && (w.startsWith("و") || w.startsWith("ف"))) w = w.substring(1);
    for (String suf : new String[] {"ات", "ون", "ين", "ها", "هم", "نا", "ه", "ي"}) {
      if (w.length() - suf.length() >= 3 && w.endsWith(suf)) {
        w = w.substring(0, w.length() - suf.length());
        break;
      }
    }
    StringBuilder sk = new StringBuilder();
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (i > 0 && (c == 'ا' || c == 'و' || c == 'ي')) continue;
      if (i == 0 && c == 'ا' && w.length() > 3) continue;
      sk.append(c);
    }
    String s = sk.toString();
    if (s.length() > 3 && s.charAt(0) == 'م') s = s.substring(1);
    return s.length() >= 2 ? s : w;
  }

  private static int find(int[] p, int i) {
    while (p[i] != i) {
      p[i] = p[p[i]];
      i = p[i];
    }
    return i;
  }
}
