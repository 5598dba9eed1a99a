package org.mizan.meta;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mizan.clean.Lines;
import org.mizan.clean.Removals;
import org.mizan.doc.Document;
import org.mizan.doc.Paragraph;
import org.mizan.doc.RawArticle;
import org.mizan.pipeline.DocumentStage;

/**
 * {@code meta.headline}: the article's headline. The container's title when it gives one (and its
 * copy in the text is removed); otherwise the first title-like line of at least three words before
 * the first paragraph of running text (or a shorter first line right above it). An article that opens straight with running text has no
 * headline (null): a sentence of the body is never promoted to one. A breadcrumb trail gives its last part; a
 * line without an Arabic letter (a photo credit) is never the headline ({@link HeadlineShape}).
 */
public final class Headline implements DocumentStage {
  @Override
  public String name() {
    return "meta.headline";
  }

  @Override
  public Document apply(Document d) {
    List<Paragraph> ps = d.paragraphs();
    int first = Lines.firstBody(ps);
    if (first < 0) first = ps.size();
    String given = d.raw() == null ? null : d.raw().meta(RawArticle.TITLE);
    // a long headline above the page's date stamp (read and removed by now) is no paragraph
    if (first < ps.size() && (given == null || given.isBlank()) && Lines.headlineAboveStamp(d, ps.get(first).text())) first++;
    String headline = given == null || given.isBlank() ? null : withoutSiteName(given.strip().replaceAll("\\s+", " "), d);
    if (headline != null) { // the page's own headline line wins over a page title that adds to it
      for (int i = 0; i < first; i++) {
        String key = Lines.key(ps.get(i).text());
        if (Lines.words(key) >= 3 && !key.equals(Lines.key(headline)) && Lines.key(headline).startsWith(key + " ")) {
          headline = ps.get(i).text().strip();
          break;
        }
      }
    }
    Map<Integer, String> reasons = new HashMap<>();
    for (int i = 0; i < first; i++) {
      String line = ps.get(i).text();
      if (headline != null) {
        if (Lines.key(line).equals(Lines.key(headline)) || Lines.key(line).equals(Lines.key(given))) {
          reasons.put(i, "headline");
        }
      } else if ((Lines.isTitleLike(line) || Lines.isBody(line)) && ps.get(i).kind() == Paragraph.Kind.PARAGRAPH // a long one above the stamp
          && !DatelineReader.isOutletLine(line) && !DatelineReader.isPlaceDateLine(line) && !DatelineReader.isSourceLine(line)
          && !DatelineReader.isNumberedSiteName(line) && !DatelineReader.isNumberedSitePlace(line)
          && !DatelineReader.isSourceMarkLine(line) && !EchoedSiteName.isEchoed(d, line)
          && (Lines.words(line) >= 3 || (i == 0 && first == 1))) { // a short first line right above the text
        String tail = HeadlineShape.crumbTail(line);
        if (tail != null && !HeadlineShape.isLabel(tail)) { // "الرئيسية » قسم » العنوان": the trail's end
          reasons.put(i, "navigation");
          headline = tail;
          for (int j = i + 1; j < first; j++) if (Lines.key(ps.get(j).text()).equals(Lines.key(tail))) reasons.put(j, "headline");
          break;
        }
        // a photo credit or an ad marker (a one-word line is taken only alone above the text: a column's title)
        if (!HeadlineShape.hasArabicLetter(line)) {
          reasons.put(i, "caption");
          continue;
        }
        if (Attribution.CORRESPONDENT_CAPTION.matcher(line).matches()) { // "فلان ومراسل الموقع": a photo's caption
          reasons.put(i, "caption");
          continue;
        }
        if (i + 1 < ps.size() && Lines.opensWithSentenceWord(line) && continues(ps.get(i + 1).text())) {
          break; // "قال مصدر …" / "إن …": a sentence of the text broken into lines, no headline
        }
        int below = kickerOver(ps, i, first);
        if (below == i && i + 1 == first && Lines.words(line) <= 3 && endsInDots(line)) {
          reasons.put(i, "kicker"); // "بيان رسمي…..": a lead-in right above the text, no headline under it
          break;
        }
        if (below == i && i == 0 && first == 1 && first < ps.size() && HeadlineShape.isLabel(line) && headlineUnderLabel(ps, first)) {
          reasons.put(i, "navigation"); // "العالم" over "زلزال يضرب …." and the text: a section label, the headline under it
          below = first;
        }
        if (below > i && below != first) reasons.put(i, "kicker"); // "خلال لقائه مع … ..": a lead-in above the headline
        headline = ps.get(below).text().strip();
        reasons.put(below, "headline");
        break;
      }
    }
    if (headline != null) siteAndHeadline(ps, first, headline, reasons);
    Document out = Removals.apply(highlights(d, ps, first, reasons), reasons);
    return out.withMetadata(headline, out.published(), out.outlet(), out.creditedSources(), out.dateline(), out.byline());
  }

  /**
   * The headline under line {@code i} when {@code i} is a kicker: a line ending in dots ({@code ..}, {@code …}),
   * a lead-in no headline ends with, above a title-like line of four words or more before the text; else {@code i}.
   */
  static int kickerOver(List<Paragraph> ps, int i, int first) {
    String s = ps.get(i).text().strip();
    if (!(s.endsWith("..") || s.endsWith("…"))) return i;
    for (int j = i + 1; j < first; j++) {
      String t = ps.get(j).text().strip();
      if (ps.get(j).kind() == Paragraph.Kind.PARAGRAPH && Lines.words(t) >= 4 && Lines.isTitleLike(t)
          && !t.endsWith("..") && !t.endsWith("…")) {
        return j;
      }
    }
    return i;
  }

