package org.mizan.stories;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mizan.text.ArabicNormalization;
import org.mizan.text.Token;
import org.mizan.text.Tokenizer;

/**
 * Who issues the statement a headline reports: the words before its stance verb ("مجلس التعاون
 * يستنكر تصريحات …" → مجلس، تعاون). A trigger (a politician's remarks, an attack) draws a chain of
 * statements on consecutive days, each worded like the others and naming the same trigger; what
 * tells them apart is who speaks. Two reports of one statement may word the issuer differently ("الأمين
 * العام لمجلس التعاون", "الزياني"), so issuers conflict only when neither side's text names the
 * other's issuer at all.
 */
final class Issuers {
  private Issuers() {}

  private static final Set<String> VERBS = load("/org/mizan/stories/reaction-verbs.txt");
  /**
   * Titles of office say nothing of which body speaks ("الأمين العام لمجلس التعاون", "الأمين العام
   * لرابطة العالم الإسلامي"): the issuer is the words beside them.
   */
  private static final Set<String> TITLES = titles();

  /**
   * The clustering terms of the headline's issuer: the words before its first stance verb, after the
   * last colon before it ("تركيا: …"). Empty when the headline has no stance verb or opens with it.
   */
  static Set<String> of(String headline) {
    if (headline == null || headline.isBlank()) return Set.of();
    List<Token> tokens = Tokenizer.tokenize(headline);
    for (int i = 0; i < tokens.size(); i++) {
      if (!VERBS.contains(tokens.get(i).norm())) continue;
      int colon = headline.lastIndexOf(':', tokens.get(i).start());
      Set<String> out = new HashSet<>();
      boolean afterTitle = false;
      for (int j = 0; j < i; j++) {
        Token tok = tokens.get(j);
        if (tok.start() < colon) continue;
        if (title(tok)) {
          afterTitle = true;
          continue;
        }
        String t = StoryFeatures.term(tok);
        // the body a title belongs to: "الأمين العام لمجلس التعاون" is مجلس's
        if (t != null && afterTitle && t.length() >= 4 && t.charAt(0) == 'ل') t = t.substring(1);
        afterTitle = false;
        if (t != null && !tok.isNumber()) out.add(t);
      }
      return out;
    }
    return Set.of();
  }

  /** Tokens of the lead that name who speaks in a report of a statement ("استنكر الأمين العام لمجلس التعاون …"). */
  static final int OPENING_TOKENS = 20;

  /** The clustering terms of a headline and of the first {@value #OPENING_TOKENS} tokens of the lead. */
  static Set<String> opening(String headline, String lead) {
    Set<String> out = new HashSet<>();
    if (headline != null) for (Token t : Tokenizer.tokenize(headline)) addTerm(out, t);
    if (lead != null) {
      List<Token> tokens = Tokenizer.tokenize(lead);
      for (int i = 0; i < tokens.size() && i < OPENING_TOKENS; i++) addTerm(out, tokens.get(i));
    }
    return out;
  }

  private static void addTerm(Set<String> out, Token t) {
    String term = StoryFeatures.term(t);
    if (term == null) return;
    out.add(term);
    // "لمجلس" names مجلس
    if (term.length() >= 4 && term.charAt(0) == 'ل') out.add(term.substring(1));
  }

  /**
   * Whether the article's issuer and the story's are different bodies: both headlines name one, they
   * share no word, the story's headlines do not use every word of the article's issuer, and the
   * article's headline and lead opening do not use every main word of the story's (a word of at least
   * half the count of its most frequent one). Only the opening: a statement's report names its issuer
   * first, while another body's statement names this one in passing further down ("إساءة لدول مجلس
   * التعاون").
   */
  static boolean conflict(Set<String> mine, Set<String> opening, StoryCluster c) {
    if (mine.isEmpty() || c.issuers.isEmpty()) return false;
    for (String w : mine) if (c.issuers.containsKey(w)) return false;
    if (namesAll(mine, c.headlines.keySet())) return false;
    return !namesAll(main(c.issuers), opening);
  }

  /** Whether two stories' issuers are different bodies (as above, story against story). */
  static boolean apart(StoryCluster a, StoryCluster b) {
    if (a.issuers.isEmpty() || b.issuers.isEmpty()) return false;
    for (String w : a.issuers.keySet()) if (b.issuers.containsKey(w)) return false;
    return !namesAll(main(a.issuers), b.headlines.keySet()) && !namesAll(main(b.issuers), a.headlines.keySet());
  }

  /** Whether every word is among the terms, itself or as its adjective ("المانيا" in "الالماني"). */
  static boolean namesAll(Set<String> words, Set<String> terms) {
    for (String w : words) if (!names(w, terms)) return false;
    return true;
  }

  private static boolean names(String w, Set<String> terms) {
    if (terms.contains(w)) return true;
    // تركيا → تركي, الكويت → كويتي
    String adjective = w.endsWith("يا") ? w.substring(0, w.length() - 1)
        : w.endsWith("ا") || w.endsWith("ه") ? w.substring(0, w.length() - 1) + "ي" : w + "ي";
    if (adjective.length() < 4) return false;
    for (String t : terms) {
      // a name starting with ال loses it as a stem ("المانيا" → مانيا) and keeps it in its adjective ("الالماني" → الماني)
      int at = t.startsWith(adjective) ? 0 : t.startsWith("ال" + adjective) ? 2 : -1;
      if (at >= 0 && t.length() <= at + adjective.length() + 1) return true;
    }
    return false;
  }

  /** The words of a story's issuers named by at least half as many articles as its most named one. */
  static Set<String> main(Map<String, Integer> issuers) {
    int top = 0;
    for (int n : issuers.values()) top = Math.max(top, n);
    Set<String> out = new HashSet<>();
    for (Map.Entry<String, Integer> e : issuers.entrySet()) if (e.getValue() * 2 >= top) out.add(e.getKey());
    return out;
  }

  private static boolean title(Token t) {
    return TITLES.contains(t.norm()) || TITLES.contains(org.mizan.text.Clitics.strip(t.norm()));
  }

  private static Set<String> titles() {
    Set<String> out = new HashSet<>(load("/org/mizan/stories/headline-titles.txt"));
    // "العام" of "الأمين العام", "المدير العام"
    out.add(ArabicNormalization.normalize("العام"));
    out.add(ArabicNormalization.normalize("عام"));
    return Set.copyOf(out);
  }

  private static Set<String> load(String resource) {
    return org.mizan.text.WordList.normalized(Issuers.class, resource);
  }
}
