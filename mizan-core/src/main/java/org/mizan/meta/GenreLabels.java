package org.mizan.meta;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.mizan.clean.Lines;
import org.mizan.text.WordList;

/**
 * Labels of a piece's kind or its makers ({@code تقرير}, {@code حوار}, {@code حاوره}, {@code تصوير}) that a
 * page prints where a place or a writer's name would stand ({@code genre-labels.txt}), and newsroom desks
 * ({@code المحليات}, {@code desk-words.txt}): one list each for the dateline reader and the author field.
 */
final class GenreLabels {
  private static final List<String> LABELS = WordList.lines(GenreLabels.class, "/org/mizan/meta/genre-labels.txt");
  private static final Set<String> KEYS = LABELS.stream().map(Lines::key).collect(Collectors.toUnmodifiableSet());
  /**
   * A label opening a field, with its separator: the longest first, so "استطلاع وتصوير" goes whole. Not a
   * desk credit the agency list knows ({@code متابعات}): the field's reader keeps it as a credit.
   */
  private static final Pattern OPENING = Pattern.compile("^(?:" + LABELS.stream().filter(l -> !Agencies.isAgency(l))
      .sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote)
      .collect(Collectors.joining("|")) + ")(?![\\p{L}\\p{M}])\\s*[-–—:]?\\s*");
  private static final Set<String> DESK_WORDS = WordList.normalized(GenreLabels.class, "/org/mizan/meta/desk-words.txt");

  private GenreLabels() {}

  /** True when {@code text} names a newsroom desk or page ({@code المحليات}, {@code ثقافة اليوم}): its first word is a desk's. */
  static boolean isDesk(String text) {
    if (Lines.words(text) > 3) return false;
    String key = Lines.key(text);
    int space = key.indexOf(' ');
    String first = space < 0 ? key : key.substring(0, space);
    return DESK_WORDS.contains(first) || first.startsWith("ال") && DESK_WORDS.contains(first.substring(2));
  }

  /** True when the whole of {@code text} is a label. */
  static boolean isLabel(String text) {
    return KEYS.contains(Lines.key(text));
  }

  /** {@code text} without a label (and its separator) opening it. */
  static String withoutOpening(String text) {
    return OPENING.matcher(text).replaceFirst("");
  }
}
