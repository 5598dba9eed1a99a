package org.mizan.entities;

import java.util.ArrayList;
import java.util.List;
import org.mizan.text.ArabicNormalization;
import org.mizan.text.Token;
import org.mizan.text.Tokenizer;

/** Small helpers on printed names: clitic removal that keeps the printed letters, and matching keys. */
final class NameForms {
  private NameForms() {}

  /**
   * The printed name without the proclitics of its first word: {@code للأمم المتحدة} →
   * {@code الأمم المتحدة}, {@code والرئيس} → {@code الرئيس}, {@code وأردوغان} → {@code أردوغان} when
   * the document prints the bare form ({@code known}), or a lexicon knows the bare form but not the
   * whole word ({@code lexical}); a bare و/ب/ل cannot be told from a root letter otherwise
   * ({@code فلوريدا}).
   */
  static String stripClitics(String printed, java.util.function.Predicate<String> known) {
    return stripClitics(printed, known, k -> false);
  }

  static String stripClitics(String printed, java.util.function.Predicate<String> known,
      java.util.function.Predicate<String> lexical) {
    String p = printed.strip();
    if (p.isEmpty() || !ArabicNormalization.isArabicLetter(p.charAt(0))) return p;
    int i = 0;
    if ((p.charAt(0) == 'و' || p.charAt(0) == 'ف') && p.length() > 4) i = 1;
    // the first word keeps two letters after its article at least: وكالة is a word, not و+ك+الة
    int firstEnd = p.indexOf(' ') < 0 ? p.length() : p.indexOf(' ');
    if (p.startsWith("لل", i) && p.length() - i > 4 && firstEnd - i >= 4) return "ال" + p.substring(i + 2);
    if (i + 1 < p.length() && "بلك".indexOf(p.charAt(i)) >= 0 && p.startsWith("ال", i + 1) && p.length() - i > 5
        && firstEnd - i - 3 >= 2) {
      String rest = p.substring(i + 1);
      // ك (like) rarely comes before a name, and foreign names open with كال (كاليفورنيا): only a known rest
      if (p.charAt(i) != 'ك' || known.test(key(rest)) || lexical.test(key(rest))) return rest;
    }
    if (p.startsWith("ال", i)) return p.substring(i);
    // a bare clitic before a name without the article: only when the rest is a known name; two
    // clitic letters (فل+وريدا) only when the whole word is not itself a known name (فلوريدا)
    // when the whole word is a known name too (فولوديمير, فلوريدا), strip only if the bare form
    // is printed elsewhere in the document
    boolean wholeKnown = lexical.test(key(p));
    for (int k = 1; k <= 2 && p.length() - k >= 3; k++) {
      String rest = p.substring(k);
      if (!isClitics(p.substring(0, k))) continue;
      if (known.test(key(rest)) || !wholeKnown && lexical.test(key(rest))) return rest;
    }
    return p;
  }

  private static boolean isClitics(String s) {
    if (s.length() == 1) return "وفبلك".indexOf(s.charAt(0)) >= 0;
    return "وف".indexOf(s.charAt(0)) >= 0 && "بلك".indexOf(s.charAt(1)) >= 0;
  }

  /** The matching key of a name: normalized words joined by one space. */
  static String key(String name) {
    return String.join(" ", words(name));
  }

  /**
   * The words of a name with a compound name joined into one word whether printed fused or spaced
   * ({@code عبد الله} = {@code عبدالله}, {@code أبو بكر} = {@code أبوبكر}): the words linking compares.
   */
  static List<String> nameWords(String name) {
    List<String> w = words(name);
    List<String> out = new ArrayList<>(w.size());
    for (int i = 0; i < w.size(); i++) {
      String x = w.get(i);
      if ((x.equals("عبد") || x.equals("ابو") || PARTICLES.contains(x)) && i + 1 < w.size()) out.add(x + w.get(++i));
      else out.add(x);
    }
    return out;
  }

  /**
   * Particles of European surnames and articles of French place names, printed fused or spaced
   * ({@code دي مستورا} / {@code ديمستورا}, {@code فان غال}, {@code لا ريونيون} / {@code لاريونيون}), in
   * matching form.
   */
  static final java.util.Set<String> PARTICLES = java.util.Set.of("دي", "دا", "دو", "ديل", "فان", "فون", "لا", "لو");

  /** The printed last word of a name after a surname particle ({@code فان غال} → {@code غال}), or null. */
  static String afterParticle(String name) {
    List<String> w = words(name);
    return w.size() >= 2 && PARTICLES.contains(w.get(w.size() - 2)) ? w.get(w.size() - 1) : null;
  }

  /** Names repeat across stages and articles; their words are kept once computed (bounded). */
  private static final java.util.Map<String, List<String>> WORDS = new java.util.concurrent.ConcurrentHashMap<>();

  private static final int WORDS_MAX = 50_000;

