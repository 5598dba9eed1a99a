package org.mizan.figures;

import static org.mizan.figures.FigureExtractor.COUNTED;
import static org.mizan.figures.FigureExtractor.NUMBER_WORDS;
import static org.mizan.figures.FigureExtractor.PERCENT;
import static org.mizan.figures.FigureExtractor.SCALES;
import static org.mizan.figures.FigureExtractor.UNITS;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.mizan.text.Token;

/**
 * Reads one figure at a token, for {@link FigureExtractor}: the number (digits, words, vague words, a
 * fraction or a clock time), its scale and parts, then its unit or counted thing, the other end of a range
 * and the approximation around it. Forms with their own rules are read by the classes it calls.
 */
final class FigureReader {
  private FigureReader() {}

  /** What a reading step returns when the reading goes on (a step that ends it returns the index after). */
  static final int GO_ON = -1;

  /** Two or more thousands groups (1,234,567 or 1.234.567): a number printed in full. */
  private static final java.util.regex.Pattern FULL_GROUPS =
      java.util.regex.Pattern.compile("(?U)\\d[,.٬]\\d{3}[,.٬]\\d{3}");

  private static final java.util.regex.Pattern DASH_GAP = java.util.regex.Pattern.compile("\\s*[–—-]\\s*");
  private static final Set<String> RANGE = Set.of("و", "وال", "او", "الي", "حتي"); // وال25: "and the 25"

  private static final java.util.Map<String, Double> FRACTIONS = java.util.Map.of("ونصف", 0.5, "والنصف", 0.5,
      "وربع", 0.25, "والربع", 0.25);

  /**
   * Reads a figure starting at token i into {@code out}; returns the index after it, or i when none. The
   * steps run in order, each may end the reading: forms of their own (clock times, fractions, one and
   * two), the number, its scale and parts, its unit or noun, a range, a noun left to the context, and the
   * bounds said after it.
   */
  static int figureAt(String body, List<Token> toks, int i, List<Figure> out) {
    int form = timeOrFraction(body, toks, i, out);
    if (form != GO_ON) return form;
    // اثنان وعشرون ألفا، واحد وأربعون: the unit of a compound number, not one or two after its noun
    Double compoundUnit = NumberWords.compoundUnit(toks, i);
    int oneTwo = OneAndTwo.read(body, toks, i, compoundUnit, out); // عام واحد، واحد بالمئة، اثنان من الجنود
    if (oneTwo >= 0) return oneTwo;
    FigureDraft d = new FigureDraft(body, toks, i, out);
    int stop = NumberStart.read(d, compoundUnit);
    if (stop != GO_ON) return stop;
    d.end = toks.get(d.j - 1).end();
    if (scale(d)) {
      stop = parts(d);
      if (stop != GO_ON) return stop;
    }
    stop = FigureUnits.read(d);
    if (stop != GO_ON) return stop;
    String stated = Approximations.approxBefore(toks, i);
    // عشرات: at least ten; نحو مئات: about a few hundred (a bound said before a vague word adds nothing)
    String approx0 = d.vague && !"about".equals(stated) ? "at_least" : stated;
    stop = range(d, approx0);
    if (stop != GO_ON) return stop;
    fractionAfterNoun(d);
    elidedNoun(d);
    stop = withoutNoun(d);
    if (stop != GO_ON) return stop;
    return add(d, approx0);
  }

