package org.mizan.figures;

import static org.mizan.figures.FigureExtractor.COUNTED;
import static org.mizan.figures.FigureExtractor.CURRENCIES;
import static org.mizan.figures.FigureExtractor.NUMBER_WORDS;
import static org.mizan.figures.FigureExtractor.PERCENT;
import static org.mizan.figures.FigureExtractor.SCALES;
import static org.mizan.figures.FigureExtractor.UNITS;
import static org.mizan.figures.FigureExtractor.VAGUE;

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


  private static final Set<String> RANGE = Set.of("و", "وال", "او", "الي", "حتي"); // وال25: "and the 25"

  private static final java.util.Map<String, Double> FRACTIONS = java.util.Map.of("ونصف", 0.5, "والنصف", 0.5,
      "وربع", 0.25, "والربع", 0.25);

  private static final Set<String> DEMONSTRATIVES = Set.of("هذه", "هذا", "هولاء", "تلك", "ذلك");

  /** The index after a percent phrase (بالمئة، في المائة) starting at token {@code k}, or -1. */
  private static int percentAfter(List<Token> toks, int k) {
    if (k < toks.size() && PERCENT.contains(toks.get(k).norm())) return k + 1;
    if (k + 1 < toks.size() && PERCENT.contains(toks.get(k).norm() + " " + toks.get(k + 1).norm())) return k + 2;
    return -1;
  }

  /**
   * {@code بست خطوط}, {@code وست نساء}: a two-letter number word with و or ب, which the tables do not strip
   * (too short), read only before a plural, a listed noun or a word of four letters or more ({@code وست
   * هام} is a name).
   */
  private static boolean shortWithProclitic(List<Token> toks, int i) {
    String w = toks.get(i).norm();
    if (w.length() != 3 || "وب".indexOf(w.charAt(0)) < 0 || !NUMBER_WORDS.contains(w.substring(1)) || i + 1 >= toks.size()) {
      return false;
    }
    String next = toks.get(i + 1).norm();
    return NounShapes.plural(next) || COUNTED.at(toks, i + 1) != null || UNITS.at(toks, i + 1) != null
        || next.length() >= 4 && toks.get(i + 1).isArabic() && !CountedNouns.NOT_NOUN.contains(next); // بست خطوط
  }

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
    int stop = number(d, compoundUnit);
    if (stop != GO_ON) return stop;
    d.end = toks.get(d.j - 1).end();
    if (scale(d)) {
      stop = parts(d);
      if (stop != GO_ON) return stop;
    }
    stop = unitAfter(d);
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
    if (!t.isNumber() && Clock.ordinalAt(toks, i)) {
      // الساعة الثالثة من فجر اليوم، الساعة العاشرة والنصف صباحا
      Clock.Reading c = Clock.readOrdinal(body, toks, i);
      out.add(new Figure(body.substring(c.start(), c.end()), c.hours(), "time", c.zone(), Approximations.approxBefore(toks, i),
          c.start(), c.end()));
      return c.nextToken();
    }
    if (t.isNumber() && i > 0 && NotFigures.namedNumber(toks, i)) {
      return i + 1; // الكتيبة 12 صباح اليوم: a name's number, not a clock time
    }
    if (t.isNumber() && Clock.isTime(body, toks, i)) {
      Clock.Reading c = Clock.read(body, toks, i);
      String approx = Approximations.approxBefore(toks, c.firstToken());
      out.add(new Figure(body.substring(c.start(), c.end()), c.hours(), "time", c.zone(), approx, c.start(), c.end()));
      return c.nextToken();
    }
    int fraction = FractionFigures.beforeUnit(body, toks, i, out); // ربع ساعة، ساعة ونصف
    return fraction >= 0 ? fraction : GO_ON;
  }

  /**
   * Reads the number: digits, a fraction of a scale ({@code نصف مليون}) or number words, with its compound
   * tail and the same number restated. Returns the index after when there is no amount to go on with.
   */
  private static int number(FigureDraft d, Double compoundUnit) {
    if (d.t.isNumber()) return digits(d);
    if (NumberWords.fractionOfScale(d.toks, d.i) != null) {
      PhraseTable.Match<Double> sc = SCALES.at(d.toks, d.i + 1); // نصف مليون = 500000، ربع مليار
      d.value = NumberWords.FRACTION_WORDS.get(PhraseTable.strip(d.t.norm())) * sc.value();
      d.word = true;
      d.j = d.i + 1 + sc.length();
      return GO_ON;
    }
    return words(d, compoundUnit);
  }

  private static int digits(FigureDraft d) {
    String body = d.body;
    List<Token> toks = d.toks;
    int i = d.i;
    if (NotFigures.notAFigure(body, toks, i)) return i + 1;
    Double v = DigitNumbers.parseDigits(d.t.norm());
    if (v == null) return i + 1;
    d.value = v;
    d.j = i + 1;
    double[] mirrored = DigitNumbers.mirrored(body, toks, i);
    if (mirrored == null) mirrored = DigitNumbers.arabicComma(body, toks, i);
    if (mirrored != null) { // 0721.‏1 = 1.0721, 25ر2 = 2.25, 432ر690ر29 = 29690432, 157،7 مليون = 157.7 million
      d.value = mirrored[0];
      d.j = (int) mirrored[1];
    }
    double[] restated = RestatedNumbers.restatedInWords(body, toks, i, d.j, d.value); // (7) سبعة من رجال: the number again in words
    if (restated != null) {
      d.value = restated[0];
      d.j = (int) restated[1];
      d.word = true; // its scale is read
    }
    return GO_ON;
  }

  private static int words(FigureDraft d, Double compoundUnit) {
    String body = d.body;
    List<Token> toks = d.toks;
    int i = d.i;
    Token t = d.t;
    List<Figure> out = d.out;
    Double teen = i + 1 < toks.size() && NumberWords.isTen(toks.get(i + 1).norm()) ? NumberWords.TEEN_HEADS.get(t.norm()) : null; // أحد عشر
    PhraseTable.Match<Double> m = teen != null ? new PhraseTable.Match<>(teen, 1) : NUMBER_WORDS.at(toks, i);
    // الدول الاثنتي عشرة: the definite head of twelve, which number-words.tsv leaves out
    boolean definiteTeen = m == null && i + 1 < toks.size() && NumberWords.isTen(toks.get(i + 1).norm())
        && t.norm().startsWith("ال") && NumberWords.TEEN_HEADS.containsKey(t.norm().substring(2));
    if (definiteTeen) m = new PhraseTable.Match<>(NumberWords.TEEN_HEADS.get(t.norm().substring(2)), 1);
    if (m == null && NumberWords.isDefinite(t.norm())) m = new PhraseTable.Match<>(NUMBER_WORDS.get(t.norm().substring(2)), 1); // الست: too short to strip
    if (m == null && shortWithProclitic(toks, i)) {
      m = new PhraseTable.Match<>(NUMBER_WORDS.get(t.norm().substring(1)), 1); // بست خطوط: too short to strip
    }
    if (m == null && compoundUnit != null) m = new PhraseTable.Match<>(compoundUnit, 1);
    PhraseTable.Match<Double> vm = m == null ? VAGUE.at(toks, i) : null;
    if (m == null && vm == null) return i;
    if (m != null && NotFigures.westInAName(toks, i)) return i + 1;
    if (m != null && i > 0 && SCALES.at(toks, i) != null && NUMBER_WORDS.at(toks, i - 1) != null) {
      return i + 1; // المليون والثمانمائة ألف: the scale of a number read (or left) before, no amount of its own
    }
    if (m != null && t.norm().startsWith("وال") && !NUMBER_WORDS.contains(t.norm().substring(1))) {
      return i; // الحادية والعشرين: the tail of an ordinal (but وألفي is "and two thousand")
    }
    if (m != null && NumberWords.isTen(t.norm()) && i > 0 && toks.get(i - 1).norm().startsWith("ال")
        && !NUMBER_WORDS.contains(toks.get(i - 1).norm().substring(2))) {
      return i + 1; // المرتبة الخامسة عشرة: the tail of an ordinal teen
    }
    // المئتي ألف مهاجر: a definite cardinal before a scale word reads as the scaled number
    boolean scaled = m != null && i + 1 < toks.size() && SCALES.at(toks, i + 1) != null;
    if (m != null && (NumberWords.isDefinite(t.norm()) || definiteTeen) && !NumberWords.definiteCompound(toks, i) && !scaled) {
      // السنوات الخمس، الدول الخمس: a definite cardinal after its definite noun
      if (m.length() != 1) return i;
      int percentEnd = percentAfter(toks, i + 1);
      if (percentEnd > i) { // الخمسين في المائة الباقية: a definite cardinal before the percent sign
        int end = toks.get(percentEnd - 1).end();
        out.add(new Figure(body.substring(t.start(), end), m.value(), "percent", null, Approximations.approxBefore(toks, i), t.start(), end));
        return percentEnd;
      }
      if (m.value() < 10 && i + 1 < toks.size() && NumberWords.isTen(toks.get(i + 1).norm())) {
        // الدول التسع عشرة: a definite teen after its noun (the ordinal would be التاسعة عشرة)
        if (DefiniteCardinals.definiteNounBefore(body, toks, i, m.value() + 10, out)) {
          Figure f = out.remove(out.size() - 1);
          int end = toks.get(i + 1).end();
          out.add(new Figure(body.substring(f.start(), end), f.value(), f.unit(), f.counted(), null, f.start(), end));
          return i + 2;
        }
        int after = DefiniteCardinals.definiteBeforeNoun(body, toks, i, i + 1, m.value() + 10, out); // الأربع عشرة سنة
        return after > i ? after : i + 2;
      }
      int after = DefiniteCardinals.definiteBeforeNoun(body, toks, i, i, m.value(), out); // الثلاث مواجهات
      if (after > i) return after;
      return DefiniteCardinals.definiteNounBefore(body, toks, i, m.value(), out) || DefiniteCardinals.quotedNameBefore(body, toks, i, m.value(), out) ? i + 1 : i;
    }
    d.word = true;
    d.vague = vm != null;
    d.value = m != null ? m.value() : vm.value();
    d.j = i + 1;
    if (NumberWords.dualInConstruct(toks, i)) d.value *= 2; // ومليونا ريال: two million (مليونًا, one, is accusative)
    if (!d.vague) {
      // ثلاثة عشر (13), خمسة وعشرون (25), مئة وخمسون (150)
      double[] c = NumberWords.compound(toks, d.j, d.value);
      d.value = c[0];
      d.j = (int) c[1];
      double[] point = NumberWords.decimalInWords(toks, d.j, d.value);
      if (point != null) {
        d.value = point[0];
        d.j = (int) point[1];
      }
      if (RestatedNumbers.restatedInDigits(body, toks, d.j, d.value)) {
        d.gapStart = toks.get(d.j).start(); // سبعة (7) أشخاص: the same number again in digits
        d.j++;
      }
    }
    return GO_ON;
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
   * Reads what the number measures or counts after it: the percent sign or word, a currency, a unit or a
   * counted noun. Returns the index after when a part of a whole ({@code 3 من 10 أشخاص}) was added.
   */
  private static int unitAfter(FigureDraft d) {
    String body = d.body;
    List<Token> toks = d.toks;
    int j = d.j;
    int k = d.end;
    while (k < body.length() && body.charAt(k) == ' ') k++;
    if (k < body.length() && (body.charAt(k) == '%' || body.charAt(k) == '٪')) {
      d.unit = "percent";
      d.end = k + 1;
    } else if (j + 1 < toks.size() && PERCENT.contains(toks.get(j).norm() + " " + toks.get(j + 1).norm())) {
      d.unit = "percent";
      d.end = toks.get(j + 1).end();
      d.j += 2;
    } else if (j < toks.size() && PERCENT.contains(toks.get(j).norm())) {
      d.unit = "percent";
      d.end = toks.get(j).end();
      d.j++;
    } else if (j < toks.size() && !NotFigures.forNamedMonth(toks, j)
        && (d.vague || d.scale != null && !d.t.isNumber() || !toks.get(j).text().startsWith("ال"))
        && !(d.scale == null && d.i > 0 && NotFigures.YEAR_BEFORE.contains(toks.get(d.i - 1).norm()) && NotFigures.isYear(toks, d.i, d.value))
        && CountedNouns.nounMayFollow(body, d.gapStart, body.substring(toks.get(j - 1).end(), toks.get(j).start()))) {
      // the unit follows on the same line with at most a closing parenthesis between: not "5 ـ مشاريع";
      // a definite word after a number in digits is not its unit (مونديال 2018 اليوم، 219 ألفا العام 2014),
      // after آلاف/مليارات it is;
      // a year is no quantity (في 2014 قدم الفريق)
      int stop = measured(d);
      if (stop != GO_ON) return stop;
      if (d.j > 0 && toks.get(d.j - 1).end() > d.end) d.end = toks.get(d.j - 1).end();
    }
    return GO_ON;
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
    return GO_ON;
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
      // 218 من أصل 434 عضوا، 3 من 10 أشخاص: a part counts what its whole counts
      List<Figure> whole = new ArrayList<>();
      int after = figureAt(body, toks, outOf, whole);
      Figure w = whole.size() == 1 ? whole.get(0) : null;
      if (w != null && (w.unit() != null || w.counted() != null) && !"time".equals(w.unit()) && w.value() >= d.value) {
        d.out.add(d.figure(w.unit(), w.counted(), d.approxOrAtLeast(), d.end));
        d.out.add(w);
        return after;
      }
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
    return GO_ON;
  }

  /**
   * Reads the second end of a range ({@code بين 700 ألف و800 ألف برميل، 7 أو 8 عبوات}) when the first has
   * no unit: both ends are added with the second's unit and the index after them returned.
   */
  private static int range(FigureDraft d, String approx0) {
    String body = d.body;
    List<Token> toks = d.toks;
    int other = d.unit == null && d.counted == null && !d.aYear() ? rangeEnd(toks, d.j) : -1;
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
    if (toks.get(d.j).norm().equals("او") && n.approx() == null && approx0 != null) {
      // نحو 60 أو 70 في المائة: the approximation is said once for both
      n = new Figure(n.text(), n.value(), n.unit(), n.counted(), approx0, n.start(), n.end());
    }
    d.out.add(n);
    return after;
  }

  /**
   * Where the second end of a range after the number ending before token j begins, or -1: after {@code و،
   * أو، إلى، حتى} ({@code بين 5 و10}), or at a number word glued to و ({@code بين خمسة وعشرة آلاف}).
   */
  private static int rangeEnd(List<Token> toks, int j) {
    if (j + 1 < toks.size() && RANGE.contains(toks.get(j).norm())) return j + 1;
    if (j >= toks.size()) return -1;
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
