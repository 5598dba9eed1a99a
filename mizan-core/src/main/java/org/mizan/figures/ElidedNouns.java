package org.mizan.figures;

import java.util.List;
import java.util.Set;
import org.mizan.text.Token;
import org.mizan.text.WordList;

/**
 * What a number counts when no unit or noun follows it: Arabic news often leaves the noun to the
 * context. Read, in this order, from
 * <ul>
 *   <li>an exchange rate: {@code تجاوز الروبل 64 لكل دولار} counts the currency named before it in its
 *       sentence, not the one it is quoted against; with مقابل/أمام the pair's quote currency
 *       ({@code الإسترليني 1.3370 مقابل الدولار}: dollars, {@link CurrencyPairs}), also for a bare number after
 *       the pair ({@code اليورو مقابل الدولار … 1.1250});</li>
 *   <li>a comparison: {@code 64 … مقارنة بـ49} takes the unit of the figure before it in its sentence, and so
 *       does a whole after a part: {@code 164 مقعدا من أصل 596};</li>
 *   <li>a casualty verb before it (and its approximation): {@code وجرح عشرة}, {@code وأصيب العشرات}
 *       count the wounded, {@code مقتل 3 في} the killed, {@code وتشريد 100 ألف} the displaced (not a
 *       partitive {@code مقتل 11 من داعش});</li>
 *   <li>{@code بينهم}/{@code منهم} before it ({@code وجرح 400 آخرون بينهم 150}) or {@code منهم} after it: {@code فر 2.2 مليون شخص، ولجأ 600 ألف منهم} counts what the figure
 *       before it in its sentence counted; with no such figure ({@code نقل سبعة منهم}) it is no count;</li>
 *   <li>a coordinated clause: {@code 98 ألف مهاجر في إيطاليا و124 ألفا في اليونان} takes the unit or
 *       noun of the figure before it in the sentence;</li>
 *   <li>the subject of a rise before إلى: {@code والجرحى إلى 120} counts the wounded;</li>
 *   <li>a head noun before it: {@code ارتفع العدد الإجمالي للقتلى إلى 3216} counts the killed.</li>
 * </ul>
 */
final class ElidedNouns {
  /** The unit or counted thing read for a number, and the token after the words read with it. */
  record Reading(String unit, String counted, int next) {
    Reading(String unit, String counted) {
      this(unit, counted, -1);
    }
  }

  private static final PhraseTable<String> CASUALTY = PhraseTable.load("casualty-cues.tsv", s -> s);
  private static final Set<String> RATE_WORDS = Set.of("لكل", "مقابل", "امام");
  private static final Set<String> COMPARE = Set.of("مقارنه", "قياسا", "مقابل");
  private static final Set<String> OF_THEM = Set.of("منهم", "منهن");
  private static final Set<String> AMONG_THEM = Set.of("بينهم", "بينهن", "منهم", "منهن", "ومنهم", "وبينهم");
  private static final Set<String> NOT_NOUN = WordList.normalized(ElidedNouns.class, "not-nouns.txt");
  private static final Set<String> HEADS = Set.of("عدد", "العدد", "حصيله", "اجمالي", "مجموع", "ضحايا");
  /** Relative pronouns: a clause after the head noun ({@code عدد الجنود الذين سقطوا هو 55 ألفا}), not its noun. */
  private static final Set<String> RELATIVES = Set.of("الذين", "التي", "الذي", "اللذين", "اللتين", "اللواتي", "اللاتي");

  private ElidedNouns() {}

  /** {@code من أصل} right before the number: the whole a part before it was counted out of, in the same noun. */
  private static boolean outOf(List<Token> toks, int i) {
    return i > 1 && toks.get(i - 1).norm().equals("اصل") && toks.get(i - 2).norm().equals("من");
  }