  /**
   * Reads the forms read whole by their own classes: a clock time (digits or an ordinal hour) or a
   * fraction before its unit; skips a percent word and a name's number. Returns the index after, or
   * {@link #GO_ON}.
   */
  private static int timeOrFraction(String body, List<Token> toks, int i, List<Figure> out) {
    Token t = toks.get(i);
    if (PERCENT.contains(t.norm())) return i + 1; // بالمئة يوم: المئة here is the percent sign, not 100
    if (PlusNames.joined(toks, i)) return i + 1; // خمسة زائد واحد: a group's name (P5+1)
    if (!t.isNumber() && Clock.ordinalAt(toks, i)) {
      // الساعة الثالثة من فجر اليوم، الساعة العاشرة والنصف صباحا
      Clock.Reading c = Clock.readOrdinal(body, toks, i);
      out.add(new Figure(body.substring(c.start(), c.end()), c.hours(), "time", c.zone(),
          Approximations.ofTime(Approximations.approxBefore(toks, i)),
          c.start(), c.end()));
      return c.nextToken();
    }
    if (t.isNumber() && i > 0 && NotFigures.namedNumber(toks, i)) {
      return i + 1; // الكتيبة 12 صباح اليوم: a name's number, not a clock time
    }
    if (t.isNumber() && Clock.isTime(body, toks, i)) {
      Clock.Reading c = Clock.read(body, toks, i);
      // 26-10-2018 12:00 صباحاً، السبت 10 يناير 2026 12:03 صباحاً: a page's stamp
      if (NotFigures.stampTime(body, t) || NotFigures.stampTimeAfterWrittenDate(body, toks, i)) return c.nextToken();
      String approx = Approximations.ofTime(Approximations.approxBefore(toks, c.firstToken()));
      out.add(new Figure(body.substring(c.start(), c.end()), c.hours(), "time", c.zone(), approx, c.start(), c.end()));
      return c.nextToken();
    }
    int fraction = FractionFigures.beforeUnit(body, toks, i, out); // ربع ساعة، ساعة ونصف
    return fraction >= 0 ? fraction : GO_ON;
  }

  /**
   * Reads a scale word after the number ({@code مليون، ألف}) and a fraction of it; returns whether smaller
   * parts after و may follow.
   */
  private static boolean scale(FigureDraft d) {
    List<Token> toks = d.toks;
    PhraseTable.Match<Double> scale = d.j < toks.size() ? SCALES.at(toks, d.j) : null;
    d.scale = scale;
    if (scale == null) return d.word;
    if (d.word && d.value >= 1000) return false;
    // 665,932,983 مليون ريال: an amount printed in full with digit groups already is the amount; the
    // scale word after it only says its order (some outlets print it so; 1,500 مليون is still 1.5e9)
    // 253,753.468 مليون ريال: every mark before three digits, so all of them group thousands
    Token t = d.t;
    double grouped = t.isNumber() ? Math.max(d.value, DigitNumbers.inGroups(t.norm(), d.value)) : d.value;
    boolean inFull = t.isNumber() && scale.value() >= 1000 && FULL_GROUPS.matcher(t.text()).find()
        && grouped >= scale.value();
    if (inFull) d.value = grouped;
    else d.value *= scale.value();
    d.j += scale.length();
    d.end = toks.get(d.j - 1).end();
    if (d.j < toks.size() && FRACTIONS.containsKey(toks.get(d.j).norm())) {
      d.value += FRACTIONS.get(toks.get(d.j).norm()) * scale.value(); // 4 ملايين ونصف (المليون) = 4500000
      d.j++;
      // 4 ملايين ونصف المليون، سبعة ملايين ونصف مليون: the scale said again after the fraction
      PhraseTable.Match<Double> again = d.j < toks.size() ? SCALES.at(toks, d.j) : null;
      if (again != null && again.value() == scale.value()) d.j += again.length();
      d.end = toks.get(d.j - 1).end();
      return false;
    }
    return !inFull;
  }

  /**
   * Adds the smaller parts after و to the amount; returns the index after when a part brought the unit
   * and the figure is added, else {@link #GO_ON}.
   */
  private static int parts(FigureDraft d) {
    if (AmountParts.afterBetween(d.toks, d.i)) return GO_ON;
    // خمسة عشر مليون وأربعمائة ألف ريال، 3 ملايين و500 ألف دولار، مليون وخمسمائة ألف حاج، 281 ألفا و800
    // دولار: smaller parts after و belong to the amount (15,400,000 …), not to second figures
    double magnitude = d.scale != null ? d.scale.value() : d.value >= 100 ? d.value : 0;
    for (AmountParts.Part p = AmountParts.partAfterWaw(d.body, d.toks, d.j, magnitude); p != null;
        p = AmountParts.partAfterWaw(d.body, d.toks, d.j, magnitude)) {
      d.value += p.value();
      d.j = p.next();
      d.end = d.toks.get(d.j - 1).end();
      if (p.tail() != null) { // its unit read with it
        Figure f = p.tail();
        d.out.add(d.figure(f.unit(), f.counted(), d.approxOrAtLeast(), f.end()));
        return d.j;
      }
      magnitude = p.scale();
    }
    return GO_ON;
  }

