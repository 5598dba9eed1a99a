package org.mizan.figures;

import static org.mizan.figures.FigureExtractor.COUNTED;
import static org.mizan.figures.FigureExtractor.PERCENT;
import static org.mizan.figures.FigureExtractor.UNITS;

import java.util.List;
import java.util.Set;
import org.mizan.text.Token;

/**
 * Definite cardinals, for {@link FigureExtractor}: after their definite noun ({@code السنوات الخمس},
 * {@code أفراد الطاقم الخمسة}, {@code دول «بريكس» الخمس}) or before an indefinite one ({@code الثلاث
 * مواجهات}); the cardinal forms differ from the ordinals, so any noun will do.
 */
final class DefiniteCardinals {
  private DefiniteCardinals() {}

  /**
   * Reads the definite cardinal at i of value {@code m} (one word, or a teen's head before عشرة): before the
   * percent sign ({@code الخمسين في المائة}), after its definite noun ({@code السنوات الخمس، الدول التسع
   * عشرة}), before an indefinite one ({@code الثلاث مواجهات}) or after a quoted name; returns the index
   * after it, or i when none.
   */
  static int read(String body, List<Token> toks, int i, PhraseTable.Match<Double> m, List<Figure> out) {
    Token t = toks.get(i);
    if (m.length() != 1) return i;
    int percentEnd = percentAfter(toks, i + 1);
    if (percentEnd > i) { // الخمسين في المائة الباقية: a definite cardinal before the percent sign
      int end = toks.get(percentEnd - 1).end();
      out.add(new Figure(body.substring(t.start(), end), m.value(), "percent", null, Approximations.approxBefore(toks, i), t.start(), end));
      return percentEnd;
    }
    if (m.value() < 10 && i + 1 < toks.size() && NumberWords.isTen(toks.get(i + 1).norm())) {
      // الدول التسع عشرة: a definite teen after its noun (the ordinal would be التاسعة عشرة)
      if (definiteNounBefore(body, toks, i, m.value() + 10, out)) {
        Figure f = out.remove(out.size() - 1);
        int end = toks.get(i + 1).end();
        out.add(new Figure(body.substring(f.start(), end), f.value(), f.unit(), f.counted(), null, f.start(), end));
        return i + 2;
      }
      int after = definiteBeforeNoun(body, toks, i, i + 1, m.value() + 10, out); // الأربع عشرة سنة
      return after > i ? after : i + 2;
    }
    int after = definiteBeforeNoun(body, toks, i, i, m.value(), out); // الثلاث مواجهات
    if (after > i) return after;
    return definiteNounBefore(body, toks, i, m.value(), out) || quotedNameBefore(body, toks, i, m.value(), out) ? i + 1 : i;
  }

  /** The index after a percent phrase (بالمئة، في المائة) starting at token {@code k}, or -1. */
  private static int percentAfter(List<Token> toks, int k) {
    if (k < toks.size() && PERCENT.contains(toks.get(k).norm())) return k + 1;
    if (k + 1 < toks.size() && PERCENT.contains(toks.get(k).norm() + " " + toks.get(k + 1).norm())) return k + 2;
    return -1;
  }

