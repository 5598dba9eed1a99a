package org.mizan.quotes;

import java.util.List;
import org.mizan.text.Token;

/** Where a character offset falls among a text's tokens: the one lookup every quote layer shares. */
final class Tokens {
  private Tokens() {}

  /** Index of the first token from {@code from} on that starts at or after {@code charPos}; size() when none. */
  static int at(List<Token> toks, int charPos, int from) {
    int k = from;
    while (k < toks.size() && toks.get(k).start() < charPos) k++;
    return k;
  }

  /** Index of the token that covers {@code pos}; -1 when {@code pos} falls in a gap or after the last token. */
  static int covering(List<Token> toks, int pos) {
    for (int k = 0; k < toks.size(); k++) if (toks.get(k).end() > pos) return toks.get(k).start() <= pos ? k : -1;
    return -1;
  }
}
