package org.mizan.entities;

import java.util.List;
import java.util.Set;
import org.mizan.text.Clitics;
import org.mizan.text.Token;
import org.mizan.text.Tokenizer;
import org.mizan.text.WordList;

/**
 * An institution named after a person ({@code مركز كينيدي}, {@code مؤسسة X Y}): a head noun of
 * {@code eponym-heads.txt} in construct (no article, a proclitic allowed) right before a person
 * mention makes head and name one organisation. Heads a person's possession also follows
 * ({@code مكتب}, {@code إدارة}) are not listed.
 */
final class EponymOrgNames {
  private static final Set<String> HEADS = WordList.normalized(EponymOrgNames.class, "eponym-heads.txt");

  private EponymOrgNames() {}

  /** Replaces each such person mention by the organisation; whether any was replaced. */
  static boolean apply(String body, List<Mention> mentions) {
    boolean changed = false;
    for (int k = 0; k < mentions.size(); k++) {
      Mention m = mentions.get(k);
      if (!m.type().equals("PER") || m.start() < 2) continue;
      int from = Math.max(0, m.start() - 20);
      List<Token> before = Tokenizer.tokenize(body.substring(from, m.start()));
      if (before.isEmpty()) continue;
      Token head = before.get(before.size() - 1);
      if (!body.substring(from + head.end(), m.start()).equals(" ") || !isHead(head.norm())) continue;
      if (head.text().endsWith("ه")) continue; // مكتبه: his office (a pronoun), not مكتبة

      int s = from + head.start() + headClitics(head);
      mentions.set(k, new Mention(s, m.end(), body.substring(s, m.end()), "ORG", null, null));
      changed = true;
    }
    return changed;
  }

  private static boolean isHead(String norm) {
    if (norm.startsWith("ال")) return false;
    for (String v : Clitics.variants(norm)) if (HEADS.contains(v)) return true;
    return false;
  }

  /** Characters of the proclitics printed before the head ({@code بمركز}: one), marks skipped. */
  private static int headClitics(Token head) {
    String n = head.norm();
    int drop = 0;
    for (String v : Clitics.variants(n)) if (HEADS.contains(v)) drop = n.length() - v.length();
    int k = 0;
    String text = head.text();
    while (drop > 0 && k < text.length()) {
      if (org.mizan.text.ArabicNormalization.isArabicLetter(text.charAt(k))) drop--;
      k++;
    }
    return k;
  }
}
