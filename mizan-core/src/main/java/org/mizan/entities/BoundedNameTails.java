package org.mizan.entities;

import java.util.List;
import org.mizan.text.Token;

/**
 * A person's family name the tagger left out where the phrase's bounds show it: a name of given names
 * set off by commas as an apposition ({@code المتحدث باسم X، علاء الدين | نقد، إن}: all between the commas
 * is the name, even a word that is also a common noun), or a name in a list of appointments right before
 * its role in the accusative ({@code وحامد نزار | محروس محللاً}: an indefinite -اً title opens the role).
 * The word taken is a plain word: no article, no function word, title, role word, verb, nisba or listed place;
 * between commas also a definite family name ({@link RoleStage#definiteFamilyName}: {@code ، عبد الفتاح | البرهان،}).
 */
final class BoundedNameTails {
  private BoundedNameTails() {}

  /** Whether person mention {@code m}, whose last token is {@code toks[j - 1]}, takes {@code toks[j]}. */
  static boolean leftOut(String body, List<Token> toks, Mention m, int j) {
    if (!m.type().equals("PER") || j >= toks.size()) return false;
    List<String> w = NameForms.words(m.text());
    if (w.size() < 2 || w.size() > 3) return false;
    Token next = toks.get(j);
    String n = next.norm();
    // between commas, a definite family name too (، عبد الفتاح | البرهان،): rare, known as a person's
    if (n.startsWith("ال") && next.isArabic()) return commas(body, m, next) && RoleStage.definiteFamilyName(NerModel.shipped().features(), next);
    if (!next.isArabic() || accusative(next.text()) || n.length() < 3 || n.startsWith("ال") || n.startsWith("لل") || n.charAt(0) == 'و'
        || !TitledNameTails.plainWord(n) || JunkMentionsStage.isNationality(n, java.util.Set.of())) {
      return false;
    }
    return commas(body, m, next) || NameForms.nextWord(body, toks, j + 1) && accusativeRole(toks.get(j + 1).text());
  }

  /** A comma right before the mention and right after the word that follows it. */
  private static boolean commas(String body, Mention m, Token next) {
    String before = body.substring(0, m.start()).stripTrailing();
    String after = body.substring(next.end()).stripLeading();
    return !before.isEmpty() && "،,".indexOf(before.charAt(before.length() - 1)) >= 0
        && !after.isEmpty() && "،,".indexOf(after.charAt(0)) >= 0;
  }

  /**
   * A title in the indefinite accusative ({@code محللاً}, {@code مديراً}): an adverb or object there
   * ({@code حاليًا}, {@code جداً}, {@code فيلماً}) says the word before was a verb or adjective, not a name.
   */
  private static boolean accusativeRole(String printed) {
    if (!accusative(printed)) return false;
    String stem = org.mizan.text.ArabicNormalization.normalize(printed);
    if (stem.endsWith("ا")) stem = stem.substring(0, stem.length() - 1);
    return RoleStage.isTitle(stem) || RoleStage.isTitle("ال" + stem);
  }

  /** An indefinite accusative noun as printed with its tanwin ({@code محللاً}, {@code مدربًا}). */
  private static boolean accusative(String printed) {
    return printed.length() > 3 && !printed.startsWith("ال") && (printed.endsWith("اً") || printed.endsWith("ًا"));
  }
}
