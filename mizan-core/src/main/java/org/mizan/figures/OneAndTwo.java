package org.mizan.figures;

import static org.mizan.figures.FigureExtractor.COUNTED;
import static org.mizan.figures.FigureExtractor.PERCENT;
import static org.mizan.figures.FigureExtractor.UNITS;

import java.util.List;
import java.util.Set;
import org.mizan.text.Token;

/**
 * One and two, which number-words.tsv leaves out, for {@link FigureExtractor}: after their noun ({@code عام
 * واحد}, {@code عسكريين تركيين اثنين}, {@code شيئا واحدا}: the number follows what it counts and agrees with
 * its ending; set phrases like {@code من جانب واحد} and "one of" are no counts), before a percent sign
 * ({@code واحد بالمئة}) and two of a plural ({@code اثنان من الجنود}).
 */
final class OneAndTwo {
  private OneAndTwo() {}

  private static final java.util.Map<String, Double> ONE_TWO = java.util.Map.of("واحد", 1.0, "واحدا", 1.0,
      "واحده", 1.0, "اثنين", 2.0, "اثنان", 2.0, "اثنتين", 2.0, "اثنتان", 2.0);

  /**
   * Adds one or two at token i read after its noun, before a percent sign ({@code واحد بالمئة}) or as two
   * of a plural ({@code اثنان من الجنود}); returns the index after it, or -1 when there is none.
   * {@code compoundUnit}: its value when it is the unit of a compound number (then it follows no noun).
   */
  static int read(String body, List<Token> toks, int i, Double compoundUnit, List<Figure> out) {
    Token t = toks.get(i);
    if (compoundUnit == null && ONE_TWO.getOrDefault(t.norm(), 0.0) == 1 && idiomBefore(toks, i)) return i + 1; // نظرة واحدة
    if (compoundUnit == null && ONE_TWO.getOrDefault(t.norm(), 0.0) == 1 && (perOne(toks, i) || countedBefore(toks, i, out))) {
      return i + 1; // الإقراض لليلة واحدة، 0 حالة وفاة واحدة
    }
    if (compoundUnit == null && ONE_TWO.containsKey(t.norm()) && nounBefore(body, toks, i, ONE_TWO.get(t.norm()), out)) return i + 1;
    if (ONE_TWO.containsKey(t.norm()) && i + 1 < toks.size() && (PERCENT.contains(toks.get(i + 1).norm())
        || i + 2 < toks.size() && PERCENT.contains(toks.get(i + 1).norm() + " " + toks.get(i + 2).norm()))) {
      int k = PERCENT.contains(toks.get(i + 1).norm()) ? i + 1 : i + 2; // واحد بالمئة، اثنين في المئة
      out.add(new Figure(body.substring(t.start(), toks.get(k).end()), ONE_TWO.get(t.norm()), "percent", null,
          Approximations.approxBefore(toks, i), t.start(), toks.get(k).end()));
      return k + 1;
    }
    if (ONE_TWO.getOrDefault(t.norm(), 0.0) == 2 && i + 2 < toks.size() && toks.get(i + 1).norm().equals("من")) {
      // اثنين من أفراد الأمن، اثنان من الجنود: two of a plural noun (not واحد من, "one of", nor a group)
      PhraseTable.Match<String> c = COUNTED.at(toks, i + 2);
      String bare = NounShapes.bare(toks.get(i + 2).norm());
      if (c != null && bare.endsWith("ه") && !NounShapes.plural(bare)) c = null; // اثنين من الشركة: a singular
      String member = c == null ? NounShapes.member(toks, i + 2) : null;
      if (c != null || member != null) {
        int end = toks.get(i + 2).end();
        out.add(new Figure(body.substring(t.start(), end), 2, null, c != null ? c.value() : member,
            Approximations.approxBefore(toks, i), t.start(), end));
        return i + 3;
      }
    }
    return -1;
  }

  /**
   * {@code لليلة واحدة}, {@code للتر واحد}: ل on a noun before one makes it the base of a rate or price
   * ("per night", the overnight rate), no count.
   */
  private static boolean perOne(List<Token> toks, int i) {
    return i > 0 && toks.get(i - 1).isArabic() && toks.get(i - 1).norm().startsWith("لل") && toks.get(i - 1).norm().length() > 4;
  }

  /**
   * {@code 0 حالة وفاة واحدة}: one after a noun (and its complement) that a number already counts repeats that
   * count, no second figure.
   */
  private static boolean countedBefore(List<Token> toks, int i, List<Figure> out) {
    if (out.isEmpty() || i < 2) return false;
    Figure last = out.get(out.size() - 1);
    if (last.unit() == null && last.counted() == null) return false;
    Token noun = toks.get(i - 1);
    if (last.end() == noun.end() && last.start() < noun.start()) return true;
    // حالة وفاة واحدة: the counted noun in construct with a complement (not 57 مرشحا صوت واحد, whose accusative
    // noun ends its phrase, nor a second counted noun)
    Token head = toks.get(i - 2);
    return noun.isArabic() && last.end() == head.end() && last.start() < head.start() && !head.norm().endsWith("ا")
        && COUNTED.at(toks, i - 1) == null && UNITS.at(toks, i - 1) == null;
  }

  /** Nouns that one follows in set phrases counting nothing ({@code صفا واحدا}, {@code نظرة واحدة}). */
  private static final Set<String> IDIOM_NOUNS = org.mizan.text.WordList.normalized(OneAndTwo.class, "one-idioms.txt");

