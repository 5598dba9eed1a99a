package org.mizan.synthesis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mizan.doc.Document;
import org.mizan.entities.Entity;
import org.mizan.quotes.Quote;
import org.mizan.quotes.StatementGroup;
import org.mizan.quotes.StatementGroups;
import org.mizan.synthesis.StoryDigest.Citation;
import org.mizan.synthesis.StoryDigest.SpeakerStatements;
import org.mizan.synthesis.StoryDigest.Statement;

/**
 * Quotes grouped by speaker (canonical entity when linked, else the printed name or description),
 * and within a speaker into same-statement groups across articles; speakers with the most widely
 * reported statements first.
 */
final class WhoSaidWhat {
  private WhoSaidWhat() {}

  private record Ref(int index, Document doc, Quote quote) {}

  static List<SpeakerStatements> build(StoryText st, Map<String, Entity> entities, SameStatement same) {
    List<Document> docs = st.docs;
    // each quote's comparison keys, computed once for both groupings
    Map<Quote, List<String>> keys = new IdentityHashMap<>();
    java.util.function.Function<Quote, List<String>> keysOf = q -> keys.computeIfAbsent(q, x -> StatementGroups.keys(x.text()));
    if (same == SameStatement.STATEMENT_GROUPS) same = grouped(docs, keysOf);
    SharedStatements shared = SharedStatements.of(docs, keysOf);
    SameStatement ofOneSpeaker = same;
    same = (a, b) -> shared.same(a, b) || ofOneSpeaker.test(a, b);
    Map<String, List<Ref>> bySpeaker = new LinkedHashMap<>();
    Map<String, String> entityIds = new LinkedHashMap<>();
    for (int i = 0; i < docs.size(); i++) {
      Document d = docs.get(i);
      for (Quote q : d.quotes()) {
        if (q.text() == null || q.text().isBlank()) continue;
        Quote.Speaker sp = shared.speaker(q);
        boolean linked = sp != null && sp.entityId() != null;
        String name = spelledAsBefore(speakerName(sp, entities), linked, bySpeaker.keySet(), entityIds);
        bySpeaker.computeIfAbsent(name, k -> new ArrayList<>()).add(new Ref(i, d, q));
        if (linked) entityIds.putIfAbsent(name, sp.entityId());
      }
    }
    foldShortInstitutions(bySpeaker, entityIds);
    SpeakerHeadings.fold(bySpeaker, entityIds, id -> entities.containsKey(id) && "PER".equals(entities.get(id).type()));
    SharedWordsHeadings.fold(bySpeaker, entityIds, Ref::quote, keysOf);
    List<SpeakerStatements> out = new ArrayList<>();
    for (var e : bySpeaker.entrySet()) {
      List<List<Ref>> groups = new ArrayList<>();
      for (Ref r : e.getValue()) {
        List<Ref> into = null;
        for (List<Ref> g : groups) {
          for (Ref o : g) {
            if (o.quote() == r.quote() || same.test(o.quote(), r.quote())) {
              into = g;
              break;
            }
          }
          if (into != null) break;
        }
        if (into == null) groups.add(into = new ArrayList<>());
        into.add(r);
      }
      List<Statement> statements = new ArrayList<>();
      for (List<Ref> g : groups) statements.add(statement(st, g));
      statements = ContainedStatements.fold(statements);
      statements.sort(Comparator.comparingInt(s -> -s.outlets()));
      out.add(new SpeakerStatements(e.getKey(), entityIds.get(e.getKey()), statements));
    }
    // statements whose speaker the article leaves unclear come last, under UNKNOWN
    out.sort(Comparator.comparing((SpeakerStatements s) -> UNKNOWN.equals(s.speaker()))
        .thenComparingInt(s -> -s.statements().get(0).outlets())
        .thenComparingInt(s -> -s.statements().size()));
    return out;
  }

  private static Statement statement(StoryText st, List<Ref> g) {
    Set<String> kinds = new LinkedHashSet<>();
    Set<String> outlets = new LinkedHashSet<>();
    String medium = null;
    List<Citation> cites = new ArrayList<>();
    Ref head = g.get(0);
    for (Ref r : g) {
      Quote q = r.quote();
      if (q.kind() != null) kinds.add(q.kind());
      if (medium == null) medium = q.medium();
      outlets.add(StoryText.outletKey(r.doc().outlet(), r.doc().id()));
      cites.add(st.citation(r.index(), q.start(), q.end()));
      // prefer a direct wording as the displayed text, unless it is a fragment of the one displayed
      if ("direct".equals(q.kind()) && !"direct".equals(head.quote().kind())
          && !ContainedStatements.within(q.text(), head.quote().text())) head = r;
    }
    return new Statement(head.quote().text(), List.copyOf(kinds), medium, outlets.size(), cites);
  }

