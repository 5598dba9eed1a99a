package org.mizan.entities;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.mizan.text.ArabicNormalization;

/**
 * The word lists of the entity stages, read once from {@code src/main/resources/org/mizan/entities/}:
 * role titles, words that continue a role, stopwords, and aliases. All keys are normalized.
 */
final class EntityLexicon {
  static final Set<String> TITLES = words("role-titles.txt");
  static final Set<String> ROLE_WORDS = words("role-words.txt");
  /** Ministry portfolios, read by {@link RoleStage} only (a role printed before a tagged name). */
  static final Set<String> PORTFOLIOS = words("portfolio-words.txt");
  static final Set<String> STOPWORDS = words("stopwords.txt");
  /** Kinship and relational titles: the name after them may be the one they are said of (صهر X). */
  static final Set<String> RELATIONAL_TITLES = words("relational-titles.txt");
  /** Descriptions with no role (الطفل, المدعو) after which name-like words are a person: see {@code slot-nouns.txt}. */
  static final Set<String> SLOT_NOUNS = words("slot-nouns.txt");
  /** Normalized alias → canonical name as printed. */
  static final Map<String, String> ALIASES = column("aliases.txt", 1);
  /** Normalized alias → the type its entity always has (institutions named by their seat). */
  static final Map<String, String> ALIAS_TYPES = column("aliases.txt", 2);
  /**
   * Normalized name → type of the names tagged wherever printed ({@code entities.lexicon}): the
   * typed aliases, then the countries and cities of {@code places.txt} as LOC.
   */
  static final Map<String, String> TAGGED_NAMES = taggedNames();

  private static Map<String, String> taggedNames() {
    Map<String, String> out = new HashMap<>();
    for (String place : words("places.txt")) out.put(place, "LOC");
    out.putAll(ALIAS_TYPES);
    return Map.copyOf(out);
  }

  /** Normalized facility head word (مطار, جامعة) → type of the name it heads. */
  static final Map<String, String> FACILITY_HEADS = column("facility-heads.txt", 1);
  /** Normalized head word of organization and place names (شركة, وزارة, مدينة) → ORG or LOC; a tagger feature. */
  static final Map<String, String> NAME_HEADS = column("name-heads.txt", 1);
  /** Normalized organisation head noun (وزاره, هيئه) → "royal" when it heads one only before الملك + name, else "". */
  static final Map<String, String> ORG_HEADS = column("org-heads.txt", 1, "");
  /** Definite words that never continue an organisation's name (quality, time). */
  static final Set<String> ORG_NAME_STOPS = words("org-name-stops.txt");
  /** Non-nisba adjectives that continue an organisation's name (العامه, العليا). */
  static final Set<String> ORG_NAME_ADJECTIVES = words("org-name-adjectives.txt");
  /** Scope adjectives of federations above one country (الدولي, الآسيوي): see {@code federation-scopes.txt}. */
  static final Set<String> FEDERATION_SCOPES = words("federation-scopes.txt");
  /** Nouns that show the name after them is an organisation (جماعة, نادي, قناة). */
  static final Set<String> ORG_EVIDENCE = words("org-evidence.txt");
  /** Nouns that open a group's name (جماعة، حركة، تنظيم): see {@code group-nouns.txt}. */
  static final Set<String> GROUP_NOUNS = words("group-nouns.txt");
  /** Platform names tagged only after a media or platform noun ({@code منصة إكس}). */
  static final Set<String> PLATFORM_NAMES = words("platform-names.txt");
  /** Nationality and region adjectives, masculine, without the article (the quotes' list: one list for both). */
  static final Set<String> NATIONALITIES =
      org.mizan.text.WordList.normalized(EntityLexicon.class, "/org/mizan/quotes/nationality-adjectives.txt");
  /** Normalized endings of transliterated surnames. */
  static final java.util.List<String> SURNAME_ENDINGS = java.util.List.copyOf(words("surname-endings.txt"));

  private EntityLexicon() {}

  private static Set<String> words(String name) {
    Set<String> out = new HashSet<>();
    for (String line : lines(name)) out.add(ArabicNormalization.normalize(line));
    return Set.copyOf(out);
  }

  static Map<String, String> column(String name, int column) {
    return column(name, column, null);
  }

  /** Column {@code column} of each line keyed by its first; {@code missing} for lines without it (null: skip the line). */
  private static Map<String, String> column(String name, int column, String missing) {
    Map<String, String> out = new HashMap<>();
    for (String line : lines(name)) {
      String[] p = line.split("\t");
      if (p.length > column) out.put(ArabicNormalization.normalize(p[0]), p[column].strip());
      else if (missing != null) out.put(ArabicNormalization.normalize(p[0]), missing);
    }
    return Map.copyOf(out);
  }

  static java.util.List<String> lines(String name) {
    return org.mizan.text.WordList.lines(EntityLexicon.class, name);
  }
}
