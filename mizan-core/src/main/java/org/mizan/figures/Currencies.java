package org.mizan.figures;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mizan.text.ArabicNormalization;
import org.mizan.text.Token;
import org.mizan.text.WordList;

/** Currency nouns and their qualifying adjective ({@code ريال قطري} → QAR; bare {@code ريال} → SAR). */
final class Currencies {
  record Match(String code, int length) {}

  private record Entry(String code, String qualifier) {}

  private final Map<String, List<Entry>> byNoun = new HashMap<>();
  /** A bare noun's default code → the codes its qualified forms name. */
  private final Map<String, java.util.Set<String>> sharers = new HashMap<>();

  Currencies() {
    for (String line : WordList.lines(Currencies.class, "currencies.tsv")) {
      String[] f = line.split("\t", -1);
      String q = f.length > 2 && !f[2].isBlank() ? f[2] : null;
      for (String form : f[1].split(",")) {
        byNoun.computeIfAbsent(ArabicNormalization.normalize(form), k -> new ArrayList<>());
        if (q == null) {
          byNoun.get(ArabicNormalization.normalize(form)).add(new Entry(f[0], null));
        } else {
          for (String adj : q.split(",")) {
            byNoun.get(ArabicNormalization.normalize(form)).add(new Entry(f[0], ArabicNormalization.normalize(adj)));
          }
        }
      }
    }
    for (List<Entry> entries : byNoun.values()) {
      String dflt = entries.stream().filter(e -> e.qualifier() == null).map(Entry::code).findFirst().orElse(null);
      if (dflt == null) continue;
      for (Entry e : entries) if (!e.code().equals(dflt)) sharers.computeIfAbsent(dflt, k -> new java.util.TreeSet<>()).add(e.code());
    }
  }

  /**
   * The other codes a bare noun defaulting to {@code code} may mean when qualified ({@code درهم}: AED by
   * default, MAD as {@code درهم مغربي}); empty when the noun names one currency only.
   */
  java.util.Set<String> othersOf(String code) {
    return sharers.getOrDefault(code, java.util.Set.of());
  }

  Match at(List<Token> toks, int i) {
    List<Entry> entries = byNoun.get(toks.get(i).norm());
    if (entries == null) entries = byNoun.get(PhraseTable.strip(toks.get(i).norm())); // مليارات اليورو، بالدولار
    if (entries == null) return null;
    String next = i + 1 < toks.size() ? toks.get(i + 1).norm() : "";
    if (next.startsWith("ال") && next.length() > 4) next = next.substring(2); // الريال القطري، الفرنك السويسري
    String dflt = null;
    for (Entry e : entries) {
      if (e.qualifier() == null) {
        if (dflt == null) dflt = e.code();
      } else if (next.startsWith(e.qualifier().substring(0, Math.max(2, e.qualifier().length() - 1)))) {
        return new Match(e.code(), 2);
      }
    }
    return dflt == null ? null : new Match(dflt, 1);
  }
}
