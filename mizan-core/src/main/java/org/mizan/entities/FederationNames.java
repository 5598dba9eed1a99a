package org.mizan.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A federation named in full once and by a short form elsewhere in one document is one organisation:
 * {@code الاتحاد السعودي} takes the name {@code الاتحاد السعودي لكرة القدم} when it is the document's only
 * federation of that adjective, {@code اتحاد الكرة الكويتي} is {@code الاتحاد الكويتي لكرة القدم}, and a bare
 * {@code اتحاد كرة القدم} is the national football federation when the document names exactly one. Two
 * federations of one adjective ({@code الاتحاد السعودي لكرة القدم}, {@code الاتحاد السعودي لكرة السلة}) keep
 * the short form apart, a bare football union never joins a federation above countries
 * ({@code الاتحاد الآسيوي}: {@code federation-scopes.txt}), and the short form of such a body takes only a
 * football name ({@code الاتحاد الأوروبي} is the European Union beside {@code الاتحاد الأوروبي لكذا}).
 */
final class FederationNames {
  private static final String FOOTBALL = "لكرة القدم";

  private FederationNames() {}

  static List<Mention> resolve(List<Mention> mentions) {
    Map<String, Set<String>> fullByAdjective = new HashMap<>(); // adjective -> full names
    Set<String> shortAdjectives = new TreeSet<>();
    Map<String, String> adjectiveSpelling = new HashMap<>();
    List<Mention> renamed = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      Mention r = m.type().equals("ORG") ? footballUnion(m) : m;
      renamed.add(r);
      if (!r.type().equals("ORG")) continue;
      List<String> w = NameForms.words(r.canonical());
      if (isFull(w)) fullByAdjective.computeIfAbsent(w.get(1), k -> new TreeSet<>()).add(r.canonical());
      if (isShort(w)) {
        shortAdjectives.add(w.get(1));
        adjectiveSpelling.putIfAbsent(w.get(1), r.canonical().strip().split("\\s+")[1]);
      }
    }
    if (fullByAdjective.isEmpty() && shortAdjectives.isEmpty()) return mentions;
    String nationalFootball = nationalFootball(fullByAdjective, shortAdjectives, adjectiveSpelling);
    List<Mention> out = new ArrayList<>(renamed.size());
    for (Mention m : renamed) {
      List<String> w = m.type().equals("ORG") ? NameForms.words(m.canonical()) : List.of();
      String name = null;
      if (isShort(w)) {
        Set<String> full = fullByAdjective.get(w.get(1));
        // above countries the short form is a body of its own (الاتحاد الأوروبي, الاتحاد الأفريقي) unless
        // the document's one full name of it is the football federation
        if (full != null && full.size() == 1 && EntityLexicon.FEDERATION_SCOPES.contains(w.get(1))
            && !NameForms.key(full.iterator().next()).endsWith(NameForms.key(FOOTBALL))) {
          full = Set.of();
        }
        if (full != null && full.size() == 1) name = full.iterator().next();
        else if (full == null && nationalFootball != null && NameForms.words(nationalFootball).get(1).equals(w.get(1))) {
          name = nationalFootball;
        }
      }
      else if (isBareFootball(w)) name = nationalFootball;
      out.add(name == null ? m : m.withCanonical(name));
    }
    return out;
  }

  /** {@code اتحاد الكرة X} / {@code اتحاد كرة القدم X} named as {@code الاتحاد X لكرة القدم}. */
  private static Mention footballUnion(Mention m) {
    String[] printed = m.canonical().strip().split("\\s+");
    List<String> w = NameForms.words(m.canonical());
    int adjective = w.size() == 3 && w.get(0).equals("اتحاد") && w.get(1).equals("الكره") ? 2
        : w.size() == 4 && w.get(0).equals("اتحاد") && w.get(1).equals("كره") && w.get(2).equals("القدم") ? 3 : -1;
    if (adjective < 0 || printed.length != w.size() || !w.get(adjective).startsWith("ال")) return m;
    return m.withCanonical("الاتحاد " + printed[adjective] + " " + FOOTBALL);
  }

  /**
   * The document's national football federation: its one full football name of a national adjective,
   * else, with no full name at all, the one national short form named in full; null when unsure.
   */
  private static String nationalFootball(Map<String, Set<String>> fullByAdjective, Set<String> shortAdjectives,
      Map<String, String> spelling) {
    Set<String> national = new TreeSet<>();
    for (var e : fullByAdjective.entrySet()) {
      if (EntityLexicon.FEDERATION_SCOPES.contains(e.getKey())) continue;
      for (String full : e.getValue()) if (NameForms.key(full).endsWith(NameForms.key(FOOTBALL))) national.add(full);
    }
    if (national.size() == 1) return national.iterator().next();
    if (!national.isEmpty() || !fullByAdjective.isEmpty()) return null;
    Set<String> shorts = new TreeSet<>(shortAdjectives);
    shorts.removeAll(EntityLexicon.FEDERATION_SCOPES);
    shorts.removeIf(a -> !EntityLexicon.NATIONALITIES.contains(a.substring(2))); // a country's: not الرياضي
    return shorts.size() == 1 ? "الاتحاد " + spelling.get(shorts.iterator().next()) + " " + FOOTBALL : null;
  }

  /** {@code الاتحاد X لـ…}: a federation with its adjective and its field. */
  private static boolean isFull(List<String> w) {
    return w.size() >= 3 && w.get(0).equals("الاتحاد") && w.get(1).startsWith("ال") && w.get(2).startsWith("ل");
  }

  /** {@code الاتحاد X}: a federation by its adjective alone. */
  private static boolean isShort(List<String> w) {
    return w.size() == 2 && w.get(0).equals("الاتحاد") && w.get(1).startsWith("ال") && w.get(1).length() >= 5;
  }

  /** {@code اتحاد الكرة}, {@code اتحاد كرة القدم}: a football union with no adjective. */
  private static boolean isBareFootball(List<String> w) {
    return w.size() == 2 && w.get(0).equals("اتحاد") && w.get(1).equals("الكره")
        || w.size() == 3 && w.get(0).equals("اتحاد") && w.get(1).equals("كره") && w.get(2).equals("القدم");
  }
}
