package org.mizan.meta;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mizan.clean.BoilerplateRemover;
import org.mizan.clean.HeaderNames;
import org.mizan.clean.Lines;
import org.mizan.clean.PageFurniture;
import org.mizan.doc.Document;
import org.mizan.doc.Paragraph;
import org.mizan.doc.RawArticle;
import org.mizan.doc.Removed;
import org.mizan.pipeline.DocumentStage;
import org.mizan.text.ArabicNormalization;

/**
 * {@code meta.attribution}: who published the article and whom it credits, kept apart. The outlet
 * comes from the container's site name, else the removed credit lines ({@code المصدر: …}, a
 * dash-separated credit line, a site-name line), else the feed's source field, else the URL host;
 * an agency is never the outlet. Credited sources are the names of credit lines and the agencies
 * the body cites ({@code وكالة "…"}, {@code وفقا لـ"…"}, {@code (رويترز)}); captions are not
 * credits. The dateline and byline come from the lines around the start of the text, cut from it
 * ({@link DatelineReader}: {@code المكان - الكاتب -}, {@code المكان/ الكاتب/ الوكالة}, wire openings), from
 * the page header ({@link HeaderNames}: a name or place beside the stamp), or from the page's author
 * field ({@link AuthorField}: {@code لندن: الكاتب}, {@code الكاتب (جدة)}).
 */
public final class Attribution implements DocumentStage {
  /** The words that label a credit line ({@code المصدر: …}), as a regex alternation. */
  public static final String CREDIT_WORDS = "المصدر|مصدر الخبر|المصادر";
  private static final Pattern CREDIT_LABEL = Pattern.compile("(?:" + CREDIT_WORDS + ")\\s*[:：]\\s*(.+)$");
  private static final Pattern NAME_SPLIT = Pattern.compile("\\s*[-–—|/،,+]\\s*|\\s+و(?=\\S)(?!كالات)");
  private static final Pattern QUOTED_AFTER = Pattern.compile(
      "(?:وكالة(?:\\s+الأنباء|\\s+أنباء)?|وفقا\\s*ل|وفقاً\\s*ل|طبقا\\s*ل|نقلا\\s+عن|نقلاً\\s+عن|بحسب|حسب)\\s*[\"“«]([^\"”»]{2,40})[\"”»]");
  private static final String[] TRIGGERS = {"وكالة", "وفقا", "وفقاً", "طبقا", "نقلا", "نقلاً", "بحسب", "حسب"};
  private static final Pattern QUOTED = Pattern.compile("[\"“«(]([^\"”»()]{2,30})[\"”»)]");
  private static final Pattern AFTER_AGENCY_WORD = Pattern.compile("وكالة\\s+((?:\\S+\\s*){1,4})");
  private static final Pattern WRITER_WORD = Pattern.compile(PageFurniture.WRITER_WORDS);
  /** Editors' initials before a signature: {@code ع.ج.م/ ح.ز}, or nothing. */
  private static final Pattern WEB_ADDRESS =
      Pattern.compile("(?i)(?:https?://)?[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.[a-z]{2,}(?:/\\S*)?");
  private static final Pattern INITIALS = Pattern.compile(
      "(?:\\p{L}{1,2}(?:\\.\\p{L}{1,2})+\\.?(?:\\s*/\\s*\\p{L}{1,2}(?:\\.\\p{L}{1,2})+\\.?)*\\s*/?)?");

  @Override
  public String name() {
    return "meta.attribution";
  }

