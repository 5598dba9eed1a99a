package org.mizan.clean;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.mizan.doc.Document;
import org.mizan.doc.Paragraph;
import org.mizan.meta.Agencies;
import org.mizan.meta.DateParser;
import org.mizan.meta.Outlets;
import org.mizan.pipeline.DocumentStage;

/**
 * {@code clean.furniture}: the page around the article as a browser copy gives it, judged by where a
 * line sits relative to the headline and the running text. Before the headline (the first title of
 * four words or more above the text), one-to-three-word lines are menus, breadcrumbs and section
 * labels ({@code navigation}; without such a headline only runs of three or more); between the
 * headline and the text they are page widgets
 * ({@code TT}, {@code شارك}, {@code ملخص}: {@code furniture}); after the text, runs of title-like
 * lines are tags and related headlines ({@code related}). Anywhere outside the text: a line that is a
 * known outlet's name ({@code site-name}), a copyright notice ({@code copyright}), a writer's line
 * ({@code كتب فلان}, or the line after an {@code Author}/{@code بقلم} label: {@code byline}); under the
 * headline, an agency's name alone ({@code credit}), an unlabelled writer's name or a place beside the
 * date stamp ({@code byline}, {@code dateline}: see {@link HeaderNames}). Lines with
 * digits, dashes or colons are left to the date and attribution stages, which read them.
 */
public final class PageFurniture implements DocumentStage {
  private static final Pattern COPYRIGHT = Pattern.compile(
      "(?i)©|\\(c\\)\\s*\\d{4}|جميع الحقوق محفوظة|كافة الحقوق محفوظة|جميع حقوق النشر|حقوق النشر محفوظة|copyright|all rights reserved");
  /** A writer label opening a line: {@code كتب:}, {@code بقلم}, {@code By}. */
  /** The Arabic words that label a writer's line ({@code كتب: فلان}), as a regex alternation. */
  public static final String WRITER_WORDS = "كتبت|كتب|بقلم|إعداد|اعداد|تحرير";
  private static final Pattern WRITER_LABEL = Pattern.compile("^(?:" + WRITER_WORDS + "|By)(?:\\s*[:：]\\s*|\\s+)");
  /** Writer labels: followed by the name on the same line. */
  private static final Pattern BYLINE = Pattern.compile(WRITER_LABEL.pattern() + "(\\S.*)$");
  private static final Pattern NOT_WIDGET = Pattern.compile("[0-9٠-٩:：\"«»“”/]|\\s[-–—ـ]\\s"); // a spaced tatweel is a dash
  private static final Pattern LIST_NUMBER = Pattern.compile("[0-9٠-٩]{1,2}");
  private static final Pattern AUTHOR_LABEL = Pattern.compile("(?i)^(?:author|by|بقلم|كتب|كتبت|الكاتب|المؤلف|بواسطة)\\s*[,،:：]?$");
  /** A bare number on its own line (a view or comment counter). */
  private static final Pattern COUNTER = Pattern.compile("(?:[•·●▪]\\s*)?[0-9٠-٩][0-9٠-٩,.٬]{0,8}"); // "• 12" in a bulleted row

  /** Two or three capitalised Latin words ({@code Gulf Daily}, {@code Al-Watan}). */
  private static final Pattern LATIN_NAME = Pattern.compile("[A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,2}");

  private static boolean besideMasthead(List<Paragraph> ps, int i) {
    return (i > 0 && Masthead.isMastheadLine(ps.get(i - 1).text()))
        || (i + 1 < ps.size() && Masthead.isMastheadLine(ps.get(i + 1).text()));
  }

  @Override
  public String name() {
    return "clean.furniture";
  }

