package org.mizan.synthesis;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.mizan.quotes.Quote;
import org.mizan.quotes.StatementGroups;
import org.mizan.text.ArabicNormalization;
import org.mizan.text.Clitics;

/**
 * Folds "who said what" headings that one statement shows to be one speaker. The same words printed
 * under a named heading and under the unknown speaker (an outlet that left the speaker unclear, or its
 * own second reading of the quote) are that speaker's; the same words under two headings one of which
 * names a part of the other ({@code الشركة} / {@code الشركة السعودية للصناعات الأساسية}, {@code المصدر} /
 * {@code مصدر}, {@code علي بن عمير الشهراني} / {@code علي بن عمير آل جرمان الشهراني}) are one speaker
 * printed two ways. Two headings of unrelated names keep a shared statement each: which attribution
 * is right is not ours to decide.
 */
final class SharedWordsHeadings {
  /** Two wordings this alike are one statement ({@link SharedStatements#SIMILARITY}). */
  static final double SIMILARITY = SharedStatements.SIMILARITY;
  /** A statement needs this many comparison words to identify its speaker (a stock phrase does not). */
  static final int MIN_WORDS = 5;
  /** Name words that tell no one apart ({@code بن}, {@code عبد}, {@code آل}). */
  private static final Set<String> LINKS = Set.of("بن", "ابن", "بنت", "عبد", "ال", "ابو", "ام");

  private SharedWordsHeadings() {}

  /**
   * Merges, in {@code bySpeaker}, unknown-speaker quotes into the one named heading holding the same
   * statement, then each heading into the one heading whose name holds all its words and which shares
   * a statement with it (into the linked one when one is linked, else the fuller name).
   */
  static <T> void fold(Map<String, List<T>> bySpeaker, Map<String, String> entityIds, Function<T, Quote> quote,
      Function<Quote, List<String>> keysOf) {
    List<T> unknown = bySpeaker.get(WhoSaidWhat.UNKNOWN);
    if (unknown != null) {
      for (T r : List.copyOf(unknown)) {
        String into = null;
        int found = 0;
        for (var e : bySpeaker.entrySet()) {
          if (WhoSaidWhat.UNKNOWN.equals(e.getKey())) continue;
          if (e.getValue().stream().anyMatch(o -> same(quote.apply(o), quote.apply(r), keysOf))) {
            into = e.getKey();
            found++;
          }
        }
        if (found != 1) continue; // two speakers print these words: which one said them is unclear
        unknown.remove(r);
        bySpeaker.get(into).add(r);
      }
      if (unknown.isEmpty()) bySpeaker.remove(WhoSaidWhat.UNKNOWN);
    }
    for (String part : List.copyOf(bySpeaker.keySet())) {
      if (!bySpeaker.containsKey(part) || WhoSaidWhat.UNKNOWN.equals(part)) continue;
      Set<String> words = nameWords(part);
      if (words.isEmpty()) continue;
      String whole = null;
      int found = 0;
      for (String h : bySpeaker.keySet()) {
        if (h.equals(part) || WhoSaidWhat.UNKNOWN.equals(h) || !nameWords(h).containsAll(words)) continue;
        if (entityIds.containsKey(h) && entityIds.containsKey(part)) continue; // linking kept them apart
        if (!shareStatement(bySpeaker.get(part), bySpeaker.get(h), quote, keysOf)) continue;
        whole = h;
        found++;
      }
      if (found != 1) continue;
      // under the linked name when there is one, else under the fuller one
      if (entityIds.containsKey(part) && !entityIds.containsKey(whole)) bySpeaker.get(part).addAll(bySpeaker.remove(whole));
      else bySpeaker.get(whole).addAll(bySpeaker.remove(part));
    }
  }

  private static <T> boolean shareStatement(List<T> a, List<T> b, Function<T, Quote> quote,
      Function<Quote, List<String>> keysOf) {
    for (T x : a) for (T y : b) if (same(quote.apply(x), quote.apply(y), keysOf)) return true;
    return false;
  }

  /** Whether two quotes print one statement: nearly the same words, or the words of one inside the other. */
  static boolean same(Quote a, Quote b, Function<Quote, List<String>> keysOf) {
    if (a == b || a.text() == null || b.text() == null) return a == b;
    List<String> ka = keysOf.apply(a);
    List<String> kb = keysOf.apply(b);
    if (Math.min(ka.size(), kb.size()) < MIN_WORDS) return false;
    return StatementGroups.similarity(ka, kb) >= SIMILARITY
        || ContainedStatements.within(a.text(), b.text()) || ContainedStatements.within(b.text(), a.text());
  }

  /** A heading's words that tell a speaker apart, clitics stripped ({@code بإمارة} is {@code إمارة}). */
  static Set<String> nameWords(String heading) {
    Set<String> out = new HashSet<>();
    for (String w : ArabicNormalization.normalize(heading).split("[^\\p{L}\\p{N}]+")) {
      if (w.isEmpty() || LINKS.contains(w)) continue;
      String s = Clitics.strip(w);
      out.add(s.length() >= 2 ? s : w);
    }
    return out;
  }
}