  /**
   * Reads the second end of a range ({@code بين 700 ألف و800 ألف برميل، 7 أو 8 عبوات}) when the first has
   * no unit: both ends are added with the second's unit and the index after them returned.
   */
  private static int range(FigureDraft d, String approx0) {
    String body = d.body;
    List<Token> toks = d.toks;
    int other = d.unit == null && d.counted == null && !d.aYear() ? rangeEnd(body, toks, d.j) : -1;
    if (other <= 0) return GO_ON;
    // بين 700 ألف و800 ألف برميل، 7 أو 8 عبوات: the first end of a range takes the unit of the second
    List<Figure> second = new ArrayList<>();
    int after = figureAt(body, toks, other, second);
    Figure n = after > other && second.size() == 1 && !"time".equals(second.get(0).unit()) ? second.get(0) : null;
    int numberEnd = other + 1 < toks.size() && NumberWords.isTen(toks.get(other + 1).norm()) ? other + 2 : other + 1; // و15، وخمسة عشر
    PhraseTable.Match<Double> scale2 = n != null && d.scale == null && !(d.word && d.value >= 1000) && numberEnd > other
        && numberEnd < toks.size() ? SCALES.at(toks, numberEnd) : null;
    if (n != null && n.unit() == null && n.counted() == null && scale2 != null) {
      // عدد القتلى بين 5 و10 آلاف: the noun left to the context is the one of the first end too
      ElidedNouns.Reading r = ElidedNouns.read(body, toks, d.i, d.j, d.out);
      if (r != null && (r.unit() != null || r.counted() != null)) {
        n = new Figure(n.text(), n.value(), r.unit(), r.counted(), n.approx(), n.start(), n.end());
      }
    }
    if (n == null || n.unit() == null && n.counted() == null) return GO_ON;
    if (scale2 != null) d.value *= scale2.value(); // بين 60 و90 ألف قدم: both in thousands
    d.out.add(d.figure(n.unit(), n.counted(), approx0, d.end));
    if (n.approx() == null && (toks.get(d.j).norm().equals("او") && approx0 != null || "about".equals(approx0))) {
      // نحو 60 أو 70 في المائة، نحو 10 إلى 20 قرشا: the approximation is said once for both
      n = new Figure(n.text(), n.value(), n.unit(), n.counted(), approx0, n.start(), n.end());
    }
    d.out.add(n);
    return after;
  }

  /**
   * Where the second end of a range after the number ending before token j begins, or -1: after {@code و،
   * أو، إلى، حتى} ({@code بين 5 و10}), at a number word glued to و ({@code بين خمسة وعشرة آلاف}), or at
   * digits after a dash ({@code 15 – 45 كم/ساعة}; a score has no unit after it, so it stays unread).
   */
  private static int rangeEnd(String body, List<Token> toks, int j) {
    if (j + 1 < toks.size() && RANGE.contains(toks.get(j).norm())) return j + 1;
    if (j >= toks.size()) return -1;
    if (j > 0 && Character.isDigit(toks.get(j).text().charAt(0))
        && DASH_GAP.matcher(body.substring(toks.get(j - 1).end(), toks.get(j).start())).matches()) return j;
    String w = toks.get(j).norm();
    return w.length() > 3 && w.startsWith("و") && NUMBER_WORDS.contains(w.substring(1)) ? j : -1;
  }

  /** {@code خمس سنوات ونصف} = 5.5: a half or quarter after the unit or noun. */
  private static void fractionAfterNoun(FigureDraft d) {
    List<Token> toks = d.toks;
    if ((d.unit != null || d.counted != null) && d.j < toks.size() && FRACTIONS.containsKey(toks.get(d.j).norm())) {
      d.value += FRACTIONS.get(toks.get(d.j).norm()); // خمس سنوات ونصف = 5.5
      d.end = toks.get(d.j).end();
      d.j++;
    }
  }

  /** The unit or noun left to the context ({@code وجرح عشرة، 64 لكل دولار}) of a number without one. */
  private static void elidedNoun(FigureDraft d) {
    if (d.unit != null || d.counted != null || d.ofGroup || d.aYear()) return;
    ElidedNouns.Reading r = ElidedNouns.read(d.body, d.toks, d.i, d.j, d.out); // وجرح عشرة، 64 لكل دولار
    if (r == null && d.scale != null && d.scale.value() >= 1e6) r = ElidedNouns.amountBefore(d.body, d.t.start(), d.out); // بـ 1.02 مليار
    if (r != null) {
      d.unit = r.unit();
      d.counted = r.counted();
      if (r.next() > d.j) {
        d.j = r.next(); // 64 لكل دولار، 600 ألف منهم
        d.end = d.toks.get(d.j - 1).end();
      }
    }
  }

