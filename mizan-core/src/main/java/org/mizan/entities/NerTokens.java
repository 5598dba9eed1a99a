package org.mizan.entities;

import java.util.ArrayList;
import java.util.List;
import org.mizan.text.Span;
import org.mizan.text.Token;
import org.mizan.text.Tokenizer;

/**
 * Tokens as the NER model saw them in training: {@link Tokenizer} words and numbers, plus every
 * punctuation mark between them as its own token (commas and quotes are strong context).
 */
final class NerTokens {
  private NerTokens() {}

  static List<Span> split(String text, int from, int to) {
    List<Span> out = new ArrayList<>();
    int pos = from;
    for (Token t : Tokenizer.tokenize(text.substring(from, to))) {
      int s = from + t.start();
      punctuation(text, pos, s, out);
      out.add(new Span(s, from + t.end()));
      pos = from + t.end();
    }
    punctuation(text, pos, to, out);
    return out;
  }

  private static void punctuation(String text, int from, int to, List<Span> out) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c) && !Character.isLetterOrDigit(c) && c != '\u0640') out.add(new Span(i, i + 1));
    }
  }
}
