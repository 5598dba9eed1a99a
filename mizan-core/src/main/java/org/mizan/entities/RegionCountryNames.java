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
   * The region a joined name stands for ({@code كردستان العراق} → {@code كردستان}), so that it links with
   * the region printed alone; null for any other name.
   */
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
