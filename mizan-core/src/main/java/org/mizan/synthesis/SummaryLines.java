package org.mizan.synthesis;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.mizan.synthesis.StoryText.Sentence;
import org.mizan.text.ArabicNormalization;
import org.mizan.text.Token;

/**
 * What makes a sentence a good line of a summary read on its own: it opens a sentence of its
 * article and names who speaks (no clause of a run-on sentence, no {@code مشيرا إلى …} or {@code
 * والتي …} carried on from the sentence before, no {@code وأضاف أن …} whose speaker is in the sentence
 * before), it is no photo caption or closing invocation ({@code حفظ الله …}), and it adds something the
 * lines already chosen do not say.
 */
final class SummaryLines {
  /** Share of a sentence's content terms the chosen lines already have, from which it adds nothing new. */
  static final double REPEATS = 0.55;
  /** The complementizers after a reporting verb; right after the sentence's first word, its subject is left out. */
  private static final Set<String> THAT = Set.of("ان", "انه", "انها", "انهم", "انهما");

  private SummaryLines() {}

  /** A paragraph of one sentence shorter than this is a caption or a formula, not a report. */
  static final int CAPTION_WORDS = 10;
  /** A sentence shorter than this is a photo caption run into the text ({@code الملك يصافح رئيس الحكومة.}). */
  static final int MIN_WORDS = 8;

  /** Whether {@code s} (a sentence of {@code st}) reads as a sentence when printed alone. */
  static boolean standsAlone(StoryText st, Sentence s) {
    if (s.piece()) return false;
    List<Token> t = s.tokens();
    if (t.size() < MIN_WORDS || t.size() < CAPTION_WORDS && aloneInParagraph(st, s)) return false;
    String first = ArabicNormalization.normalize(t.get(0).text());
    if (Lexicon.NON_OPENERS.contains(first)
        || Lexicon.NON_OPENERS.contains(first + " " + ArabicNormalization.normalize(t.get(1).text()))) return false;
    // وأضاف أن … / وقالت إن …: a conjoined verb whose subject the sentence before named
    return !(t.size() > 1 && (first.startsWith("و") || first.startsWith("ف"))
        && THAT.contains(ArabicNormalization.normalize(t.get(1).text())));
  }

  private static boolean aloneInParagraph(StoryText st, Sentence s) {
    for (Sentence o : st.byDoc.get(s.doc())) if (o != s && o.paragraph() == s.paragraph()) return false;
    return true;
  }

  /**
   * Share of {@code s}'s content terms some chosen line already has. Terms are counted, not weighted:
   * a retelling shares the story's common words (the teams, the score, the place), which TF-IDF weighs
   * low, and differs in its own verbs and connectives, which it weighs high.
   */
  static double repeated(Sentence s, Collection<Sentence> chosen) {
    int in = 0;
    for (String k : s.vector().keySet()) {
      for (Sentence c : chosen) {
        if (c.vector().containsKey(k)) {
          in++;
          break;
        }
      }
    }
    return s.vector().isEmpty() ? 0 : (double) in / s.vector().size();
  }
}
