package org.mizan.entities;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.mizan.doc.Document;

/**
 * Precision of a run against an EXHAUSTIVE gold file ({@code "exhaustive": true}: every person,
 * organisation and place named in each document is listed with all its printed forms).
 *
 * <p>Each (document, output entity id) pair is judged by its mentions in that document (as printed or
 * without proclitics, as {@link EntityScoring#matching}): it is <em>correct</em> when one of them is a
 * form of a gold entity of the document whose type is the output type, a <em>type error</em> when it
 * matches gold entities of other types only, <em>neutral</em> (left out) when it matches only the
 * gold's {@code neutral} list (names a reader may take either way: competitions, a government named
 * by a country's adjective, a town printed only inside a longer name), and <em>junk</em> otherwise (a
 * cut or over-long span, a role, a nationality, a common word). Precision is correct / judged pairs.
 */
public final class EntityPrecision {
  private EntityPrecision() {}

  /** Counts of one output type. */
  public record Count(int pairs, int correct) {
    public double precision() {
      return pairs == 0 ? 0 : (double) correct / pairs;
    }
  }

  /**
   * The figures of one run.
   *
   * @param pairs judged (document, entity id) pairs (neutral ones left out)
   * @param correct pairs matching a gold entity of the document with the output type
   * @param typeErrors pairs matching gold entities of other types only
   * @param neutral pairs left out because they match only a neutral name
   * @param byType the same counts per output type
   * @param errors one line per type error and junk pair
   */
  public record Result(int pairs, int correct, int typeErrors, int neutral, Map<String, Count> byType,
      List<String> errors) {
    public Result {
      errors = List.copyOf(errors);
    }

    public double precision() {
      return pairs == 0 ? 0 : (double) correct / pairs;
    }

    public int junk() {
      return pairs - correct - typeErrors;
    }
  }

  /** Judges every output entity of every gold document; {@code neutral} entries need only forms and docs. */
  public static Result score(List<EntityScoring.Gold> gold, List<EntityScoring.Gold> neutral,
      Map<String, Document> byGoldId, List<Entity> entities) {
    Map<String, Entity> byId = new LinkedHashMap<>();
    for (Entity e : entities) byId.put(e.id(), e);
    Map<String, int[]> types = new TreeMap<>();
    List<String> errors = new ArrayList<>();
    int pairs = 0;
    int correct = 0;
    int typeErrors = 0;
    int neutralPairs = 0;
    for (Map.Entry<String, Document> doc : byGoldId.entrySet()) {
      Document d = doc.getValue();
      Map<Mention, List<EntityScoring.Gold>> goldOf = new LinkedHashMap<>();
      for (EntityScoring.Gold g : gold) {
        if (!g.docs().contains(doc.getKey())) continue;
        for (Mention m : EntityScoring.matching(d, g)) goldOf.computeIfAbsent(m, k -> new ArrayList<>()).add(g);
      }
      Set<Mention> neutralMentions = new HashSet<>();
      for (EntityScoring.Gold n : neutral) if (n.docs().contains(doc.getKey())) neutralMentions.addAll(EntityScoring.matching(d, n));
      Map<String, List<Mention>> byEntity = new LinkedHashMap<>();
      for (Mention m : d.mentions()) {
        byEntity.computeIfAbsent(m.entityId() == null ? "@" + m.start() : m.entityId(), k -> new ArrayList<>()).add(m);
      }
      for (List<Mention> ms : byEntity.values()) {
        String type = type(ms.get(0), byId);
        Set<String> goldTypes = new LinkedHashSet<>();
        String goldName = null;
        for (Mention m : ms) {
          for (EntityScoring.Gold g : goldOf.getOrDefault(m, List.of())) {
            goldTypes.add(g.type());
            if (goldName == null) goldName = g.canonical();
          }
        }
        if (goldTypes.isEmpty() && ms.stream().anyMatch(neutralMentions::contains)) {
          neutralPairs++;
          continue;
        }
        pairs++;
        int[] t = types.computeIfAbsent(type, k -> new int[2]);
        t[0]++;
        if (goldTypes.contains(type)) {
          correct++;
          t[1]++;
        } else if (!goldTypes.isEmpty()) {
          typeErrors++;
          errors.add("type error in " + doc.getKey() + ": " + type + " " + texts(ms) + " (gold " + goldTypes.iterator().next()
              + " " + goldName + ")");
        } else {
          errors.add("junk in " + doc.getKey() + ": " + type + " " + texts(ms));
        }
      }
    }
    Map<String, Count> byType = new TreeMap<>();
    types.forEach((k, v) -> byType.put(k, new Count(v[0], v[1])));
    return new Result(pairs, correct, typeErrors, neutralPairs, byType, errors);
  }

  private static String texts(List<Mention> ms) {
    Set<String> texts = new LinkedHashSet<>();
    for (Mention m : ms) texts.add(m.text());
    return "«" + String.join("», «", texts) + "»";
  }

  private static String type(Mention m, Map<String, Entity> byId) {
    Entity e = m.entityId() == null ? null : byId.get(m.entityId());
    return e != null ? e.type() : m.type();
  }
}
