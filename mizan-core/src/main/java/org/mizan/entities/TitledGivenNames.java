package org.mizan.entities;

import java.util.List;
import org.mizan.text.Token;
import org.mizan.text.Tokenizer;

/**
 * A given name that is also a title word ({@code مساعد} "assistant", {@code سلطان}) opening a person
 * mention right after another title ({@code الدكتور مساعد العيبان}): a title does not follow an
 * honorific, so the word is the given name that span trimming and the role stage keep, when a family name or
 * {@code بن} follows it (in {@code العقيد ركن عبدالله} the titles run on).
 */
final class TitledGivenNames {
  private TitledGivenNames() {}

  /** Whether word {@code a} of the person mention {@code m} (words {@code w}) is such a given name. */
  static boolean keeps(NerFeatures lexicon, String body, Mention m, List<Token> w, int a) {
    if (w.size() - a < 2) return false;
    String word = w.get(a).norm();
    if (word.startsWith("ال") || !RoleStage.isTitle(word) || !lexicon.isPersonWord(word)) return false;
    // a family name or بن follows the given name; a second given name (العقيد ركن عبدالله) means a title chain
    String next = w.get(a + 1).norm();
    if (!next.startsWith("ال") && !SpanRulesStage.isPatronymic(next)) return false;
    if (a > 0) return isHonorific(w.get(a - 1).norm());
    List<Token> before = Tokenizer.tokenize(body.substring(Math.max(0, m.start() - 30), m.start()));
    if (before.isEmpty()) return false;
    Token prev = before.get(before.size() - 1);
    String gap = body.substring(Math.max(0, m.start() - 30) + prev.end(), m.start());
    return gap.isBlank() && isHonorific(prev.norm());
  }

  /** A definite title, proclitics allowed (الدكتور، والمهندس): what comes after it is the name. */
  private static boolean isHonorific(String norm) {
    for (String v : org.mizan.text.Clitics.variants(norm)) {
      if (v.startsWith("ال") && EntityLexicon.TITLES.contains(v)) return true;
    }
    return false;
  }
}