  @Override
  public Document apply(Document d) {
    List<Paragraph> ps = d.paragraphs();
    Map<Integer, String> reasons = new HashMap<>();
    for (int i = 0; i < ps.size(); i++) {
      String line = ps.get(i).text();
      if (Lines.words(line, 31) <= 30 && COPYRIGHT.matcher(line).find()) reasons.put(i, "copyright");
    }
    for (int i = 0; i < ps.size(); i++) { // the paper's masthead and its issue line above the text
      String t = ps.get(i).text();
      boolean body = Lines.isBody(t);
      boolean issue = body && Masthead.isIssueLine(t); // a line of running text ends the top unless it is the issue line
      if (body && !issue) break;
      if (Masthead.isMastheadLine(t)) reasons.put(i, "navigation");
      else if (issue || Masthead.isIssueLine(t)) reasons.put(i, "issue"); // read by meta.published
    }
    for (int i = 0; i < ps.size(); i++) { // weather, rates and the day's date in a row of widgets; a ticker
      if (!reasons.containsKey(i) && (inValueWidgetRun(ps, i) || inTickerRun(ps, i))) reasons.put(i, "furniture");
    }
    int first = -1;
    int last = -1;
    for (int i = 0; i < ps.size(); i++) {
      if (reasons.containsKey(i) || !Lines.isBody(ps.get(i).text())) continue;
      if (first < 0 && Lines.headlineAboveStamp(ps, i)) continue; // a long headline, not the text
      if (first < 0) first = i;
      last = i;
    }
    if (first < 0) return Removals.apply(d, reasons);
    int headline = -1;
    for (int i = 0; i < first && headline < 0; i++) {
      String line = ps.get(i).text();
      // (a line of running text before the first paragraph is a long headline above the stamp)
      if (!reasons.containsKey(i) && Lines.words(line) >= 4 && (Lines.isTitleLike(line) || Lines.isBody(line)) && !DateParser.isStamp(line)
          && Outlets.siteName(line).isEmpty() && !BYLINE.matcher(line.strip()).matches()) {
        headline = i;
      }
    }
    // the header between headline and text: after the headline line, or from the top when the page's
    // markup gave the headline (an HTML h1 is no paragraph)
    boolean titled = headline < 0 && d.raw() != null && d.raw().meta(org.mizan.doc.RawArticle.TITLE) != null;
    boolean firstLine = true;
    for (int i = 0; i < ps.size(); i++) {
      if (reasons.containsKey(i)) continue;
      String line = ps.get(i).text().strip();
      boolean outside = i < first || i > last;
      boolean header = i < first && (headline >= 0 ? i > headline : titled); // between headline and text
      boolean top = firstLine;
      firstLine = false;
      // the writer's profile line under the standfirst ("فلان الفلاني صحافي @handle") may follow a kept line
      if (!outside && i <= first + 2 && ps.get(i).kind() == Paragraph.Kind.PARAGRAPH && headline >= 0
          && HeaderNames.hasHandle(line) && HeaderNames.isWriterLine(ps, i)) {
        reasons.put(i, "byline");
        continue;
      }
      if (!outside || ps.get(i).kind() != Paragraph.Kind.PARAGRAPH) continue;
      if (org.mizan.meta.SourceMarkLine.isSourceLine(line)) continue; // "الموقع |": the site's source line, read by meta
      if (Outlets.siteName(line).isPresent() || (top && i < first && Outlets.named(line).isPresent())
          || (i < first && Outlets.named(line).isPresent() && besideMasthead(ps, i))) {
        reasons.put(i, "site-name"); // an ambiguous name ("الخليج") is the paper's own beside its masthead
      } else if (i < first && i > headline && headline >= 0 && LATIN_NAME.matcher(line).matches() && !Agencies.isAgency(line)) {
        reasons.put(i, "site-name"); // "Gulf Daily" alone under the headline: the source an aggregator names
      } else if (isByline(line) || (i > 0 && AUTHOR_LABEL.matcher(ps.get(i - 1).text().strip()).matches()
          && Lines.words(line) <= 6 && !Lines.isBody(line))) {
        reasons.put(i, "byline");
      } else if (header && HeaderNames.isWriterLine(ps, i)) {
        reasons.put(i, "byline"); // an unlabelled name beside the stamp, or a profile line with a handle
      } else if (headline >= 0 && i == headline + 1 && i + 1 == first && HeaderNames.isPersonName(line)
          && HeaderNames.stampAbove(ps, first)) {
        reasons.put(i, "byline"); // the one line between headline and text, the stamp printed above them
      } else if (header && HeaderNames.isPlaceLine(ps, i)) {
        reasons.put(i, "dateline"); // a place alone beside the stamp or the writer's name
      } else if (i < first && i > headline && headline >= 0 && isAgencyLine(line)) {
        reasons.put(i, "credit"); // an agency's name alone under the headline credits it
      } else if (i < first && isWidget(line) && (headline >= 0 || inWidgetRun(ps, i, first))) {
        reasons.put(i, headline >= 0 && i < headline ? "navigation" : "furniture");
      } else if (i < first && AUTHOR_LABEL.matcher(line).matches()) {
        reasons.put(i, "furniture");
      } else if (i < first && i > headline && headline >= 0 && COUNTER.matcher(line).matches()) {
        reasons.put(i, "furniture"); // a bare number between the headline and the text counts views
      }
    }
    // after the text: a run of two or more title-like lines (tags, related headlines, "most read")
    for (int i = last + 1; i < ps.size(); i++) {
      if (reasons.containsKey(i) || !isListItem(ps.get(i).text()) || SectionStructure.priceTable(ps, i)) continue;
      int j = i;
      while (j < ps.size() && (reasons.containsKey(j) || isListItem(ps.get(j).text()) && !SectionStructure.priceTable(ps, j))) j++;
      int items = 0;
      for (int k = i; k < j; k++) if (!reasons.containsKey(k)) items++;
      if (items >= 2) for (int k = i; k < j; k++) reasons.putIfAbsent(k, "related");
      i = j;
    }
    return Removals.apply(d, reasons);
  }

  /** A line that is only a news agency's name ({@code أ ش أ}, {@code رويترز}). */
  static boolean isAgencyLine(String line) {
    String key = Lines.key(line);
    return !key.isEmpty() && org.mizan.meta.Agencies.namesIn(key).contains(key);
  }

