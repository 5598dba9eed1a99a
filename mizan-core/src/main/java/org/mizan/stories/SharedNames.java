package org.mizan.stories;

import java.util.List;
import java.util.Set;
import org.mizan.text.Token;
import org.mizan.text.Tokenizer;

/**
 * How rare a person is that the article and the story both name: a developing story's later
 * reports name its victim, suspect or family (a rare name, seen in few documents), while the same
 * minister or club in another event shares a name seen everywhere. The value is the idf of the
 * rarest word of the shared name form, over the idf of an unseen word: near 1 for a name seen in
 * a handful of documents, lower for a name in the news every day, 0 when no person is shared.
 * A feature for {@link JoinModel}; it decides nothing alone.
 */
final class SharedNames {
  private SharedNames() {}

  /** The rarity of the rarest person named by both sides (the shorter form of the two names), 0 when none. */
  static double rarity(Set<String> article, StoryCluster c, Idf idf) {
    if (article.isEmpty() || c.persons.isEmpty()) return 0;
    double unseen = idf.idf("\u0000");
    double best = 0;
    for (String a : article) {
      for (String n : c.persons.keySet()) {
        if (!NameMatch.namesAny(a, List.of(n), x -> false)) continue;
        best = Math.max(best, rarity(a.length() <= n.length() ? a : n, idf) / unseen);
      }
    }
    return Math.min(1, best);
  }

  /** The idf of the rarest clustering term among the name's words (0 when none is a term). */
  static double rarity(String name, Idf idf) {
    double best = 0;
    for (Token t : Tokenizer.tokenize(name)) {
      String term = t.isNumber() ? null : StoryFeatures.term(t);
      if (term != null) best = Math.max(best, idf.idf(term));
    }
    return best;
  }
}
