package org.mizan.meta;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mizan.clean.HeaderNames;
import org.mizan.clean.Lines;

/**
 * A source line above the text written with marks instead of a spaced dash: the site's name and dots before a
 * slash ({@code الموقع../}), or a known place and the site's name joined by an underscore ({@code المكان_الموقع:}).
 * The name is the outlet; the place, when printed, the dateline.
 */
final class SourceMarkLine {
  private SourceMarkLine() {}

  /** @param site the site's name; @param place the place, or null */
  record Reading(String site, String place) {}

  private static final String NAME = "[\\p{L}\\p{M}]+(?:\\s[\\p{L}\\p{M}]+){0,2}";
  private static final Pattern DOTS_SLASH = Pattern.compile("^\\s*(" + NAME + ")\\s*\\.{1,3}\\s*/+\\s*$");
  private static final Pattern UNDERSCORE = Pattern.compile("^\\s*(" + NAME + ")\\s*_+\\s*(" + NAME + ")\\s*[:：]?\\s*$");

  /** The reading of a whole line, or empty. */
  static Optional<Reading> read(String line) {
    Matcher m = DOTS_SLASH.matcher(line);
    if (m.matches() && plausibleSite(m.group(1))) return Optional.of(new Reading(m.group(1).strip(), null));
    m = UNDERSCORE.matcher(line);
    if (m.matches() && Lines.words(m.group(1)) <= 2 && isPlace(m.group(1).strip()) && plausibleSite(m.group(2))) {
      return Optional.of(new Reading(m.group(2).strip(), m.group(1).strip()));
    }
    return Optional.empty();
  }

  /** A known place, or a region noun before one ({@code قطاع المكان}). */
  private static boolean isPlace(String name) {
    String[] w = name.split("\\s+");
    return HeaderNames.isPlace(name) || (w.length == 2 && HeaderNames.isPlace(w[1]));
  }

  private static boolean plausibleSite(String name) {
    String n = name.strip();
    return !HeaderNames.isPlace(n) && !Agencies.isAgency(n) && !GenreLabels.isDesk(n) && !GenreLabels.isLabel(n);
  }
}
