package org.mizan.meta;

import static org.mizan.meta.Attribution.display;
import static org.mizan.meta.Outlets.isPublisher;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mizan.clean.HeaderNames;
import org.mizan.clean.Lines;
import org.mizan.clean.PageFurniture;
import org.mizan.doc.Document;
import org.mizan.doc.Paragraph;
import org.mizan.doc.Removed;

/**
 * The dateline and byline of one article for {@link Attribution}, read from the lines around the start
 * of its text, in order: a place beside the outlet's name ({@code دمشق: «الصحيفة»}, {@code الموقع - المكان}),
 * else the opening of the text ({@code المكان - الكاتب -}, {@code المكان (الوكالة) -}, a wire opening, a
 * publisher and a known place), else the line right above the text ({@code المكان/ الكاتب/ الوكالة},
 * {@code طوكيو 01- واس}, {@code المكان - الكاتب}). What it reads is cut from the text and kept as a
 * {@code dateline} removal; credited names go into the map it was given.
 */
final class DatelineReader {
  private static final Pattern DATELINE = Pattern.compile(
      "^\\s*([\\p{L}\\s]{2,30}?)\\s*[-–—]\\s*([\\p{L}\\s.]{2,40}?)\\s*[-–—:]\\s+");
  /** {@code الرياض - أعلن …}: a place and a dash opening the text, nothing else. */
  private static final Pattern PLACE_DASH = Pattern.compile("^\\s*\\(?([\\p{L}\\p{M}\\s]{2,30}?)\\)?\\s*[-–—]+\\s*(?=\\p{L})");
  private static final Pattern LATIN_LEAD = Pattern.compile("^\\s*(?:[A-Za-z]+\\s+)+(?=\\p{IsArabic})");
  private static final Pattern WRITER_WORD = Pattern.compile(PageFurniture.WRITER_WORDS);
  private static final Pattern DATELINE_AGENCY = Pattern.compile("^\\s*([\\p{L}\\s،,]{2,40}?)\\s*\\(([^)]{2,30})\\)\\s*[-–—:]*\\s*");
  /** {@code دمشق: «الشرق الأوسط»}, {@code لندن-"القدس العربي":}: a place and the outlet's name in quotes. */
  private static final Pattern PLACE_QUOTED = Pattern.compile(
      "^\\s*([\\p{L}\\p{M}\\s]{2,30}?)\\s*[-–—:：]?\\s*[«\"“]([^»\"”]{2,40})[»\"”]\\s*([:：-]?)\\s*");
  /** {@code سكاي نيوز عربية - أبوظبي}: an outlet's name and a place. */
  private static final Pattern NAME_PLACE = Pattern.compile("^\\s*(.{2,40}?)\\s*[-–—]\\s*([\\p{L}\\p{M}\\s]{2,30}?)\\s*$");

  /** Bracketed words after a place that name no publisher ({@code (خاص)}). */
  private static final java.util.Set<String> NOT_PUBLISHERS =
      org.mizan.text.WordList.normalized(DatelineReader.class, "/org/mizan/meta/bracket-not-publishers.txt");

  /** The dashes and bars between the parts of a dateline line. */
  private static final Pattern SEPARATORS = Pattern.compile("\\s+[-–—|ـ]\\s+|\\s*[-–—]\\s+|\\s+[-–—]\\s*"); // a spaced tatweel is a dash too

  final List<Paragraph> ps;
  final List<Removed> removed;
  private final Map<String, String> credited;
  String dateline;
  String byline;
  /** The outlet a place-and-outlet line names, or null. */
  String lineOutlet;
  /** The first paragraph of running text. */
  private int at;

  /** The page read. */
  private final Document doc;

  DatelineReader(Document d, Map<String, String> credited) {
    this.doc = d;
    this.ps = new ArrayList<>(d.paragraphs());
    this.removed = new ArrayList<>(d.removed());
    this.credited = credited;
    while (at < ps.size() && !Lines.isBody(ps.get(at).text())) at++;
  }

  /** Nouns that name a medium when they open a name ({@code شبكة …}, {@code موقع …}). */
  private static final java.util.Set<String> MEDIUM_WORDS =
      org.mizan.text.WordList.normalized(DatelineReader.class, "/org/mizan/meta/medium-words.txt");

