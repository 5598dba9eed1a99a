package org.mizan.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.HashSet;
import java.util.Set;
import org.mizan.doc.Document;
import org.mizan.pipeline.DocumentStage;
import org.mizan.text.Clitics;
import org.mizan.text.Token;
import org.mizan.text.Tokenizer;

/**
 * {@code entities.propagate}: one name, one reading per document. Every name tagged somewhere in the
 * document (and the surname of every full person name) is also a mention where the tagger missed
 * it, clitics allowed ({@code وأردوغان}); a name tagged with several types takes its majority type.
 */
public final class PropagateStage implements DocumentStage {
  private static final int MAX_WORDS = 4;

  @Override
  public String name() {
    return "entities.propagate";
  }

  @Override
  public Document apply(Document doc) {
    if (doc.mentions().isEmpty()) return doc;
    String body = doc.body();
    Map<String, Map<String, Integer>> votes = new HashMap<>();
    List<Token> toks = Tokenizer.tokenize(body);
    // keys printed both with and without the article are two names (يمن in قناة يمن شباب, اليمن):
    // context evidence on one must not retype the other
    Map<String, Set<Boolean>> definite = new HashMap<>();
    for (Mention m : doc.mentions()) definite.computeIfAbsent(bareKey(m.text()), x -> new HashSet<>()).add(definite(m.text()));
    int ti = 0;
    for (Mention m : doc.mentions()) {
      String k = bareKey(m.text());
      while (ti < toks.size() && toks.get(ti).end() <= m.start()) ti++;
      boolean org = !m.type().equals("ORG") && definite.get(k).size() == 1 && organisationContext(body, toks, ti, m);
      // a town's head noun before it (مدينة X, بلدية X) shows a place as strongly
      boolean town = !org && m.type().equals("LOC") && ti > 0 && ti < toks.size() && toks.get(ti).start() == m.start()
          && PlaceFramesStage.townHead(toks.get(ti - 1));
      votes.computeIfAbsent(k, x -> new HashMap<>()).merge(org ? "ORG" : m.type(), org || town ? ORG_EVIDENCE : 2, Integer::sum);
      List<String> w = NameForms.words(m.text());
      if (m.type().equals("PER") && w.size() >= 2) {
        String last = w.get(w.size() - 1);
        if (last.length() >= 3 && !EntityLexicon.STOPWORDS.contains(last) && !NAME_LINKS.contains(w.get(w.size() - 2))) {
          votes.computeIfAbsent(last, x -> new HashMap<>()).merge("PER", 1, Integer::sum);
        }
      }
    }
    Map<String, String> known = new HashMap<>();
    votes.forEach((k, v) -> known.put(k, majority(v)));
    List<Mention> out = new ArrayList<>(doc.mentions());
    Map<Mention, String> keys = new java.util.IdentityHashMap<>();
    for (Mention m : out) keys.put(m, bareKey(m.text()));
    for (int i = 0; i < toks.size(); i++) {
      if (Mention.anyOverlaps(out, toks.get(i).start(), toks.get(i).end())) continue;
      for (int len = Math.min(MAX_WORDS, toks.size() - i); len >= 1; len--) {
        String key = match(toks, i, len, known, body);
        if (key == null || Mention.anyOverlaps(out, toks.get(i).start(), toks.get(i + len - 1).end())) continue;
        int s = toks.get(i).start();
        int e = toks.get(i + len - 1).end();
        // a name the article always prints with its article is not sought without it (فرقة is no ف + الرقة)
        if (definite.getOrDefault(key, Set.of()).equals(Set.of(true)) && !definite(body.substring(s, e))) continue;
        Mention m = new Mention(s, e, body.substring(s, e), known.get(key), null, null);
        out.add(m);
        keys.put(m, key);
        // a repeated name's context counts too (لبرشلونة الإسباني, where only برشلونة was tagged)
        if (!m.type().equals("ORG") && definite.getOrDefault(key, Set.of()).equals(Set.of(definite(m.text())))
            && organisationContext(body, toks, i, m)) {
          votes.get(key).merge("ORG", ORG_EVIDENCE, Integer::sum);
        }
        i += len - 1;
        break;
      }
    }
    List<Mention> typed = new ArrayList<>();
    for (Mention m : out) {
      Map<String, Integer> v = votes.get(keys.get(m));
      String t = v == null ? null : majority(v);
      typed.add(t == null || t.equals(m.type()) ? m : new Mention(m.start(), m.end(), m.text(), t, m.entityId(), m.role(), m.canonical()));
    }
    typed.sort(Comparator.comparingInt(Mention::start));
    return doc.withMentions(typed);
  }