  /** The matching forms of a name's words, in order; the list is the caller's to change. */
  static List<String> words(String name) {
    List<String> w = WORDS.get(name);
    if (w == null) {
      List<String> out = new ArrayList<>();
      for (Token t : Tokenizer.tokenize(name)) out.add(t.norm());
      w = List.copyOf(out);
      if (WORDS.size() >= WORDS_MAX) WORDS.clear();
      WORDS.put(name, w);
    }
    return new ArrayList<>(w);
  }

  /**
   * The word after the dative ل of a word in matching form ({@code لبوتين} → {@code بوتين}: "to Putin"), or
   * null when the word does not open with it (the article {@code ال}, or too short to carry a name after it).
   */
  static String dativeRest(String norm) {
    return norm.length() > 3 && norm.charAt(0) == 'ل' && !norm.startsWith("ال") ? norm.substring(1) : null;
  }

  /** A nationality or origin adjective (الروسي، الأمريكية، أوكراني): a role may carry one. */
  static boolean isNisba(String norm) {
    String w = norm.startsWith("ال") ? norm.substring(2) : norm;
    return w.length() >= 4 && (w.endsWith("ي") || w.endsWith("يه") || w.endsWith("يين") || w.endsWith("يون"));
  }

  /**
   * Token {@code j} exists, is an Arabic word, and only spaces separate it from the token before: the
   * two can be words of one name.
   */
  static boolean nextWord(String body, List<Token> toks, int j) {
    if (j >= toks.size() || j < 1) return false;
    Token t = toks.get(j);
    if (!t.isArabic() || t.isNumber()) return false;
    String gap = body.substring(toks.get(j - 1).end(), t.start());
    return gap.chars().allMatch(c -> c == ' ' || c == '\u00a0');
  }

  /**
   * A definite nisba that can be a family name ({@code الحوثي}, {@code الشرعبي}): not feminine (an
   * adjective: {@code الصحفية}), not a nationality, role word or organisation-name stop word.
   */
  static boolean isFamilyNisba(String norm) {
    if (!norm.startsWith("ال") || EntityLexicon.STOPWORDS.contains(norm) || RoleStage.isTitle(norm)) return false;
    String bare = norm.substring(2);
    if (bare.endsWith("ه")) return false;
    return isNisba(norm) && !EntityLexicon.NATIONALITIES.contains(bare)
        && !EntityLexicon.ROLE_WORDS.contains(norm) && !EntityLexicon.ORG_NAME_STOPS.contains(norm);
  }

  /**
   * A definite word, clitics allowed ({@code بالاتحاد}), that is not a stopword nor {@code الله}:
   * a common noun that a nisba after it can belong to ({@code الاتحاد الأوروبي}).
   */
  static boolean isDefiniteCommon(String norm) {
    for (String v : org.mizan.text.Clitics.variants(norm)) {
      if (!v.startsWith("ال") || v.length() < 4) continue;
      return !v.equals("الله") && !EntityLexicon.STOPWORDS.contains(v);
    }
    return false;
  }

  /**
   * Whether an organisation name keeps the nisba {@code nisba} after the word {@code prev}: an
   * adjective of origin only right after a head noun ({@code الاتحاد الأوروبي}, not
   * {@code الكونغرس الأمريكي}), any other nisba after a definite common word ({@code الطاقة الذرية}).
   */
  static boolean orgKeepsNisba(String prev, String nisba) {
    if (!isDefiniteCommon(prev)) return false;
    String bare = nisba.startsWith("ال") ? nisba.substring(2) : nisba;
    if (bare.endsWith("ه")) bare = bare.substring(0, bare.length() - 1);
    if (!isOrigin(bare)) return true;
    // a central bank or authority is named by its country (البنك المركزي الأوروبي)
    if (prev.equals("المركزي") || prev.equals("المركزيه")) return true;
    for (String v : org.mizan.text.Clitics.variants(prev)) {
      if (v.startsWith("ال") && EntityLexicon.ORG_HEADS.containsKey(v.substring(2))) return true;
    }
    return false;
  }

  /**
   * An adjective of origin without article and feminine ending ({@code روسي}, {@code أوروبي});
   * {@code دولي} and {@code عالمي} name a scope (منظمة العفو الدولية, مطار X الدولي), not an origin.
   */
  static boolean isOrigin(String bare) {
    return EntityLexicon.NATIONALITIES.contains(bare) && !bare.equals("دولي") && !bare.equals("عالمي");
  }

  /**
   * A bare word the corpus prints with the article at least a third as often as without ({@code رؤيا},
   * {@code ضيف}, {@code كتاب}): a common noun, even when some gazetteer lists it as a given name; a
   * given name ({@code محمد}, {@code يوسف}) is rarely printed with the article.
   */
  static boolean oftenDefinite(String norm) {
    if (norm.startsWith("ال") || norm.length() < 3) return false;
    org.mizan.clean.Vocabulary v = org.mizan.clean.Vocabulary.shipped();
    long bare = v.count(norm), definite = v.count("ال" + norm);
    return definite > 0 && definite * 3 >= bare;
  }
}