  /**
   * Ends the reading of a number that found no unit or noun: a group, a number word, a bare number (an
   * id, a year, a name), or digits with the article that count the plural before them. Returns the index
   * after, or {@link #GO_ON} when the figure has a unit, a noun or a scale.
   */
  private static int withoutNoun(FigureDraft d) {
    if (d.unit != null || d.counted != null) return GO_ON;
    if (d.ofGroup) return d.word ? d.i : d.j; // 3 آلاف من داعش: a group, no count
    if (d.scale != null) return GO_ON;
    if (d.word) return d.i; // a number word needs its noun
    List<Token> toks = d.toks;
    int i = d.i;
    if (i > 1 && toks.get(i - 1).norm().equals("ال") && toks.get(i - 1).end() == d.t.start() && !d.aYear()) {
      // العناصر ال54: digits with the article after a definite plural count it (الدورة الـ15 is an ordinal)
      String noun = NounShapes.bare(toks.get(i - 2).norm());
      if (toks.get(i - 2).norm().startsWith("ال") && NounShapes.plural(noun) && !CountedNouns.NOT_NOUN.contains(noun)) {
        PhraseTable.Match<String> u = UNITS.at(toks, i - 2);
        PhraseTable.Match<String> c = u == null ? COUNTED.at(toks, i - 2) : null;
        int start = toks.get(i - 2).start();
        d.out.add(new Figure(d.body.substring(start, d.end), d.value, u != null ? u.value() : null,
            u != null ? null : c != null ? c.value() : noun, null, start, d.end));
        return d.j;
      }
    }
    return i + 1; // a bare number: an id, a year, a name
  }

  /**
   * Adds the figure with the approximation said before it ({@code approx0}) or after it ({@code تقريبا، أو
   * أكثر، على الأقل}); returns the index after it.
   */
  private static int add(FigureDraft d, String approx0) {
    List<Token> toks = d.toks;
    int j = d.j;
    String approx = approx0;
    if (approx == null && j < toks.size() && toks.get(j).norm().equals("تقريبا")) approx = "about";
    if (approx == null && j + 1 < toks.size() && toks.get(j).norm().equals("او")) {
      String bound = toks.get(j + 1).norm(); // 100 شخص أو أكثر: the bound follows the figure
      approx = bound.equals("اكثر") ? "at_least" : bound.equals("اقل") ? "up_to" : null;
    }
    if (approx == null && j < toks.size()) approx = Approximations.boundAfter(toks, j); // 35 قرشا فأكثر
    int b = boundAt(d);
    if (b + 1 < toks.size() && toks.get(b).norm().equals("علي") && toks.get(b + 1).norm().equals("الاقل")
        && (approx == null || "at_least".equals(approx))) {
      approx = "at_least"; // 30 شخصا على الأقل
      if (b == j) {
        d.end = toks.get(j + 1).end();
        d.j += 2;
      }
    }
    d.out.add(d.figure(d.unit, d.counted, approx, d.end));
    return d.j;
  }

  /**
   * Where a bound after the figure may begin: right after it, or past a second noun joined to the counted
   * one ({@code 13 جنديا وشرطيا على الأقل}) or an adjective of it ({@code 20 طالبا عسكريا على الأقل}).
   */
  private static int boundAt(FigureDraft d) {
    List<Token> toks = d.toks;
    int b = d.j;
    if (d.counted != null && b + 2 < toks.size() && toks.get(b).text().startsWith("و") && toks.get(b).isArabic()
        && toks.get(b).norm().length() > 3 && toks.get(b + 1).norm().equals("علي")
        && d.body.substring(toks.get(b - 1).end(), toks.get(b).start()).equals(" ")) {
      b++;
    } else if (d.counted != null && b + 2 < toks.size() && CountedNouns.agreeingAdjective(d.body, toks, b)) {
      b++; // 20 طالبا عسكريا على الأقل: the bound may follow an adjective of the counted noun
    }
    return b;
  }
}