  /** Words that close a site's name ({@code برس}, {@code نيوز}). */
  private static final java.util.Set<String> SITE_TAILS =
      org.mizan.text.WordList.normalized(DatelineReader.class, "/org/mizan/meta/site-name-tails.txt");

  /**
   * True for a name that is a site's rather than a person's: no person's name check accepts it, or its
   * first word has the article ({@code النبأ الجديد}), or it opens with a medium noun or ends with a site word
   * ({@code شبكة …}, {@code … برس}).
   */
  static boolean siteLike(String name) {
    String[] w = org.mizan.text.ArabicNormalization.normalize(name.strip()).split("\\s+");
    return !HeaderNames.isPersonName(name) || w[0].startsWith("ال") || MEDIUM_WORDS.contains(w[0])
        || SITE_TAILS.contains(w[w.length - 1]);
  }

  /**
   * True for a name only a site bears: a known outlet, or a name opening with a medium noun or closing with
   * a site word ({@code شبكة …}, {@code … نيوز}, {@code … اليوم}).
   */
  static boolean isSiteName(String name) {
    String[] w = org.mizan.text.ArabicNormalization.normalize(name.strip()).split("\\s+");
    return MEDIUM_WORDS.contains(w[0]) || SITE_TAILS.contains(w[w.length - 1]) || Outlets.named(name).isPresent();
  }

  /** A person's name of two or three words, no outlet even mistyped, before a place of the list. */
  private static boolean writerBeforePlace(String name, String place) {
    return Lines.words(name) <= 3 && HeaderNames.isPersonName(name) && !Outlets.mayBeOutlet(name) && HeaderNames.isPlace(place)
        && !MEDIUM_WORDS.contains(org.mizan.text.ArabicNormalization.normalize(name.strip().split("\\s+")[0]));
  }

  /**
   * True for a line naming the outlet beside a place ({@code الموقع - المكان}, {@code المكان - الموقع},
   * {@code المكان: «الموقع»}): a dateline line of the page, never its headline.
   */
  static boolean isOutletLine(String line) {
    if (Lines.words(line) > 8) return false;
    Matcher q = PLACE_QUOTED.matcher(line);
    if (q.lookingAt() && q.end() == line.length() && Lines.words(q.group(1)) <= 3 && Lines.words(q.group(2)) <= 4
        && (HeaderNames.isPlace(q.group(1)) || Outlets.named(q.group(2)).isPresent())) { // not «…» in a headline
      return true;
    }
    Matcher n = NAME_PLACE.matcher(line);
    return n.matches() && Lines.words(n.group(2)) <= 3 && (Outlets.named(n.group(1)).isPresent()
        || (Lines.words(n.group(1)) <= 3 && Outlets.siteName(n.group(2)).isPresent()));
  }

  /**
   * True for a short line that only says where the text comes from and who sends it: a known place
   * alone ({@code تونس}), or two names of at most three words around a dash, maybe ending in a colon,
   * the first a known place or a news agency ({@code نواكشوط - الموقع:}, {@code الوكالة - الموقع}).
   * Such a line above the text is its dateline, never its headline.
   */
  static boolean isSourceLine(String line) {
    String s = line.strip().replaceFirst("\\s*[:：]$", "");
    if (s.isEmpty() || Lines.words(s) > 6 || s.matches(".*[0-9٠-٩].*")) return false;
    if (HeaderNames.isPlace(s)) return true;
    String[] parts = SEPARATORS.split(s);
    return parts.length == 2 && Lines.words(parts[0]) <= 3 && Lines.words(parts[1]) <= 3
        && (HeaderNames.isPlace(parts[0]) || Agencies.isAgency(parts[0]));
  }

  /** {@code الموقع 24 :}, {@code 24 الموقع}: one word and a number of at most three digits, maybe a colon after. */
  private static final Pattern NUMBERED_NAME = Pattern.compile(
      "^\\s*(\\p{L}{2,}\\s+[0-9٠-٩]{1,3}|[0-9٠-٩]{1,3}\\s+\\p{L}{2,})\\s*[:：]?\\s*$");

  /**
   * True for a site's name that holds a number, alone on its line ({@code الموقع 24 :}): no headline
   * is a word and a number, and above the text the line names the outlet.
   */
  static boolean isNumberedSiteName(String line) {
    Matcher m = NUMBERED_NAME.matcher(line);
    return m.matches() && !DateParser.isStamp(line) && !DateParser.isMonthName(m.group(1).replaceAll("[0-9٠-٩\\s]", ""));
  }