  /**
   * The reading for the number at tokens [i, j) (j is the token after it and its scale), or null.
   * {@code out} holds the figures read before it.
   */
  static Reading read(String body, List<Token> toks, int i, int j, List<Figure> out) {
    if (j < toks.size() && OF_THEM.contains(toks.get(j).norm())) {
      // قتل 13 جنديا وشرطيا على الأقل، ثلاثة منهم: "them" are both things, so neither is what is counted
      if (mixedGroupBefore(body, toks.get(i).start(), out)) return null;
      Reading before = previous(body, toks.get(i).start(), out);
      return before == null || before.counted() == null ? null : new Reading(null, before.counted(), j + 1);
    }
    if (i > 0 && AMONG_THEM.contains(toks.get(i - 1).norm())) {
      // وجرح 400 آخرون بينهم 150 إصاباتهم خطيرة: a part of the people counted before it
      Reading before = previous(body, toks.get(i).start(), out);
      if (before != null && before.counted() != null) return new Reading(null, before.counted());
    }
    Reading r = rate(body, toks, i, j);
    if (r == null) r = pairBefore(body, toks, i);
    if (r == null && i > 0 && compared(toks, i)) r = previous(body, toks.get(i).start(), out);
    if (r == null && outOf(toks, i)) r = previous(body, toks.get(i).start(), out); // 164 مقعدا من أصل 596
    if (r == null) r = casualty(toks, i, j);
    // not وكاك 40 (a name's number), not بين عامي 1304 و1237 (a pair of bare numbers)
    if (r == null && i > 1 && toks.get(i - 1).norm().equals("و") && !toks.get(i - 2).isNumber()) {
      r = previous(body, toks.get(i).start(), out);
    }
    if (r == null) r = subjectBeforeTo(body, toks, i);
    if (r == null) r = headNoun(body, toks, i);
    if (r == null) r = headNounBeforeAside(body, toks, i);
    return r;
  }

  /**
   * والجرحى إلى 120، والإصابات إلى أكثر من 900: a definite counted or casualty noun after و, right before
   * إلى, is the subject of a rise whose verb the clause before gave (ارتفع عدد القتلى إلى 50، والجرحى إلى 120).
   */
  private static Reading subjectBeforeTo(String body, List<Token> toks, int i) {
    PhraseTable.Match<String> a = FigureExtractor.APPROX.endingBefore(toks, i);
    int to = (a == null ? i : i - a.length()) - 1;
    if (to < 1 || !toks.get(to).norm().equals("الي")) return null;
    // a coordinated subject right before إلى (not ممن وصلوا المستشفيات، إلى 1,772: an object, then a comma)
    if (!toks.get(to - 1).norm().startsWith("وال") || !body.substring(toks.get(to - 1).end(), toks.get(to).start()).equals(" ")) {
      return null;
    }
    PhraseTable.Match<String> c = FigureExtractor.COUNTED.at(toks, to - 1);
    if (c == null) c = CASUALTY.at(toks, to - 1);
    return c == null || c.length() != 1 ? null : new Reading(null, c.value());
  }

  /** {@code 64 لكل دولار}, {@code 65 مقابل الدولار}: the other currency named before, in the sentence. */
  private static Reading rate(String body, List<Token> toks, int i, int j) {
    if (j + 1 >= toks.size() || !RATE_WORDS.contains(toks.get(j).norm())) return null;
    Currencies.Match against = FigureExtractor.CURRENCIES.at(toks, j + 1);
    if (against == null) return null;
    boolean per = toks.get(j).norm().equals("لكل"); // 64 لكل دولار: roubles per dollar, whatever the pair
    for (int k = i - 1; k >= 0 && sameSentence(body, toks.get(k).end(), toks.get(i).start()); k--) {
      Currencies.Match c = FigureExtractor.CURRENCIES.at(toks, k);
      if (c != null && !c.code().equals(against.code())) {
        String unit = per ? c.code() : CurrencyPairs.quoted(c.code(), against.code());
        return new Reading(unit, null, j + 1 + against.length());
      }
    }
    return null;
  }

  /**
   * {@code سعر صرف اليورو مقابل الدولار مساء أمس 1.1250}: a bare number after a pair of currencies joined by
   * مقابل/أمام, within eight words of it and no number between, is a rate in the pair's quote currency.
   */
  private static Reading pairBefore(String body, List<Token> toks, int i) {
    for (int k = i - 1; k >= 1 && k >= i - 8; k--) {
      Token t = toks.get(k);
      if (t.isNumber() || !sameSentence(body, t.end(), toks.get(i).start())) return null;
      if (!RATE_WORDS.contains(t.norm()) || t.norm().equals("لكل")) continue;
      Currencies.Match against = FigureExtractor.CURRENCIES.at(toks, k + 1);
      if (against == null || k + 1 + against.length() > i) return null;
      for (int s = k - 1; s >= 0 && s >= k - 2; s--) {
        Currencies.Match first = FigureExtractor.CURRENCIES.at(toks, s);
        if (first != null && s + first.length() == k && !first.code().equals(against.code())) {
          return new Reading(CurrencyPairs.quoted(first.code(), against.code()), null);
        }
      }
      return null;
    }
    return null;
  }

