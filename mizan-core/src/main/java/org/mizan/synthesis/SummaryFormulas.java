package org.mizan.synthesis;

import java.util.List;
import java.util.Set;
import org.mizan.synthesis.StoryText.Sentence;
import org.mizan.text.ArabicNormalization;
import org.mizan.text.Token;

/**
 * Lines no summary wants even when they read alone: who attended or received the guest, a link to the
 * report repeating its headline, a closing prayer, and a turn to another matter ({@code من جهة أخرى}) that shares too
 * little with the story's headlines. The openings are listed in {@code summary-formulas.txt}.
 */
final class SummaryFormulas {
  /** Words a line turning to another matter must share with a headline to stay on the story. */
  private static final int ON_STORY_WORDS = 2;
  /** Words besides the headline a line repeating it may have ({@code رابط الخبر بصحيفة …: <headline>}). */
  private static final int ECHO_EXTRA_WORDS = 6;

  private SummaryFormulas() {}

  /**
   * Whether {@code s} is a formula no summary wants even when it reads alone: a list of who attended or
   * received the guest, a line repeating a headline of the story (a link to the report), or a turn to
   * another matter ({@code من جهة أخرى …}) that shares too little with the story's headlines.
   */
  static boolean formula(StoryText st, Sentence s) {
    String opening = opening(s.tokens());
    if (startsWithAny(opening, Lexicon.PROTOCOL) || startsWithAny(afterFirst(opening), Lexicon.PROTOCOL)) return true;
    if (echoesHeadline(st, s) || invocation(opening)) return true;
    return startsWithAny(opening, Lexicon.OTHER_MATTER) && headlineWords(st, s) < ON_STORY_WORDS;
  }

  /**
   * Whether the opening prays ({@code والله نسأل أن …}, {@code ودعت القيادة الله أن يتقبلهم …}): a verb of
   * prayer among the first words with الله; a closing invocation reports nothing.
   */
  static boolean invocation(String opening) {
    String[] w = opening.strip().split(" ");
    boolean prays = false;
    boolean god = false;
    for (int i = 0; i < Math.min(4, w.length); i++) {
      String x = w[i].startsWith("و") && w[i].length() > 3 ? w[i].substring(1) : w[i];
      prays |= Lexicon.PRAYER.contains(x);
      god |= x.equals("الله") && (i == 0 || !w[i - 1].endsWith("عبد")); // not the name عبد الله
    }
    return prays && god;
  }

  /** The first words of a sentence, normalized, without a leading و or كما. */
  private static String opening(List<Token> t) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < Math.min(5, t.size()); i++) sb.append(ArabicNormalization.normalize(t.get(i).text())).append(' ');
    String o = sb.toString();
    if (o.startsWith("كما ")) o = o.substring(4);
    return o;
  }

  /** The opening without its first word (a credit run into the text: {@code واس وكان في استقبال …}). */
  private static String afterFirst(String opening) {
    int sp = opening.indexOf(' ');
    return sp < 0 ? "" : opening.substring(sp + 1);
  }

  private static boolean startsWithAny(String opening, Set<String> phrases) {
    for (String p : phrases) {
      if (opening.startsWith(p + " ") || opening.startsWith("و" + p + " ")) return true;
    }
    return false;
  }

  private static boolean echoesHeadline(StoryText st, Sentence s) {
    String text = words(s.tokens());
    for (var d : st.docs) {
      if (d.headline() == null) continue;
      List<Token> h = org.mizan.text.Tokenizer.tokenize(d.headline());
      if (h.size() >= 4 && s.tokens().size() - h.size() <= ECHO_EXTRA_WORDS && text.contains(words(h))) return true;
    }
    return false;
  }

  private static String words(List<Token> t) {
    StringBuilder sb = new StringBuilder(" ");
    for (Token k : t) sb.append(ArabicNormalization.normalize(k.text())).append(' ');
    return sb.toString();
  }

  /** Content words of {@code s} some headline of the story has. */
  private static int headlineWords(StoryText st, Sentence s) {
    Set<String> heads = new java.util.HashSet<>();
    for (var d : st.docs) {
      if (d.headline() != null) heads.addAll(StoryText.terms(org.mizan.text.Tokenizer.tokenize(d.headline())).keySet());
    }
    int n = 0;
    for (String k : s.vector().keySet()) if (heads.contains(k)) n++;
    return n;
  }
}