  /**
   * True for a whole line {@code الموقع 7 – المدينة}: a site's name holding a number, a dash and a known place
   * (the forms without a number are read with the other dash lines).
   */
  static boolean isNumberedSitePlace(String line) {
    java.util.Optional<SitePlaceLine.Reading> r = SitePlaceLine.read(line);
    return r.isPresent() && r.get().end() == line.length() && r.get().site().matches(".*[0-9٠-٩].*");
  }

  /** {@code طرابلس – 01 مارس 2021م}: a known place and a date, the dateline with the day. */
  static boolean isPlaceDateLine(String line) {
    String[] parts = SEPARATORS.split(line.strip());
    return parts.length == 2 && HeaderNames.isPlace(parts[0]) && DateParser.isDateOnly(parts[1]);
  }

  /** Reads the dateline and byline; returns this. */
  DatelineReader read() {
    markedLine();
    outletLine();
    if (at < ps.size() && lineOutlet == null) opening();
    if (dateline == null && lineOutlet == null && at > 0 && at < ps.size()) lineAboveText();
    if (dateline == null && lineOutlet == null) lineInText();
    if (lineOutlet == null) echoedName();
    return this;
  }

  /**
   * A source line written with marks ({@link SourceMarkLine}: {@code الموقع../}, {@code المكان_الموقع:}) above the
   * text or as its first line (a colon makes it read as text): the outlet, credited, and the place.
   */
  private void markedLine() {
    for (int i = 0; i <= Math.min(at, ps.size() - 1); i++) {
      String text = ps.get(i).text();
      java.util.Optional<SourceMarkLine.Reading> r = SourceMarkLine.read(text);
      if (r.isEmpty() && i == at) r = SourceMarkLine.opening(text);
      if (r.isEmpty()) continue; // the form is the site's own, even where a line was read as a subheading
      if (r.get().place() != null) dateline = display(r.get().place());
      if (r.get().site() != null) {
        lineOutlet = Outlets.named(r.get().site()).orElse(display(r.get().site()));
        credited.putIfAbsent(Lines.key(r.get().site()), display(r.get().site()));
      }
      if (r.get().agency() != null) credited.putIfAbsent(Lines.key(r.get().agency()), display(r.get().agency()));
      if (r.get().end() < text.length()) { // glued to the first sentence: only the opening goes
        removed.add(new Removed(text.substring(0, r.get().end()).strip(), "dateline"));
        ps.set(i, new Paragraph(text.substring(r.get().end()).strip(), ps.get(i).kind()));
        return;
      }
      removed.add(new Removed(text.strip(), r.get().site() == null ? "byline" : "dateline")); // an agency's signature
      ps.remove(i);
      at = i < at ? at - 1 : at;
      while (at < ps.size() && !Lines.isBody(ps.get(at).text())) at++;
      return;
    }
  }

  /** The site's name printed above the text and again in the foot ({@link EchoedSiteName}): the outlet, credited. */
  private void echoedName() {
    for (int i = 0; i < Math.min(at, ps.size()); i++) {
      String text = ps.get(i).text();
      if (ps.get(i).kind() != Paragraph.Kind.PARAGRAPH || !EchoedSiteName.isEchoed(doc, text)) continue;
      String name = text.strip();
      lineOutlet = Outlets.named(name).orElse(display(name));
      credited.putIfAbsent(Lines.key(name), display(name));
      removed.add(new Removed(name, "site-name"));
      ps.remove(i);
      at--;
      return;
    }
  }

  /** True for a source line written with marks ({@link SourceMarkLine}): {@code الموقع../}, {@code المكان_الموقع:}. */
  static boolean isSourceMarkLine(String line) {
    return SourceMarkLine.read(line).isPresent();
  }

  /**
   * {@code الموقع – البلد} alone on a line among the first paragraphs (a channel's story pasted whole, its
   * dateline line under the lede): the place is the dateline, the name the outlet.
   */
  private void lineInText() {
    for (int i = at + 1; i < Math.min(ps.size(), at + 4); i++) {
      String text = ps.get(i).text();
      java.util.Optional<SitePlaceLine.Reading> r = SitePlaceLine.read(text);
      if (r.isEmpty() || r.get().end() < text.length()) continue; // a short line between paragraphs may read as a subheading
      dateline = display(r.get().place());
      lineOutlet = Outlets.named(r.get().site()).orElse(display(r.get().site()));
      credited.putIfAbsent(Lines.key(r.get().site()), display(r.get().site()));
      removed.add(new Removed(text.strip(), "dateline"));
      ps.remove(i);
      return;
    }
  }

