package org.mizan.entities;

import java.util.List;
import org.mizan.text.Token;
import org.mizan.text.VerbForms;

/**
 * A person the tagger cut to a lone given name right after a title or an origin adjective
 * ({@code الصحفي روبن | رايت الذي}, {@code الكولونيل دياران | كونيه:}, {@code البريطانية تيريزا | ماي في}):
 * the word after the given name is the family name when it is a person's word to the lexicon or shaped
 * like a transliterated name, no function word, title, verb, place, definite or inflected word, and the phrase closes right after it (punctuation, a function word, a verb or a title).
 * The title before is what makes a lone given name a person's first name and not a word of its own.
 */
final class TitledNameTails {
  private TitledNameTails() {}

  /**
   * Whether person mention {@code m}, whose last token is {@code toks[j - 1]}, takes {@code toks[j]} as its
   * family name.
   */
  static boolean surnameLeftOut(String body, List<Token> toks, Mention m, int j) {
    if (!m.type().equals("PER") || j < 2 || j >= toks.size()) return false;
    NerFeatures lexicon = NerModel.shipped().features();
    List<String> w = NameForms.words(m.text());
    if (w.size() != 1 || !lexicon.isPersonWord(w.get(0))) return false;
    Token before = toks.get(j - 2);
    if (before.end() > m.start() || !cue(before.norm())) return false;
    Token next = toks.get(j);
    String n = next.norm();
    if (n.length() < 3 || n.startsWith("ال") || n.startsWith("لل") || !plainWord(n) || commonWord(n)) return false;
    // a name's word to the lexicon, or shaped like a transliterated one; not و + a word (وغيرهما, واكاسو)
    if (n.charAt(0) == 'و') return false;
    if (!lexicon.isPersonWord(n) && !(RoleStage.isForeignLooking(next) && lexicon.nameLike(n))) return false;
    Integer bits = lexicon.gazetteer().get(n);
    if (bits != null && (bits & NerFeatures.LOC) != 0 && (bits & NerFeatures.PER) == 0) return false;
    return closes(body, toks, j + 1);
  }

  /**
   * Whether person mention {@code m} of two undefined words right after a title ({@code رئيس الوزراء
   * محمد شياع} | {@code السوداني إن}) takes the definite nisba after it as its family name: Arabic
   * prints a nationality before the name, so a nisba closing the phrase after given name and father's
   * name is the family name ({@link FamilyNisbaEnds} keeps it once it is inside the span).
   */
  static boolean nisbaLeftOut(String body, List<Token> toks, Mention m, int j) {
    if (!m.type().equals("PER") || j < 3 || j >= toks.size()) return false;
    List<String> w = NameForms.words(m.text());
    if (w.size() != 2) return false;
    for (String x : w) if (x.startsWith("ال") || EntityLexicon.STOPWORDS.contains(x) || RoleStage.isTitle(x)) return false;
    if (!LoneGivenNames.opensNames(w.get(0))) return false;
    Token before = toks.get(j - 3);
    if (before.end() > m.start() || !RoleStage.isTitle(before.norm()) && !NameForms.isDefiniteCommon(before.norm())) return false;
    String n = toks.get(j).norm();
    if (!n.startsWith("ال") || !NameForms.isNisba(n) || n.endsWith("يه") || n.endsWith("ين") || n.endsWith("ون")) return false;
    return closes(body, toks, j + 1);
  }

  /** A title, role word or origin adjective ({@code الصحفي}, {@code الكولونيل}, {@code البريطانية}). */
  private static boolean cue(String norm) {
    return RoleStage.isTitle(norm) || RoleStage.isRoleWord(norm) || NameForms.isNisba(norm);
  }

  /** No function word (bare or after و), title, role word, verb, origin adjective or listed name. */
  static boolean plainWord(String n) {
    boolean conjoinedStop = n.charAt(0) == 'و' && EntityLexicon.STOPWORDS.contains(n.substring(1)); // وهو, ومن
    return !conjoinedStop && !EntityLexicon.STOPWORDS.contains(n) && !RoleStage.isTitle(n) && !RoleStage.isRoleWord(n)
        && !VerbForms.isVerb(n) && !SpanRulesStage.isReportingVerb(n) && !NameForms.isNisba(n)
        && !EntityLexicon.TAGGED_NAMES.containsKey(n);
  }

  /**
   * A word news prints often ({@code طلب}, {@code قائلا}), a common noun the corpus prints mostly with the
   * article ({@code دعوة}), or a proclitic on one ({@code بقيادة}): the phrase goes on past the name.
   */
  private static boolean commonWord(String n) {
    org.mizan.clean.Vocabulary v = org.mizan.clean.Vocabulary.shipped();
    int count = v.count(n);
    if (count >= NameVariants.COMMON_WORD || v.count("ال" + n) > 2 * count + 10) return true;
    for (String w : org.mizan.text.Clitics.variants(n)) {
      if (!w.equals(n) && w.length() >= 3 && v.count("ال" + w) > count) return true;
    }
    return false;
  }

  /** The phrase ends before token {@code k}: punctuation or the end, a function word, a verb or a title. */
  private static boolean closes(String body, List<Token> toks, int k) {
    String after = body.substring(toks.get(k - 1).end()).stripLeading();
    if (after.isEmpty() || "،,.:؛)»\"(«".indexOf(after.charAt(0)) >= 0) return true;
    if (!NameForms.nextWord(body, toks, k)) return false;
    String n = toks.get(k).norm();
    return EntityLexicon.STOPWORDS.contains(n) || VerbForms.isVerb(n) || SpanRulesStage.isReportingVerb(n)
        || RoleStage.isTitle(n);
  }
}
