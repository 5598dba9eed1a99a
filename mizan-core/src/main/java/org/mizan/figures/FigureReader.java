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

  /** Reads a figure starting at token i into {@code out}; returns the index after it, or i when none. */
  static int figureAt(String body, List<Token> toks, int i, List<Figure> out) {
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
    if (fraction >= 0) return fraction;
    // اثنان وعشرون ألفا، واحد وأربعون: the unit of a compound number, not one or two after its noun
    Double compoundUnit = NumberWords.compoundUnit(toks, i);
    int oneTwo = OneAndTwo.read(body, toks, i, compoundUnit, out); // عام واحد، واحد بالمئة، اثنان من الجنود
    if (oneTwo >= 0) return oneTwo;
    double value;
    int gapStart = t.start(); // where the number its noun follows begins (the digits of سبعة (7) أشخاص)
    boolean word = false;
    boolean vague = false;
    int j;
    if (t.isNumber()) {
      if (NotFigures.notAFigure(body, toks, i)) return i + 1;
      Double v = DigitNumbers.parseDigits(t.norm());
      if (v == null) return i + 1;
      value = v;
      j = i + 1;
      double[] mirrored = DigitNumbers.mirrored(body, toks, i);
      if (mirrored == null) mirrored = DigitNumbers.arabicComma(body, toks, i);
      if (mirrored != null) { // 0721.‏1 = 1.0721, 25ر2 = 2.25, 432ر690ر29 = 29690432, 157،7 مليون = 157.7 million
        value = mirrored[0];
        j = (int) mirrored[1];
      }
      double[] restated = RestatedNumbers.restatedInWords(body, toks, i, j, value); // (7) سبعة من رجال: the number again in words
      if (restated != null) {
        value = restated[0];
        j = (int) restated[1];
        word = true; // its scale is read
      }
    } else if (NumberWords.fractionOfScale(toks, i) != null) {
      PhraseTable.Match<Double> sc = SCALES.at(toks, i + 1); // نصف مليون = 500000، ربع مليار
      value = NumberWords.FRACTION_WORDS.get(PhraseTable.strip(t.norm())) * sc.value();
      word = true;
      j = i + 1 + sc.length();
    } else {
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
      word = true;
      vague = vm != null;
      value = m != null ? m.value() : vm.value();
      j = i + 1;
      if (NumberWords.dualInConstruct(toks, i)) value *= 2; // ومليونا ريال: two million (مليونًا, one, is accusative)
      if (!vague) {
        // ثلاثة عشر (13), خمسة وعشرون (25), مئة وخمسون (150)
        double[] c = NumberWords.compound(toks, j, value);
        value = c[0];
        j = (int) c[1];
        double[] point = NumberWords.decimalInWords(toks, j, value);
        if (point != null) {
          value = point[0];
          j = (int) point[1];
        }
        if (RestatedNumbers.restatedInDigits(body, toks, j, value)) {
          gapStart = toks.get(j).start(); // سبعة (7) أشخاص: the same number again in digits
          j++;
        }
      }
    }
    int end = toks.get(j - 1).end();
    PhraseTable.Match<Double> scale = j < toks.size() ? SCALES.at(toks, j) : null;
    boolean parts = false; // whether a smaller part after و may follow
    if (scale != null && !(word && value >= 1000)) {
      // 665,932,983 مليون ريال: an amount printed in full with digit groups already is the amount; the
      // scale word after it only says its order (some outlets print it so; 1,500 مليون is still 1.5e9)
      // 253,753.468 مليون ريال: every mark before three digits, so all of them group thousands
      double grouped = t.isNumber() ? Math.max(value, DigitNumbers.inGroups(t.norm(), value)) : value;
      boolean inFull = t.isNumber() && scale.value() >= 1000 && FULL_GROUPS.matcher(t.text()).find()
          && grouped >= scale.value();
      if (inFull) value = grouped;
      else value *= scale.value();
      j += scale.length();
      end = toks.get(j - 1).end();
      if (j < toks.size() && FRACTIONS.containsKey(toks.get(j).norm())) {
        value += FRACTIONS.get(toks.get(j).norm()) * scale.value(); // 4 ملايين ونصف (المليون) = 4500000
        j++;
        // 4 ملايين ونصف المليون، سبعة ملايين ونصف مليون: the scale said again after the fraction
        PhraseTable.Match<Double> again = j < toks.size() ? SCALES.at(toks, j) : null;
        if (again != null && again.value() == scale.value()) j += again.length();
        end = toks.get(j - 1).end();
      } else if (!inFull) {
        parts = true;
      }
    } else if (scale == null) {
      parts = word;
    }
    if (parts && !AmountParts.afterBetween(toks, i)) {
      // خمسة عشر مليون وأربعمائة ألف ريال، 3 ملايين و500 ألف دولار، مليون وخمسمائة ألف حاج، 281 ألفا و800
      // دولار: smaller parts after و belong to the amount (15,400,000 …), not to second figures
      double magnitude = scale != null ? scale.value() : value >= 100 ? value : 0;
      for (AmountParts.Part p = AmountParts.partAfterWaw(body, toks, j, magnitude); p != null;
          p = AmountParts.partAfterWaw(body, toks, j, magnitude)) {
        value += p.value();
        j = p.next();
        end = toks.get(j - 1).end();
        if (p.tail() != null) { // its unit read with it
          Figure f = p.tail();
          out.add(new Figure(body.substring(t.start(), f.end()), value, f.unit(), f.counted(),
              vague ? "at_least" : Approximations.approxBefore(toks, i), t.start(), f.end()));
          return j;
        }
        magnitude = p.scale();
      }
    }
    String unit = null;
    String counted = null;
    boolean ofGroup = false;
    int k = end;
    while (k < body.length() && body.charAt(k) == ' ') k++;
    if (k < body.length() && (body.charAt(k) == '%' || body.charAt(k) == '٪')) {
      unit = "percent";
      end = k + 1;
    } else if (j + 1 < toks.size() && PERCENT.contains(toks.get(j).norm() + " " + toks.get(j + 1).norm())) {
      unit = "percent";
      end = toks.get(j + 1).end();
      j += 2;
    } else if (j < toks.size() && PERCENT.contains(toks.get(j).norm())) {
      unit = "percent";
      end = toks.get(j).end();
      j++;
    } else if (j < toks.size() && !NotFigures.forNamedMonth(toks, j)
        && (vague || scale != null && !t.isNumber() || !toks.get(j).text().startsWith("ال"))
        && !(scale == null && i > 0 && NotFigures.YEAR_BEFORE.contains(toks.get(i - 1).norm()) && NotFigures.isYear(toks, i, value))
        && CountedNouns.nounMayFollow(body, gapStart, body.substring(toks.get(j - 1).end(), toks.get(j).start()))) {
      // the unit follows on the same line with at most a closing parenthesis between: not "5 ـ مشاريع";
      // a definite word after a number in digits is not its unit (مونديال 2018 اليوم، 219 ألفا العام 2014),
      // after آلاف/مليارات it is;
      // a year is no quantity (في 2014 قدم الفريق)
      Currencies.Match cur = CURRENCIES.at(toks, j);
      PhraseTable.Match<String> u = cur == null ? UNITS.at(toks, j) : null;
      if (cur != null) {
        unit = cur.code();
        j += cur.length();
      } else if (u != null) {
        unit = u.value();
        j += u.length();
        if (j < toks.size() && (toks.get(j).norm().startsWith("مربع") || toks.get(j).norm().startsWith("مكعب"))) {
          unit += toks.get(j).norm().startsWith("مربع") ? "2" : "3";
          j++;
        }
      } else {
        int n = j;
        boolean partitive = toks.get(n).norm().equals("من") && n + 1 < toks.size();
        int outOf = partitive && toks.get(n + 1).norm().equals("اصل") ? n + 2 : n + 1;
        if (partitive && outOf < toks.size() && toks.get(outOf).isNumber()) {
          // 218 من أصل 434 عضوا، 3 من 10 أشخاص: a part counts what its whole counts
          List<Figure> whole = new ArrayList<>();
          int after = figureAt(body, toks, outOf, whole);
          Figure w = whole.size() == 1 ? whole.get(0) : null;
          if (w != null && (w.unit() != null || w.counted() != null) && !"time".equals(w.unit()) && w.value() >= value) {
            out.add(new Figure(body.substring(t.start(), end), value, w.unit(), w.counted(),
                vague ? "at_least" : Approximations.approxBefore(toks, i), t.start(), end));
            out.add(w);
            return after;
          }
        }
        if (partitive) n++;
        // العشرات من هذه اللوحات: a demonstrative between the partitive and its noun
        if (partitive && vague && n + 1 < toks.size() && DEMONSTRATIVES.contains(toks.get(n).norm())) n++;
        if (partitive && toks.get(n).norm().equals("اصل") && n + 1 < toks.size()) n++; // 7 من أصل سكان
        PhraseTable.Match<String> c = COUNTED.at(toks, n);
        if (c == null && partitive && toks.get(n).isArabic()) { // 20 من جنودها: a known noun with a pronoun
          String own = COUNTED.get(NounShapes.withoutPossessive(NounShapes.bare(toks.get(n).norm())));
          if (own != null) c = new PhraseTable.Match<>(own, 1);
        }
        Currencies.Match money = partitive && c == null ? CURRENCIES.at(toks, n) : null;
        String member = partitive && c == null && money == null ? NounShapes.member(toks, n) : null;
        if (money != null) {
          unit = money.code(); // مئات الملايين من الدولارات، عشرات الآلاف من اليورو
          j = n + money.length();
        } else if (partitive && toks.get(n).norm().equals("العمر")) {
          unit = "year"; // بين 20 و25 من العمر: an age
          j = n + 1;
        } else if (partitive && c == null && member == null && !vague && toks.get(n).isArabic()
            && !CountedNouns.NOT_NOUN.contains(NounShapes.bare(toks.get(n).norm()))) {
          n = j; // 3 من الجنود, 51 من عناصر count; 3 من الفريق, 3 آلاف من داعش do not (8 ملايين من خلال: no partitive)
          ofGroup = true;
        } else if (member != null) {
          // 13 من مسلحي الحوثي: a known noun in construct (its plural ن dropped); else the noun as printed
          String key = member.endsWith("ي") ? COUNTED.get(member + "ن") : null;
          counted = key != null ? key : member;
          j = n + 1;
        } else if (c != null) {
          counted = c.value();
          j = n + c.length();
        } else if (OthersCount.isOthers(toks.get(n).norm()) && !(scale == null && NotFigures.isYear(toks, i, value))) {
          counted = OthersCount.counted(body, toks, i, toks.get(n).norm(), out); // وإصابة تسعة آخرين
          j = n + 1;
        } else if (CountedNouns.isNoun(body, toks, n, word || vague, gapStart) && !(scale == null && NotFigures.isYear(toks, i, value))) {
          // indefinite, no proclitic: لوحات stays لوحات, آليات stays اليات; 165 مركزاً counts مركز
          counted = CountedNouns.accusative(toks.get(n), value) ? CountedNouns.withoutTanween(toks.get(n).norm()) : toks.get(n).norm();
          j = n + 1;
        } else if (vague && CountedNouns.definiteNoun(body, toks, n)) {
          counted = CountedNouns.withoutArticle(toks.get(n).norm()); // عشرات الغارات، العشرات من هذه اللوحات
          j = n + 1;
        }
      }
      if (j > 0 && toks.get(j - 1).end() > end) end = toks.get(j - 1).end();
    }
    String stated = Approximations.approxBefore(toks, i);
    // عشرات: at least ten; نحو مئات: about a few hundred (a bound said before a vague word adds nothing)
    String approx0 = vague && !"about".equals(stated) ? "at_least" : stated;
    int other = unit == null && counted == null && !(scale == null && NotFigures.isYear(toks, i, value)) ? rangeEnd(toks, j) : -1;
    if (other > 0) {
      // بين 700 ألف و800 ألف برميل، 7 أو 8 عبوات: the first end of a range takes the unit of the second
      List<Figure> second = new ArrayList<>();
      int after = figureAt(body, toks, other, second);
      Figure n = after > other && second.size() == 1 && !"time".equals(second.get(0).unit()) ? second.get(0) : null;
      int numberEnd = other + 1 < toks.size() && NumberWords.isTen(toks.get(other + 1).norm()) ? other + 2 : other + 1; // و15، وخمسة عشر
      PhraseTable.Match<Double> scale2 = n != null && scale == null && !(word && value >= 1000) && numberEnd > other
          && numberEnd < toks.size() ? SCALES.at(toks, numberEnd) : null;
      if (n != null && n.unit() == null && n.counted() == null && scale2 != null) {
        // عدد القتلى بين 5 و10 آلاف: the noun left to the context is the one of the first end too
        ElidedNouns.Reading r = ElidedNouns.read(body, toks, i, j, out);
        if (r != null && (r.unit() != null || r.counted() != null)) {
          n = new Figure(n.text(), n.value(), r.unit(), r.counted(), n.approx(), n.start(), n.end());
        }
      }
      if (n != null && (n.unit() != null || n.counted() != null)) {
        if (scale2 != null) value *= scale2.value(); // بين 60 و90 ألف قدم: both in thousands
        out.add(new Figure(body.substring(t.start(), end), value, n.unit(), n.counted(), approx0, t.start(), end));
        if (toks.get(j).norm().equals("او") && n.approx() == null && approx0 != null) {
          // نحو 60 أو 70 في المائة: the approximation is said once for both
          n = new Figure(n.text(), n.value(), n.unit(), n.counted(), approx0, n.start(), n.end());
        }
        out.add(n);
        return after;
      }
    }
    if ((unit != null || counted != null) && j < toks.size() && FRACTIONS.containsKey(toks.get(j).norm())) {
      value += FRACTIONS.get(toks.get(j).norm()); // خمس سنوات ونصف = 5.5
      end = toks.get(j).end();
      j++;
    }
    if (unit == null && counted == null && !ofGroup && !(scale == null && NotFigures.isYear(toks, i, value))) {
      ElidedNouns.Reading r = ElidedNouns.read(body, toks, i, j, out); // وجرح عشرة، 64 لكل دولار
      if (r == null && scale != null && scale.value() >= 1e6) r = ElidedNouns.amountBefore(body, t.start(), out); // بـ 1.02 مليار
      if (r != null) {
        unit = r.unit();
        counted = r.counted();
        if (r.next() > j) {
          j = r.next(); // 64 لكل دولار، 600 ألف منهم
          end = toks.get(j - 1).end();
        }
      }
    }
    if (ofGroup && unit == null && counted == null) return word ? i : j; // 3 آلاف من داعش: a group, no count
    if (word && unit == null && counted == null && scale == null) return i; // a number word needs its noun
    if (!word && unit == null && counted == null && scale == null && i > 1 && toks.get(i - 1).norm().equals("ال")
        && toks.get(i - 1).end() == t.start() && !(scale == null && NotFigures.isYear(toks, i, value))) {
      // العناصر ال54: digits with the article after a definite plural count it (الدورة الـ15 is an ordinal)
      String noun = NounShapes.bare(toks.get(i - 2).norm());
      if (toks.get(i - 2).norm().startsWith("ال") && NounShapes.plural(noun) && !CountedNouns.NOT_NOUN.contains(noun)) {
        PhraseTable.Match<String> u = UNITS.at(toks, i - 2);
        PhraseTable.Match<String> c = u == null ? COUNTED.at(toks, i - 2) : null;
        int start = toks.get(i - 2).start();
        out.add(new Figure(body.substring(start, end), value, u != null ? u.value() : null,
            u != null ? null : c != null ? c.value() : noun, null, start, end));
        return j;
      }
    }
    if (!word && unit == null && counted == null && scale == null) return i + 1; // a bare number: an id, a year, a name
    String approx = approx0;
    if (approx == null && j < toks.size() && toks.get(j).norm().equals("تقريبا")) approx = "about";
    if (approx == null && j + 1 < toks.size() && toks.get(j).norm().equals("او")) {
      String bound = toks.get(j + 1).norm(); // 100 شخص أو أكثر: the bound follows the figure
      approx = bound.equals("اكثر") ? "at_least" : bound.equals("اقل") ? "up_to" : null;
    }
    // 13 جنديا وشرطيا على الأقل: the bound may follow a second noun joined to the counted one
    int b = j;
    if (counted != null && b + 2 < toks.size() && toks.get(b).text().startsWith("و") && toks.get(b).isArabic()
        && toks.get(b).norm().length() > 3 && toks.get(b + 1).norm().equals("علي")
        && body.substring(toks.get(b - 1).end(), toks.get(b).start()).equals(" ")) {
      b++;
    } else if (counted != null && b + 2 < toks.size() && CountedNouns.agreeingAdjective(body, toks, b)) {
      b++; // 20 طالبا عسكريا على الأقل: the bound may follow an adjective of the counted noun
    }
    if (b + 1 < toks.size() && toks.get(b).norm().equals("علي") && toks.get(b + 1).norm().equals("الاقل")
        && (approx == null || "at_least".equals(approx))) {
      approx = "at_least"; // 30 شخصا على الأقل
      if (b == j) {
        end = toks.get(j + 1).end();
        j += 2;
      }
    }
    int start = t.start();
    out.add(new Figure(body.substring(start, end), value, unit, counted, approx, start, end));
    return j;
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
}