  /** A place beside the outlet's name, on its own line above the text or opening it. */
  private void outletLine() {
    for (int i = 0; i <= Math.min(at, ps.size() - 1) && lineOutlet == null; i++) {
      String text = ps.get(i).text();
      Matcher q = PLACE_QUOTED.matcher(text);
      Matcher n = NAME_PLACE.matcher(text);
      String cut = null;
      if (q.lookingAt() && Lines.words(q.group(1)) <= 3 && Lines.words(q.group(2)) <= 4
          && (i < at ? q.end() == text.length() : !q.group(3).isEmpty())) {
        dateline = display(q.group(1));
        lineOutlet = Outlets.named(q.group(2)).orElse(display(q.group(2)));
        credited.putIfAbsent(Lines.key(q.group(2)), display(q.group(2)));
        cut = q.group();
      } else if (i < at && n.matches() && Lines.words(n.group(2)) <= 3 && Outlets.named(n.group(1)).isPresent()) {
        // "الموقع - أبوظبي" names a place; "الموقع - فلان الفلاني" (two words or more) its writer
        if (Lines.words(n.group(2)) == 1) dateline = display(n.group(2));
        else byline = display(n.group(2));
        lineOutlet = Outlets.named(n.group(1)).get();
        credited.putIfAbsent(Lines.key(n.group(1)), display(n.group(1)));
        cut = text;
      } else if (i < at && n.matches() && Lines.words(n.group(1)) <= 3 && Outlets.siteName(n.group(2)).isPresent()) {
        dateline = display(n.group(1)); // "المكان - الموقع", the name unambiguous (a city may come second too)
        lineOutlet = Outlets.siteName(n.group(2)).get();
        credited.putIfAbsent(Lines.key(n.group(2)), display(n.group(2)));
        cut = text;
      }
      if (cut == null) continue;
      removed.add(new Removed(cut.strip(), "dateline"));
      if (i < at) {
        ps.remove(i);
        at--;
        appendedArticles(cut.strip());
      } else {
        ps.set(i, new Paragraph(text.substring(cut.length()).strip(), ps.get(i).kind()));
      }
    }
  }

  /**
   * A later paragraph opening with the outlet's own dateline line ({@code الموقع - المكان أعلنت …}) starts
   * another article the page appends (the next item of the site's list): it goes, with all after it.
   */
  private void appendedArticles(String datelineLine) {
    String k = Lines.key(datelineLine) + " ";
    for (int j = at + 1; j < ps.size(); j++) {
      if (!Lines.key(ps.get(j).text()).startsWith(k)) continue;
      while (ps.size() > j) removed.add(new Removed(ps.remove(j).text(), "appended-article"));
      return;
    }
  }

  /**
   * A known place, a dash (a tatweel too) and the site a feed's footer names opening the text, glued to its first
   * sentence ({@code المكان ـ الصحيفة وصل …}): the paper's dateline; null when the page has no such footer.
   */
  private Matcher feedOpening(String text) {
    java.util.Optional<String> site = FeedFooter.site(doc);
    if (site.isEmpty()) return null;
    Matcher f = Pattern.compile("^\\s*([\\p{L}\\p{M}]+(?:\\s[\\p{L}\\p{M}]+)?)\\s*[-–—ـ]+\\s*(" + Pattern.quote(site.get()) + ")\\s+")
        .matcher(text);
    return f.lookingAt() && HeaderNames.isPlace(f.group(1).strip()) ? f : null;
  }

