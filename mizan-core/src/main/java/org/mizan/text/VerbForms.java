package org.mizan.text;

import java.util.HashSet;
import java.util.Set;

/**
 * Finite verbs that end a speaker phrase: a name does not run on over a verb ({@code فلان وعلان
 * أجريا مناقشات}, {@code مسؤولون يجرون}). Two sources: the common news verbs of {@code verbs.tsv}
 * in all their inflected forms (feminine, dual, plural, weak final letters, و/س prefixes), and the
 * shapes no name or noun takes after a name word: an imperfect with a dual or plural ending
 * ({@code يجريان}, {@code يقولون}), a perfect plural in {@code وا} ({@code أجروا}) and a future
 * after و ({@code وسأستخرج}).
 */
public final class VerbForms {
  private static final Set<String> FORMS = build();
  /** Words of verb shape that are nouns or names (تعاون، تايوان، فرانسوا). */
  private static final Set<String> NOT_VERBS = Set.of("تعاون", "تهاون", "تايوان", "تركمان", "تومسون", "تايسون",
      "ترجمان", "فرنسوا", "فرانسوا", "يونان", "تيران");

  private VerbForms() {}

  /**
   * True for a listed verb form or a future after و ({@code وسأستخرج}): the test for words of a name
   * the NER proposes, which may be a foreign name of verb shape ({@code أبشروا}).
   */
  public static boolean isListedVerb(String norm) {
    return FORMS.contains(norm) || future(norm);
  }

  private static boolean future(String norm) {
    return norm.length() >= 7 && norm.startsWith("وس") && "اينت".indexOf(norm.charAt(2)) >= 0;
  }

  /** True when a token in matching form is a finite verb form. */
  public static boolean isVerb(String norm) {
    if (FORMS.contains(norm)) return true;
    String w = bare(norm);
    if (w == null) return false;
    boolean perfectPlural = w.endsWith("وا") && w.length() >= 5;
    // وسأستخرج، وسيعمل: و + future س + an imperfect prefix (no name opens so)
    return imperfectPlural(w) || perfectPlural || future(norm);
  }

  /**
   * True for an imperfect with a dual or plural ending ({@code يجريان}, {@code سيتوجهان}, {@code
   * يقولون}), with its و/ف/س prefixes: the verb shape that names take least (unlike the perfect
   * plural in {@code وا}, which transliterated names such as {@code أبشروا} share).
   */
  public static boolean isImperfectPlural(String norm) {
    String w = bare(norm);
    return w != null && imperfectPlural(w);
  }

  /** The word without و/ف and the future س, or null for a listed non-verb or a definite word. */
  private static String bare(String norm) {
    if (NOT_VERBS.contains(norm)) return null;
    String w = norm;
    if (w.length() > 5 && (w.startsWith("و") || w.startsWith("ف"))) w = w.substring(1);
    if (w.length() > 5 && w.startsWith("س")) w = w.substring(1);
    return NOT_VERBS.contains(w) || w.startsWith("ال") ? null : w;
  }

  private static boolean imperfectPlural(String w) {
    return (w.startsWith("ي") || w.startsWith("ت")) && !w.endsWith("يون")
        && (w.endsWith("ون") && w.length() >= 5 || w.endsWith("ان") && w.length() >= 6);
  }

  private static Set<String> build() {
    Set<String> out = new HashSet<>();
    for (String line : WordList.lines(VerbForms.class, "verbs.tsv")) {
      String[] f = line.split("\t");
      if (!f[0].equals("-")) past(out, f[0]);
      if (f.length > 1 && !f[1].equals("-")) present(out, ArabicNormalization.normalize(f[1]));
    }
    return Set.copyOf(out);
  }

  private static void past(Set<String> out, String column) {
    boolean nounToo = column.startsWith("*");
    String p = ArabicNormalization.normalize(nounToo ? column.substring(1) : column);
    if (!nounToo) {
      add(out, p);
      add(out, p + "ا"); // dual: اتفقا، أجريا
    }
    add(out, p + "ت");
    add(out, p + "تا");
    add(out, p + "وا");
    char last = p.charAt(p.length() - 1);
    if (last == 'ي' || last == 'ا') {
      String root = p.substring(0, p.length() - 1); // أجرى → أجروا، أجرت، أجرتا; دعا → دعوا، دعت
      add(out, root + "وا");
      add(out, root + "ت");
      add(out, root + "تا");
    }
  }

  private static void present(Set<String> out, String p) {
    String bare = p.substring(1);
    for (String prefix : new String[] {"ي", "ت"}) { // not ن: نجد، نقود are also nouns
      String s = prefix + bare;
      out.add(s);
      out.add("و" + s);
      out.add("س" + s);
      out.add("وس" + s);
      out.add(s + "ان");
      out.add(s + "ون");
      out.add("و" + s + "ون");
      char last = s.charAt(s.length() - 1);
      if (last == 'ي' || last == 'و' || last == 'ا') out.add(s.substring(0, s.length() - 1) + "ون"); // يجرون، يدعون
    }
  }

  /** A form and its و form; not ف, which makes names of verbs (ف + أدى = فادي، ف + يصل = فيصل). */
  private static void add(Set<String> out, String form) {
    out.add(form);
    out.add("و" + form);
  }
}