  /** مقارنة بـ49، مقارنة مع 3: a number compared with the figure before it. */
  private static boolean compared(List<Token> toks, int i) {
    String p = toks.get(i - 1).norm();
    if ((p.equals("ب") || p.equals("مع")) && i > 1) p = toks.get(i - 2).norm();
    return COMPARE.contains(p);
  }

  /**
   * وجرح عشرة، واصابة 43، مقتل 3 في: a casualty word right before the number, not a partitive after it
   * (مقتل 2927 على الأقل من تنظيم: members of a group).
   */
  private static Reading casualty(List<Token> toks, int i, int j) {
    int k = j + 1 < toks.size() && toks.get(j).norm().equals("علي") && toks.get(j + 1).norm().equals("الاقل") ? j + 2 : j;
    if (i == 0 || k < toks.size() && toks.get(k).norm().equals("من")) return null;
    PhraseTable.Match<String> a = FigureExtractor.APPROX.endingBefore(toks, i); // وجرح أكثر من 480
    int before = a == null ? i : i - a.length();
    PhraseTable.Match<String> m = before > 0 ? CASUALTY.endingBefore(toks, before) : null;
    return m == null ? null : new Reading(null, m.value());
  }

  /** The casualty counted by a verb or noun right before the number at i (through an approximation), or null. */
  static String casualtyBefore(List<Token> toks, int i) {
    PhraseTable.Match<String> a = FigureExtractor.APPROX.endingBefore(toks, i);
    int before = a == null ? i : i - a.length();
    PhraseTable.Match<String> m = before > 0 ? CASUALTY.endingBefore(toks, before) : null;
    return m == null ? null : m.value();
  }

  /**
   * The unit and noun of the nearest figure before {@code at} in its sentence that has one; clock
   * times are not carried over.
   */
  private static Reading previous(String body, int at, List<Figure> out) {
    for (int k = out.size() - 1; k >= 0; k--) {
      Figure f = out.get(k);
      if (f.end() > at) continue;
      if (!sameSentence(body, f.end(), at)) return null;
      if ("time".equals(f.unit())) continue;
      if (f.unit() != null || f.counted() != null) return new Reading(f.unit(), f.counted());
    }
    return null;
  }

  /**
   * {@code بقيمة 1.3 مليار دولار … وجرى تداول 29 طنا بـ 1.02 مليار}: millions or billions with nothing
   * after them measure what the nearest earlier amount of millions or more in the paragraph measured
   * (dollars, persons), passing over an amount restated in brackets ({@code (94 مليار دولار)}); null when
   * there is none or it counts a noun as printed (no safe guess to carry: it may be a misread verb).
   */
  static Reading amountBefore(String body, int at, List<Figure> out) {
    for (int k = out.size() - 1; k >= 0; k--) {
      Figure f = out.get(k);
      if (f.end() > at) continue;
      if (body.substring(f.end(), at).indexOf('\n') >= 0) return null;
      boolean known = f.unit() != null || f.counted() != null && f.counted().matches("[a-z]+");
      if (f.value() < 1e6 || f.unit() == null && f.counted() == null || "time".equals(f.unit())) continue;
      if (!known) return null;
      int b = f.start() - 1;
      while (b >= 0 && body.charAt(b) == ' ') b--;
      if (b >= 0 && body.charAt(b) == '(') continue;
      return new Reading(f.unit(), f.counted());
    }
    return null;
  }