  /** The opening of the text: {@code المكان - الكاتب -}, {@code المكان (الوكالة) -}, a wire opening. */
  private void opening() {
    String text = ps.get(at).text();
    Matcher m = DATELINE.matcher(text);
    Matcher a = DATELINE_AGENCY.matcher(text);
    String cut = null;
    java.util.Optional<AgencyDateline.Opening> wire;
    java.util.Optional<PublisherOpening.Opening> named;
    java.util.Optional<SitePlaceLine.Reading> siteAndPlace = SitePlaceLine.read(text);
    Matcher fed = feedOpening(text);
    if (fed != null) { // "المكان ـ الصحيفة وصل …", the paper the feed's footer names
      dateline = display(fed.group(1));
      lineOutlet = display(fed.group(2));
      credited.putIfAbsent(Lines.key(fed.group(2)), display(fed.group(2)));
      cut = fed.group();
    } else if (m.find() && Lines.words(m.group(1)) <= 3 && Lines.words(m.group(2)) <= 4) {
      String first = display(m.group(1));
      String who = display(m.group(2));
      if (WRITER_WORD.matcher(first).matches()) { // "كتب- فلان:" names a writer, not a place
        byline = who;
      } else if (isPublisher(first) && isPublisher(who)) { // "الصحيفة - وكالات:": no place
        if (Agencies.isAgency(who)) credited.putIfAbsent(Lines.key(who), who);
      } else if (isPublisher(first)) { // "الصحيفة - المكان:", "الوكالة- المكان:"
        dateline = who;
        if (Agencies.isAgency(first)) credited.putIfAbsent(Lines.key(first), first);
      } else if (Outlets.named(who).isPresent() && !Agencies.isAgency(who) && !isPublisher(first) && Lines.words(first) >= 2) {
        byline = first; // "الكاتب - الصحيفة -": the outlet's own reporter
      } else if (writerBeforePlace(first, who)) { // "فلان الفلاني - المكان -"
        dateline = who;
        byline = first;
      } else if (HeaderNames.isPlace(who) && !HeaderNames.isPlace(first) && !Agencies.isAgency(who)) {
        dateline = who; // "الموقع - المكان -": a name no list knows before a known place is the publisher
        lineOutlet = first;
        credited.putIfAbsent(Lines.key(first), first);
      } else {
        dateline = first;
        if (Agencies.isAgency(who)) credited.putIfAbsent(Lines.key(who), who);
        else byline = who;
      }
      cut = m.group();
    } else if (a.find() && Lines.words(a.group(1)) <= (a.group(1).matches(".*[،,].*") ? 5 : 3)
        && (Agencies.isAgency(a.group(2)) || Outlets.named(a.group(2)).isPresent() || bracketedPublisher(a))) {
      dateline = display(a.group(1));
      credited.putIfAbsent(Lines.key(a.group(2)), display(a.group(2)));
      // a name no list knows, in the outlet's own dateline, is the outlet (agencies are listed)
      if (lineOutlet == null && !Agencies.isAgency(a.group(2)) && Outlets.named(a.group(2)).isEmpty()) lineOutlet = display(a.group(2));
      cut = a.group();
    } else if ((wire = AgencyDateline.read(text)).isPresent()) {
      dateline = display(wire.get().place());
      credited.putIfAbsent(Lines.key(wire.get().agency()), display(wire.get().agency()));
      cut = text.substring(0, wire.get().end());
    } else if ((named = PublisherOpening.read(text)).isPresent()) { // "الموقع- بغداد أعلنت …"
      dateline = display(named.get().place());
      credited.putIfAbsent(Lines.key(named.get().publisher()), display(named.get().publisher()));
      cut = text.substring(0, named.get().end());
    } else if (siteAndPlace.isPresent() && siteAndPlace.get().end() < text.length()) { // "الموقع – البلد. أعلن …"
      dateline = display(siteAndPlace.get().place());
      lineOutlet = Outlets.named(siteAndPlace.get().site()).orElse(display(siteAndPlace.get().site()));
      credited.putIfAbsent(Lines.key(siteAndPlace.get().site()), display(siteAndPlace.get().site()));
      cut = text.substring(0, siteAndPlace.get().end());
    } else if ((m = PLACE_DASH.matcher(text)).find() && Lines.words(m.group(1)) <= 3) {
      String first = display(m.group(1));
      if (HeaderNames.isPlace(first)) { // "الرياض - أعلن …": a known place alone
        dateline = first;
        cut = m.group();
      } else if (isPublisher(first)) { // "عمون - أطلقت الوزارة …": the outlet or agency alone, crediting the text
        if (Agencies.isAgency(first)) credited.putIfAbsent(Lines.key(first), first);
        cut = m.group();
      } else if (Lines.words(first) >= 2 && isSiteName(first)) { // "القمة للأنباء – كشفت …": the site's own name
        lineOutlet = first;
        credited.putIfAbsent(Lines.key(first), first);
        cut = m.group();
      }
    }
    if (cut != null && text.length() > cut.length()) {
      ps.set(at, new Paragraph(text.substring(cut.length()).strip(), ps.get(at).kind()));
      removed.add(new Removed(cut.strip(), "dateline"));
    }
  }

