package org.mizan.meta;

import static org.mizan.meta.Outlets.isPublisher;

import java.util.Optional;
import java.util.regex.Pattern;
import org.mizan.clean.HeaderNames;
import org.mizan.clean.Lines;

/**
 * A dateline line whose parts a slash separates, as Turkish, Iraqi and Gulf outlets print it above the
 * text: {@code المكان/ الكاتب/ الوكالة}, {@code المكان/ الموقع}, {@code الموقع/ المكان}. Read when one
 * part is a known publisher ({@link Agencies}, {@link Outlets}) and the place is a known place or the
 * only other one-word part (a writer is the middle part of three, two to four words of a name), or
 * when of two parts exactly one is a known place: then only the place is read.
 */
public final class SlashDateline {
  private SlashDateline() {}

  /**
   * What the line says.
   *
   * @param place the dateline's place
   * @param writer the writer, or null
   * @param publisher the publisher or agency as printed, or null when the lists know none
   */
  public record Reading(String place, String writer, String publisher) {}

  private static final Pattern SLASH = Pattern.compile("\\s*/\\s*");
  private static final Pattern PART = Pattern.compile("[\\p{L}\\p{M}]+(?:[\\s.][\\p{L}\\p{M}]+)*");

  /** The reading of {@code line}, when it is a whole slash-separated dateline line. */
  public static Optional<Reading> read(String line) {
    String s = line.strip();
    if (s.isEmpty() || s.length() > 80 || s.indexOf('/') < 0) return Optional.empty();
    String[] parts = SLASH.split(s.replaceAll("^/+|/+$", "").strip());
    if (parts.length < 2 || parts.length > 3) return Optional.empty();
    for (String p : parts) if (!PART.matcher(p).matches() || Lines.words(p) > 4) return Optional.empty();
    String first = parts[0];
    String last = parts[parts.length - 1];
    if (parts.length == 3) {
      // "المكان/ الكاتب/ الوكالة"
      if (isPublisher(last) && isPlace(first) && HeaderNames.isPersonName(parts[1])) {
        return Optional.of(new Reading(first, parts[1], last));
      }
      return Optional.empty();
    }
    if (isPublisher(last) && !isPublisher(first) && isPlace(first)) return Optional.of(new Reading(first, null, last));
    if (isPublisher(first) && !isPublisher(last) && isPlace(last)) return Optional.of(new Reading(last, null, first));
    // "بغداد/ الموقع" with a site the lists do not know: the known place is the dateline, the other part
    // (a site or a writer) is left unread
    if (!isPublisher(first) && !isPublisher(last) && HeaderNames.isPlace(first) != HeaderNames.isPlace(last)) {
      return Optional.of(new Reading(HeaderNames.isPlace(first) ? first : last, null, null));
    }
    return Optional.empty();
  }

  /** A known place, or any one-word name beside a publisher: a town the lists do not hold. */
  private static boolean isPlace(String part) {
    return HeaderNames.isPlace(part) || Lines.words(part) == 1;
  }
}
