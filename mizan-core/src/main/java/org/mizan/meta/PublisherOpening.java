package org.mizan.meta;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mizan.clean.HeaderNames;
import org.mizan.clean.Lines;

/**
 * A text that opens with the publisher's name, a dash and the place, then runs straight on
 * ({@code الموقع- بغداد أعلنت الوزارة …}): no second separator marks where the dateline ends, so the
 * place must be a known one ({@link HeaderNames#isPlace}), and the name before the dash a known
 * outlet or agency.
 */
public final class PublisherOpening {
  private PublisherOpening() {}

  /**
   * What the opening says.
   *
   * @param place the dateline's place as printed
   * @param publisher the outlet or agency as printed
   * @param end where the article's own text starts
   */
  public record Opening(String place, String publisher, int end) {}

  private static final Pattern HEAD = Pattern.compile("^\\s*([^-–—:،,.]{2,30}?)\\s*[-–—]\\s*");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+");
  private static final Pattern NEXT_WORD = Pattern.compile("\\s+[\\p{L}\\p{M}]+");

  /** The opening of {@code text}, when it is a known publisher, a dash and a known place followed by more text. */
  public static Optional<Opening> read(String text) {
    Matcher h = HEAD.matcher(text);
    if (!h.lookingAt() || Lines.words(h.group(1)) > 4) return Optional.empty();
    String name = h.group(1).strip();
    if (!Outlets.isPublisher(name)) return Optional.empty();
    Matcher w = WORD.matcher(text);
    w.region(h.end(), text.length());
    if (!w.lookingAt()) return Optional.empty();
    int oneEnd = w.end();
    // the longer name first: "دير الزور" before "دير"
    Matcher w2 = NEXT_WORD.matcher(text);
    w2.region(oneEnd, text.length());
    if (w2.lookingAt() && HeaderNames.isPlace(text.substring(h.end(), w2.end())) && w2.end() < text.length()) {
      return Optional.of(new Opening(text.substring(h.end(), w2.end()), name, w2.end()));
    }
    if (HeaderNames.isPlace(text.substring(h.end(), oneEnd)) && oneEnd < text.length()) {
      return Optional.of(new Opening(text.substring(h.end(), oneEnd), name, oneEnd));
    }
    return Optional.empty();
  }
}
