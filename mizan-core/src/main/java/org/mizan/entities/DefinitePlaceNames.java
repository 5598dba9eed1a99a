package org.mizan.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.mizan.text.Clitics;
import org.mizan.text.Token;
import org.mizan.text.WordList;

/**
 * Joins a definite head noun tagged alone ({@code المسجد}) and the definite adjective right after it
 * into one place name: the tagger marks the head as the name and leaves its proper adjective out.
 */
final class DefinitePlaceNames {
  private static final Set<String> HEADS = WordList.normalized(DefinitePlaceNames.class, "definite-place-heads.txt");

  private DefinitePlaceNames() {}

  static List<Mention> apply(String body, List<Token> toks, List<Mention> mentions) {
    List<Mention> out = new ArrayList<>();
    int ti = 0;
    for (int mi = 0; mi < mentions.size(); mi++) {
      Mention m = mentions.get(mi);
      while (ti < toks.size() && toks.get(ti).start() < m.start()) ti++;
      Token next = isHeadAlone(toks, ti, m) && ti + 1 < toks.size() ? toks.get(ti + 1) : null;
      if (next == null || !isAdjective(next) || !body.substring(m.end(), next.start()).isBlank()) {
        out.add(m);
        continue;
      }
      Mention after = mi + 1 < mentions.size() ? mentions.get(mi + 1) : null;
      boolean nextTagged = after != null && after.start() < next.end();
      if (nextTagged && (after.start() != next.start() || after.end() != next.end())) {
        out.add(m); // the next word belongs to a longer name
        continue;
      }
      if (nextTagged) mi++;
      out.add(new Mention(m.start(), next.end(), body.substring(m.start(), next.end()), "LOC", null, m.role()));
    }
    return out;
  }

  private static boolean isHeadAlone(List<Token> toks, int ti, Mention m) {
    if (ti >= toks.size() || toks.get(ti).start() != m.start() || toks.get(ti).end() != m.end()) return false;
    for (String v : Clitics.variants(toks.get(ti).norm())) if (HEADS.contains(v)) return true;
    return false;
  }

  private static boolean isAdjective(Token t) {
    String n = t.norm();
    return t.isArabic() && n.startsWith("ال") && n.length() >= 5 && !EntityLexicon.STOPWORDS.contains(n);
  }
}
