package org.mizan.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
  static final Set<String> STOPWORDS = words("stopwords.txt");
  /** Kinship and relational titles: the name after them may be the one they are said of (صهر X). */
  static final Set<String> RELATIONAL_TITLES = words("relational-titles.txt");
  /** Normalized alias → canonical name as printed. */
  static final Map<String, String> ALIASES = column("aliases.txt", 1);
  /** Normalized alias → the type its entity always has (institutions named by their seat). */
  static final Map<String, String> ALIAS_TYPES = column("aliases.txt", 2);
  /** Normalized facility head word (مطار, جامعة) → type of the name it heads. */
  static final Map<String, String> FACILITY_HEADS = column("facility-heads.txt", 1);
  /** Normalized head word of organization and place names (شركة, وزارة, مدينة) → ORG or LOC; a tagger feature. */
  static final Map<String, String> NAME_HEADS = column("name-heads.txt", 1);
  /** Normalized endings of transliterated surnames. */
  static final java.util.List<String> SURNAME_ENDINGS = java.util.List.copyOf(words("surname-endings.txt"));

  private EntityLexicon() {}

  private static Set<String> words(String name) {
    Set<String> out = new HashSet<>();
    for (String line : lines(name)) out.add(ArabicNormalization.normalize(line));
    return Set.copyOf(out);
  }

  private static Map<String, String> column(String name, int column) {
    Map<String, String> out = new HashMap<>();
    for (String line : lines(name)) {
      String[] p = line.split("\t");
      if (p.length > column) out.put(ArabicNormalization.normalize(p[0]), p[column].strip());
    }
    return Map.copyOf(out);
  }

  private static java.util.List<String> lines(String name) {
    java.util.List<String> out = new java.util.ArrayList<>();
    try (InputStream in = EntityLexicon.class.getResourceAsStream(name)) {
      if (in == null) throw new IllegalStateException("missing resource org/mizan/entities/" + name);
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        line = line.strip();
        if (!line.isEmpty() && !line.startsWith("#")) out.add(line);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
