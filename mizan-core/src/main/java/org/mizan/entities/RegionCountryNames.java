package org.mizan.entities;

import java.util.ArrayList;
import java.util.List;

/**
 * Joins a one-word region and the country printed right after it into one place ({@code كردستان
 * العراق}, {@code صعيد مصر}): a region is named by its country in apposition, and the tagger marks
 * the two apart. The first word must be no country or listed city itself ({@code سوريا العراق} in a
 * list stays two), and the country must carry no proclitic (a new phrase starts with {@code وX}).
 */
final class RegionCountryNames {
  private RegionCountryNames() {}

  /** The mentions, sorted by start, with each region and its country joined; the same list if none is. */
  static List<Mention> apply(String body, List<Mention> mentions) {
    List<Mention> out = new ArrayList<>(mentions.size());
    boolean changed = false;
    for (int k = 0; k < mentions.size(); k++) {
      Mention a = mentions.get(k);
      if (k + 1 < mentions.size() && joins(body, a, mentions.get(k + 1))) {
        Mention b = mentions.get(++k);
        out.add(new Mention(a.start(), b.end(), body.substring(a.start(), b.end()), "LOC", null, a.role()));
        changed = true;
      } else {
        out.add(a);
      }
    }
    return changed ? out : mentions;
  }

  /**
   * The mentions with a region printed alone ({@code كردستان}, {@code إقليم كردستان}) named as the one
   * region-and-country name the document prints for it ({@code كردستان العراق}), so that they link; a
   * document naming the region of two countries, or none, leaves it alone. Across documents the
   * joined names stay apart: the Kurdistan of Iraq is not that of Iran.
   */
  static List<Mention> qualifyBareRegions(List<Mention> mentions) {
    java.util.Map<String, java.util.Set<String>> joined = new java.util.HashMap<>();
    for (Mention m : mentions) {
      String r = m.type().equals("LOC") ? region(m.canonical()) : null;
      if (r != null) joined.computeIfAbsent(NameForms.key(r), x -> new java.util.HashSet<>()).add(m.canonical());
    }
    if (joined.isEmpty()) return mentions;
    List<Mention> out = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      List<String> w = NameForms.words(m.canonical());
      boolean bare = m.type().equals("LOC") && (w.size() == 1 || w.size() == 2 && UNIT_NOUNS.contains(w.get(0)));
      java.util.Set<String> full = bare ? joined.get(w.get(w.size() - 1)) : null;
      out.add(full != null && full.size() == 1 ? m.withCanonical(full.iterator().next()) : m);
    }
    return out;
  }

  /** The region of a joined name ({@code كردستان العراق} → {@code كردستان}); null for any other name. */
  static String region(String canonical) {
    List<String> w = NameForms.words(canonical);
    return w.size() == 2 && regionWord(w.get(0)) && countryNoun(w.get(1))
        ? canonical.substring(0, canonical.indexOf(' ')).strip() : null;
  }

  /** Nouns of a state or an administrative unit, in matching form: جمهورية مصر is the state, not a region of it. */
  private static final java.util.Set<String> UNIT_NOUNS = java.util.Set.of("جمهوريه", "مملكه", "سلطنه", "دوله", "اماره",
      "ولايه", "اقليم", "منطقه", "محافظه", "مدينه", "عاصمه");

  /** The corpus prints a common noun with the article this often at least (المطار، الجنوب); a region's name hardly ever. */
  private static final int COMMON_WITH_ARTICLE = 20;

  /**
   * A word that may name a region: no article, no adjective, no country or listed city, no unit noun,
   * and no common noun in construct with a place (مطار القاهرة, جنوب السودان, جزيرة العرب are names of
   * their own, not a region called مطار or جنوب).
   */
  private static boolean regionWord(String norm) {
    return !norm.startsWith("ال") && !NameForms.isNisba(norm) && !ClubNamesStage.isCountry(norm) && !UNIT_NOUNS.contains(norm)
        && org.mizan.clean.Vocabulary.shipped().count("ال" + norm) < COMMON_WITH_ARTICLE;
  }

  /** A country printed bare as a noun: with the article (العراق, not the adjective العراقية), or listed as is. */
  private static boolean countryNoun(String norm) {
    if (NameForms.isNisba(norm)) return false;
    return norm.startsWith("ال") ? ClubNamesStage.isCountry(norm) : "LOC".equals(EntityLexicon.TAGGED_NAMES.get(norm));
  }

  private static boolean joins(String body, Mention a, Mention b) {
    if (!a.type().equals("LOC") || !b.type().equals("LOC") || a.text().indexOf(' ') >= 0 || b.text().indexOf(' ') >= 0
        || !body.substring(a.end(), b.start()).equals(" ")) {
      return false;
    }
    // the country printed bare (not وX, بX)
    return countryNoun(NameForms.key(b.text())) && regionWord(NameForms.key(a.text()));
  }
}
