package org.mizan.clean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mizan.doc.Document;
import org.mizan.doc.Paragraph;
import org.mizan.meta.DateParser;
import org.mizan.pipeline.DocumentStage;

/**
 * {@code clean.structure}: decides what the title-like lines left among the running text are. Between
 * paragraphs, a short line (at most {@value #MAX_SUBHEADING_WORDS} words) is a subheading of the
 * article and is kept, marked {@code subheading}; a longer one is the headline of another article
 * linked from this one ({@code related-link}). After the last paragraph, title-like lines are
 * related links. Lines before the first paragraph are left to the metadata stages (headline, date).
 */
public final class SectionStructure implements DocumentStage {
  static final int MAX_SUBHEADING_WORDS = 7;

  @Override
  public String name() {
    return "clean.structure";
  }

  /** A short closing line ending in a full stop: a headline never does. */
  static boolean signOff(String line) {
    String s = line.strip();
    return s.endsWith(".") && !s.endsWith("...") && Lines.words(s) <= 4;
  }

  /**
   * A line of running text broken before its end (a print page, a narrow column): it ends with a comma or
   * semicolon, leaves a quotation open, or opens with a conjoined reporting verb ({@code وذكر}, {@code وأضاف}),
   * which no headline, subheading or link does.
   */
  static boolean brokenSentence(String line) {
    String s = line.strip();
    char end = Lines.lastChar(s);
    if (end == '،' || end == ',' || end == '؛') return true;
    if (s.chars().filter(c -> c == '"').count() % 2 == 1) return true;
    if (s.chars().filter(c -> c == '«').count() > s.chars().filter(c -> c == '»').count()) return true;
    // a verse or a headline may end in "!" or "؟"; a sentence cut short does not
    return end != '!' && end != '؟' && end != '?' && s.startsWith("و") && Lines.opensWithSentenceWord(s);
  }

  /**
   * A row of a price or results table printed as a line ({@code ربع ليرة: الشراء 6752 ليرة | البيع 6822 ليرة}):
   * two or more cells split by {@code |}, each holding a number. A headline or a link to another article
   * is not built that way, so a row between paragraphs stays in the body.
   */
  static boolean dataRow(String line) {
    String[] cells = line.split("\\|");
    if (cells.length < 2) return false;
    for (String c : cells) if (!c.matches(".*[0-9٠-٩].*")) return false;
    return true;
  }

  /** A price-table row printed as a line: an optional index, one to four words, one number ({@code 3 أرز 3.5}). */
  private static final java.util.regex.Pattern PRICE_ROW = java.util.regex.Pattern.compile(
      "([0-9٠-٩]+\\s+)?\\p{IsArabic}+(\\s+\\p{IsArabic}+){0,3}\\s+[0-9٠-٩]+([.,٫][0-9٠-٩]+)?");

  private static boolean priceRow(List<Paragraph> ps, int i) {
    return i >= 0 && i < ps.size() && PRICE_ROW.matcher(ps.get(i).text().strip()).matches();
  }

  /**
   * A line of a price table (a row in a run of two or more, or the header line right above such a run): the
   * figures stage reads the rows' prices in the header's currency, so the table is not a list of links.
   */
  static boolean priceTable(List<Paragraph> ps, int i) {
    if (priceRow(ps, i)) return priceRow(ps, i - 1) || priceRow(ps, i + 1);
    return priceRow(ps, i + 1) && priceRow(ps, i + 2) && !ps.get(i).text().matches(".*[0-9٠-٩].*");
  }

  @Override
  public Document apply(Document d) {
    List<Paragraph> ps = d.paragraphs();
    int first = Lines.firstBody(ps);
    int last = Lines.lastBody(ps);
    if (first < 0) return d;
    Map<Integer, String> reasons = new HashMap<>();
    List<Paragraph> marked = new ArrayList<>(ps);
    for (int i = first + 1; i < ps.size(); i++) {
      String line = ps.get(i).text();
      if (!Lines.isTitleLike(line) || DateParser.isStamp(line) || brokenSentence(line)) continue;
      if (priceTable(ps, i)) continue;
      if (i <= last && dataRow(line)) continue; // a table row between paragraphs; after them it may be a sidebar
      if (i > last) {
        if (!signOff(line)) reasons.put(i, "related-link"); // "وللحديث صلة." is the writer's closing words
      } else if (Lines.words(line) <= MAX_SUBHEADING_WORDS) marked.set(i, new Paragraph(line, Paragraph.Kind.SUBHEADING));
      else reasons.put(i, "related-link");
    }
    return Removals.apply(d.withBody(marked, d.removed()), reasons);
  }
}
