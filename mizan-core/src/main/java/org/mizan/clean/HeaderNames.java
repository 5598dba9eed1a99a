package org.mizan.clean;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mizan.doc.Paragraph;
import org.mizan.meta.Agencies;
import org.mizan.meta.DateParser;
import org.mizan.meta.Outlets;
import org.mizan.text.ArabicNormalization;
import org.mizan.text.Token;
import org.mizan.text.WordList;

/**
 * The writer's name and the place a page prints, unlabelled, between the headline and the text:
 * {@code سامية بن علي} on the line beside the date stamp (perhaps with a place line between,
 * {@code تونس}), a name with the writer's handle or trade ({@code علي الفلاني (جدة) name_online@},
 * {@code أحمد فلان صحافي @handle}). A name here is two to four words of letters, none of them a
 * function word or a widget's word ({@code header-widget-words.txt}), and not an outlet, agency or place.
 */
public final class HeaderNames {
  private static final Set<String> WIDGET_WORDS = WordList.normalized(HeaderNames.class,
      "/org/mizan/clean/header-widget-words.txt");
  private static final Set<String> AMBIGUOUS_PLACES =
      WordList.normalized(HeaderNames.class, "/org/mizan/meta/dateline-ambiguous-places.txt");
  private static final Set<String> PLACES = places();
  // not على: in matching form it is the name علي
  private static final Set<String> FUNCTION_WORDS = WordList.of("في", "من", "إلى", "الى", "عن", "مع", "هذا",
      "هذه", "ذلك", "التي", "الذي", "ما", "لا", "لم", "لن", "قد", "كل", "بعد", "قبل", "خلال", "حول", "عبر", "أو", "او");
  private static final Pattern LETTERS = Pattern.compile("[\\p{IsArabic}&&\\p{L}]+(?:\\s+[\\p{IsArabic}&&\\p{L}]+)*");
  private static final Pattern HANDLE = Pattern.compile("(?<![\\p{L}\\d_])(?:@[A-Za-z0-9_.]{2,}|[A-Za-z0-9_.]{2,}@)(?![\\p{L}\\d_])");
  /** The trade a profile line puts after the name. */
  private static final Set<String> TRADES = WordList.of("صحافي", "صحافية", "صحفي", "صحفية", "كاتب", "كاتبة", "مراسل",
      "مراسلة", "محرر", "محررة", "مصور", "مصورة");
  private static final Pattern BRACKETED = Pattern.compile("\\(([^()]{2,30})\\)");

  private HeaderNames() {}

  /** Two to four words of letters that can be a person's name (see the class comment). */
  public static boolean isPersonName(String line) {
    String s = line.strip();
    if (!LETTERS.matcher(s).matches()) return false; // letters and spaces only: "الموقع.نت - فلان" is no name
    List<Token> toks = Lines.tokens(s);
    if (toks.size() < 2 || toks.size() > 4) return false;
    for (Token t : toks) {
      if (FUNCTION_WORDS.contains(t.norm()) || WIDGET_WORDS.contains(t.norm()) || PLACES.contains(t.norm())) return false;
    }
    return Outlets.named(s).isEmpty() && !Agencies.isAgency(s) && !isPlace(s);
  }

  /** Whether the line holds a social-media handle ({@code @name}, {@code name@}). */
  public static boolean hasHandle(String line) {
    return line.length() <= 160 && line.indexOf('@') >= 0 && HANDLE.matcher(line).find(); // hot path: most lines are text
  }

  /** Whether {@code line} is a place with another common sense (a family name, a country and a city). */
  public static boolean isAmbiguousPlace(String line) {
    return AMBIGUOUS_PLACES.contains(ArabicNormalization.normalize(line.strip()));
  }

  /** A line that is one or two words naming a country or city. */
  public static boolean isPlace(String line) {
    String key = ArabicNormalization.normalize(line.strip());
    return !key.isEmpty() && Lines.words(line) <= 2 && PLACES.contains(key);
  }

  /**
   * Whether line {@code i} is the writer's: a name beside the date stamp (next to it, or two lines
   * off with a place line between), or a short line with a social-media handle whose words before the
   * handle or trade are a name.
   */
  static boolean isWriterLine(List<Paragraph> ps, int i) {
    String line = ps.get(i).text();
    if (hasHandle(line)) return Lines.words(line) <= 8 && writerOf(line) != null;
    if (!isPersonName(line)) return false;
    for (int step : new int[] {-1, 1}) {
      if (isStampAt(ps, i + step)) return true;
      if (isStampAt(ps, i + 2 * step) && isPlace(ps.get(i + step).text())) return true;
    }
    return false;
  }

  /** Whether line {@code i} is a place line beside the date stamp, or beside a writer's name that is. */
  static boolean isPlaceLine(List<Paragraph> ps, int i) {
    if (!isPlace(ps.get(i).text())) return false;
    for (int step : new int[] {-1, 1}) {
      if (isStampAt(ps, i + step)) return true;
      int j = i + step;
      if (j >= 0 && j < ps.size() && isPersonName(ps.get(j).text()) && isStampAt(ps, i - step)) return true;
    }
    return false;
  }

  /**
   * The writer's name on a writer's line: the words before a bracket, a handle or a trade word
   * ({@code علي الفلاني (جدة) name@} gives {@code علي الفلاني}); the line itself when it is a name; else null.
   */
  public static String writerOf(String line) {
    String s = line.strip();
    int cut = s.length();
    Matcher h = HANDLE.matcher(s);
    if (h.find()) cut = h.start();
    int bracket = s.indexOf('(');
    if (bracket >= 0) cut = Math.min(cut, bracket);
    for (Token t : Lines.tokens(s)) {
      if (t.start() < cut && TRADES.contains(t.norm())) {
        cut = t.start();
        break;
      }
    }
    String name = s.substring(0, cut).strip();
    return isPersonName(name) ? name : null;
  }

  /** The place a writer's line names in brackets ({@code علي الفلاني (جدة)}), or null. */
  public static String placeOf(String line) {
    Matcher m = BRACKETED.matcher(line);
    return m.find() && isPlace(m.group(1)) ? m.group(1).strip() : null;
  }

  /** Whether a dated stamp line stands anywhere above line {@code first}. */
  static boolean stampAbove(List<Paragraph> ps, int first) {
    for (int j = 0; j < first; j++) if (DateParser.datedStamp(ps.get(j).text()).isPresent()) return true;
    return false;
  }

  private static boolean isStampAt(List<Paragraph> ps, int j) {
    return j >= 0 && j < ps.size() && DateParser.isStamp(ps.get(j).text());
  }

  private static Set<String> places() {
    Set<String> out = new java.util.HashSet<>(WordList.normalized(HeaderNames.class, "/org/mizan/entities/places.txt"));
    out.addAll(WordList.normalized(HeaderNames.class, "/org/mizan/meta/dateline-places.txt"));
    out.addAll(AMBIGUOUS_PLACES);
    return Set.copyOf(out);
  }
}
