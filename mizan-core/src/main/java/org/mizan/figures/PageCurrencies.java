package org.mizan.figures;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.mizan.text.ArabicNormalization;
import org.mizan.text.Clitics;
import org.mizan.text.Token;
import org.mizan.text.WordList;

/**
 * The currency a page means by a bare noun that several countries share ({@code ليرة}, {@code درهم},
 * {@code دينار}): the one the page names in full elsewhere ({@code الليرة التركية} … {@code 6752 ليرة}), else
 * the one whose country alone the page names ({@code currency-countries.tsv}: a Moroccan court's fine of
 * {@code 5000 درهم} is MAD, not the AED a bare dirham defaults to).
 */
final class PageCurrencies {
  private PageCurrencies() {}

  /**
   * Defaults kept whatever the page names: the bare dollar, pound and riyal of Arabic news are the US dollar,
   * the Egyptian pound and the Saudi riyal even on pages that quote another one's rate. Only a local currency
   * (one with country words) displaces them, on a page that never names the default's own country: a bare
   * {@code جنيه} on a Sudanese page is the Sudanese pound.
   */
  private static final Set<String> KEPT = Set.of("USD", "EGP", "SAR");

  /** Code → its country's words (matching form), one token or two. */
  private static final Map<String, List<String>> COUNTRY = new HashMap<>();

  static {
    for (String line : WordList.lines(PageCurrencies.class, "currency-countries.tsv")) {
      String[] f = line.split("\t", -1);
      List<String> words = new ArrayList<>();
      for (String w : f[1].split(",")) words.add(ArabicNormalization.normalize(w));
      COUNTRY.put(f[0], words);
    }
  }

  /** Rewrites, in place, the code of every figure printed with a bare shared noun that the page resolves. */
  static void resolve(List<Token> toks, List<Figure> figures) {
    if (figures.isEmpty()) return;
    Map<String, String> chosen = new HashMap<>();
    for (Figure f : figures) {
      if (f.unit() == null || chosen.containsKey(f.unit())) continue;
      Set<String> others = FigureExtractor.CURRENCIES.othersOf(f.unit());
      if (KEPT.contains(f.unit())) others = localOthers(toks, f.unit(), others);
      if (!others.isEmpty()) chosen.put(f.unit(), choose(toks, f.unit(), others));
    }
    figures.replaceAll(f -> {
      String c = f.unit() == null ? null : chosen.get(f.unit());
      return c == null || f.text().contains(" ") && qualified(f.text()) ? f
          : new Figure(f.text(), f.value(), c, f.counted(), f.approx(), f.start(), f.end());
    });
  }

  /** Of a kept default's others, those with country words, when the page never names the default's country. */
  private static Set<String> localOthers(List<Token> toks, String dflt, Set<String> others) {
    if (!COUNTRY.containsKey(dflt) || names(toks, COUNTRY.get(dflt))) return Set.of();
    Set<String> local = new TreeSet<>();
    for (String code : others) if (COUNTRY.containsKey(code)) local.add(code);
    return local;
  }

  /** The one other code the page names in full, else the one other code whose country alone it names, else null. */
  private static String choose(List<Token> toks, String dflt, Set<String> others) {
    Set<String> named = new TreeSet<>();
    for (int i = 0; i < toks.size(); i++) {
      Currencies.Match m = FigureExtractor.CURRENCIES.at(toks, i);
      if (m != null && m.length() == 2 && (others.contains(m.code()) || m.code().equals(dflt))) named.add(m.code());
    }
    if (!named.isEmpty()) {
      // (the default named in full too, or two others: the page means several)
      if (named.size() == 1 && others.contains(named.iterator().next())) return named.iterator().next();
      return null;
    }
    Set<String> countries = new TreeSet<>();
    for (String code : others) if (names(toks, COUNTRY.get(code))) countries.add(code);
    if (countries.size() != 1 || names(toks, COUNTRY.get(dflt))) return null;
    return countries.iterator().next();
  }

  /** Whether a figure's text carries its currency's adjective ({@code 5 ملايين ليرة تركية}). */
  private static boolean qualified(String text) {
    List<Token> t = org.mizan.text.Tokenizer.tokenize(text);
    for (int i = 0; i < t.size(); i++) {
      Currencies.Match m = FigureExtractor.CURRENCIES.at(t, i);
      if (m != null && m.length() == 2) return true;
    }
    return false;
  }

  /** Whether a word (or two-word name) of {@code words} is printed, article and proclitics aside (بالمغرب). */
  private static boolean names(List<Token> toks, List<String> words) {
    if (words == null) return false;
    for (int i = 0; i < toks.size(); i++) {
      List<String> forms = Clitics.variants(toks.get(i).norm());
      for (String w : words) {
        int sp = w.indexOf(' ');
        String first = sp < 0 ? w : w.substring(0, sp);
        if ((forms.contains(first) || forms.contains(Clitics.strip(first)))
            && (sp < 0 || i + 1 < toks.size() && toks.get(i + 1).norm().equals(w.substring(sp + 1)))) {
          return true;
        }
      }
    }
    return false;
  }
}
