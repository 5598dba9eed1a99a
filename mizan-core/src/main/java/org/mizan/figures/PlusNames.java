package org.mizan.figures;

import static org.mizan.figures.FigureExtractor.NUMBER_WORDS;

import java.util.List;
import java.util.Set;
import org.mizan.text.Token;

/**
 * Numbers joined by the word {@code زائد} (plus) to another number, for {@link FigureReader}: {@code مجموعة
 * خمسة زائد واحد}, {@code الدول الخمس زائد واحد} name a group (P5+1), they count nothing. A number before
 * زائد and a noun ({@code عشرة كيلوغرامات أرز زائد لتر}) is left alone: only number-plus-number is a name.
 */
final class PlusNames {
  private PlusNames() {}

  private static final Set<String> PLUS = org.mizan.text.WordList.of("زائد", "+");

  private static final Set<String> ONE_TWO = org.mizan.text.WordList.of("واحد", "واحده", "واحدا", "اثنين", "اثنان", "اثنتين", "اثنتان");

  /** Whether token i is a number with زائد and another number on one side of it. */
  static boolean joined(List<Token> toks, int i) {
    if (!number(toks, i)) return false;
    boolean after = i + 2 < toks.size() && PLUS.contains(toks.get(i + 1).norm()) && number(toks, i + 2);
    boolean before = i >= 2 && PLUS.contains(toks.get(i - 1).norm()) && number(toks, i - 2);
    return after || before;
  }

  private static boolean number(List<Token> toks, int i) {
    Token t = toks.get(i);
    String n = t.norm();
    return t.isNumber() || ONE_TWO.contains(n) || NUMBER_WORDS.contains(n) || NumberWords.isDefinite(n);
  }
}
