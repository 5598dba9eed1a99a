package org.mizan.entities;

import java.util.List;
import org.mizan.text.Token;

/**
 * Organisation names the tagger cut short, run on over the words printed right after or before them:
 * an acronym spelled in Latin letters ({@code أوبن إيه | آي}: a name never ends on a spelled letter when
 * another follows), a foreign outlet of three words whose first word the tagger read as a name of its own
 * ({@code لوس | أنجلوس تايمز}: a media tail closes the outlet, see {@link MediaTails}; a person before it is
 * the one who spoke to the outlet, {@code X لY تايمز}).
 */
final class OrgNameRuns {
  private OrgNameRuns() {}

  /** Function words printed like spelled letters (أو "or": {@code بي بي سي أو سي إن إن}), never joined. */
  private static final java.util.Set<String> FUNCTION_WORDS = java.util.Set.of("أو", "او", "إن", "ان", "أن", "في", "أي", "أم", "ال");

  /** Joins each such run into one organisation mention; whether any was joined. */
  static boolean apply(String body, List<Token> toks, List<Mention> mentions) {
    boolean changed = false;
    java.util.Map<Integer, Integer> tokenEndingAt = null; // built once, when the document has an organisation
    for (Mention org : List.copyOf(mentions)) {
      if (!org.type().equals("ORG") || !mentions.contains(org)) continue;
      if (tokenEndingAt == null) {
        tokenEndingAt = new java.util.HashMap<>();
        for (int j = 0; j < toks.size(); j++) tokenEndingAt.put(toks.get(j).end(), j);
      }
      Integer at = tokenEndingAt.get(org.end());
      if (at == null) continue;
      int i = at;
      Token t = toks.get(i);
      int last = i;
      // a spelled letter, then more spelled letters (أوبن إيه آي)
      while (SpanRulesStage.isSpelledLetter(toks.get(last).norm()) && NameForms.nextWord(body, toks, last + 1)
          && SpanRulesStage.isSpelledLetter(toks.get(last + 1).norm()) && !FUNCTION_WORDS.contains(toks.get(last + 1).text())
          && !Mention.anyOverlaps(mentions, toks.get(last + 1).start(),
              toks.get(last + 1).end())) {
        last++;
      }
      int start = org.start();
      boolean oneWord = org.text().indexOf(' ') < 0;
      if (!oneWord && MediaTails.isTail(t.norm()) && i > 1) {
        int first = firstToken(toks, org.start());
        Mention before = first > 0 && NameForms.nextWord(body, toks, first) ? endingAt(mentions, toks.get(first - 1).end(), null) : null;
        if (before != null && !before.type().equals("PER") && before.start() == toks.get(first - 1).start()
            && before.text().indexOf(' ') < 0) {
          start = before.start();
        }
      }
      if (last == i && start == org.start()) continue;
      int s = start, e = toks.get(last).end();
      mentions.removeIf(x -> x.overlaps(s, e));
      mentions.add(new Mention(s, e, body.substring(s, e), "ORG", null, null));
      mentions.sort(java.util.Comparator.comparingInt(Mention::start));
      changed = true;
    }
    return changed;
  }

  private static Mention endingAt(List<Mention> mentions, int end, String type) {
    for (Mention m : mentions) if (m.end() == end && (type == null || m.type().equals(type))) return m;
    return null;
  }

  private static int firstToken(List<Token> toks, int start) {
    for (int j = 0; j < toks.size(); j++) if (toks.get(j).end() > start) return j;
    return -1;
  }
}