  /**
   * Adds {@code الثلاث مواجهات}, {@code الخمس سنوات}: a definite cardinal before an indefinite unit,
   * known counted noun or plural ({@code -ات}, {@code -ين}, {@code -ون}); returns the index after it, or i.
   */
  static int definiteBeforeNoun(String body, List<Token> toks, int i, int last, double value,
      List<Figure> out) {
    int n = last + 1; // last: the cardinal's last word (عشرة of الأربع عشرة)
    if (n >= toks.size() || !body.substring(toks.get(last).end(), toks.get(n).start()).equals(" ")) return i;
    // الثلاثين عاما (an age, a span): tens before a unit in the accusative count; otherwise they may be ordinals
    if (value >= 20 && !(value % 10 == 0 && UNITS.at(toks, n) != null && toks.get(n).norm().endsWith("ا"))) return i;
    Token c = toks.get(n);
    if (!c.isArabic() || c.norm().startsWith("ال")) return i;
    PhraseTable.Match<String> u = UNITS.at(toks, n);
    PhraseTable.Match<String> k = u == null ? COUNTED.at(toks, n) : null;
    String w = c.norm();
    boolean plural = w.length() >= 5 && (w.endsWith("ات") || w.endsWith("ين") || w.endsWith("ون"))
        && !CountedNouns.NOT_NOUN.contains(w) && !w.startsWith("و") && !w.startsWith("تت") && !w.startsWith("يت"); // not تتعاون
    if (u == null && k == null && !plural) return i;
    int len = u != null ? u.length() : k != null ? k.length() : 1;
    int end = toks.get(n + len - 1).end();
    out.add(new Figure(body.substring(toks.get(i).start(), end), value, u != null ? u.value() : null,
        u != null ? null : k != null ? k.value() : w, Approximations.approxBefore(toks, i), toks.get(i).start(), end));
    return n + len;
  }

  /**
   * Adds {@code الساعات الأربع والعشرين}: a definite compound cardinal (a unit word from three to nine at i,
   * then its tens) after its definite noun; the unit word's cardinal form is not the ordinal's
   * ({@code الرابعة والعشرين}), so the compound counts the noun. Returns the index after it, or i.
   */
  static int compoundAfterNoun(String body, List<Token> toks, int i, double unit, List<Figure> out) {
    if (unit < 3 || unit > 9 || unit != Math.rint(unit) || i + 1 >= toks.size()) return i;
    Double tens = FigureExtractor.NUMBER_WORDS.get(toks.get(i + 1).norm().substring(3));
    if (tens == null || tens < 20 || tens > 90 || tens % 10 != 0) return i;
    if (!nounBefore(body, toks, i, unit + tens, out)) return i;
    Figure f = out.remove(out.size() - 1);
    int end = toks.get(i + 1).end();
    out.add(new Figure(body.substring(f.start(), end), f.value(), f.unit(), f.counted(), null, f.start(), end));
    return i + 2;
  }

  /** Adds {@code السنوات الخمس} (definite unit or counted noun, then the cardinal at i); true when added. */
  static boolean definiteNounBefore(String body, List<Token> toks, int i, double value, List<Figure> out) {
    if (value >= 20) return false; // الشهري الأربعون: the tens have no ordinal form of their own
    return nounBefore(body, toks, i, value, out);
  }

  private static boolean nounBefore(String body, List<Token> toks, int i, double value, List<Figure> out) {
    if (i == 0 || !definiteWord(toks.get(i - 1).norm())) return false;
    if (!body.substring(toks.get(i - 1).end(), toks.get(i).start()).isBlank()) return false;
    int noun = nounOfCardinal(body, toks, i);
    if (noun < 0) return false;
    PhraseTable.Match<String> u = UNITS.at(toks, noun);
    PhraseTable.Match<String> c = u == null ? COUNTED.at(toks, noun) : null;
    String unit = u != null && u.length() == 1 ? u.value() : null;
    String counted = c != null && c.length() == 1 ? c.value() : null;
    String prev = PhraseTable.strip(toks.get(noun).norm());
    // الأطراف الثلاثة: the cardinal forms (الثلاثة) differ from the ordinals (الثالثة), so any noun will do
    boolean isNoun = toks.get(noun).isArabic() && prev.length() >= 3 && !CountedNouns.NOT_NOUN.contains(prev);
    if (unit == null && counted == null && isNoun) {
      counted = prev;
    }
    if (unit == null && counted == null) return false;
    int start = toks.get(noun).start();
    int end = toks.get(i).end();
    out.add(new Figure(body.substring(start, end), value, unit, counted, null, start, end));
    return true;
  }

