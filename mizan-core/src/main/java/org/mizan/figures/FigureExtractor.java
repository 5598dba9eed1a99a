package org.mizan.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.mizan.doc.Document;
import org.mizan.pipeline.DocumentStage;
import org.mizan.text.Token;
import org.mizan.text.Tokenizer;

/**
 * Stage {@code figures.extract}: quantities in the text. Numbers in Western or Arabic-Indic digits
 * (with separators) or in words (خمس، ثلاثة عشر، إحدى عشرة، خمسة وعشرون، ألفي، عشرات الآلاف), a
 * definite cardinal after its noun (السنوات الخمس), one or two after it (عام واحد), fractions (ربع
 * ساعة، خمس سنوات ونصف), scaled ({@code 600 ألف} = 600000), with their unit (percent, currency code,
 * km2, hour …), the counted thing ({@code جندي} → soldier; unknown nouns as printed, in matching form;
 * {@code آخرين} → the thing of the figure it adds to, {@link OthersCount}) and the approximation before them ({@code نحو} →
 * about). Both ends of a range take the unit stated once ({@code بين 700 ألف و800 ألف برميل}).
 * Clock times are figures with unit {@code time}: the value is the hour of the day in decimal hours
 * ({@code 2:02} = 2.0333), {@code counted} the time zone when stated ({@code GMT}). Years, dates,
 * references, ranks, list markers and scores are not figures. This class holds the stage, the phrase tables
 * and the passes over all figures; {@link FigureReader} reads one figure at a token.
 */
public final class FigureExtractor implements DocumentStage {
  static final PhraseTable<Double> NUMBER_WORDS = PhraseTable.load("number-words.tsv", Double::valueOf);
  static final PhraseTable<Double> SCALES = PhraseTable.load("scales.tsv", Double::valueOf);
  static final PhraseTable<Double> VAGUE = PhraseTable.load("vague.tsv", Double::valueOf);
  static final PhraseTable<String> APPROX = PhraseTable.load("approximations.tsv", s -> s);
  static final PhraseTable<String> UNITS = PhraseTable.load("units.tsv", s -> s);
  static final PhraseTable<String> COUNTED = PhraseTable.load("counted-nouns.tsv", s -> s);
  static final Currencies CURRENCIES = new Currencies();
  static final Set<String> PERCENT = org.mizan.text.WordList.of("في المئة", "في المائة", "بالمئة", "بالمائة", "بالمية",
      "في المية", "المئة");

  @Override
  public String name() {
    return "figures.extract";
  }

  @Override
  public Document apply(Document doc) {
    return doc.withFigures(extract(doc.body()));
  }

  /** Figures of a body text, in text order. */
  public List<Figure> extract(String body) {
    List<Token> toks = Tokenizer.tokenize(body);
    List<Figure> out = new ArrayList<>();
    for (int i = 0; i < toks.size(); i++) {
      int next = FigureReader.figureAt(body, toks, i, out);
      if (next > i) i = next - 1;
    }
    out.replaceAll(f -> withThousandsDot(withOpeningBracket(body, f)));
    TableRows.add(body, toks, out);
    BracketedConversion.shareApprox(body, out);
    PageCurrencies.resolve(toks, out);
    return out;
  }

  /** One to three digits, a dot and exactly three digits, no other separator around: 22.790. */
  private static final java.util.regex.Pattern DOT_THOUSANDS =
      java.util.regex.Pattern.compile("(?<![0-9.,٫٬])([1-9][0-9]{0,2})[.٫]([0-9]{3})(?![0-9.,٫٬])");

  /**
   * A count of things printed with a dot between thousands ({@code (22.790) حبة}, {@code 1.500 حاج}):
   * no one counts 22.79 pills, so when the figure counts a thing (no unit of measure, money,
   * percent or index points), has no scale word and its value is the digits read as a decimal, the dot groups
   * thousands.
   */
  static Figure withThousandsDot(Figure f) {
    if (f.unit() != null || f.counted() == null || "point".equals(f.counted()) || f.value() == Math.rint(f.value())) return f;
    java.util.regex.Matcher m = DOT_THOUSANDS.matcher(f.text());
    if (!m.find()) return f;
    String whole = m.group(1), thousandths = m.group(2);
    if (m.find() || Math.abs(Double.parseDouble(whole + "." + thousandths) - f.value()) > 1e-9) return f; // one such number
    return new Figure(f.text(), Double.parseDouble(whole + thousandths), f.unit(), f.counted(), f.approx(), f.start(), f.end());
  }

  /**
   * A number printed in brackets before its noun ({@code (15) شخصا}) is quoted with its opening bracket,
   * so that the figure a report shows is not {@code 15) شخصا}.
   */
  static Figure withOpeningBracket(String body, Figure f) {
    String t = f.text();
    if (f.start() == 0 || body.charAt(f.start() - 1) != '(' || t.indexOf(')') < 0 || t.indexOf('(') >= 0) return f;
    return new Figure(body.substring(f.start() - 1, f.end()), f.value(), f.unit(), f.counted(), f.approx(), f.start() - 1,
        f.end());
  }

  /** {@code 1,234.5}, {@code ١٬٢٣٤٫٥}, {@code 2,5} (decimal comma), {@code 1.000.000}; null when not a number. */
  public static Double parseDigits(String norm) {
    return DigitNumbers.parseDigits(norm);
  }

  /** How many decimals a number printed as {@link #parseDigits} reads it states ({@code 13.23} 2, {@code 2,5} 1, {@code 1,234} 0). */
  public static int decimalPlaces(String norm) {
    return DigitNumbers.decimalPlaces(norm);
  }
}
