package org.mizan.synthesis;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
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
  private static final String TO = ArabicNormalization.normalize("إلى");

  /**
   * A conjoined word right before a colon or a quote mark ({@code وأضاف: «…»}, {@code واستطرد "…"}): the
   * quote's speaker is named in the sentence before.
   */
  private static final Pattern SPEAKER_BEFORE = Pattern.compile(
      "^[\u0648\u0641]\\S+\\s*(:|[\u00AB\"\u201C\u201D]([^\\s\u00AB\u00BB\"\u201C\u201D]+\\s+){3})");

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
    if (SPEAKER_BEFORE.matcher(s.text()).find() || quoteTail(s.text())) return false;
    if (t.size() < 3 || !(first.startsWith("و") || first.startsWith("ف"))) return true;
    String second = ArabicNormalization.normalize(t.get(1).text());
    // وأضاف أن … / وأشار إلى أن …: a conjoined verb whose subject the sentence before named
    return !(THAT.contains(second) || second.equals(TO) && THAT.contains(ArabicNormalization.normalize(t.get(2).text())));
  }

  private static boolean aloneInParagraph(StoryText st, Sentence s) {
    for (Sentence o : st.byDoc.get(s.doc())) if (o != s && o.paragraph() == s.paragraph()) return false;
    return true;
  }

  /**
   * Whether {@code text} ends a quotation opened in an earlier sentence: a closing {@code »} with no
   * {@code «}, or a lone {@code "} at its end.
   */
  static boolean quoteTail(String text) {
    long open = text.chars().filter(c -> c == '\u00AB').count();
    long close = text.chars().filter(c -> c == '\u00BB').count();
    if (close > open) return true;
    int first = text.indexOf('"');
    return first >= 0 && first == text.lastIndexOf('"') && first >= text.strip().length() - 3;
  }

  /**
   * Share of a lead's content terms a chosen lead already has from which it tells the same news: two
   * outlets' opening sentences of one story report one event in their own words, so they share fewer
   * words than two retellings of any sentence (the shared ones are the names, the place, the number).
   */
  static final double LEAD_REPEATS = 0.35;

  /**
   * Whether {@code s} opens its article and a chosen line opening another article tells the same news of
   * the same day: both published that day, or both dating what they report to it (a later day's lead is
   * the story's next development).
   */
  static boolean retoldLead(StoryText st, Sentence s, Collection<Sentence> chosen) {
    if (!lead(st, s)) return false;
    String day = Summarizer.day(st.docs.get(s.doc()));
    String reported = reportedDay(st, s);
    List<Sentence> leads = chosen.stream().filter(c -> lead(st, c)
        && (java.util.Objects.equals(day, Summarizer.day(st.docs.get(c.doc())))
            || reported != null && reported.equals(reportedDay(st, c)))).toList();
    return !leads.isEmpty() && repeated(s, leads) >= LEAD_REPEATS;
  }

  /**
   * The day a lead reports, the first day its own words date ({@code وصل … اليوم الجمعة} in one day's
   * report, {@code وصل … مساء الجمعة} in the next morning's print edition: both Friday); null when they
   * date nothing.
   */
  static String reportedDay(StoryText st, Sentence s) {
    for (org.mizan.figures.TextDate td : st.docs.get(s.doc()).dates()) {
      if (td.start() < s.start() || td.end() > s.end() || !td.resolved() || td.value() == null) continue;
      if (td.value().matches("\\d{4}-\\d{2}-\\d{2}.*")) return td.value().substring(0, 10);
    }
    return null;
  }

  /** Share of a line's terms a chosen line has from which one number they both give makes it a retelling. */
  static final double FIGURE_REPEATS = 0.2;

  /**
   * Whether {@code s} gives the numbers a chosen line gives: two of them, or one with {@link
   * #FIGURE_REPEATS} of its terms (an outlet retelling the amount, the count or the score of another's
   * line in its own words). A year or a number under ten says too little to tell one fact.
   */
  static boolean retoldFigures(Sentence s, Collection<Sentence> chosen) {
    Set<String> mine = figures(s);
    if (mine.isEmpty()) return false;
    for (Sentence c : chosen) {
      int shared = 0;
      for (String f : figures(c)) if (mine.contains(f)) shared++;
      if (shared >= 2 || shared == 1 && repeated(s, List.of(c)) >= FIGURE_REPEATS) return true;
    }
    return false;
  }

  private static Set<String> figures(Sentence s) {
    Set<String> out = new java.util.HashSet<>();
    for (Token t : s.tokens()) {
      if (!t.isNumber()) continue;
      String digits = t.text().replaceAll("[^0-9\u0660-\u0669]", "");
      // one digit, or a year (19xx, 20xx)
      if (digits.length() < 2 || digits.length() == 4 && (digits.startsWith("19") || digits.startsWith("20"))) continue;
      out.add(digits);
    }
    return out;
  }

  /** Whether {@code s} is its article's first body sentence. */
  static boolean lead(StoryText st, Sentence s) {
    for (Sentence o : st.byDoc.get(s.doc())) {
      if (!o.subheading()) return o == s;
    }
    return false;
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