  /**
   * Adds {@code دول «بريكس» الخمس}: a definite cardinal after a quoted name whose head before the quote is a
   * plural or a known counted noun (the countries of BRICS, five); true when added.
   */
  static boolean quotedNameBefore(String body, List<Token> toks, int i, double value, List<Figure> out) {
    if (i < 2 || value >= 20) return false;
    String close = body.substring(toks.get(i - 1).end(), toks.get(i).start()).strip();
    String open = body.substring(toks.get(i - 2).end(), toks.get(i - 1).start()).strip();
    if (close.length() != 1 || open.length() != 1 || "»”\"".indexOf(close.charAt(0)) < 0 || "«“\"".indexOf(open.charAt(0)) < 0) {
      return false;
    }
    Token head = toks.get(i - 2);
    String w = NounShapes.bare(head.norm());
    PhraseTable.Match<String> c = COUNTED.at(toks, i - 2);
    if (!head.isArabic() || CountedNouns.NOT_NOUN.contains(w) || c == null && !NounShapes.plural(w)) return false;
    int start = head.start();
    int end = toks.get(i).end();
    out.add(new Figure(body.substring(start, end), value, null, c != null && c.length() == 1 ? c.value() : w, null, start, end));
    return true;
  }

  /** Feminine elatives (فعلى), which agree with a plural thing: الدول الكبرى الست. */
  private static final Set<String> FEMININE_ELATIVES = Set.of("كبري", "عظمي", "صغري", "اخري", "اولي", "وسطي", "قصوي",
      "عليا", "دنيا", "كبريات");

  /** الدول، والدول، للسنوات، بالسنوات: a word with the article, a conjunction or a preposition before it. */
  private static boolean definiteWord(String norm) {
    return norm.startsWith("ال") || norm.length() > 4 && (norm.startsWith("وال") || norm.startsWith("لل")
        || norm.startsWith("بال") || norm.startsWith("فال") || norm.startsWith("كال"));
  }

  /**
   * The noun a definite cardinal at i counts (-1 for none): the word before it, or the one before that when the
   * word between is its adjective ({@code الصحافيين المستقلين الثلاثة}) or the singular second term
   * of a construct whose head is a plural ({@code أفراد الطاقم الخمسة}).
   */
  private static int nounOfCardinal(String body, List<Token> toks, int i) {
    if (i < 2 || !body.substring(toks.get(i - 2).end(), toks.get(i - 1).start()).equals(" ")) return i - 1;
    Token head = toks.get(i - 2);
    String between = toks.get(i - 1).norm();
    String h = head.norm();
    if (h.startsWith("و") && h.length() > 4) h = h.substring(1); // 12 جنديا وأفراد الطاقم الخمسة
    if (!head.isArabic() || CountedNouns.NOT_NOUN.contains(NounShapes.bare(h)) || h.startsWith("و")) return i - 1;
    if (toks.get(i - 1).text().startsWith("و")) return i - 1; // إيران والقوى الست: و begins another phrase
    boolean known = UNITS.at(toks, i - 1) != null || COUNTED.at(toks, i - 1) != null;
    if (h.startsWith("ال") && NounShapes.adjective(between)) {
      // الصحافيين المستقلين الثلاثة، الدول العربية الخمس، الشركات الصناعية المغربية السبع
      int k = i - 2;
      while (k > 0 && NounShapes.adjective(toks.get(k).norm()) && toks.get(k - 1).norm().startsWith("ال")
          && body.substring(toks.get(k - 1).end(), toks.get(k).start()).equals(" ") && i - k < 4) {
        k--;
      }
      // مجلس التعاون الخليجي الست: a masculine singular adjective agrees with a singular noun (a plural
      // thing takes a feminine one: الدول العربية الخمس), so that noun is not what is counted
      for (int a = k + 1; a < i; a++) {
        String adj = toks.get(a).norm().substring(2);
        if (!adj.endsWith("ه") && !adj.endsWith("ين") && !adj.endsWith("ون") && !adj.endsWith("ات")
            && !FEMININE_ELATIVES.contains(adj)) {
          return -1;
        }
      }
      return k;
    }
    if (!h.startsWith("ال") && !known && !NounShapes.plural(NounShapes.bare(between)) && NounShapes.plural(h)) {
      return i - 2; // أفراد الطاقم الخمسة
    }
    return i - 1;
  }
}