  @Override
  public Document apply(Document d) {
    RawArticle raw = d.raw();
    Map<String, String> credited = new LinkedHashMap<>(); // matching form → display
    String creditOutlet = null;
    String siteLine = null;
    for (Removed r : d.removed()) {
      if (!r.reason().equals("credit")) continue;
      List<String> names = creditNames(r.text());
      // a bare web address the list does not know is a writer's or a sponsor's site, neither the
      // outlet nor a source (a columnist's www.name.com under the column)
      if (WEB_ADDRESS.matcher(r.text().strip()).matches() && Outlets.named(r.text().strip()).isEmpty()) continue;
      if (names.isEmpty() && BoilerplateRemover.isSiteNameLine(r.text())) {
        if (siteLine == null) siteLine = siteName(r.text());
        continue;
      }
      boolean labelled = CREDIT_LABEL.matcher(stripMarks(r.text())).find();
      for (String n : names) {
        // "المصدر: X" credits X; on a dash-separated credit line the first name is the outlet itself
        boolean outletName = creditOutlet == null && !Agencies.isAgency(n) && !Agencies.namesAnAgency(n);
        if (outletName) creditOutlet = n;
        if (labelled || !outletName) credited.putIfAbsent(Lines.key(n), n);
      }
    }
    java.util.Optional<String> feed = FeedFooter.site(d); // "The post … first appeared on الصحيفة."
    if (feed.isPresent()) {
      credited.putIfAbsent(Lines.key(feed.get()), display(feed.get()));
      if (creditOutlet == null) creditOutlet = Outlets.named(feed.get()).orElse(display(feed.get()));
    }
    String siteOutlet = null; // a site-name line ("سكاي نيوز عربية")
    String plainSite = null; // the first site-name line no common word spells (not "الأخبار", a section too)
    String writer = null; // a writer's line ("كتب: فلان")
    String bylineSite = null; // a site's name in the writer's slot ("نشر" / "الموقع نيوز")
    String headerPlace = null; // a place line beside the stamp, or bracketed on the writer's line
    for (Removed r : d.removed()) {
      if (r.reason().equals("site-name") && plainSite == null && Outlets.siteName(r.text()).isPresent()) plainSite = Outlets.siteName(r.text()).get();
      if (r.reason().equals("site-name") && siteOutlet == null) siteOutlet = Outlets.named(r.text()).orElse(display(r.text()));
      if (r.reason().equals("dateline") && headerPlace == null) headerPlace = display(r.text());
      if ((r.reason().equals("byline") || r.reason().equals("furniture")) && bylineSite == null && r.text().strip().matches("[\\p{L}\\p{M} ]+")
          && Lines.words(r.text()) <= 4 && DatelineReader.isSiteName(r.text().strip())) {
        bylineSite = display(r.text().strip()); // "نشر" / "الموقع نيوز": the site's own account, no writer
        continue;
      }
      if (r.reason().equals("byline") && writer == null) {
        String line = PageFurniture.withoutWriterLabel(stripMarks(r.text()).strip());
        String named = HeaderNames.writerOf(line); // "فلان (جدة) name@": the name before the handle
        String w = display(named != null ? named : line);
        if (Lines.words(w) >= 1 && Lines.words(w) <= 5) writer = w;
        if (headerPlace == null) headerPlace = HeaderNames.placeOf(line);
      }
    }
    // dateline and byline
    DatelineReader lines = new DatelineReader(d, credited).read();
    List<Paragraph> ps = lines.ps;
    List<Removed> removed = lines.removed;
    String dateline = lines.dateline;
    String byline = lines.byline;
    String lineOutlet = lines.lineOutlet;
    if (plainSite != null) siteOutlet = plainSite;
    if (dateline == null && headerPlace != null) dateline = headerPlace;
    String author = raw == null ? null : raw.meta(RawArticle.AUTHOR);
    // a writer's or a genre's label read as a place ("إعداد - فلان", "تقرير - فلان")
    if (dateline != null && (WRITER_WORD.matcher(dateline).matches() || GenreLabels.isLabel(dateline) || GenreLabels.isDesk(dateline))) {
      dateline = null;
    }
    // an author field that is the dateline again ("الصحيفة- المكان") names no writer
    if (author != null && dateline != null && Lines.containsWords(Lines.key(author), Lines.key(dateline))
        && java.util.Arrays.stream(author.split("[-–—:]")).anyMatch(p -> Outlets.isPublisher(p.strip()))) {
      author = null;
    }
    if (author != null && !author.isBlank()) {
      // "الرياض - فلان:", "فلان (جدة)", "جدة - واس": writer, place and agency apart
      AuthorField.Parsed field = AuthorField.parse(author, Outlets.forUrl(d.url()).orElse(null));
      if (byline == null) byline = field.writer();
      if (dateline == null) dateline = field.place();
      for (String c : field.credits()) credited.putIfAbsent(Lines.key(c), c);
    }
    // agencies cited in the body
    for (Paragraph p : ps) for (String n : citedIn(p.text())) credited.putIfAbsent(Lines.key(n), n);
    // a signature line of agencies, wherever the cleaner put it: (د ب أ، رويترز), مع أ ف ب
    for (Removed r : d.removed()) for (String n : signature(r.text())) credited.putIfAbsent(Lines.key(n), n);
    if (!ps.isEmpty()) for (String n : signature(ps.get(ps.size() - 1).text())) credited.putIfAbsent(Lines.key(n), n);

    if (byline == null) byline = writer;
    // the page's address first: a known outlet's site is who published it, whatever a line says
    String outlet = Outlets.forUrl(d.url()).orElse(null);
    if (outlet == null) outlet = known(meta(raw, RawArticle.SITE_NAME));
    if (outlet == null) outlet = creditOutlet;
    if (outlet == null) outlet = lineOutlet;
    if (outlet == null) outlet = bylineSite;
    if (outlet == null) outlet = siteOutlet;
    if (outlet == null) outlet = siteLine;
    if (outlet == null) outlet = interviewer(d.removed());
    if (outlet == null) outlet = known(meta(raw, RawArticle.SOURCE));
    if (outlet == null) outlet = host(d.url());
    Document out = d.withBody(ps, removed);
    return out.withMetadata(out.headline(), out.published(), outlet, List.copyOf(credited.values()), dateline, byline);
  }

