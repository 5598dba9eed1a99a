package org.mizan.clean;

import java.util.ArrayList;
import java.util.List;
import org.mizan.doc.Document;
import org.mizan.doc.Paragraph;
import org.mizan.pipeline.DocumentStage;
import org.mizan.text.ArabicNormalization;

/**
 * {@code clean.glued}: restores paragraph breaks lost in extraction, where the last word of one
 * block is glued to the first of the next ({@code …البيت الأبيضوكان مسؤول…}, {@code إعلانوأضاف}).
 * A word is split only when it is not itself a known word, the second half starts with the
 * conjunction و or ف (how Arabic news paragraphs open), and both halves are frequent words of the
 * {@link Vocabulary}. A "read also" marker glued to the headline it introduces is split off too.
 */
public final class GluedWordSplitter implements DocumentStage {
  /** Both halves must be at least this frequent in the corpus. */
  static final int MIN_HALF_COUNT = 40;
  /** A glued form seen this often is a real word. */
  static final int MAX_GLUED_COUNT = 2;

  /** A proclitic and the article ({@code بال}, {@code وال}, {@code وبال}): the opening of the next letters' word. */
  private static final java.util.regex.Pattern CLITIC_ARTICLE = java.util.regex.Pattern.compile("[وف]?[بك]?ال");

  private final Vocabulary vocabulary;

  public GluedWordSplitter() {
    this(Vocabulary.shipped());
  }

  public GluedWordSplitter(Vocabulary vocabulary) {
    this.vocabulary = vocabulary;
  }

  @Override
  public String name() {
    return "clean.glued";
  }

  @Override
  public Document apply(Document d) {
    List<Paragraph> out = new ArrayList<>();
    boolean changed = false;
    for (Paragraph p : d.paragraphs()) {
      List<String> parts = split(p.text());
      changed |= parts.size() > 1;
      for (String s : parts) out.add(new Paragraph(s, p.kind()));
    }
    return changed ? d.withBody(out, d.removed()) : d;
  }

  /** The blocks a line falls into once glued paragraph breaks are restored (the line itself if none). */
  public List<String> split(String line) {
    List<String> out = new ArrayList<>();
    int marker = Phrases.gluedMarkerLength(line);
    if (marker > 0) {
      out.add(line.substring(0, marker).strip());
      line = line.substring(marker).strip();
    }
    int from = 0;
    int n = line.length();
    for (int i = 0; i < n; ) {
      if (!ArabicNormalization.isArabicLetter(line.charAt(i))) {
        i++;
        continue;
      }
      int j = i + 1;
      while (j < n && (ArabicNormalization.isArabicLetter(line.charAt(j)) || ArabicNormalization.isMark(line.charAt(j)))) j++;
      int cut = j - i >= 6 ? splitPoint(line.substring(i, j)) : -1;
      if (cut > 0) {
        String before = line.substring(from, i + cut).strip();
        if (!before.isEmpty()) out.add(before);
        from = i + cut;
      }
      i = j;
    }
    String rest = line.substring(from).strip();
    if (!rest.isEmpty()) out.add(rest);
    return out;
  }

  /** Offset inside the word where a second word starts, or -1 when it is one word. */
  int splitPoint(String text) {
    if (text.indexOf('و', 2) < 0 && text.indexOf('ف', 2) < 0) return -1;
    String norm = ArabicNormalization.normalize(text);
    if (norm.length() < 6 || vocabulary.count(norm) > MAX_GLUED_COUNT) return -1;
    // without marks the matching form is the word letter for letter: its halves are cut from it, not normalized again
    boolean aligned = norm.length() == text.length();
    int best = -1;
    int bestScore = 0;
    for (int i = 2; i < text.length() - 2; i++) {
      char c = text.charAt(i);
      if (c != 'و' && c != 'ف') continue;
      String left = aligned ? norm.substring(0, i) : ArabicNormalization.normalize(text.substring(0, i));
      String right = aligned ? norm.substring(i) : ArabicNormalization.normalize(text.substring(i));
      // a two-letter left half is mostly a prefix, not a word: the future سي/ست of سيوفره، ستفتح
      if (left.length() < 3 || right.length() < 4) continue;
      if (CLITIC_ARTICLE.matcher(left).matches()) continue; // "بال|وزارات": a preposition and the article, not a word
      int leftCount = vocabulary.count(left);
      if (leftCount < MIN_HALF_COUNT || leftCount <= bestScore) continue; // the smaller half decides: no better split
      int score = Math.min(leftCount, vocabulary.count(right));
      if (score >= MIN_HALF_COUNT && score > bestScore) {
        best = i;
        bestScore = score;
      }
    }
    return best;
  }
}