  /** Whether the first word of a printed name carries the article, clitics allowed (لليمن, اليمن; not يمن). */
  private static boolean definite(String printed) {
    List<String> w = NameForms.words(printed);
    if (w.isEmpty()) return false;
    for (String v : Clitics.variants(w.get(0))) if (v.startsWith("ال") && v.length() > 3) return true;
    return false;
  }

  /**
   * Words that bind the next word into a compound ({@code عبد العزيز}, {@code بن لادن}, {@code آل سعود}):
   * the word after one is no surname on its own, so it is not sought alone elsewhere.
   */
  private static final Set<String> NAME_LINKS = Set.of("عبد", "ابو", "ابي", "بن", "ابن", "بنت", "ال", "اَل");

  /** Votes of a mention whose context shows an organisation: outweighs two or three tagger readings. */
  private static final int ORG_EVIDENCE = 6;

  /**
   * Whether the words around a mention show it names an organisation: a noun such as {@code جماعة},
   * {@code نادي}, {@code قناة} right before it ({@code org-evidence.txt}), or, after a place name,
   * a masculine adjective of origin, which agrees with a club or company, not with a city or country
   * (feminine): {@code برشلونة الإسباني} is the club, {@code برشلونة الإسبانية} the city.
   */
  static boolean organisationContext(String body, List<Token> toks, int first, Mention m) {
    if (first > 0 && first < toks.size() && toks.get(first).start() == m.start()
        && body.substring(toks.get(first - 1).end(), m.start()).isBlank()
        && !definite(toks.get(first - 1).text())) { // construct state: لاعب برشلونة, not اللاعب الأفضل
      for (String v : Clitics.variants(toks.get(first - 1).norm())) if (EntityLexicon.ORG_EVIDENCE.contains(v)) return true;
    }
    if (!m.type().equals("LOC") || NameForms.key(m.text()).startsWith("ال") || FacilityNames.opensWithHead(m.text())) {
      return false; // (سد X الإثيوبي: an adjective of origin after a facility describes the place)
    }
    int after = first;
    while (after < toks.size() && toks.get(after).start() < m.end()) after++;
    if (after >= toks.size() || !body.substring(m.end(), toks.get(after).start()).isBlank()) return false;
    String n = toks.get(after).norm();
    return n.startsWith("ال") && n.endsWith("ي") && NameForms.isOrigin(n.substring(2));
  }

  /** Whether a word, with or without its clitics, is the first word of one of {@code firstWords}. */
  static boolean startsAny(String norm, Set<String> firstWords) {
    for (String v : Clitics.variants(norm)) if (firstWords.contains(v)) return true;
    return false;
  }

  /** The type with most votes; ties go to the alphabetically first type, so the result is stable. */
  static String majority(Map<String, Integer> votes) {
    String best = null;
    for (var e : new java.util.TreeMap<>(votes).entrySet()) {
      if (best == null || e.getValue() > votes.get(best)) best = e.getKey();
    }
    return best;
  }

  /** The key of a printed name with the clitics of its first word removed. */
  static String bareKey(String printed) {
    List<String> w = NameForms.words(printed);
    if (w.isEmpty()) return "";
    w.set(0, Clitics.strip(w.get(0)));
    return String.join(" ", w);
  }

  /**
   * The known name (its key) that tokens {@code i .. i+len-1} print, clitics allowed on the first
   * word, no punctuation between words; null if none. Shared by the stages that tag a list of names.
   */
  static String match(List<Token> toks, int i, int len, Map<String, String> known, String body) {
    StringBuilder rest = new StringBuilder();
    for (int k = i + 1; k < i + len; k++) {
      // a name does not run across punctuation
      for (int c = toks.get(k - 1).end(); c < toks.get(k).start(); c++) {
        if (!Character.isWhitespace(body.charAt(c))) return null;
      }
      rest.append(' ').append(toks.get(k).norm());
    }
    for (String first : Clitics.variants(toks.get(i).norm())) {
      if (first.length() < 3) continue;
      if (known.containsKey(first + rest)) return first + rest;
    }
    return null;
  }
}
