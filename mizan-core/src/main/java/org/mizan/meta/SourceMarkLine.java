package org.mizan.meta;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mizan.clean.HeaderNames;
import org.mizan.clean.Lines;

/**
 * A source line above the text written with marks instead of a spaced dash: the site's name and dots before a
 * slash ({@code الموقع../}), or a known place and the site's name joined by an underscore ({@code المكان_الموقع:}).
 * Sites also write their name with a slash and "exclusive" ({@code الموقع / خاص:}), with a bar alone
 * ({@code الموقع |}) or a bar before the place, its country and a bracketed agency
 * ({@code الموقع | المكان – البلد – (وكالات)}), or glue a name ending in a site word and a colon to the first
 * sentence ({@code الموقع نيوز: النص}). The name is the outlet; the place, when printed, the dateline. A signature
 * line ({@code الوكالة / متابعة / م. أ}: source, "follow-up", the editor's initials) credits its source, the outlet
 * only when it is no agency.
 */
public final class SourceMarkLine {
  private SourceMarkLine() {}

  /**
   * @param site the site's name, or null (an agency's signature); @param place the place, or null; @param agency a bracketed agency, or null;
   * @param end where the text after the source starts (the line's length when it is alone on its line)
   */
  record Reading(String site, String place, String agency, int end) {
    Reading(String site, String place) {
      this(site, place, null, Integer.MAX_VALUE);
    }
  }

  private static final String NAME = "[\\p{L}\\p{M}]+(?:\\s[\\p{L}\\p{M}]+){0,2}";
  private static final Pattern DOTS_SLASH = Pattern.compile("^\\s*(" + NAME + ")\\s*\\.{1,3}\\s*/+\\s*$");
  private static final Pattern UNDERSCORE = Pattern.compile("^\\s*(" + NAME + ")\\s*_+\\s*(" + NAME + ")\\s*[:：]?\\s*$");

  /** {@code الموقع / خاص:}: the site's own report. */
  private static final Pattern OWN_REPORT = Pattern.compile("^\\s*(" + NAME + ")\\s*/\\s*خاص\\s*[:：]?\\s*$");
  /** {@code المصدر / متابعة / م. أ}: a source, "follow-up" and up to three initials. */
  private static final Pattern SIGNATURE = Pattern.compile(
      "^\\s*(" + NAME + ")\\s*/\\s*متابع(?:ة|ات)\\s*(?:/\\s*(?:[\\p{L}]\\.?\\s*){1,3})?$");
  /** {@code الموقع |}, or {@code الموقع | المكان – البلد – (الوكالة)}. */
  private static final Pattern BAR = Pattern.compile("^\\s*(" + NAME + ")\\s*[|｜](?:\\s*(" + NAME + ")(?:\\s*[-–—]\\s*("
      + NAME + "))?\\s*[-–—]?\\s*(?:\\(([^)]{2,30})\\))?)?\\s*$");
  /** {@code الموقع نيوز: النص}: a name and a colon opening the first sentence. */
  private static final Pattern GLUED = Pattern.compile("^\\s*(" + NAME + ")\\s*[:：]\\s+(?=\\p{L})");

  /** True for a whole line of one of the forms: the page's source line, never a photo's caption. */
  public static boolean isSourceLine(String line) {
    return read(line).isPresent();
  }

  /** The reading of a whole line, or empty. */
  static Optional<Reading> read(String line) {
    Matcher o = OWN_REPORT.matcher(line);
    if (o.matches() && plausibleSite(o.group(1)) && DatelineReader.siteLike(o.group(1))) {
      return Optional.of(new Reading(o.group(1).strip(), null));
    }
    Matcher sig = SIGNATURE.matcher(line);
    if (sig.matches() && !HeaderNames.isPlace(sig.group(1).strip())) {
      String name = sig.group(1).strip();
      return Optional.of(Agencies.isAgency(name) ? new Reading(null, null, name, Integer.MAX_VALUE)
          : new Reading(name, null, null, Integer.MAX_VALUE));
    }
    Matcher b = BAR.matcher(line);
    if (b.matches() && plausibleSite(b.group(1)) && DatelineReader.siteLike(b.group(1))
        && (b.group(2) == null || isPlace(b.group(2).strip()))
        && (b.group(3) == null || isPlace(b.group(3).strip()))
        && (b.group(4) == null || (b.group(2) != null && Agencies.isAgency(b.group(4))))) {
      return Optional.of(new Reading(b.group(1).strip(), b.group(2) == null ? null : b.group(2).strip(),
          b.group(4) == null ? null : b.group(4).strip(), Integer.MAX_VALUE));
    }
    Matcher m = DOTS_SLASH.matcher(line);
    if (m.matches() && plausibleSite(m.group(1))) return Optional.of(new Reading(m.group(1).strip(), null));
    m = UNDERSCORE.matcher(line);
    if (m.matches() && Lines.words(m.group(1)) <= 2 && isPlace(m.group(1).strip()) && plausibleSite(m.group(2))) {
      return Optional.of(new Reading(m.group(2).strip(), m.group(1).strip()));
    }
    return Optional.empty();
  }

  /**
   * The opening of the first paragraph of text when a site's name and a colon are glued to it: a name whose last
   * word is a borrowed site word ({@code نيوز}, {@code برس}; not {@code اليوم}, which running text writes after a
   * subject, {@code الوزارة اليوم:}) or a known outlet's.
   */
  static Optional<Reading> opening(String text) {
    Matcher g = GLUED.matcher(text);
    if (!g.lookingAt()) return Optional.empty();
    String name = g.group(1).strip();
    String[] w = org.mizan.text.ArabicNormalization.normalize(name).split("\\s+");
    boolean siteWord = DatelineReader.isSiteName(name) && !w[w.length - 1].equals("اليوم");
    if (!siteWord || !plausibleSite(name)) return Optional.empty();
    return Optional.of(new Reading(name, null, null, g.end()));
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
