package org.mizan.entities;

import java.util.List;
import java.util.Set;
import org.mizan.text.ArabicNormalization;
import org.mizan.text.Clitics;
import org.mizan.text.Token;

/**
 * A movement or party named by one indefinite word ({@code حركة أمل}, {@code حزب تقدم}) where the text shows
 * it leads someone's group: between a leader's title and the leader ({@code رئيس حركة X فلان}), or before
 * {@code برئاسة} / {@code بزعامة} ({@code leadership-words.txt}). Without such evidence the same words are a
 * common phrase ({@code حركة سير}, {@code حركة نزوح}), so the rule needs it.
 */
final class LedGroupNames {
  private static final Set<String> LEADERSHIP = Set.copyOf(
      EntityLexicon.lines("leadership-words.txt").stream().map(ArabicNormalization::normalize).toList());
  /** Bare heads: the group nouns and the party. */
  private static final Set<String> HEADS = heads();

  private static Set<String> heads() {
    java.util.Set<String> out = new java.util.HashSet<>(EntityLexicon.GROUP_NOUNS);
    out.add(ArabicNormalization.normalize("حزب"));
    return Set.copyOf(out);
  }

  private static final String[] CORES = HeadSuffixes.cores(HEADS);

  private LedGroupNames() {}

  /** Adds each such group as an ORG mention; whether any was added. */
  static boolean apply(String body, List<Token> toks, List<Mention> mentions) {
    boolean changed = false;
    for (int i = 0; i + 2 < toks.size(); i++) {
      String head = head(toks.get(i).norm());
      if (head == null || !NameForms.nextWord(body, toks, i + 1)) continue;
      Token name = toks.get(i + 1);
      if (!nameWord(name.norm()) || Mention.anyOverlaps(mentions, toks.get(i).start(), name.end())) continue;
      if (!ledBy(body, toks, i, mentions)) continue;
      Token h = toks.get(i);
      int s = h.start() + Math.max(0, h.text().length() - head.length()), e = name.end();
      mentions.add(new Mention(s, e, body.substring(s, e), "ORG", null, null));
      changed = true;
      i++;
    }
    return changed;
  }

  /** The head as printed after proclitics, without the article; null if the word is none. */
  private static String head(String norm) {
    if (!HeadSuffixes.mayEnd(norm, CORES)) return null; // most words end in no head
    for (String v : Clitics.variants(norm)) if (HEADS.contains(v)) return v;
    return null;
  }

  /** One indefinite word that is no stop word, title, adjective or number: the name. */
  private static boolean nameWord(String n) {
    return n.length() >= 3 && !n.startsWith("ال") && !EntityLexicon.STOPWORDS.contains(n) && !RoleStage.isTitle(n)
        && !EntityLexicon.ROLE_WORDS.contains(n) && !NameForms.isNisba(n) && !n.endsWith("ه");
  }

  /** A leadership word right after the name, or a title right before the head and a person right after the name. */
  private static boolean ledBy(String body, List<Token> toks, int i, List<Mention> mentions) {
    Token after = toks.get(i + 2);
    if (!NameForms.nextWord(body, toks, i + 2)) return false;
    if (LEADERSHIP.contains(after.norm())) return true;
    if (i == 0 || !NameForms.nextWord(body, toks, i) || !RoleStage.isTitle(toks.get(i - 1).norm())) return false;
    return mentions.stream().anyMatch(m -> m.type().equals("PER") && m.start() == after.start());
  }
}