  /**
   * A source line above the text ({@link #isSourceLine}) the other forms leave: a known place alone is the
   * dateline; a known place or an agency before a one-word name that is neither a place nor an agency
   * ({@code نواكشوط - الموقع:}, {@code الوكالة - الموقع}) names the outlet, which is credited with it.
   */
  private boolean sourceLine(String original, String line, String[] parts) {
    if (!isSourceLine(line) || ps.get(at - 1).kind() != Paragraph.Kind.PARAGRAPH) return false;
    String bare = line.strip().replaceFirst("\\s*[:：]$", "");
    if (HeaderNames.isPlace(bare)) {
      dateline = display(bare);
    } else {
      if (parts.length != 2) return false;
      String first = parts[0].strip();
      String name = parts[1].strip().replaceFirst("\\s*[:：]$", "");
      if (Lines.words(name) != 1 || HeaderNames.isPlace(name) || Agencies.isAgency(name)) return false;
      if (HeaderNames.isPlace(first)) dateline = display(first);
      else credited.putIfAbsent(Lines.key(first), display(first));
      lineOutlet = Outlets.named(name).orElse(display(name));
      credited.putIfAbsent(Lines.key(name), display(name));
    }
    removed.add(new Removed(original, "dateline"));
    ps.remove(at - 1);
    return true;
  }

  /**
   * {@code أربيل (الموقع)- …}: a known place, then a name of at most three words in brackets and a dash,
   * is the place and the publisher, though the outlet list does not know it (a newsroom desk word,
   * {@code (خاص)}, is no publisher).
   */
  private static boolean bracketedPublisher(Matcher a) {
    String name = a.group(2).strip();
    return HeaderNames.isPlace(a.group(1)) && a.group().matches(".*\\)\\s*[-–—]\\s*$") && Lines.words(name) <= 3
        && name.matches("[\\p{L}\\p{M}\\d\\s]+") && !GenreLabels.isDesk(name) && !HeaderNames.isPlace(name)
        && !NOT_PUBLISHERS.contains(org.mizan.text.ArabicNormalization.normalize(name));
  }