  /**
   * The nearest figure before {@code at} in its sentence counts a noun joined by و to another noun of the
   * same ending ({@code 13 جنديا وشرطيا}, {@code 20 طفلا وامرأة} is not: the endings differ and the second
   * may be a separate count).
   */
  private static boolean mixedGroupBefore(String body, int at, List<Figure> out) {
    for (int k = out.size() - 1; k >= 0; k--) {
      Figure f = out.get(k);
      if (f.end() > at) continue;
      if (!sameSentence(body, f.end(), at) || f.counted() == null) return false;
      int s = f.end();
      if (s + 2 >= body.length() || body.charAt(s) != ' ' || body.charAt(s + 1) != 'و') return false;
      int e = s + 2;
      while (e < body.length() && (Character.isLetter(body.charAt(e)) || Character.getType(body.charAt(e)) == Character.NON_SPACING_MARK)) e++;
      String second = org.mizan.text.ArabicNormalization.normalize(body.substring(s + 2, e));
      String text = f.text().strip();
      String first = org.mizan.text.ArabicNormalization.normalize(text.substring(text.lastIndexOf(' ') + 1));
      return second.length() >= 3 && !first.isEmpty() && !NOT_NOUN.contains(second)
          && second.charAt(second.length() - 1) == first.charAt(first.length() - 1);
    }
    return false;
  }

  /**
   * ارتفع عدد القتلى إلى 50، العدد الإجمالي للقتلى إلى 3216: a head word, then a definite noun within
   * the five words before the number, no other number between; a relative clause may follow the noun
   * ({@code عدد الجنود الذين سقطوا هو 55 ألفا}).
   */
  private static Reading headNoun(String body, List<Token> toks, int i) {
    for (int k = i - 1; k >= 1 && k >= i - 6; k--) {
      Token t = toks.get(k);
      if (t.isNumber() || !sameSentence(body, t.end(), toks.get(i).start())) return null;
      String head = toks.get(k - 1).norm();
      boolean headed = HEADS.contains(head) || HEADS.contains(PhraseTable.strip(head))
          || k >= 2 && HEADS.contains(toks.get(k - 2).norm()) && head.startsWith("ال"); // العدد الإجمالي للقتلى
      String w = t.norm();
      if (!headed || !t.isArabic() || NOT_NOUN.contains(w) || RELATIVES.contains(w)) continue; // عدد القتلى إلى: the preposition is no noun
      if (!w.startsWith("ال") && !w.startsWith("لل")) continue;
      PhraseTable.Match<String> c = FigureExtractor.COUNTED.at(toks, k);
      if (c != null) return new Reading(null, c.value());
      String bare = w.substring(2); // القتلى، للقتلى
      if (bare.length() >= 4 && (bare.endsWith("ين") || bare.endsWith("ون"))) return new Reading(null, bare);
      return null;
    }
    return null;
  }

  /**
   * عدد الشهداء، منذ بدء الحرب في 8 تشرين الأول 2023، قد وصل 564: the head noun before an aside set off by
   * commas (up to 15 words), the number one to three words after the aside's closing comma.
   */
  private static Reading headNounBeforeAside(String body, List<Token> toks, int i) {
    int close = -1;
    for (int k = i - 1; k >= 1 && k >= i - 3 && close < 0; k--) if (commaBefore(body, toks, k)) close = k;
    if (close < 0) return null;
    for (int k = close - 1; k >= 2 && k >= close - 15; k--) {
      if (commaBefore(body, toks, k)) {
        return sameSentence(body, toks.get(k).start(), toks.get(i).start()) ? headNoun(body, toks, k) : null;
      }
    }
    return null;
  }

  /** A comma between token k and the one before it. */
  private static boolean commaBefore(String body, List<Token> toks, int k) {
    String gap = body.substring(toks.get(k - 1).end(), toks.get(k).start());
    return gap.indexOf('،') >= 0 || gap.indexOf(',') >= 0;
  }

  /** No sentence end (., !, ?, ؛, a line break; not a decimal point) between two offsets. */
  static boolean sameSentence(String body, int from, int to) {
    for (int k = Math.max(0, from); k < to && k < body.length(); k++) {
      char c = body.charAt(k);
      if (c == '!' || c == '؟' || c == '?' || c == '\n' || c == '؛') return false;
      if (c == '.' && !(k > 0 && Character.isDigit(body.charAt(k - 1)) && k + 1 < body.length()
          && Character.isDigit(body.charAt(k + 1)))) {
        return false;
      }
    }
    return true;
  }
}
