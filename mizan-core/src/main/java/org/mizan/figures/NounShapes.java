package org.mizan.figures;

import java.util.List;
import java.util.Set;
import org.mizan.text.Token;
import org.mizan.text.WordList;

/**
 * Shapes of Arabic words read from their letters (matching form, article stripped): sound plurals
 * ({@code صحفيين}, {@code مسلحون}, {@code سيارات}), common broken-plural patterns ({@code أفعال}
 * {@code أفراد}, {@code فعالل} {@code عناصر}, {@code فعلاء} {@code وزراء}, listed {@code فعلة} {@code قادة}) and adjectives
 * (participles {@code المستقلين}, nisbas {@code الودية}). Used to tell the counted noun of a partitive
 * or a definite cardinal from a group name or an adjective.
 */
final class NounShapes {
  private static final Set<String> NOT_NOUN = WordList.normalized(NounShapes.class, "not-nouns.txt");
  /** Broken plurals of the shapes فعلة and فعاة, which the letters alone cannot tell from feminine singulars. */
  private static final Set<String> BROKEN_PLURALS = WordList.normalized(NounShapes.class, "broken-plurals.txt");

  private NounShapes() {}

  /**
   * {@code 51 من عناصر}, {@code 350 من الصحفيين}: the plural noun of a partitive at token n (without
   * its article), or null for a group or a singular ({@code من داعش}, {@code من الجيش}, {@code من
   * جماعة}). A word after و or a preposition begins another phrase.
   */
  static String member(List<Token> toks, int n) {
    Token t = toks.get(n);
    if (!t.isArabic()) return null;
    String text = t.text();
    if (text.startsWith("و") || text.startsWith("ب") || text.startsWith("ل") && !text.startsWith("ال")) return null;
    String w = withoutPossessive(bare(t.norm())); // نحو 20 من أفرادها
    if (!plural(w) && w.length() >= 5 && w.endsWith("ي") && plural(w + "ن") && n + 1 < toks.size()
        && toks.get(n + 1).norm().startsWith("ال") && !NOT_NOUN.contains(w)) {
      return w; // 6 من مقاتلي المقاومة: a sound plural in construct (its ن dropped)
    }
    return plural(w) && !NOT_NOUN.contains(w) ? w : null;
  }

  /** The word without a possessive pronoun suffix ({@code أفرادها} → {@code أفراد}), when what is left is a word. */
  static String withoutPossessive(String w) {
    if (w.length() >= 7 && w.endsWith("هما")) return w.substring(0, w.length() - 3);
    if (w.length() >= 5 && (w.endsWith("ها") || w.endsWith("هم") || w.endsWith("هن"))) {
      return w.substring(0, w.length() - 2);
    }
    return w;
  }

  /** The word without its article (ال), when it has one. */
  static String bare(String norm) {
    return norm.startsWith("ال") && norm.length() > 4 ? norm.substring(2) : norm;
  }

  /** A sound plural or a common broken-plural pattern (article stripped). */
  static boolean plural(String w) {
    if (w.length() >= 5 && (w.endsWith("ين") || w.endsWith("ون") || w.endsWith("ات"))) return true;
    if (BROKEN_PLURALS.contains(w)) return true; // فعلة، فعاة: قادة، طلبة، قضاة (shaped like حركة، حياة)
    if (w.length() != 5 || w.endsWith("ه")) return false; // جماعة: a feminine singular
    return w.charAt(0) == 'ا' && w.charAt(3) == 'ا' // أفعال: أفراد، أطفال، أعضاء
        || w.charAt(2) == 'ا' && w.charAt(0) != 'ا' // فعالل، مفاعل: عناصر، مراكز
        || w.endsWith("اء") && w.charAt(0) != 'ا'; // فعلاء: وزراء، زملاء
  }

  /** An adjective after a definite noun: a participle (المستقلين، المسلحة) or a nisba (الودية، الأجنبيين). */
  static boolean adjective(String norm) {
    if (!norm.startsWith("ال")) return false;
    String w = norm.substring(2);
    return w.length() >= 4 && (w.startsWith("م") || w.endsWith("ي") || w.endsWith("يه") || w.endsWith("يين")
        || w.endsWith("يون") || w.endsWith("يات"));
  }
}