  /** The line right above the text: a slash or dash dateline line, a wire opening alone. */
  private void lineAboveText() {
    String original = ps.get(at - 1).text();
    // a run of Latin interface words glued before the line ("Next Previous الأحساء- واس") is furniture
    String line = LATIN_LEAD.matcher(original).replaceFirst("");
    java.util.Optional<AgencyDateline.Opening> wire = AgencyDateline.read(line);
    java.util.Optional<SlashDateline.Reading> slashed = SlashDateline.read(line);
    if (slashed.isPresent() && ps.get(at - 1).kind() == Paragraph.Kind.PARAGRAPH) { // "المكان/ الكاتب/ الوكالة"
      dateline = display(slashed.get().place());
      if (slashed.get().writer() != null) byline = display(slashed.get().writer());
      if (slashed.get().publisher() != null) {
        credited.putIfAbsent(Lines.key(slashed.get().publisher()), display(slashed.get().publisher()));
        // "المكان / الصحيفة": a paper's own dateline names the paper; an agency there is only credited
        if (!Agencies.isAgency(slashed.get().publisher())) {
          lineOutlet = Outlets.named(slashed.get().publisher()).orElse(display(slashed.get().publisher()));
        }
      }
      removed.add(new Removed(original, "dateline"));
      ps.remove(at - 1);
    } else if (wire.isPresent() && wire.get().end() >= line.strip().length() && !Lines.isBody(line)) { // "طوكيو 01- واس"
      dateline = display(wire.get().place());
      credited.putIfAbsent(Lines.key(wire.get().agency()), display(wire.get().agency()));
      removed.add(new Removed(original, "dateline"));
      ps.remove(at - 1);
    } else {
      // a labelled stamp segment ("نشر في …") is read by meta.published; the rest is place and writer
      String[] all = SEPARATORS.split(line.strip());
      String[] parts = java.util.Arrays.stream(all).filter(p -> !DateParser.isLabelledStamp(p)).toArray(String[]::new);
      boolean agencyLine = false;
      boolean stamped = parts.length < SEPARATORS.split(line).length;
      if (isPlaceDateLine(line) && ps.get(at - 1).kind() == Paragraph.Kind.PARAGRAPH) { // "طرابلس – 01 مارس 2021م": the place and the day
        dateline = display(all[0]);
        removed.add(new Removed(original, "dateline"));
        ps.remove(at - 1);
        return;
      }
      if (sourceLine(original, line, parts)) return;
      if (isNumberedSiteName(line) && ps.get(at - 1).kind() == Paragraph.Kind.PARAGRAPH) { // "الموقع 24 :"
        String name = line.strip().replaceFirst("\\s*[:：]$", "");
        lineOutlet = Outlets.named(name).orElse(display(name));
        credited.putIfAbsent(Lines.key(name), display(name));
        removed.add(new Removed(original, "dateline"));
        ps.remove(at - 1);
        return;
      }
      if (isNumberedSitePlace(line) && ps.get(at - 1).kind() == Paragraph.Kind.PARAGRAPH) { // "الموقع 7 – المدينة"
        SitePlaceLine.Reading r = SitePlaceLine.read(line).get();
        dateline = display(r.place());
        lineOutlet = Outlets.named(r.site()).orElse(display(r.site()));
        credited.putIfAbsent(Lines.key(r.site()), display(r.site()));
        removed.add(new Removed(original, "dateline"));
        ps.remove(at - 1);
        return;
      }
      if (parts.length == 2 && (stamped || Lines.words(line) <= 5) && !Lines.isBody(line) && ps.get(at - 1).kind() == Paragraph.Kind.PARAGRAPH
          && Lines.words(parts[0]) <= 3 && Lines.words(parts[1]) <= 3 && (stamped || !line.matches(".*[0-9٠-٩].*"))) {
        if (Agencies.isAgency(parts[0]) && !isPublisher(parts[1])) {
          // "الوكالة - المكان"
          dateline = display(parts[1]);
          credited.putIfAbsent(Lines.key(parts[0]), display(parts[0]));
        } else if (Lines.words(parts[0]) == 1 && Lines.words(parts[1]) >= 2 && !Agencies.isAgency(parts[1]) && isSiteName(parts[1])) {
          // "المكان - العرب اليوم": a site's name after the place is the outlet, credited, not a writer
          dateline = display(parts[0]);
          lineOutlet = Outlets.named(parts[1]).orElse(display(parts[1]));
          credited.putIfAbsent(Lines.key(parts[1]), display(parts[1]));
        } else if (Lines.words(parts[0]) == 1 && (Lines.words(parts[1]) >= 2 || Agencies.isAgency(parts[1]))) {
          // "المكان - الكاتب" / "المكان - الوكالة"
          dateline = display(parts[0]);
          if (Agencies.isAgency(parts[1])) credited.putIfAbsent(Lines.key(parts[1]), display(parts[1]));
          else byline = display(parts[1]);
        } else if (GenreLabels.isLabel(parts[1]) && !Agencies.isAgency(parts[0]) && !HeaderNames.isPlace(parts[0])
            && siteLike(parts[0])) {
          // "الموقع – متابعات": a name no person bears before a desk word is the site's own, not a writer
          lineOutlet = Outlets.named(parts[0]).orElse(display(parts[0]));
          credited.putIfAbsent(Lines.key(parts[0]), display(parts[0]));
          agencyLine = true;
        } else if (Agencies.isAgency(parts[1]) && !Agencies.isAgency(parts[0])) {
          // "المنبر – الوكالة" / "الكاتب – متابعات": the agency is credited, and no place is named
          credited.putIfAbsent(Lines.key(parts[1]), display(parts[1]));
          if (!isPublisher(parts[0]) && Lines.words(parts[0]) >= 2) byline = display(parts[0]);
          agencyLine = true;
        } else if (Lines.words(parts[1]) == 1) {
          // "المنبر – المكان" / "الكاتب – المكان": a person's name before a known place is the writer; any other
          // name may be the outlet's, so no byline
          dateline = display(parts[1]);
          if (Agencies.isAgency(parts[0])) credited.putIfAbsent(Lines.key(parts[0]), display(parts[0]));
          else if (writerBeforePlace(parts[0], parts[1])) byline = display(parts[0]);
        }
        if (dateline != null || agencyLine) {
          removed.add(new Removed(original, "dateline"));
          ps.remove(at - 1);
        }
      }
    }
  }
}