  /** {@code line} without the writer label that opens it ({@code كتب: فلان} gives {@code فلان}). */
  public static String withoutWriterLabel(String line) {
    return WRITER_LABEL.matcher(line).replaceFirst("");
  }

  /** A writer's line: {@code كتب: فلان الفلاني}, {@code بقلم فلان} (at most six words). */
  public static boolean isByline(String line) {
    var m = BYLINE.matcher(line.strip());
    return m.matches() && m.group(1) != null && Lines.words(line) <= 6 && !Lines.isBody(line)
        && !line.contains("\"") && !line.contains("«");
  }

  /** A menu item, section label or page widget: one to three words, no digits, dashes, colons or quotes. */
  static boolean isWidget(String line) {
    int w = Lines.words(line, 4);
    // "منذ سنتين", a stamp without digits, is left for the date stage to read
    return (w >= 1 && w <= 3 || line.isBlank()) && !NOT_WIDGET.matcher(line).find() && DateParser.relative(line).isEmpty();
  }

  /**
   * True when line {@code i} is one of three or more widget lines in a row: without a headline above
   * the text, a lone short line there may be the headline itself ({@code فواصل}), a run is a menu.
   */
  private static boolean inWidgetRun(List<Paragraph> ps, int i, int first) {
    return run(ps, i, first, PageFurniture::isWidget) >= 3;
  }

  /** A number with a decimal or a degree sign, glued or not to a short label: {@code 22.87°غزة}, {@code دينار أردني5.24}. */
  private static final Pattern VALUE_WIDGET = Pattern.compile("^\\s*(?:" + "[0-9٠-٩]+(?:[.,٫][0-9٠-٩]+°?|°)\\s*[\\p{L}\\s]{2,25}"
      + "|[\\p{L}\\s]{2,25}?\\s*[0-9٠-٩]+(?:[.,٫][0-9٠-٩]+°?|°)" + ")\\s*$");
  /** A news ticker's item: a clock time opening a headline, glued or not ({@code 12:46عنوان}). */
  private static final Pattern TICKER_ITEM = Pattern.compile("^\\s*[0-2]?[0-9]:[0-5][0-9]\\s*[\\p{L}\"«“]");

  static boolean isValueWidget(String line) {
    return Lines.words(line, 6) <= 5 && VALUE_WIDGET.matcher(line).matches();
  }

  /**
   * Line {@code i} is one of three or more value widgets in a row (weather by city, exchange rates), or a
   * date stamp between two of them: the day's date a widget shows, not the article's.
   */
  static boolean inValueWidgetRun(List<Paragraph> ps, int i) {
    String line = ps.get(i).text();
    if (!isValueWidget(line)) {
      // the neighbours first: a stamp test on every line of every page costs a normalisation each
      return i > 0 && i + 1 < ps.size() && isValueWidget(ps.get(i - 1).text()) && isValueWidget(ps.get(i + 1).text())
          && DateParser.isStamp(line);
    }
    return run(ps, i, ps.size(), PageFurniture::isValueWidgetOrStamp) >= 3;
  }

  private static boolean isValueWidgetOrStamp(String line) {
    return isValueWidget(line) || DateParser.isStamp(line);
  }

  /** Line {@code i} is one of three or more short lines in a row opening with a clock time: a news ticker. */
  static boolean inTickerRun(List<Paragraph> ps, int i) {
    return isTickerItem(ps.get(i).text()) && run(ps, i, ps.size(), PageFurniture::isTickerItem) >= 3;
  }

  private static boolean isTickerItem(String line) {
    char end = Lines.lastChar(line); // a ticker's headlines may be long, but end with no full stop
    return Lines.words(line, 25) <= 24 && TICKER_ITEM.matcher(line).find() && end != '.' && end != '؛';
  }

  /** The length of the run of lines around {@code i}, before line {@code end}, that {@code test} accepts. */
  private static int run(List<Paragraph> ps, int i, int end, java.util.function.Predicate<String> test) {
    int from = i;
    int to = i;
    while (from > 0 && test.test(ps.get(from - 1).text())) from--;
    while (to + 1 < end && test.test(ps.get(to + 1).text())) to++;
    return to - from + 1;
  }

  /** A tag, related headline or list number after the text: title-like, at most twelve words. */
  static boolean isListItem(String line) {
    String s = line.strip();
    if (LIST_NUMBER.matcher(s).matches()) return true;
    // a long question or exclamation is the writer's, not a link ("لماذا … الأطراف؟!")
    char end = s.isEmpty() ? 0 : s.charAt(s.length() - 1);
    if ((end == '؟' || end == '?' || end == '!') && Lines.words(s) >= 8) return false;
    return Lines.isTitleLike(s) && Lines.words(s) <= 12 && !s.contains(":") && !DateParser.isStamp(s)
        && !SectionStructure.brokenSentence(s);
  }
}