  /**
   * Two or more title-like lines in a row under the headline, right above the text (an interview's highlights):
   * kept as subheadings of the article, not taken for its text or its headline.
   */
  private static Document highlights(Document d, List<Paragraph> ps, int first, Map<Integer, String> reasons) {
    int h = reasons.entrySet().stream().filter(e -> e.getValue().equals("headline")).mapToInt(Map.Entry::getKey).max().orElse(-1);
    if (h < 0 || first >= ps.size()) return d;
    List<Integer> run = new java.util.ArrayList<>();
    for (int j = first - 1; j > h; j--) {
      Paragraph p = ps.get(j);
      if (p.text().isBlank()) continue;
      if (reasons.containsKey(j) || p.kind() != Paragraph.Kind.PARAGRAPH || !Lines.isTitleLike(p.text())
          || Lines.words(p.text()) < 6 || Lines.isBody(p.text()) || p.text().contains("/")) { // not a "المكان/ الكاتب" line
        break;
      }
      run.add(j);
    }
    if (run.size() < 2) return d;
    List<Paragraph> marked = new java.util.ArrayList<>(ps);
    for (int j : run) marked.set(j, new Paragraph(ps.get(j).text(), Paragraph.Kind.SUBHEADING));
    return d.withBody(marked, d.removed());
  }

  /**
   * True when line {@code at}, under a one-word line, is a headline printed with a full stop: one short sentence
   * (4 to 12 words, one stop, at its end) that opens with no sentence word, followed within three lines by a long
   * paragraph of text. A column's first paragraph under its title is longer, or goes on in the next line.
   */
  static boolean headlineUnderLabel(List<Paragraph> ps, int at) {
    String s = ps.get(at).text().strip();
    int w = Lines.words(s, 13);
    if (ps.get(at).kind() != Paragraph.Kind.PARAGRAPH || w < 4 || w > 12 || !s.endsWith(".") || s.endsWith("..")
        || s.indexOf(". ") >= 0 || s.indexOf('،') >= 0 || Lines.opensWithSentenceWord(s)) {
      return false;
    }
    for (int j = at + 1; j < Math.min(ps.size(), at + 4); j++) {
      if (Lines.words(ps.get(j).text(), 20) >= 20) return true;
    }
    return false;
  }

  /** A complementizer opening a line ({@code إن}, {@code أن}, {@code بأن}): the line goes on with the sentence above it. */
  private static final java.util.regex.Pattern CONTINUATION = java.util.regex.Pattern.compile("^\\s*(?:إن|أن|ان|بأن|بان)\\s");

  private static boolean continues(String next) {
    return CONTINUATION.matcher(next).find();
  }

  private static boolean endsInDots(String line) {
    String s = line.strip();
    return s.endsWith("..") || s.endsWith("…");
  }

  /**
   * Marks the title-bar copies of the headline above the text: a name of at most three words and a dash before
   * the headline ({@code الموقع - العنوان}).
   */
  private static void siteAndHeadline(List<Paragraph> ps, int first, String headline, Map<Integer, String> reasons) {
    String tail = " " + Lines.key(headline);
    for (int i = 0; i < first; i++) {
      String line = ps.get(i).text();
      String key = Lines.key(line);
      if (reasons.containsKey(i) || !key.endsWith(tail)) continue;
      int dash = Math.max(line.indexOf(" - "), Math.max(line.indexOf(" – "), line.indexOf(" — ")));
      if (dash > 0 && Lines.words(line.substring(0, dash)) <= 3
          && Lines.key(line.substring(dash + 3)).equals(Lines.key(headline))) {
        reasons.put(i, "headline-copy");
      }
    }
  }

  /** A page title minus a trailing {@code " | الموقع"} / {@code " - الموقع"} naming the site. */
  static String withoutSiteName(String title, Document d) {
    // "headline | section | site": short trailing segments after " | " are section and site names
    String[] bars = title.split("\\s+[|｜]\\s+");
    if (bars.length >= 2 && Lines.words(bars[0]) >= 3) {
      boolean labels = true;
      for (int i = 1; i < bars.length; i++) labels &= Lines.words(bars[i]) <= 4;
      if (labels) return bars[0].strip();
    }
    int cut = Math.max(title.lastIndexOf(" | "), Math.max(title.lastIndexOf(" - "), title.lastIndexOf(" – ")));
    if (cut <= 0) return title;
    String tail = title.substring(cut + 3).strip();
    String site = d.raw().meta(RawArticle.SITE_NAME);
    String url = d.url() == null ? "" : d.url().toLowerCase(java.util.Locale.ROOT);
    boolean named = (site != null && !site.isBlank() && Lines.key(site).equals(Lines.key(tail)))
        || Outlets.named(tail).isPresent();
    boolean latinSite = tail.matches("(?i)[a-z0-9 .-]+") && url.contains(tail.toLowerCase(java.util.Locale.ROOT)
        .replaceAll("[^a-z0-9]", ""));
    return named || latinSite ? title.substring(0, cut).strip() : title;
  }
}
