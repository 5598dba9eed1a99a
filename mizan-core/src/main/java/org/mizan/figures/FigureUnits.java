package org.mizan.figures;

import static org.mizan.figures.FigureExtractor.COUNTED;
import static org.mizan.figures.FigureExtractor.CURRENCIES;
import static org.mizan.figures.FigureExtractor.PERCENT;
import static org.mizan.figures.FigureExtractor.UNITS;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.mizan.text.Token;

/**
 * What a figure's number measures or counts, for {@link FigureReader}: the percent sign or word, a
 * currency, a unit, or a counted noun after it, also past من ({@code 20 من الجنود}, {@code 218 من أصل
 * 434 عضوا}).
 */
final class FigureUnits {
  private FigureUnits() {}

  private static final Set<String> DEMONSTRATIVES = Set.of("هذه", "هذا", "هولاء", "تلك", "ذلك");

  /**
   * Reads what the number measures or counts after it: the percent sign or word, a currency, a unit or a
   * counted noun. Returns the index after when a part of a whole ({@code 3 من 10 أشخاص}) was added, else {@link FigureReader#GO_ON}.
   */
  static int read(FigureDraft d) {
    String body = d.body;
    List<Token> toks = d.toks;
    int j = d.j;
    int k = d.end;
    while (k < body.length() && body.charAt(k) == ' ') k++;
    if (k < body.length() && (body.charAt(k) == '%' || body.charAt(k) == '٪')) {
      d.unit = "percent";
      d.end = k + 1;
    } else if (k < body.length() && (body.charAt(k) == '°' || body.charAt(k) == 'º') && d.scale == null) {
      d.unit = "degree"; // 48° (a temperature, an angle): the sign, with or without a space
      d.end = k + 1;
    } else if (j + 1 < toks.size() && PERCENT.contains(toks.get(j).norm() + " " + toks.get(j + 1).norm())) {
      d.unit = "percent";
      d.end = toks.get(j + 1).end();
      d.j += 2;
    } else if (j < toks.size() && PERCENT.contains(toks.get(j).norm())) {
      d.unit = "percent";
      d.end = toks.get(j).end();
      d.j++;
    } else if (d.scale == null && percentBefore(body, d.t.start())) {
      d.unit = "percent"; // بنسبة %7: the sign printed before the digits, as right-to-left pages show 7%
    } else if (j < toks.size() && !NotFigures.forNamedMonth(toks, j)
        && (d.vague || d.scale != null && !d.t.isNumber() || !toks.get(j).text().startsWith("ال"))
        && !(d.scale == null && d.i > 0 && NotFigures.YEAR_BEFORE.contains(toks.get(d.i - 1).norm()) && NotFigures.isYear(toks, d.i, d.value))
        && CountedNouns.nounMayFollow(body, d.gapStart, body.substring(toks.get(j - 1).end(), toks.get(j).start()))) {
      // the unit follows on the same line with at most a closing parenthesis between: not "5 ـ مشاريع";
      // a definite word after a number in digits is not its unit (مونديال 2018 اليوم، 219 ألفا العام 2014),
      // after آلاف/مليارات it is;
      // a year is no quantity (في 2014 قدم الفريق)
      int stop = measured(d);
      if (stop != FigureReader.GO_ON) return stop;
      if (d.j > 0 && toks.get(d.j - 1).end() > d.end) d.end = toks.get(d.j - 1).end();
    }
    return FigureReader.GO_ON;
  }

  /**
   * A percent sign glued before the number ({@code %7}, {@code ٪2.5}) that ends no number of its own: not the
   * sign of {@code 5%7}, and not one after a space ({@code 7% 8} is 7 percent and a bare 8).
   */
  static boolean percentBefore(String body, int start) {
    if (start < 1 || body.charAt(start - 1) != '%' && body.charAt(start - 1) != '٪') return false;
    return start < 2 || !Character.isDigit(body.charAt(start - 2));
  }

  /** Reads a currency, a unit (square or cubic) or a counted noun at the token after the number. */
  private static int measured(FigureDraft d) {
    List<Token> toks = d.toks;
    Currencies.Match cur = CURRENCIES.at(toks, d.j);
    PhraseTable.Match<String> u = cur == null ? UNITS.at(toks, d.j) : null;
    if (cur != null) {
      d.unit = cur.code();
      d.j += cur.length();
    } else if (u != null) {
      d.unit = u.value();
      d.j += u.length();
      if (d.j < toks.size() && (toks.get(d.j).norm().startsWith("مربع") || toks.get(d.j).norm().startsWith("مكعب"))) {
        d.unit += toks.get(d.j).norm().startsWith("مربع") ? "2" : "3";
        d.j++;
      }
    } else {
      return counted(d);
    }
    return FigureReader.GO_ON;
  }

