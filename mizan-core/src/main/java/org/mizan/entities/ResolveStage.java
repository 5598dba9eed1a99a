package org.mizan.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mizan.doc.Document;
import org.mizan.pipeline.DocumentStage;
import org.mizan.text.Clitics;

/**
 * {@code entities.resolve}: the name each mention stands for in its document ({@link Mention#canonical()}):
 * clitics removed ({@code للأمم المتحدة} → {@code الأمم المتحدة}), aliases resolved from
 * {@code aliases.txt} ({@code الناتو} → {@code حلف شمال الأطلسي}), and a person's short form linked
 * to the full name printed in the same document ({@code أردوغان} → {@code رجب طيب أردوغان}; a given name
 * alone: {@link LoneGivenNames}; an organisation without the adjectives closing its name: {@link ShortBodyNames}).
 */
public final class ResolveStage implements DocumentStage {
  private final NerFeatures lexicon;

  public ResolveStage() {
    this(NerModel.shipped().features());
  }

  public ResolveStage(NerFeatures lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * Names printed with vowel marks that tell them from another name of the same letters ({@code عُمان}
   * → {@code سلطنة عمان}), from {@code vowelled-names.tsv}; keys as printed, marks kept.
   */
  private static final Map<String, String> VOWELLED = vowelled();

  private static Map<String, String> vowelled() {
    Map<String, String> out = new HashMap<>();
    for (String line : EntityLexicon.lines("vowelled-names.tsv")) {
      String[] c = line.split("\t");
      if (c.length == 2) out.put(c[0].strip(), c[1].strip());
    }
    return Map.copyOf(out);
  }

  @Override
  public String name() {
    return "entities.resolve";
  }

  @Override
  public Document apply(Document doc) {
    Set<String> keys = new HashSet<>();
    Set<String> words = new HashSet<>();
    // words after the first of a name carry no proclitic: فالدانو there is a name, not ف + الدانو
    Set<String> inner = new HashSet<>();
    for (Mention m : doc.mentions()) {
      keys.add(NameForms.key(m.text()));
      List<String> w = NameForms.words(m.text());
      words.addAll(w);
      inner.addAll(w.subList(Math.min(1, w.size()), w.size()));
    }
    java.util.function.Predicate<String> lexical = k -> lexicon.gazetteer().containsKey(k)
        || lexicon.gazetteer().containsKey(k.split(" ")[0]);
    java.util.function.Predicate<String> known = k -> keys.contains(k) || words.contains(k.split(" ")[0]);
    List<Mention> out = new ArrayList<>();
    for (Mention m : doc.mentions()) {
      // a listed place printed whole is no clitic + name (بابل is Babylon, not ب + أبل)
      boolean listedPlace = m.type().equals("LOC") && "LOC".equals(EntityLexicon.TAGGED_NAMES.get(NameForms.key(m.text())));
      String display = inner.contains(NameForms.key(m.text())) || listedPlace ? m.text().strip()
          : NameForms.stripClitics(m.text(), known, lexical);
      display = listedName(display, m.type());
      display = VOWELLED.getOrDefault(display.replace("\u0640", ""), display);
      String key = aliasKey(NameForms.key(display));
      String alias = EntityLexicon.ALIASES.get(key);
      String type = EntityLexicon.ALIAS_TYPES.getOrDefault(key, m.type());
      Mention r = new Mention(m.start(), m.end(), m.text(), type, m.entityId(), m.role(), alias != null ? alias : display);
      out.add(r);
    }
    java.util.function.Predicate<String> place = k -> (lexicon.gazetteer().getOrDefault(k, 0) & NerFeatures.LOC) != 0
        || ClubNamesStage.isCountry(k);
    return doc.withMentions(NicknameAliases.resolve(doc.body(), RegionCountryNames.qualifyBareRegions(
        FederationNames.resolve(ShortBodyNames.resolve(doc.body(),
            expandShortOrganisations(LoneGivenNames.resolve(expandShortNames(withoutTeamWord(out))), place))))));
  }

  /** The words that name a club by its team ({@code نادي X}, {@code فريق X}), normalised. */
  private static final Set<String> TEAM_WORDS = Set.of("نادي", "فريق");

  /**
   * An organisation printed {@code نادي X} or {@code فريق X} stands for the club X when the document also
   * names X alone as an organisation ({@code استضاف نادي X ... وفاز X}): one club, not two.
   */
  static List<Mention> withoutTeamWord(List<Mention> mentions) {
    Set<String> bare = new HashSet<>();
    for (Mention m : mentions) {
      if (m.type().equals("ORG") && m.canonical() != null && NameForms.words(m.canonical()).size() == 1) bare.add(NameForms.key(m.canonical()));
    }
    if (bare.isEmpty()) return mentions;
    List<Mention> out = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      List<String> w = m.type().equals("ORG") && m.canonical() != null ? NameForms.words(m.canonical()) : List.of();
      boolean club = w.size() == 2 && TEAM_WORDS.contains(w.get(0)) && bare.contains(w.get(1));
      out.add(club ? m.withCanonical(m.canonical().substring(m.canonical().indexOf(' ') + 1).strip()) : m);
    }
    return out;
  }

