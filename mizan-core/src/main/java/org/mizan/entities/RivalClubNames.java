package org.mizan.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.mizan.text.Clitics;
import org.mizan.text.Token;
import org.mizan.text.WordList;

/**
 * In a sports document, a club the tagger missed because its name is a town or a rare word: a definite
 * word right after a word naming a team's opponent ({@code أمام نظيره X}, {@code منافسه X}:
 * {@code rival-cues.txt}), or right after {@code فريق} when the word is a rare place name ({@code فريق
 * X} where X is a town), is the club. Common nouns ({@code فريق العمل}, {@code منافسه اللدود} is rare
 * but no place after فريق) are kept out by the corpus count, adjectives of origin ({@code نظيره المصري},
 * the counterpart minister) by their form. A one-word place the tagger put on it becomes the club.
 */
final class RivalClubNames {
  private static final Set<String> CUES = WordList.normalized(RivalClubNames.class, "rival-cues.txt");
  private static final Set<String> TEAM = Set.of("فريق");
  /** Most a definite word after an opponent word may be printed in the corpus: club names are rare words. */
  static final int MAX_COUNT = 400;
  /** How often the corpus prints a word without the article for it to read as an adjective after a cue. */
  static final int MIN_BARE_ADJECTIVE = 20;
  /** After فريق, only a rarer word that the gazetteer knows as a place (a town's club). */
  static final int MAX_TEAM_COUNT = 200;

  private RivalClubNames() {}

  /** The mentions with the clubs found after opponent words added (or retyped from one-word places). */
  static List<Mention> apply(String body, List<Token> toks, List<Mention> mentions) {
    List<Mention> out = null;
    for (int i = 1; i < toks.size(); i++) {
      Token cue = toks.get(i - 1), t = toks.get(i);
      boolean rival = Clitics.anyVariantIn(cue.norm(), CUES);
      if (!rival && !Clitics.anyVariantIn(cue.norm(), TEAM) || !body.substring(cue.end(), t.start()).isBlank() || !clubWord(t, rival)) continue;
      List<Mention> cur = out == null ? mentions : out;
      Mention over = null;
      boolean blocked = false;
      for (Mention m : cur) {
        if (!m.overlaps(t.start(), t.end())) continue;
        if (m.start() == t.start() && m.end() == t.end() && m.type().equals("LOC")) over = m;
        else blocked = true;
      }
      if (blocked) continue;
      if (out == null) out = new ArrayList<>(mentions);
      if (over != null) out.remove(over);
      out.add(new Mention(t.start(), t.end(), t.text(), "ORG", null, null));
    }
    if (out == null) return mentions;
    out.sort(java.util.Comparator.comparingInt(Mention::start));
    return out;
  }

  private static boolean clubWord(Token t, boolean rival) {
    String n = t.norm();
    if (!t.isArabic() || !n.startsWith("ال") || n.length() < 5 || EntityLexicon.STOPWORDS.contains(n)
        || NameHeadsStage.isOriginAdjective(n) || RoleStage.isRoleWord(n) && !rival) {
      return false;
    }
    org.mizan.clean.Vocabulary v = org.mizan.clean.Vocabulary.shipped();
    int count = v.count(n);
    int g = NerModel.shipped().features().gazetteer().getOrDefault(n, 0);
    if (rival) {
      // an adjective after the cue (منافسه التقليدي، نظيره الكونغولي): a nisba, or a word the corpus
      // prints without the article too; a place the gazetteer knows stays a town's club (مضيفه الزرقاء)
      boolean adjective = NameForms.isNisba(n) || v.count(n.substring(2)) >= MIN_BARE_ADJECTIVE;
      return count <= MAX_COUNT && !RoleStage.isTitle(n) && (!adjective || (g & (NerFeatures.LOC | NerFeatures.ORG)) != 0);
    }
    return count <= MAX_TEAM_COUNT && (g & NerFeatures.LOC) != 0;
  }
}
