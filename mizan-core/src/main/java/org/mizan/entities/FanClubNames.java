package org.mizan.entities;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.mizan.text.Clitics;
import org.mizan.text.Token;
import org.mizan.text.Tokenizer;
import org.mizan.text.WordList;

/**
 * In a sports document, a one-word definite "person" right after a word for supporters ({@code أنصار
 * الكناري}: {@code fan-words.txt}) is a club, often named by its nickname, and so is every other mention
 * of that word in the document. A word the document also prints as the last word of a longer person's
 * name is that person's family name and stays.
 */
final class FanClubNames {
  private static final Set<String> FANS = WordList.normalized(FanClubNames.class, "fan-words.txt");

  /** The last four letters of each supporters' word: a cheap test of a body before it is tokenized. */
  private static final Set<String> ENDS = new HashSet<>();

  static {
    for (String f : FANS) ENDS.add(f.length() > 4 ? f.substring(f.length() - 4) : f);
  }

  private FanClubNames() {}

  /** Whether the body may print a supporters' word (every printed form ends as its matching form does). */
  static boolean mayName(String body) {
    for (String e : ENDS) if (body.contains(e)) return true;
    return false;
  }

  /** The mentions with such clubs typed ORG; the list itself when there is none. */
  static List<Mention> apply(String body, List<Token> toks, List<Mention> mentions) {
    Set<String> surnames = new HashSet<>();
    for (Mention m : mentions) {
      List<String> w = NameForms.words(m.text());
      if (m.type().equals("PER") && w.size() >= 2) surnames.add(Clitics.strip(w.get(w.size() - 1)));
    }
    Set<String> clubs = new HashSet<>();
    for (int i = 1; i < toks.size(); i++) {
      Token t = toks.get(i), before = toks.get(i - 1);
      if (!t.isArabic() || !t.norm().startsWith("ال") || !Clitics.anyVariantIn(before.norm(), FANS)) continue;
      if (!body.substring(before.end(), t.start()).isBlank() || surnames.contains(Clitics.strip(t.norm()))) continue;
      for (Mention m : mentions) {
        if (m.start() == t.start() && m.end() == t.end() && m.type().equals("PER")) clubs.add(t.norm());
      }
    }
    if (clubs.isEmpty()) return mentions;
    List<Mention> out = new ArrayList<>();
    for (Mention m : mentions) {
      boolean one = m.text().indexOf(' ') < 0 && m.type().equals("PER");
      List<Token> w = one ? Tokenizer.tokenize(m.text()) : List.of();
      boolean club = w.size() == 1 && Clitics.variants(w.get(0).norm()).stream().anyMatch(clubs::contains);
      out.add(club ? new Mention(m.start(), m.end(), m.text(), "ORG", null, null) : m);
    }
    return out;
  }
}
