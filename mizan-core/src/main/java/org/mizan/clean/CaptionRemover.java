package org.mizan.clean;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mizan.doc.Document;
import org.mizan.doc.Paragraph;
import org.mizan.meta.Agencies;
import org.mizan.meta.DateParser;
import org.mizan.pipeline.DocumentStage;
import org.mizan.text.Token;

/**
 * {@code clean.captions}: removes photo captions and credits among the lines that are not running
 * text. A line is a caption when it opens or closes with a photo credit ({@code EPA …},
 * {@code … - شاترستوك}, {@code … - 12 نوفمبر 2025 - رويترز}), when it is repeated next to itself
 * (image alt text and caption), or when it is a portrait label: a title and a name
 * ({@code وزير الخارجية …}) with no verb-bearing function word, perhaps placed by one scene word
 * ({@code الوزير خلال الجولة}).
 */
public final class CaptionRemover implements DocumentStage {
  private static final Set<String> PHOTO = keys(Lines.resource("/org/mizan/clean/photo-credits.txt"));
  private static final Set<String> TITLES = keys(Lines.resource("/org/mizan/clean/person-titles.txt"));
  /** Particles and prepositions that a sentence or headline has and a bare name label does not. */
  private static final Set<String> FUNCTION_WORDS = Set.of("في", "علي", "من", "الي", "عن", "مع", "لم", "لن", "قد",
      "ان", "بعد", "قبل", "خلال", "حول", "ضد", "لا", "ما", "هل", "كيف", "لماذا", "منذ", "حتي", "عبر", "امام", "بين",
      "الذي", "التي", "يجب", "كان", "ليس");
  /** Words a portrait caption uses to place the photo ({@code … خلال الجولة}, {@code … لدى وصوله}). */
  private static final Set<String> SCENE = Set.of("خلال", "اثناء", "لدي");
  /** Credits of a news desk's compiling, never of a photo. */
  private static final Set<String> DESK_CREDITS = Set.of("متابعات", "وكالات");
  private static final Pattern SEGMENTS = Pattern.compile("\\s+[-–—|/]\\s+|\\s*[|]\\s*");

  @Override
  public String name() {
    return "clean.captions";
  }

  @Override
  public Document apply(Document d) {
    List<Paragraph> ps = d.paragraphs();
    Map<Integer, String> reasons = new HashMap<>();
    int headline = firstTitle(ps);
    for (int i = 0; i < ps.size(); i++) {
      String line = ps.get(i).text();
      if (isEscapedCodePoints(line)) { // "u0639u0631…": a caption whose letters a broken page printed as codes
        reasons.put(i, "escaped-text");
        continue;
      }
      if (!Lines.isTitleLike(line) || Lines.words(line, 19) > 18) continue;
      if (org.mizan.meta.SourceMarkLine.isSourceLine(line)) continue; // "الموقع | المكان": the site's source line
      // a headline printed twice (page title and heading): its first copy is the headline, not a caption
      if (i == headline && i + 2 < ps.size() && (same(line, ps.get(i + 1).text()) || same(line, ps.get(i + 2).text()))) continue;
      boolean repeated = (i > 0 && same(line, ps.get(i - 1).text())) || (i + 1 < ps.size() && same(line, ps.get(i + 1).text()))
          || (i > 1 && same(line, ps.get(i - 2).text())) || (i + 2 < ps.size() && same(line, ps.get(i + 2).text()));
      // the first line of a page is its headline or furniture, not a portrait label
      // (unless menus or a ticker were above it and a headline follows: then it labels the portrait)
      boolean top = i == 0 && (pageOpensWith(d, line) || !headlineBelow(ps));
      if (repeated || (top ? isCaption(line) && !isPortraitLabel(line) : isCaption(line))) reasons.put(i, "caption");
    }
    return Removals.apply(d, reasons);
  }

  private static final Pattern ESCAPE = Pattern.compile("u[0-9a-fA-F]{4}");

  /**
   * True for a line of which four fifths (spaces and marks aside) are {@code uXXXX} code points, three or more: text
   * whose escapes lost their backslash, unreadable as printed.
   */
  static boolean isEscapedCodePoints(String line) {
    if (escapes(line) < 3) return false; // cheap first: every paragraph passes here
    String compact = line.replaceAll("[\\s\\p{P}]", "");
    if (compact.length() < 15) return false;
    java.util.regex.Matcher m = ESCAPE.matcher(compact);
    int n = 0;
    int covered = 0;
    while (m.find()) {
      n++;
      covered += 5;
    }
    return n >= 3 && covered * 5 >= compact.length() * 4;
  }

  /** How many {@code u} + four hex digits the line holds, counted up to three. */
  private static int escapes(String line) {
    int n = 0;
    for (int i = line.indexOf('u'); i >= 0 && i + 4 < line.length() && n < 3; i = line.indexOf('u', i + 1)) {
      boolean hex = true;
      for (int k = 1; k <= 4 && hex; k++) hex = Character.digit(line.charAt(i + k), 16) >= 0;
      if (hex) n++;
    }
    return n;
  }

  /** The page's second line is a title of four words or more right above the running text: the headline. */
  private static boolean headlineBelow(List<Paragraph> ps) {
    if (ps.size() < 3) return false;
    String next = ps.get(1).text();
    return Lines.firstBody(ps) == 2 && Lines.isTitleLike(next) && Lines.words(next) >= 4 && !DateParser.isStamp(next)
        && !isPortraitLabel(next);
  }

