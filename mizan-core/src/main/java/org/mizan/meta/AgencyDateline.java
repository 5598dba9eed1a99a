package org.mizan.meta;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mizan.clean.Lines;

/**
 * The opening of a wire story: a place, perhaps the date, and the agency, in the forms agencies
 * print them: {@code الرياض 14 جمادى الآخرة 1447 هـ الموافق 05 ديسمبر 2025 م واس},
 * {@code أبوظبي في 5 ديسمبر / وام /}, {@code الكويت - 5 - 12 (كونا) --}, {@code عمّان 5 كانون الأول (بترا) -},
 * {@code طوكيو 01- واس}. The agency must be a known one ({@link Agencies}); the place is one to three
 * words. Only openings with a date part, or with the agency in brackets or between slashes, are read
 * here: a bare {@code المكان - الوكالة -} is the plain dateline's job.
 */
public final class AgencyDateline {
  private AgencyDateline() {}

  /**
   * What an opening says.
   *
   * @param place the dateline's place
   * @param agency the agency as printed
   * @param date the full date in the opening, if it gives one with a year
   * @param end where the article's own text starts
   */
  public record Opening(String place, String agency, Optional<DateParser.Found> date, int end) {}

  private static final String WORD = "[\\p{L}\\p{M}]+";
  private static final Pattern WORD_PATTERN = Pattern.compile(WORD);
  private static final String ARABIC_WORD = "[\\p{IsArabic}\\p{M}]+";
  /** A place of one, two or three words ({@code رام الله}), tried shortest first. */
  private static final Pattern[] PLACES = {place(0), place(1), place(2)};
  /** Digits, separators and the words a date is made of: month names are checked one by one. */
  private static final Pattern DATE_TOKEN = Pattern.compile("[\\d٠-٩]+|[-–—/.,،]+|" + WORD);
  private static final Pattern MARKED = Pattern.compile("^\\s*(?:\\(([^()]{2,25})\\)|/\\s*([^/]{2,20}?)\\s*/)\\s*(?:[-–—:]+\\s*)?");
  private static final Pattern SEPARATOR = Pattern.compile("\\s*[-–—:]+\\s*|\\s+");
  private static final java.util.Set<String> DATE_WORDS = java.util.Set.of("في", "الموافق", "ه", "هـ", "م", "عام");

  private static Pattern place(int more) {
    return Pattern.compile("^\\s*(" + ARABIC_WORD + "(?:\\s+" + ARABIC_WORD + "){" + more + "})(?=[\\s\\d٠-٩(/:–—-])");
  }

  /** The opening of {@code text}, when it is a place, an optional date and a known agency. */
  public static Optional<Opening> read(String text) {
    for (Pattern place : PLACES) {
      Optional<Opening> o = read(text, place.matcher(text));
      if (o.isPresent()) return o;
    }
    return Optional.empty();
  }

  private static Optional<Opening> read(String text, Matcher p) {
    if (!p.find() || Agencies.isAgency(p.group(1))) return Optional.empty();
    int at = p.end();
    int dateEnd = at;
    boolean dated = false; // the opening has a date part: a number
    Matcher t = DATE_TOKEN.matcher(text);
    while (t.find(at) && t.start() - at <= 2 && text.substring(at, t.start()).isBlank()) {
      String tok = t.group();
      boolean isDigits = Character.isDigit(tok.charAt(0));
      boolean isWord = Character.isLetter(tok.charAt(0));
      if (isWord && !DATE_WORDS.contains(tok) && !DateParser.isMonthName(tok)) break;
      dated |= isDigits;
      at = t.end();
      if (isDigits || isWord) dateEnd = at;
    }
    String middle = text.substring(p.end(), dateEnd);
    int rest = dated ? dateEnd : p.end();
    // separators between the date and the agency
    while (rest < text.length() && " -–—".indexOf(text.charAt(rest)) >= 0) rest++;
    Matcher m = MARKED.matcher(text).region(rest, text.length());
    String agency = null;
    int end = -1;
    if (m.lookingAt()) {
      agency = m.group(1) != null ? m.group(1).strip() : m.group(2).strip();
      end = m.end();
    } else if (dated) { // a bare agency name of one to three words, then a separator or the text
      Matcher w = WORD_PATTERN.matcher(text);
      int from = rest;
      int[] ends = new int[3];
      int n = 0;
      while (n < 3 && w.find(from) && text.substring(from, w.start()).isBlank()) {
        ends[n++] = w.end();
        from = w.end();
      }
      for (int k = n; k >= 1 && agency == null; k--) {
        String name = text.substring(rest, ends[k - 1]);
        if (Agencies.isAgency(name)) {
          agency = name;
          Matcher sep = SEPARATOR.matcher(text).region(ends[k - 1], text.length());
          end = sep.lookingAt() ? sep.end() : ends[k - 1];
        }
      }
    }
    if (agency == null || !Agencies.isAgency(agency) || Lines.words(agency) > 3) return Optional.empty();
    return Optional.of(new Opening(p.group(1).strip(), agency, DateParser.find(middle), end));
  }
}