  /**
   * An organisation printed as the last word of its two- or three-word name ({@code يونايتد} for {@code
   * مانشستر يونايتد}, a club's or a paper's short form) takes that name when exactly one organisation of
   * the document ends so; a definite word is left alone ({@code المتحدة} ends many names), and so is a
   * place ({@code ميلان} is not {@code إنتر ميلان}) or a name after a head or club prefix ({@code نادي X} is X).
   */
  static List<Mention> expandShortOrganisations(List<Mention> mentions, java.util.function.Predicate<String> place) {
    Map<String, Set<String>> byLast = new HashMap<>(); // last word -> full names ending with it
    for (Mention m : mentions) {
      List<String> w = NameForms.words(m.canonical());
      if (m.type().equals("ORG") && w.size() >= 2 && w.size() <= 3 && !opensWithPrefix(w.get(0))) {
        byLast.computeIfAbsent(w.get(w.size() - 1), x -> new HashSet<>()).add(m.canonical());
      }
    }
    if (byLast.isEmpty()) return mentions;
    List<Mention> out = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      List<String> w = NameForms.words(m.canonical());
      Set<String> full = w.size() == 1 && m.type().equals("ORG") && !w.get(0).startsWith("ال") && !place.test(w.get(0))
          ? byLast.get(w.get(0)) : null;
      out.add(full != null && full.size() == 1 ? m.withCanonical(full.iterator().next()) : m);
    }
    return out;
  }

  private static boolean opensWithPrefix(String first) {
    for (String v : Clitics.variants(first)) {
      if (EntityLexicon.ORG_HEADS.containsKey(v) || ClubNamesStage.isClubPrefix(v) || EntityLexicon.GROUP_NOUNS.contains(v)) return true;
    }
    return false;
  }

  /**
   * A name printed with one or two clitics before a listed name of its type ({@code بفرنسا}, {@code
   * وكوريا الجنوبية}, {@code وداعش}): that listed name, whatever the gazetteer says of the clitic form;
   * else the name itself. The types must agree: a club may print a country's letters after ب ({@code
   * بروسيا}).
   */
  static String listedName(String display, String type) {
    if (display.length() < 4 || EntityLexicon.TAGGED_NAMES.containsKey(NameForms.key(display))) return display;
    for (int k = 1; k <= 2 && display.length() - k >= 3; k++) {
      if ("وفبل".indexOf(display.charAt(k - 1)) < 0) break;
      String rest = display.substring(k);
      if (type.equals(EntityLexicon.TAGGED_NAMES.get(NameForms.key(rest)))) return rest;
    }
    return display;
  }

  /**
   * The key itself, or, when it is no alias but is one after a proclitic comes off its first word
   * ({@code لوكالة الأنباء X}: stripping cannot tell ل + وكالة from لو + كالة), that alias key.
   */
  static String aliasKey(String key) {
    if (EntityLexicon.ALIASES.containsKey(key)) return key;
    int sp = key.indexOf(' ');
    String first = sp < 0 ? key : key.substring(0, sp), rest = sp < 0 ? "" : key.substring(sp);
    for (String v : Clitics.variants(first)) {
      if (!v.equals(first) && EntityLexicon.ALIASES.containsKey(v + rest)) return v + rest;
    }
    return key;
  }

  /** Person short forms (surname, or the last words of a name) take the full name printed in the document. */
  static List<Mention> expandShortNames(List<Mention> mentions) {
    Map<String, Integer> fullNames = new HashMap<>(); // canonical -> count
    Map<String, Integer> firstAt = new HashMap<>(); // canonical -> where it is first printed
    for (Mention m : mentions) {
      if (m.type().equals("PER") && NameForms.words(m.canonical()).size() >= 2) {
        fullNames.merge(m.canonical(), 1, Integer::sum);
        firstAt.merge(m.canonical(), m.start(), Math::min);
      }
    }
    List<Mention> out = new ArrayList<>();
    for (Mention m : mentions) {
      if (!m.type().equals("PER")) {
        out.add(m);
        continue;
      }
      List<String> w = NameForms.words(m.canonical());
      String best = patronymicOf(m.canonical(), fullNames.keySet());
      if (best != null) {
        out.add(m.withCanonical(best));
        continue;
      }
      for (var e : new java.util.TreeMap<>(fullNames).entrySet()) {
        List<String> f = NameForms.words(e.getKey());
        if (f.size() <= w.size() || !endsWith(f, w)) continue;
        // a father's name after بن is not the son's surname (سلمان alone is not محمد بن سلمان)
        if (w.size() == 1 && f.size() >= 3 && LinkStage.isNasab(f, f.size() - 1)) continue; // (بن رودس: Ben, a given name)
        // nor is a longer name after بن: سلمان بن عبد العزيز is the father in محمد بن سلمان بن عبد العزيز
        if (f.size() - w.size() >= 2 && LinkStage.isNasab(f, f.size() - w.size())) continue;
        // nor is a house's name after آل a man of it (وسعود X is not سلمان … آل سعود)
        if (LinkStage.afterHouse(f, f.size() - w.size())) continue;
        // two full names share it (father and son): the one printed more often, else the one printed
        // first, whom the article is about
        if (best == null || e.getValue() > fullNames.get(best)
            || e.getValue().equals(fullNames.get(best)) && firstAt.get(e.getKey()) < firstAt.get(best)) {
          best = e.getKey();
        }
      }
      out.add(best == null ? m : m.withCanonical(best));
    }
    return out;
  }

  /**
   * The one full name a patronymic reference stands for ({@code وقال بن عبد الله} → {@code راشد بن
   * عبدالله آل خليفة}): a name of بن/ابن and one word that some full name carries after a given name,
   * compounds compared fused; null when no full name or several do.
   */
  static String patronymicOf(String name, java.util.Collection<String> fullNames) {
    List<String> w = NameForms.nameWords(name);
    if (w.size() != 2 || !NameVariants.isSon(w.get(0))) return null;
    String found = null;
    for (String full : fullNames) {
      List<String> f = NameForms.nameWords(full);
      for (int i = 1; i + 1 < f.size(); i++) {
        if (NameVariants.isSon(f.get(i)) && NameVariants.sameWord(f.get(i + 1), w.get(1))) {
          if (found != null && !found.equals(full)) return null;
          found = full;
        }
      }
    }
    return found;
  }

  private static boolean endsWith(List<String> full, List<String> part) {
    int off = full.size() - part.size();
    for (int i = 0; i < part.size(); i++) if (!NameVariants.sameWord(full.get(off + i), part.get(i))) return false;
    return true;
  }
}
