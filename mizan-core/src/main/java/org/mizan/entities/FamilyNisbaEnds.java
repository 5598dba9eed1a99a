package org.mizan.entities;

import java.util.List;
import org.mizan.text.Token;

/**
 * A definite nisba that closes a person's name after a given name ({@code عبدالفتاح السيسي}, {@code
 * سامي الزهراني}): a family name, not an adjective describing the person, so span trimming keeps it.
 * Nationalities ({@code لافروف الروسي}), role words and feminine adjectives stay trimmable, and a word
 * other than a given name before the nisba ({@code لافروف}) leaves it to the trimming rules.
 */
final class FamilyNisbaEnds {
  private FamilyNisbaEnds() {}

  /** Whether word {@code i} of the person mention's words {@code w} is a family nisba after a given name. */
  static boolean keeps(NerFeatures lexicon, List<Token> w, int i) {
    if (i == 1 && w.size() == 2 && nationalityFamilyName(lexicon, w.get(0).norm(), w.get(1).norm())) return true;
    if (i >= 2 && i == w.size() - 1 && nationalityAfterFullName(w, i)) return true;
    if (i == 0 || !NameForms.isFamilyNisba(w.get(i).norm())) return false;
    return isGivenName(lexicon, w.get(i - 1).norm()) || i >= 2 && isCompoundOpener(w.get(i - 2).norm());
  }

  /**
   * A nationality the gazetteer also lists as a person's word ({@code العربي}, {@code المصري}; not
   * {@code الروسي}) right after a word that opens the gazetteer's person names more often than it ends
   * them ({@code نبيل}; not {@code لافروف}): a two-word name whose family name is that nisba.
   */
  private static boolean nationalityFamilyName(NerFeatures lexicon, String given, String last) {
    if (!last.startsWith("ال") || !NameForms.isNisba(last) || !lexicon.isPersonWord(last)) return false;
    if (given.startsWith("ال") || EntityLexicon.STOPWORDS.contains(given)) return false;
    return LoneGivenNames.opensNames(given);
  }

  /**
   * A nationality closing a name of given name, father's name and that nisba ({@code محمد شياع
   * السوداني}): Arabic prints a person's nationality before the name ({@code العراقي محمد …}), so a
   * nisba after two undefined name words, the first of which opens names, is the family name.
   */
  private static boolean nationalityAfterFullName(List<Token> w, int i) {
    if (!w.get(i).norm().startsWith("ال") || !NameForms.isNisba(w.get(i).norm())) return false;
    for (int k = 0; k < i; k++) {
      String n = w.get(k).norm();
      if (n.startsWith("ال") || EntityLexicon.STOPWORDS.contains(n) || RoleStage.isTitle(n)) return false;
    }
    return LoneGivenNames.opensNames(w.get(0).norm());
  }

  /** An undefined name word the gazetteer knows as a person's, or a glued compound (عبدالفتاح، ابوبكر). */
  private static boolean isGivenName(NerFeatures lexicon, String norm) {
    if (norm.startsWith("ال")) return false;
    if (norm.length() > 4 && (norm.startsWith("عبد") || norm.startsWith("ابو"))) return true;
    return lexicon.isPersonWord(norm) && !EntityLexicon.STOPWORDS.contains(norm);
  }

  /** The first word of a two-word given name whose second word is definite (عبد الفتاح، أبو بكر، صلاح الدين). */
  private static boolean isCompoundOpener(String norm) {
    return norm.equals("عبد") || norm.equals("ابو");
  }
}