  /**
   * The quotes stage's own grouping of the story ({@link StatementGroups#group}: each quote's words
   * computed once, not per pair) as a same-statement test, and its measure for two quotes it never
   * compared: it groups per printed speaker, and a heading gathers several.
   */
  private static SameStatement grouped(List<Document> docs, java.util.function.Function<Quote, List<String>> keysOf) {
    Map<String, Document> byId = new java.util.HashMap<>();
    for (Document d : docs) byId.put(d.id(), d);
    Map<Quote, Integer> group = new IdentityHashMap<>();
    List<StatementGroup> groups = StatementGroups.group(docs, keysOf);
    for (int g = 0; g < groups.size(); g++) {
      for (StatementGroup.Member m : groups.get(g).members()) {
        Document d = byId.get(m.docId());
        if (d != null && m.quoteIndex() < d.quotes().size()) group.put(d.quotes().get(m.quoteIndex()), g);
      }
    }
    // quotes one heading gathered from several speaker spellings (or from the unknown speaker) were never
    // compared by the quotes stage, which groups per printed speaker: the same measure, applied to the heading
    Map<Quote, Document> docOf = new IdentityHashMap<>();
    for (Document d : docs) for (Quote q : d.quotes()) docOf.put(q, d);
    return (a, b) -> {
      Integer x = group.get(a);
      if (x != null && x.equals(group.get(b))) return true;
      // within one article only nearly the same words (a statement printed twice), as SharedStatements asks
      List<String> ka = keysOf.apply(a);
      List<String> kb = keysOf.apply(b);
      if (Math.min(ka.size(), kb.size()) < SharedWordsHeadings.MIN_WORDS) return false; // a stock phrase
      double s = StatementGroups.similarity(ka, kb);
      return s >= (docOf.get(a) != docOf.get(b) ? StatementGroups.THRESHOLD : SharedStatements.SIMILARITY);
    };
  }

  /**
   * The name a speaker already has in this story when the article spells it otherwise: an institution
   * or description no entity links is printed {@code السفارة الأميركية} by one outlet and {@code السفارة
   * الأمريكية} by the next, and would be listed twice. Two linked entities stay apart (linking already
   * merged their spellings, so a match there is two people of one name).
   */
  private static String spelledAsBefore(String name, boolean linked, Set<String> seen, Map<String, String> entityIds) {
    if (UNKNOWN.equals(name) || seen.contains(name)) return name;
    String norm = org.mizan.text.ArabicNormalization.normalize(name);
    for (String k : seen) {
      if (UNKNOWN.equals(k) || (linked && entityIds.containsKey(k))) continue;
      if (org.mizan.text.ArabicNormalization.normalize(k).equals(norm)
          || org.mizan.entities.NameVariants.sameName(k, name)) {
        return k;
      }
    }
    return name;
  }

  /**
   * An institution one article names in short and another in full ({@code المديرية العامة للشؤون
   * الصحية} / {@code … في منطقة مكة المكرمة}) is one speaker, listed under the full name, when the
   * short name begins exactly one longer speaker name of the story (two ministries of foreign affairs
   * leave a bare {@code وزارة الخارجية} where it was).
   */
  private static void foldShortInstitutions(Map<String, List<Ref>> bySpeaker, Map<String, String> entityIds) {
    for (String shorter : List.copyOf(bySpeaker.keySet())) {
      if (entityIds.containsKey(shorter) || !org.mizan.quotes.SpeakerKinds.institution(shorter)) continue;
      String prefix = org.mizan.text.ArabicNormalization.normalize(shorter) + " ";
      if (prefix.indexOf(' ') == prefix.length() - 1) continue; // one word says too little
      String longer = null;
      int found = 0;
      for (String k : bySpeaker.keySet()) {
        if (!entityIds.containsKey(k) && org.mizan.text.ArabicNormalization.normalize(k).startsWith(prefix)) {
          longer = k;
          found++;
        }
      }
      if (found == 1) bySpeaker.get(longer).addAll(bySpeaker.remove(shorter));
    }
  }

  /** The speaker name of quotes whose speaker is not known. */
  static final String UNKNOWN = "?";

  static String speakerName(Quote q, Map<String, Entity> entities) {
    return speakerName(q.speaker(), entities);
  }

  private static String speakerName(Quote.Speaker sp, Map<String, Entity> entities) {
    if (sp == null) return UNKNOWN;
    if (sp.entityId() != null && entities.containsKey(sp.entityId())) return entities.get(sp.entityId()).canonical();
    if (sp.canonical() != null && !sp.canonical().isBlank()) return sp.canonical();
    if (sp.description() != null && !sp.description().isBlank()) return sp.description();
    return UNKNOWN;
  }
}
