package org.mizan.synthesis;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.mizan.quotes.Quote;
import org.mizan.quotes.StatementGroups;
import org.mizan.text.Token;
import org.mizan.text.Tokenizer;

/**
 * Decides whether two quotes (from different articles) report the same statement. The synthesizer
 * uses {@link #STATEMENT_GROUPS}, the quotes stage's measure; {@link #WORD_OVERLAP} compares plain
 * content-word stems (most of the shorter quote's words appear in the longer one).
 */
@FunctionalInterface
public interface SameStatement {
  boolean test(Quote a, Quote b);

  /** The quotes stage's statement similarity ({@link StatementGroups#similarity}) at its threshold. */
  SameStatement STATEMENT_GROUPS =
      (a, b) -> StatementGroups.similarity(a.text(), b.text()) >= StatementGroups.THRESHOLD;

  /** Overlap of content-word stems relative to the shorter quote, at or above 0.6. */
  SameStatement WORD_OVERLAP = (a, b) -> overlap(a.text(), b.text()) >= 0.6;

  /** Share of the shorter text's content words found in the other (0..1). */
  static double overlap(String a, String b) {
    Set<String> x = words(a);
    Set<String> y = words(b);
    if (x.isEmpty() || y.isEmpty()) return 0;
    Set<String> small = x.size() <= y.size() ? x : y;
    Set<String> big = small == x ? y : x;
    int hit = 0;
    for (String w : small) if (big.contains(w)) hit++;
    return (double) hit / small.size();
  }

  private static Set<String> words(String s) {
    Set<String> out = new HashSet<>();
    List<Token> toks = Tokenizer.tokenize(s);
    for (Token t : toks) {
      String k = StoryText.key(t);
      if (k != null) out.add(k);
    }
    return out;
  }
}