  /** {@code خلال حواره مع «الصحيفة»}: an interview word, {@code مع} or {@code لـ}, and a name in quotes. */
  private static final Pattern INTERVIEW_WITH = Pattern.compile(
      "(?:حوار|حديث|مقابل)\\p{L}{0,3}\\s+(?:مع\\s*|لـ\\s*|ل)[«\"“]([^»\"”]{2,30})[»\"”]");

  /**
   * A short caption naming the pictured people and the site's correspondent ({@code فلان ومراسل الموقع}): the
   * name after the correspondent word is the site's. Captions only.
   */
  static final Pattern CORRESPONDENT_CAPTION = Pattern.compile(
      "^\\s*\\p{L}+(?:\\s\\p{L}+){0,3}\\s+و\\s?مراسل(?:ة|ي)?\\s+(\\p{L}+(?:\\s\\p{L}+)?)\\s*$");

  /**
   * The paper a photo caption says the pictured guest speaks to ({@code فلان خلال حواره مع «الصحيفة»}): the
   * paper's own interview, so its outlet. Captions only: the text cites other outlets' interviews.
   */
  static String interviewer(List<Removed> removed) {
    for (Removed r : removed) {
      if (!r.reason().equals("caption")) continue;
      Matcher m = INTERVIEW_WITH.matcher(r.text());
      if (m.find() && Lines.words(m.group(1)) <= 4) return Outlets.named(m.group(1)).orElse(display(m.group(1)));
      Matcher c = CORRESPONDENT_CAPTION.matcher(r.text());
      if (c.matches()) return Outlets.named(c.group(1)).orElse(display(c.group(1)));
    }
    return null;
  }

  /** Names on a credit line: after a credit label, or the dash-separated parts of a credit line. */
  static List<String> creditNames(String line) {
    List<String> out = new ArrayList<>();
    Matcher m = CREDIT_LABEL.matcher(stripMarks(line));
    String names = null;
    if (m.find()) names = m.group(1);
    else if (BoilerplateRemover.isCreditLine(line)) names = line;
    else if (Agencies.isAgency(line) && Agencies.namesIn(Lines.key(line)).contains(Lines.key(line))) names = line; // "أ ش أ" alone
    if (names == null) return out;
    for (String part : NAME_SPLIT.split(names)) {
      String n = display(part);
      if (Lines.words(n) >= 1 && Lines.words(n) <= 5) out.add(n);
    }
    return out;
  }