  /**
   * Reads the counted noun after the number, also past من ({@code 20 من الجنود}); a part of a whole
   * ({@code 218 من أصل 434 عضوا}) is added with its whole, and the index after them returned.
   */
  private static int counted(FigureDraft d) {
    String body = d.body;
    List<Token> toks = d.toks;
    int i = d.i;
    int n = d.j;
    boolean partitive = toks.get(n).norm().equals("من") && n + 1 < toks.size();
    int outOf = partitive && toks.get(n + 1).norm().equals("اصل") ? n + 2 : n + 1;
    if (partitive && outOf < toks.size() && toks.get(outOf).isNumber()) {
      int after = partOfWhole(d, outOf);
      if (after != FigureReader.GO_ON) return after;
    }
    if (partitive) n++;
    // العشرات من هذه اللوحات: a demonstrative between the partitive and its noun
    if (partitive && d.vague && n + 1 < toks.size() && DEMONSTRATIVES.contains(toks.get(n).norm())) n++;
    if (partitive && toks.get(n).norm().equals("اصل") && n + 1 < toks.size()) n++; // 7 من أصل سكان
    PhraseTable.Match<String> c = COUNTED.at(toks, n);
    if (c == null && partitive && toks.get(n).isArabic()) { // 20 من جنودها: a known noun with a pronoun
      String own = COUNTED.get(NounShapes.withoutPossessive(NounShapes.bare(toks.get(n).norm())));
      if (own != null) c = new PhraseTable.Match<>(own, 1);
    }
    Currencies.Match money = partitive && c == null ? CURRENCIES.at(toks, n) : null;
    String member = partitive && c == null && money == null ? NounShapes.member(toks, n) : null;
    if (money != null) {
      d.unit = money.code(); // مئات الملايين من الدولارات، عشرات الآلاف من اليورو
      d.j = n + money.length();
    } else if (partitive && toks.get(n).norm().equals("العمر")) {
      d.unit = "year"; // بين 20 و25 من العمر: an age
      d.j = n + 1;
    } else if (partitive && c == null && member == null && !d.vague && toks.get(n).isArabic()
        && !CountedNouns.NOT_NOUN.contains(NounShapes.bare(toks.get(n).norm()))) {
      // 3 من الجنود, 51 من عناصر count; 3 من الفريق, 3 آلاف من داعش do not (8 ملايين من خلال: no partitive)
      d.ofGroup = true;
    } else if (member != null) {
      // 13 من مسلحي الحوثي: a known noun in construct (its plural ن dropped); else the noun as printed
      String key = member.endsWith("ي") ? COUNTED.get(member + "ن") : null;
      d.counted = key != null ? key : member;
      d.j = n + 1;
    } else if (c != null) {
      d.counted = c.value();
      d.j = n + c.length();
    } else if (OthersCount.isOthers(toks.get(n).norm()) && !d.aYear()) {
      d.counted = OthersCount.counted(body, toks, i, toks.get(n).norm(), d.out); // وإصابة تسعة آخرين
      d.j = n + 1;
    } else if (CountedNouns.isNoun(body, toks, n, d.word || d.vague, d.gapStart) && !d.aYear()) {
      // indefinite, no proclitic: لوحات stays لوحات, آليات stays اليات; 165 مركزاً counts مركز
      d.counted = CountedNouns.accusative(toks.get(n), d.value) ? CountedNouns.withoutTanween(toks.get(n).norm()) : toks.get(n).norm();
      d.j = n + 1;
    } else if (d.vague && CountedNouns.definiteNoun(body, toks, n)) {
      d.counted = CountedNouns.withoutArticle(toks.get(n).norm()); // عشرات الغارات، العشرات من هذه اللوحات
      d.j = n + 1;
    }
    return FigureReader.GO_ON;
  }

  /**
   * {@code 218 من أصل 434 عضوا، 3 من 10 أشخاص}: a part counts what its whole (the figure at {@code outOf})
   * counts; adds both and returns the index after the whole, or {@link FigureReader#GO_ON}.
   */
  private static int partOfWhole(FigureDraft d, int outOf) {
    List<Figure> whole = new ArrayList<>();
    int after = FigureReader.figureAt(d.body, d.toks, outOf, whole);
    Figure w = whole.size() == 1 ? whole.get(0) : null;
    if (w != null && (w.unit() != null || w.counted() != null) && !"time".equals(w.unit()) && w.value() >= d.value) {
      d.out.add(d.figure(w.unit(), w.counted(), d.approxOrAtLeast(), d.end));
      d.out.add(w);
      return after;
    }
    return FigureReader.GO_ON;
  }
}
