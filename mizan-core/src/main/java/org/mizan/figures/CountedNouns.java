package org.mizan.figures;

import static org.mizan.figures.FigureExtractor.NUMBER_WORDS;

import java.util.List;
import java.util.Set;
import org.mizan.text.Token;
import org.mizan.text.WordList;

/**
 * The noun a number counts, for {@link FigureExtractor}: whether the word after a number may be its
 * counted thing (an indefinite Arabic noun, no verb, no definite word, on the same line), its form
 * without the tanween of the accusative ({@code 165 مركزاً} counts {@code مركز}), and adjectives agreeing
 * with it before {@code على الأقل}.
 */
final class CountedNouns {
  private CountedNouns() {}

  static final Set<String> NOT_NOUN = WordList.normalized(FigureExtractor.class, "not-nouns.txt");

  /** Nouns whose first root letter is و, not a conjunction: 482 ألف وحدة. */
  private static final Set<String> WAW_NOUNS = WordList.normalized(FigureExtractor.class, "waw-nouns.txt");

  /**
   * Numbers 11 to 99 (also in 165, 1,250 …) count their noun in the accusative singular, whose
   * tanween alif is no part of the noun: {@code 165 مركزاً} counts {@code مركز}. A printed tanween
   * says so for any number.
   */
  static boolean accusative(Token noun, double value) {
    String w = noun.norm();
    if (!w.endsWith("ا") || w.length() < 4 || w.endsWith("اا")) return false;
    String text = noun.text();
    if (text.endsWith("اً") || text.endsWith("ًا")) return true;
    long v = Math.round(value);
    return v == value && v % 100 >= 11 && v % 100 <= 99;
  }

  static String withoutTanween(String norm) {
    return norm.substring(0, norm.length() - 1);
  }

  static String withoutArticle(String norm) {
    String w = norm.startsWith("و") && norm.startsWith("ال", 1) ? norm.substring(1) : norm;
    return w.startsWith("ال") && w.length() > 4 ? w.substring(2) : w;
  }

  /** A definite Arabic noun at n right after the previous token (الغارات), not a number or a name-like Latin word. */
  static boolean definiteNoun(String body, List<Token> toks, int n) {
    Token c = toks.get(n);
    String w = withoutArticle(c.norm());
    return c.isArabic() && c.norm().startsWith("ال") && w.length() >= 3 && !NOT_NOUN.contains(w)
        && !NUMBER_WORDS.contains(w) && body.substring(toks.get(n - 1).end(), c.start()).isBlank();
  }

  /**
   * {@code طالبا عسكريا}, {@code مدنيين أبرياء}: the word at b is an indefinite adjective of the noun
   * before it (same ending, a nisba or the accusative), followed by {@code على الأقل}.
   */
  static boolean agreeingAdjective(String body, List<Token> toks, int b) {
    Token a = toks.get(b);
    String w = a.norm();
    if (!a.isArabic() || w.startsWith("و") || w.startsWith("ال") || w.length() < 4 || NOT_NOUN.contains(w)) return false;
    if (!toks.get(b + 1).norm().equals("علي") || !toks.get(b + 2).norm().equals("الاقل")) return false;
    if (!body.substring(toks.get(b - 1).end(), a.start()).equals(" ")) return false;
    String n = toks.get(b - 1).norm();
    String ending = w.endsWith("يا") || w.endsWith("يين") || w.endsWith("يون") ? "nisba" : null;
    boolean same = n.length() >= 2 && w.length() >= 2 && n.substring(n.length() - 2).equals(w.substring(w.length() - 2));
    return same || ending != null && (n.endsWith("ا") || n.endsWith("ين") || n.endsWith("ون"));
  }

  /**
   * Blank, or on one line the closing parenthesis or quote of one opened right before the number
   * ((350) ألف، «341» حالة; not (بازل 3) لتعزيز): what may stand between a number at {@code start} and its unit.
   */
  static boolean unitMayFollow(String body, int start, String gap) {
    if (gap.indexOf('\n') >= 0) return false;
    String g = gap.strip();
    if (g.isEmpty()) return true;
    if (g.length() != 1 || ")»”".indexOf(g.charAt(0)) < 0) return false;
    int k = start - 1;
    while (k >= 0 && body.charAt(k) == ' ') k--;
    return k >= 0 && body.charAt(k) == "(«“".charAt(")»”".indexOf(g.charAt(0)));
  }

  static boolean isNoun(String body, List<Token> toks, int n, boolean afterWord, int start) {
    Token c = toks.get(n);
    String w = c.norm();
    if (!c.isArabic() || w.length() < 3 || NOT_NOUN.contains(w)) return false;
    if ((w.startsWith("و") || w.startsWith("ف")) && NOT_NOUN.contains(w.substring(1))) return false;
    String text = c.text();
    // definite (not آليات, whose matching form starts with ال too)
    if (text.startsWith("ال") || text.startsWith("وال") || text.startsWith("بال")) return false;
    if (text.startsWith("لل") || text.startsWith("لأ") || text.startsWith("لإ")) return false; // للمؤسسة، لأفضل
    if (w.length() >= 5 && (w.endsWith("هم") || w.endsWith("هما") || w.endsWith("هن"))) return false; // معظمهم
    if (w.startsWith("ي") && w.endsWith("ون") && !w.endsWith("يون") && w.length() >= 5) return false; // يعالجون: a verb
    if (w.endsWith("وا") && w.length() >= 4) return false; // 163 ألفا أجلوا: a past verb in the plural
    if (w.startsWith("تت") && w.length() >= 5) return false; // 3 تتصدى: an imperfect verb (تفعّل، تفاعل)
    // ستاندرد آند بورز 500 بمقدار، 3 لمدة: a preposition glued to a noun of place, manner or time
    if ((w.startsWith("بم") || w.startsWith("لم")) && w.length() >= 5) return false;
    String gap = body.substring(toks.get(n - 1).end(), c.start());
    if (!nounMayFollow(body, start, gap)) return false;
    if (!unitMayFollow(body, start, gap) && toks.get(n - 1).norm().equals("من")) return false; // من "بني هلال": a name
    // (306) بمقر، (19911) ليتم: after a bracket, a preposition glued to a noun of place or a verb begins a
    // phrase of its own ((121) برنامجاً، (33) كلية are counted)
    if (gap.indexOf(')') >= 0 && w.length() >= 4 && (w.charAt(0) == 'ب' || w.charAt(0) == 'ل')
        && "ميت".indexOf(w.charAt(1)) >= 0) {
      return false;
    }
    // a noun counted by the number never takes و: 58 وتاريخ، 22 وعاد begin the next clause (but وحدة is a noun)
    return !w.startsWith("و") || WAW_NOUNS.contains(w) || accusative(c, 11) && WAW_NOUNS.contains(withoutTanween(w));
  }

  /** {@link #unitMayFollow}, or an opening quote glued to the noun: {@code 281 “عملا إرهابيا”}. */
  static boolean nounMayFollow(String body, int start, String gap) {
    if (unitMayFollow(body, start, gap)) return true;
    return gap.length() == 2 && gap.charAt(0) == ' ' && "“«\"".indexOf(gap.charAt(1)) >= 0;
  }
}