  /** صفا واحدا، بكلمة واحدة، ونظرة واحدة: the noun before one, bare of its proclitics and accusative alif, is a set phrase's. */
  static boolean idiomBefore(List<Token> toks, int i) {
    if (i == 0 || !toks.get(i - 1).isArabic()) return false;
    String w = toks.get(i - 1).norm();
    if (w.endsWith("ا") && w.length() > 2) w = w.substring(0, w.length() - 1);
    if (IDIOM_NOUNS.contains(w)) return true;
    for (int k = 1; k <= 2 && k < w.length() - 1; k++) { // وبكلمة، فبصوت: one or two proclitics
      if ("وفبلك".indexOf(w.charAt(k - 1)) < 0) return false;
      if (IDIOM_NOUNS.contains(w.substring(k))) return true;
    }
    return false;
  }

  private static final Set<String> IDIOM_PREPOSITIONS = Set.of("من", "في", "علي", "عن", "الي", "مع", "بين");

  /**
   * Adds {@code عام واحد}, {@code عسكريين تركيين اثنين}: one or two after a unit or known counted noun
   * (one indefinite adjective may stand between); true when added.
   */
  private static boolean nounBefore(String body, List<Token> toks, int i, double value, List<Figure> out) {
    for (int back = 1; back <= 2 && i - back >= 0; back++) {
      int n = i - back;
      if (!body.substring(toks.get(n).end(), toks.get(i).start()).matches("[\\s\\p{L}\\p{M}]*")) break; // أشخاص، اثنان
      PhraseTable.Match<String> u = UNITS.at(toks, n);
      PhraseTable.Match<String> c = u == null ? COUNTED.at(toks, n) : null;
      if (u != null && u.length() == 1 || c != null && c.length() == 1) {
        if (toks.get(n).norm().startsWith("ال")) return false; // اليوم الواحد: not a count
        int start = toks.get(n).start();
        int end = toks.get(i).end();
        String unit = u != null ? u.value() : null;
        out.add(new Figure(body.substring(start, end), value, unit, c != null ? c.value() : null, null, start, end));
        return true;
      }
      if (!toks.get(n).isArabic() || toks.get(n).norm().startsWith("ال")) break;
    }
    return agreeingNounBefore(body, toks, i, value, out);
  }

  /**
   * {@code شيئا واحدا}, {@code رجل واحد}, {@code مواطنين اثنين}: one or two right after any indefinite
   * noun whose ending agrees with it (accusative alif, feminine ta marbuta, dual), not {@code واحد من}
   * (one of).
   */
  private static boolean agreeingNounBefore(String body, List<Token> toks, int i, double value, List<Figure> out) {
    if (i == 0 || !body.substring(toks.get(i - 1).end(), toks.get(i).start()).equals(" ")) return false;
    // واحد من: "one of"; but صحفيين اثنين من البوابة counts two
    if (value == 1 && i + 1 < toks.size() && toks.get(i + 1).norm().startsWith("من")) return false;
    Token n = toks.get(i - 1);
    String w = n.norm();
    String one = toks.get(i).norm();
    if (!n.isArabic() || w.length() < 3 || w.startsWith("ال") || CountedNouns.NOT_NOUN.contains(w)) return false;
    if (NotFigures.NOT_FIGURE_BEFORE.contains(w)) return false; // رقم واحد: a name's number (number one), no count
    if (w.startsWith("و") && CountedNouns.NOT_NOUN.contains(w.substring(1))) return false;
    // من جانب واحد، في آن واحد، بصوت واحد: set phrases (unilaterally, at once), not counts
    if (i >= 2 && IDIOM_PREPOSITIONS.contains(toks.get(i - 2).norm()) || w.startsWith("ب") && w.length() <= 4) {
      return false;
    }
    boolean agrees;
    if (value == 2) {
      agrees = (w.endsWith("ين") || w.endsWith("ان")) && w.length() >= 5;
    } else if (one.equals("واحدا")) {
      agrees = w.endsWith("ا") && !w.endsWith("اا");
    } else if (one.equals("واحده")) {
      agrees = w.endsWith("ه") && !w.endsWith("ته");
    } else {
      agrees = !w.endsWith("ا") && !w.endsWith("ه") && !w.endsWith("ي");
    }
    if (!agrees) return false;
    // مديرين تنفيذيين تايوانيين اثنين: nisba adjectives stand between the counted noun and the number
    int head = i - 1;
    while (head > 0 && i - head < 4 && nisbaPlural(toks.get(head).norm()) && toks.get(head - 1).isArabic()
        && body.substring(toks.get(head - 1).end(), toks.get(head).start()).equals(" ")
        && toks.get(head - 1).norm().endsWith(w.substring(w.length() - 2)) && !toks.get(head - 1).norm().startsWith("ال")
        && !CountedNouns.NOT_NOUN.contains(toks.get(head - 1).norm())) {
      head--;
    }
    Token noun = toks.get(head);
    String counted = head == i - 1 ? w : PhraseTable.strip(noun.norm()); // بمراقبين علميين اثنين
    PhraseTable.Match<String> known = COUNTED.at(toks, head);
    if (head < i - 1 && known != null && known.length() == 1) counted = known.value();
    out.add(new Figure(body.substring(noun.start(), toks.get(i).end()), value, null, counted, null, noun.start(),
        toks.get(i).end()));
    return true;
  }

  /** تايوانيين، تنفيذيين، أجنبيتين: a nisba adjective in the plural or dual (an adjective, not a counted noun). */
  private static boolean nisbaPlural(String w) {
    return w.length() >= 6 && (w.endsWith("يين") || w.endsWith("يون") || w.endsWith("يتين") || w.endsWith("يان"));
  }
}
