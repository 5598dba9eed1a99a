package org.mizan.entities;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.mizan.text.ArabicNormalization;
import org.mizan.text.Token;

/**
 * An outlet's name cut to its last word ({@code لـ X | نيوز}): a word of {@code media-tails.txt} never names
 * an outlet alone, so a mention of that word alone, of any type (the tagger may call it a place:
 * {@code (فايننشال | تايمز 100)}), is an outlet that takes in the word printed before it, unless that word
 * is a stop word, a title or part of a person's name. Nor does such a word close a person's name: a person
 * mention ending in one is the outlet ({@code لوس أنجلوس تايمز}), or, when a word of it opens with the dative
 * ل, the person and the outlet he spoke to ({@code سيف لفرانس برس}).
 */
final class MediaTails {
  private static final Set<String> TAILS = new HashSet<>();

  static {
    for (String line : EntityLexicon.lines("media-tails.txt")) TAILS.add(ArabicNormalization.normalize(line));
  }

  private MediaTails() {}

  /** Whether a word (matching form) is a listed media tail ({@code تايمز}). */
  static boolean isTail(String norm) {
    return TAILS.contains(norm);
  }

  /** Widens each such mention over the word before it; whether any was widened. */
  static boolean apply(String body, List<Token> toks, List<Mention> mentions) {
    boolean changed = false;
    for (int i = 1; i < toks.size(); i++) {
      Token tail = toks.get(i);
      if (!TAILS.contains(tail.norm()) || !NameForms.nextWord(body, toks, i)) continue;
      Mention named = mentions.stream().filter(x -> x.type().equals("PER") && x.end() == tail.end() && x.start() < tail.start())
          .findFirst().orElse(null);
      if (named != null) {
        int at = mentions.indexOf(named);
        int to = dativeWord(toks, named, i);
        if (to < 0) {
          mentions.set(at, new Mention(named.start(), named.end(), named.text(), "ORG", null, null));
        } else { // (قال قائد الشرطة X لفرانس برس: the person, then the outlet he spoke to)
          int pe = toks.get(to - 1).end(), os = toks.get(to).start() + 1;
          mentions.set(at, new Mention(named.start(), pe, body.substring(named.start(), pe), "PER", null, named.role()));
          mentions.add(at + 1, new Mention(os, named.end(), body.substring(os, named.end()), "ORG", null, null));
        }
        changed = true;
        continue;
      }
      // the tail alone; of another type only where no name word follows (شارع تايمز سكوير is a street)
      boolean nameAfter = NameForms.nextWord(body, toks, i + 1) && Mention.anyOverlaps(mentions, toks.get(i + 1).start(), toks.get(i + 1).end());
      Mention m = mentions.stream().filter(x -> x.start() == tail.start() && x.end() == tail.end()
          && (x.type().equals("ORG") || !nameAfter)).findFirst().orElse(null);
      Token prev = toks.get(i - 1);
      String p = prev.norm();
      if (m == null || p.length() < 3 || EntityLexicon.STOPWORDS.contains(p) || RoleStage.isTitle(p)) continue;
      if (mentions.stream().anyMatch(x -> x != m && x.overlaps(prev.start(), prev.end())
          && (x.type().equals("PER") || x.start() < prev.start()))) continue;
      int s = prev.start(), e = tail.end();
      mentions.removeIf(x -> x.overlaps(s, e));
      mentions.add(new Mention(s, e, body.substring(s, e), "ORG", null, null));
      changed = true;
    }
    return changed;
  }

  /**
   * The token inside a person mention, after its first word and before the tail at {@code tail}, that
   * opens with the dative ل ({@code X لفرانس برس}: "X to France Presse"), or -1.
   */
  private static int dativeWord(List<Token> toks, Mention named, int tail) {
    for (int j = tail - 1; j > 0 && toks.get(j).start() > named.start(); j--) {
      Token t = toks.get(j);
      if (t.text().charAt(0) == 'ل' && NameForms.dativeRest(t.norm()) != null) return j;
    }
    return -1;
  }
}
