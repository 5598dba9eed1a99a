package org.mizan.meta;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mizan.clean.HeaderNames;
import org.mizan.clean.Lines;

/**
 * A site's name, a spaced dash and a known place ({@code الموقع – البلد}), alone on its line or opening the
 * text and ended by a full stop ({@code الموقع – البلد. النص}): the place is the dateline, the name the
 * outlet. The name is at most three words that are neither a place, a person's name nor an agency; a word
 * after the first may be a number of at most three digits ({@code الموقع 7 – البلد}).
 */
final class SitePlaceLine {
  private SitePlaceLine() {}

  /** @param site the site's name as printed; @param place the place; @param end where the text starts */
  record Reading(String site, String place, int end) {}

  private static final Pattern FORM = Pattern.compile(
      "^\\s*([\\p{L}\\p{M}]+(?:\\s(?:[\\p{L}\\p{M}]+|[0-9٠-٩]{1,3})){0,2})\\s+[-–—]\\s+([\\p{L}\\p{M}]+(?:\\s[\\p{L}\\p{M}]+)?)\\s*(\\.\\s+|\\.?\\s*$)");

  /** The reading of {@code text}: the whole line, or its opening when a full stop ends the place. */
  static Optional<Reading> read(String text) {
    Matcher m = FORM.matcher(text);
    if (!m.lookingAt()) return Optional.empty();
    String site = m.group(1).strip();
    String place = m.group(2).strip();
    if (!HeaderNames.isPlace(place) || HeaderNames.isPlace(site) || !DatelineReader.siteLike(site)
        || Agencies.isAgency(site) || Lines.words(site) > 3) {
      return Optional.empty();
    }
    return Optional.of(new Reading(site, place, m.end()));
  }
}
