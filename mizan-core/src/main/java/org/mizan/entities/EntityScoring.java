package org.mizan.entities;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.mizan.doc.Document;

/**
 * Document-level entity scoring against a gold list of entities (the {@code entities} of
 * {@code seeds.gold.json} and of {@code eval/entities/}): each gold entity must be found in each
 * listed document with its type, its mentions must carry one entity id across documents, and no
 * id may carry two gold entities.
 *
 * <p>A mention matches a gold entity when its printed text, or that text without proclitics, has
 * the matching key ({@link NameForms#key}) of one of the entity's forms. A (document, entity) pair
 * whose forms are not printed in the document body at all (the clean stage dropped the line) is
 * counted apart and left out of recall.
 */
public final class EntityScoring {
  private EntityScoring() {}

  /** One gold entity: canonical name, type, accepted spellings, and the documents it appears in. */
  public record Gold(String canonical, String type, List<String> forms, List<String> docs) {
    public Gold {
      forms = List.copyOf(forms);
      docs = List.copyOf(docs);
    }
  }

  /** Recall counts of one type. */
  public record Count(int pairs, int found) {
    public double recall() {
      return pairs == 0 ? 0 : (double) found / pairs;
    }
  }

  /**
   * The figures of one run.
   *
   * @param pairs (document, entity) pairs whose forms are printed in the body
   * @param notInBody pairs left out because no form is printed in the body
   * @param found pairs with a matching mention of the right type
   * @param byType the same counts per gold type
   * @param mergeable gold entities with at least one found pair
   * @param merged of those, the ones whose matching mentions all carry one entity id
   * @param wrongMerges pairs of gold entities that share an entity id
   * @param failures one line per missed pair, split entity and wrong merge
   */
  public record Result(int pairs, int notInBody, int found, Map<String, Count> byType, int mergeable, int merged,
      int wrongMerges, List<String> failures) {
    public double recall() {
      return pairs == 0 ? 0 : (double) found / pairs;
    }

    public double mergeAccuracy() {
      return mergeable == 0 ? 0 : (double) merged / mergeable;
    }
  }

  /** The gold entities of a gold file's {@code entities} array. */
  public static List<Gold> read(JsonNode entities) {
    List<Gold> out = new ArrayList<>();
    for (JsonNode e : entities) {
      List<String> forms = new ArrayList<>();
      e.path("forms").forEach(f -> forms.add(f.asText()));
      List<String> docs = new ArrayList<>();
      e.path("docs").forEach(d -> docs.add(d.asText()));
      out.add(new Gold(e.path("canonical").asText(), e.path("type").asText(), forms, docs));
    }
    return out;
  }

  /**
   * Scores the analysed documents ({@code byGoldId}: gold document id → document) and the run's
   * entity table against the gold.
   */
  public static Result score(List<Gold> gold, Map<String, Document> byGoldId, List<Entity> entities) {
    Map<String, Entity> byId = new LinkedHashMap<>();
    for (Entity e : entities) byId.put(e.id(), e);
    Map<String, int[]> types = new TreeMap<>();
    List<String> failures = new ArrayList<>();
    Map<String, String> owner = new LinkedHashMap<>();
    Set<String> wrong = new TreeSet<>();
    int pairs = 0;
    int notInBody = 0;
    int found = 0;
    int mergeable = 0;
    int merged = 0;
    for (Gold g : gold) {
      Set<String> ids = new LinkedHashSet<>();
      for (String docId : g.docs()) {
        Document d = byGoldId.get(docId);
        if (d == null) throw new IllegalArgumentException("gold entity " + g.canonical() + " names unknown document " + docId);
        if (!inBody(d, g)) {
          notInBody++;
          continue;
        }
        pairs++;
        int[] t = types.computeIfAbsent(g.type(), k -> new int[2]);
        t[0]++;
        List<Mention> ms = matching(d, g);
        List<Mention> typed = ms.stream().filter(m -> g.type().equals(type(m, byId))).toList();
        if (typed.isEmpty()) {
          failures.add(ms.isEmpty() ? "missed " + g.type() + " " + g.canonical() + " in " + docId + spans(d, g)
              : "typed " + type(ms.get(0), byId) + " " + g.canonical() + " (gold " + g.type() + ") in " + docId);
          continue;
        }
        found++;
        t[1]++;
        for (Mention m : typed) ids.add(m.entityId());
      }
      if (ids.isEmpty()) continue;
      mergeable++;
      if (ids.size() == 1) merged++;
      else failures.add("split " + g.canonical() + " into " + describe(ids, byId));
      for (String id : ids) {
        String prev = owner.putIfAbsent(id, g.canonical());
        if (prev != null && !prev.equals(g.canonical()) && wrong.add(prev + " + " + g.canonical())) {
          failures.add("merged " + prev + " with " + g.canonical() + " as " + describe(Set.of(id), byId));
        }
      }
    }
    Map<String, Count> byType = new TreeMap<>();
    types.forEach((k, v) -> byType.put(k, new Count(v[0], v[1])));
    return new Result(pairs, notInBody, found, byType, mergeable, merged, wrong.size(), failures);
  }