  /** True when {@code line} is the first non-blank line of the page as given (or the page is not known). */
  private static boolean pageOpensWith(Document d, String line) {
    if (d.raw() == null) return true;
    for (String l : d.raw().lines()) if (!l.isBlank()) return Lines.key(l).equals(Lines.key(line));
    return true;
  }

  /** The first title-like line of four words or more above the running text (the headline's place), or -1. */
  private static int firstTitle(List<Paragraph> ps) {
    int first = Lines.firstBody(ps);
    for (int i = 0; i < (first < 0 ? ps.size() : first); i++) {
      String line = ps.get(i).text();
      if (Lines.words(line) >= 4 && !DateParser.isStamp(line)) return Lines.isTitleLike(line) ? i : -1;
    }
    return -1;
  }

  private static boolean same(String a, String b) {
    if (Math.abs(a.length() - b.length()) > 8) return false;
    return Lines.key(a).equals(Lines.key(b));
  }

  /** True for a photo caption or credit line (judged on the line alone). */
  public static boolean isCaption(String line) {
    String key = Lines.key(line);
    if (key.isEmpty() || DateParser.isStamp(line)) return false;
    var slashed = org.mizan.meta.SlashDateline.read(line);
    if (opensOrClosesWithCredit(key) || closesWithBracketedCredit(line)) {
      // "المكان/ الكاتب/ الوكالة" is a dateline, though an agency closes it; "المكان/ صورة أرشيفية" is none
      return slashed.filter(r -> r.publisher() != null).isEmpty();
    }
    if (slashed.isPresent()) return false;
    String[] segs = SEGMENTS.split(line.strip());
    if (segs.length >= 2) {
      String last = Lines.key(segs[segs.length - 1]);
      // "… - صورة أرشيفية تصوير: فلان": the last part opens or closes with a photo credit
      // "فلان الفلاني – متابعات": a writer and a desk credit no photo carries is the dateline's line
      if (segs.length == 2 && DESK_CREDITS.contains(last) && (HeaderNames.isPersonName(segs[0])
          || org.mizan.meta.Outlets.named(segs[0]).isPresent())) {
        return false;
      }
      if (PHOTO.contains(last) || Agencies.isAgency(last) || (Lines.words(last) <= 7 && opensOrClosesWithCredit(last))) return true;
      for (String s : segs) {
        // "المكان - الكاتب - نشر في …", "الأحد 12-10-2025 14:05 | كتب: …": a stamp line (photo dates carry no clock time)
        if (DateParser.isLabelledStamp(s) || (DateParser.isStamp(s) && DateParser.time(s).isPresent())) return false;
      }
      // "طرابلس – 01 مارس 2021م": a known place and a date is the dateline with the day, not a photo's date
      if (segs.length == 2 && HeaderNames.isPlace(segs[0]) && DateParser.isDateOnly(segs[1])) return false;
      // a photo's date, perhaps with its credit in brackets after it ("2 آب 2025 (الوكالة/ المصور)")
      for (String s : segs) if (isPhotoDate(s)) return true;
    }
    return isPortraitLabel(line);
  }

  /** A date alone, or with its credit in brackets after it. */
  private static boolean isPhotoDate(String segment) {
    return DateParser.isDateOnly(BRACKETED_END.matcher(segment.strip()).replaceFirst(""));
  }

  private static final Pattern BRACKETED_END = Pattern.compile("\\(([^()]{1,40})\\)\\s*$");

  /** "سيول في الوادي (أرشيفية - اسم المصور)": a photo word among the parts of a closing bracket. */
  private static boolean closesWithBracketedCredit(String line) {
    Matcher m = BRACKETED_END.matcher(line.strip());
    if (!m.find()) return false;
    for (String part : m.group(1).split("[-–—/|،,]")) if (PHOTO.contains(Lines.key(part))) return true;
    return false;
  }

  private static boolean opensOrClosesWithCredit(String key) {
    if (PHOTO.contains(key)) return true;
    for (String p : PHOTO) {
      int n = p.length();
      if (key.length() > n && ((key.startsWith(p) && key.charAt(n) == ' ')
          || (key.endsWith(p) && key.charAt(key.length() - n - 1) == ' '))) {
        return true;
      }
    }
    return false;
  }

  /** "Title [adjective…] Name Name": starts with a title, at most ten words, no function words. */
  static boolean isPortraitLabel(String line) {
    if (line.contains(":") || line.contains("؟") || line.contains("?") || line.contains("\"") || line.contains("«")) {
      return false;
    }
    List<Token> toks = Lines.tokens(line);
    if (toks.size() < 2 || toks.size() > 10) return false;
    if (!TITLES.contains(toks.get(0).norm())) return false;
    // "الوزير خلال الجولة", "السفير لدى وصوله": a short label may say where the photo was taken
    int where = 0;
    for (Token t : toks) {
      if (SCENE.contains(t.norm()) && toks.size() <= 7) where++;
      else if (FUNCTION_WORDS.contains(t.norm())) return false;
    }
    return where <= 1;
  }

  private static Set<String> keys(List<String> lines) {
    Set<String> out = new HashSet<>();
    for (String l : lines) out.add(Lines.key(l));
    return Set.copyOf(out);
  }
}
