package org.mizan.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A person printed by a given name alone ({@code هيلاري}) in a document that names exactly one person
 * in full with that given name first ({@code هيلاري كلينتون}) is that person. A word that also ends a
 * full name of the document (a family name, {@code عباس} of {@code محمود عباس}) or follows بن there
 * (a father, {@code سلمان} of {@code محمد بن سلمان}) is left alone: it may name either; so is a word the
 * gazetteer's person names end with more often than they open with it ({@code أوباما}: a surname
 * printed alone, whatever the tagger ran it into), and a full name of more than three words.
 */
final class LoneGivenNames {
  private LoneGivenNames() {}

  static List<Mention> resolve(List<Mention> mentions) {
    List<List<String>> full = new ArrayList<>();
    Set<String> seen = new TreeSet<>();
    for (Mention m : mentions) {
      List<String> w = NameForms.nameWords(m.canonical());
      if (m.type().equals("PER") && w.size() >= 2 && seen.add(m.canonical())) full.add(w);
    }
    if (full.isEmpty()) return mentions;
    List<Mention> out = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      List<String> w = NameForms.nameWords(m.canonical());
      String name = m.type().equals("PER") && w.size() == 1 && givenName(w.get(0)) ? onlyOpening(w.get(0), m.start(), mentions, full) : null;
      out.add(name == null ? m : m.withCanonical(name));
    }
    return out;
  }

  /**
   * A name's last word: a person's word to the lexicon, or a rare word without the article; not a definite
   * adjective or a common noun the tagger ran in ({@code ليون المنتمي}, {@code X تعيين}).
   */
  private static boolean familyWord(String norm) {
    if (NerModel.shipped().features().isPersonWord(norm)) return true;
    return !norm.startsWith("ال") && org.mizan.clean.Vocabulary.shipped().count(norm) < NameVariants.COMMON_WORD;
  }

  /** Words by how often the gazetteer's person names of two or more words open ([0]) and end ([1]) with them. */
  private static final java.util.Map<String, int[]> WORD_PLACES = placesInNames();

  private static java.util.Map<String, int[]> placesInNames() {
    java.util.Map<String, int[]> out = new java.util.HashMap<>();
    for (var e : NerModel.shipped().features().gazetteer().entrySet()) {
      if ((e.getValue() & NerFeatures.PER) == 0 || e.getKey().indexOf(' ') < 0) continue;
      String[] w = e.getKey().split(" ");
      out.computeIfAbsent(w[0], k -> new int[2])[0]++;
      out.computeIfAbsent(w[w.length - 1], k -> new int[2])[1]++;
    }
    return out;
  }

  /** The gazetteer's person names of two words or more open with the word, and more often than they end with it. */
  static boolean opensNames(String word) {
    int[] c = WORD_PLACES.get(org.mizan.text.ArabicNormalization.normalize(word));
    return c != null && c[0] > c[1];
  }

  /** The gazetteer's person names end with the word no more often than they open with it (or never hold it). */
  static boolean givenName(String word) {
    int[] c = WORD_PLACES.get(org.mizan.text.ArabicNormalization.normalize(word));
    return c == null || c[0] >= c[1];
  }

  /**
   * The one full name that opens with {@code word}, if no full name carries it later on and the document
   * prints it before {@code at} (news names a person in full first; a name printed only after the lone
   * word is more likely the tagger's run into the next word: {@code ليون المنتمي}).
   */
  private static String onlyOpening(String word, int at, List<Mention> mentions, List<List<String>> full) {
    List<String> found = null;
    for (List<String> f : full) {
      for (int i = 1; i < f.size(); i++) if (NameVariants.sameWord(f.get(i), word)) return null;
      if (!NameVariants.sameWord(f.get(0), word) || f.size() > 3 || !familyWord(f.get(f.size() - 1))) continue;
      if (found != null && !found.equals(f)) return null;
      found = f;
    }
    if (found == null) return null;
    for (Mention m : mentions) {
      if (m.type().equals("PER") && m.start() < at && NameForms.nameWords(m.canonical()).equals(found)) return m.canonical();
    }
    return null;
  }
}