  /**
   * The precision view of a run: the (document, entity id) pairs the pipeline output in the gold
   * documents, and which of them match no gold entity listed for that document (none of the id's
   * mentions there, as printed or without proclitics, is one of its forms). The gold is not
   * exhaustive, so an unmatched pair is a candidate error (junk, a cut or over-long span, a name
   * the annotator left out), not a proven one.
   *
   * @param pairs (document, entity id) pairs output
   * @param unmatched one line per pair matching no gold entity of its document
   */
  public record Predicted(int pairs, List<String> unmatched) {
    public Predicted {
      unmatched = List.copyOf(unmatched);
    }

    /** Share of output pairs that match a gold entity of their document. */
    public double matchedShare() {
      return pairs == 0 ? 0 : (double) (pairs - unmatched.size()) / pairs;
    }
  }

  /** Counts the entities output per gold document and lists those matching no gold entity there. */
  public static Predicted predicted(List<Gold> gold, Map<String, Document> byGoldId, List<Entity> entities) {
    Map<String, Entity> byId = new LinkedHashMap<>();
    for (Entity e : entities) byId.put(e.id(), e);
    int pairs = 0;
    List<String> unmatched = new ArrayList<>();
    for (Map.Entry<String, Document> doc : byGoldId.entrySet()) {
      Set<Mention> matched = new java.util.HashSet<>();
      for (Gold g : gold) if (g.docs().contains(doc.getKey())) matched.addAll(matching(doc.getValue(), g));
      Map<String, List<Mention>> byEntity = new LinkedHashMap<>();
      for (Mention m : doc.getValue().mentions()) {
        byEntity.computeIfAbsent(m.entityId() == null ? "@" + m.start() : m.entityId(), k -> new ArrayList<>()).add(m);
      }
      for (List<Mention> ms : byEntity.values()) {
        pairs++;
        if (ms.stream().anyMatch(matched::contains)) continue;
        Set<String> texts = new LinkedHashSet<>();
        for (Mention m : ms) texts.add(m.text());
        unmatched.add("unmatched in " + doc.getKey() + ": " + type(ms.get(0), byId) + " «" + String.join("», «", texts)
            + "»");
      }
    }
    return new Predicted(pairs, unmatched);
  }

  /** Mentions of a gold entity in one document: their name, as printed or without clitics, is one of its forms. */
  public static List<Mention> matching(Document d, Gold g) {
    Set<String> forms = new TreeSet<>();
    for (String f : g.forms()) forms.add(NameForms.key(f));
    List<Mention> out = new ArrayList<>();
    for (Mention m : d.mentions()) {
      String text = NameForms.key(m.text());
      String bare = NameForms.key(NameForms.stripClitics(m.text(), k -> true));
      if (forms.contains(text) || forms.contains(bare)) out.add(m);
    }
    return out;
  }

  /** Whether any form of the gold entity is printed in the document body, maybe after ل (للخطيب). */
  public static boolean inBody(Document d, Gold g) {
    for (String f : g.forms()) {
      if (d.body().contains(f) || f.startsWith("ال") && d.body().contains("ل" + f.substring(1))) return true;
    }
    return false;
  }

  private static String type(Mention m, Map<String, Entity> byId) {
    Entity e = m.entityId() == null ? null : byId.get(m.entityId());
    return e != null ? e.type() : m.type();
  }

  /** For a miss: the mentions that overlap a printed form, which show how the span went wrong. */
  private static String spans(Document d, Gold g) {
    Set<String> seen = new LinkedHashSet<>();
    for (String f : g.forms()) {
      for (int i = d.body().indexOf(f); i >= 0; i = d.body().indexOf(f, i + 1)) {
        for (Mention m : d.mentions()) if (m.overlaps(i, i + f.length())) seen.add(m.type() + " «" + m.text() + "»");
      }
    }
    return seen.isEmpty() ? " (no mention there)" : " (found " + String.join(", ", seen) + ")";
  }

  private static String describe(Set<String> ids, Map<String, Entity> byId) {
    List<String> out = new ArrayList<>();
    for (String id : ids) {
      Entity e = byId.get(id);
      out.add(e == null ? String.valueOf(id) : e.type() + " «" + e.canonical() + "»");
    }
    return String.join(", ", out);
  }
}