  /**
   * The agencies of a signature line: a short line that names only agencies, in brackets or after
   * {@code مع}, maybe after the editors' initials ({@code ع.ج.م/ ح.ز (د ب أ، رويترز)}, {@code مع أ ف ب});
   * empty for any other line.
   */
  static List<String> signature(String line) {
    String t = stripMarks(line).strip();
    if (t.isEmpty() || Lines.words(t, 11) > 10) return List.of();
    int open = t.indexOf('(');
    if (open >= 0 && t.endsWith(")")) {
      if (!INITIALS.matcher(t.substring(0, open).strip()).matches()) return List.of();
      t = t.substring(open + 1, t.length() - 1);
    } else if (t.startsWith("مع ")) {
      t = t.substring(3);
    } else {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (String part : NAME_SPLIT.split(t.strip())) {
      if (isGeneric(part)) continue;
      if (!Agencies.isAgency(part)) return List.of();
      out.add(name(part));
    }
    return out;
  }

  /** Sources the text cites by name: {@code وكالة "…"}, {@code وفقا لـ"…"}, a known agency in quotes or brackets. */
  static List<String> citedIn(String text) {
    String t = stripMarks(text);
    List<String> out = new ArrayList<>();
    boolean agencyWord = t.contains("وكالة");
    Matcher m;
    // the patterns open with a trigger word: try them only where one occurs (hot path)
    m = QUOTED_AFTER.matcher(t);
    for (String trigger : TRIGGERS) {
      for (int at = t.indexOf(trigger); at >= 0; at = t.indexOf(trigger, at + 1)) {
        m.region(at, Math.min(t.length(), at + 80));
        if (m.lookingAt()) out.add(name(m.group(1)));
      }
    }
    m = QUOTED.matcher(t);
    while (m.find()) if (Agencies.isAgency(m.group(1)) && !isGeneric(m.group(1))) out.add(name(m.group(1)));
    if (!agencyWord) return out;
    m = AFTER_AGENCY_WORD.matcher(t);
    for (int at = t.indexOf("وكالة"); at >= 0; at = t.indexOf("وكالة", at + 1)) {
      m.region(at, Math.min(t.length(), at + 80));
      if (!m.lookingAt()) continue;
      List<String> names = Agencies.namesIn(Lines.key(m.group(1)));
      if (!names.isEmpty() && Lines.key(m.group(1)).startsWith(names.get(0))) {
        String key = names.get(0);
        out.add(name(firstWords(m.group(1), key.split(" ").length)));
      }
    }
    return out;
  }

  private static boolean isGeneric(String name) {
    return Lines.key(name).equals("وكالات");
  }

  private static String firstWords(String s, int n) {
    var toks = Lines.tokens(s);
    return s.substring(0, toks.get(Math.min(n, toks.size()) - 1).end());
  }

  private static String siteName(String line) {
    StringBuilder arabic = new StringBuilder();
    for (String w : line.strip().split("\\s+")) {
      if (!w.isEmpty() && ArabicNormalization.isArabicLetter(w.charAt(0))) arabic.append(w).append(' ');
    }
    String s = display(arabic.toString());
    return s.isEmpty() ? display(line) : s;
  }

  private static String meta(RawArticle raw, String key) {
    if (raw == null) return null;
    String v = raw.meta(key);
    return v == null || v.isBlank() ? null : display(v);
  }

  /** A stated outlet name in the list's display form ({@code Al Jazeera} → {@code الجزيرة}), else as given. */
  private static String known(String name) {
    return name == null ? null : Outlets.named(name).orElse(name);
  }

  static String host(String url) {
    URI u = Outlets.uri(url);
    String h = u == null ? null : u.getHost();
    if (h == null) return null;
    return h.startsWith("www.") ? h.substring(4) : h;
  }

  private static final Pattern GLUED_DIGITS = Pattern.compile("\\p{L}[0-9٠-٩]+\\s*$|^\\s*[0-9٠-٩]+\\p{L}");

  /** Display form of a name: no diacritics or tatweel, no stray digits, quotes or punctuation at the ends. */
  static String display(String s) {
    // a digit glued to a name is a footnote mark (الوطن١), unless the name with it is an outlet's (عربي21);
    // a separate number belongs to it (فرانس 24)
    String marked = stripMarks(s);
    String t = GLUED_DIGITS.matcher(marked).find() && Outlets.named(name(marked)).isPresent() ? marked
        : marked.replaceAll("(?<=\\p{L})[0-9٠-٩]+$", "").replaceAll("^[0-9٠-٩]+(?=\\p{L})", "");
    t = t.replaceAll("^[\\s\\p{P}]+|[\\s\\p{P}]+$", "");
    return t.replaceAll("\\s+", " ");
  }

  /** Display form of a cited name, digits kept ({@code فرانس 24}). */
  private static String name(String s) {
    return stripMarks(s).replaceAll("^[\\s\\p{P}]+|[\\s\\p{P}]+$", "").replaceAll("\\s+", " ");
  }

  static String stripMarks(String s) {
    int first = 0;
    while (first < s.length() && !ArabicNormalization.isMark(s.charAt(first))) first++;
    if (first == s.length()) return s; // most lines carry no marks: no copy (hot path)
    char[] buf = new char[s.length()];
    s.getChars(0, first, buf, 0);
    int n = first;
    for (int i = first + 1; i < s.length(); i++) if (!ArabicNormalization.isMark(s.charAt(i))) buf[n++] = s.charAt(i);
    return new String(buf, 0, n);
  }
}
