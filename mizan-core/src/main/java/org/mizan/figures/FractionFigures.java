package org.mizan.figures;

import static org.mizan.figures.FigureExtractor.UNITS;

import java.util.List;
import org.mizan.text.Token;

/**
 * A fraction word before or after a unit, for {@link FigureExtractor}: {@code ربع ساعة}, {@code لنصف ساعة},
 * {@code ساعة ونصف} (one and a half of the unit before it).
 */
final class FractionFigures {
  private FractionFigures() {}

  /** Adds the fraction of a unit at token i; returns the index after it, or -1 when there is none. */
  static int beforeUnit(String body, List<Token> toks, int i, List<Figure> out) {
    Token t = toks.get(i);
    if (!(NumberWords.FRACTION_WORDS.containsKey(PhraseTable.strip(t.norm())) && i + 1 < toks.size())) return -1;
    // ربع ساعة، لنصف ساعة: a fraction before a unit
    PhraseTable.Match<String> u = UNITS.at(toks, i + 1);
    PhraseTable.Match<String> before = i > 0 ? UNITS.at(toks, i - 1) : null;
    if (t.norm().startsWith("و") && before != null && before.length() == 1
        && (u == null || u.value().equals(before.value())) && !toks.get(i - 1).norm().startsWith("ال")
        && !NounShapes.plural(toks.get(i - 1).norm())) {
      // خلال شهر ونصف الشهر، ساعة ونصف: one and a half of the unit before (سنوات ونصف, يومين ونصف: not one)
      int start = toks.get(i - 1).start();
      int end = toks.get(u == null ? i : i + 1).end();
      if (u == null) {
        out.add(new Figure(body.substring(start, end), 1 + NumberWords.FRACTION_WORDS.get(PhraseTable.strip(t.norm())),
            before.value(), null, Approximations.approxBefore(toks, i - 1), start, end));
        return i + 1;
      }
      out.add(new Figure(body.substring(start, end), 1 + NumberWords.FRACTION_WORDS.get(PhraseTable.strip(t.norm())),
          u.value(), null, Approximations.approxBefore(toks, i - 1), start, end));
      return i + 2;
    }
    if (t.norm().startsWith("و") && NumberWords.fractionOfScale(toks, i) == null) {
      return i + 1; // 5 سنوات ونصف السنة: the tail of a figure read before
    }
    if (u != null && u.length() == 1) {
      int end = toks.get(i + 1).end();
      out.add(new Figure(body.substring(t.start(), end), NumberWords.FRACTION_WORDS.get(PhraseTable.strip(t.norm())), u.value(),
          null, Approximations.approxBefore(toks, i), t.start(), end));
      return i + 2;
    }
    return -1;
  }
}
