package org.mizan.figures;

import java.util.List;
import org.mizan.text.Token;

/**
 * A figure while {@link FigureReader} reads it: the number from token {@code i}, its value and how far it
 * reaches, then its scale and what it measures or counts. Each reading step moves it on; the figure is
 * added to {@code out} once its end is known.
 */
final class FigureDraft {
  final String body;
  final List<Token> toks;
  /** The token the figure starts at. */
  final int i;
  final Token t;
  final List<Figure> out;
  double value;
  /** The token after what is read so far. */
  int j;
  /** Where the figure's text ends so far (a body offset). */
  int end;
  /** Where the number its noun follows begins (the digits of سبعة (7) أشخاص). */
  int gapStart;
  /** A number in words (its scale is read, it needs its noun). */
  boolean word;
  /** A vague number word (عشرات، مئات): at least that many. */
  boolean vague;
  PhraseTable.Match<Double> scale;
  String unit;
  String counted;
  /** A number of a group ({@code 3 آلاف من داعش}): no count unless its noun is found later. */
  boolean ofGroup;

  FigureDraft(String body, List<Token> toks, int i, List<Figure> out) {
    this.body = body;
    this.toks = toks;
    this.i = i;
    this.t = toks.get(i);
    this.out = out;
    this.gapStart = t.start();
  }

  /** Whether the number is a year on its own (no scale): no quantity ({@code في 2014 قدم الفريق}). */
  boolean aYear() {
    return scale == null && NotFigures.isYear(toks, i, value);
  }

  /** The approximation of an amount read with its parts: at least for a vague word, else the one said before it. */
  String approxOrAtLeast() {
    return vague ? "at_least" : Approximations.approxBefore(toks, i);
  }

  /** The figure from its first token to body offset {@code to}, with its value so far. */
  Figure figure(String unit, String counted, String approx, int to) {
    return new Figure(body.substring(t.start(), to), value, unit, counted, approx, t.start(), to);
  }
}
