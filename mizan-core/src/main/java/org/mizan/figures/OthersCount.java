package org.mizan.figures;

import java.util.List;
import java.util.Set;
import org.mizan.text.Token;
import org.mizan.text.WordList;

/**
 * What a number followed by "others" ({@code آخرين}, {@code آخرون}, {@code أخرى}, {@code أخريات}) counts:
 * more of the thing counted by the figure it adds to, the nearest one before it in its paragraph that
 * counts a thing. That figure is not a part of a group ({@code مقتل 20 شخصا بينهم 6 أطفال وإصابة 40
 * آخرين}: 40 more persons, not children) nor, for the masculine آخرين/آخرون, a count of things that are
 * not people ({@code أطلقوا 40 صاروخا فأصابوا 5 آخرين}). With no such figure the number counts people,
 * or the casualties of a verb right before it when the figure is not in its sentence ({@code قتل جنديان.
 * وأصيب 31 آخرون}).
 */
final class OthersCount {
  private static final Set<String> WORDS = Set.of("اخرين", "اخرون", "اخري", "اخريات");
  private static final Set<String> MASCULINE = Set.of("اخرين", "اخرون");
  /** Words that make the figure after them a part of the one before ({@code بينهم 6 أطفال}). */
  private static final Set<String> PART_OF = Set.of("بينهم", "وبينهم", "منهم", "ومنهم", "بينهن", "منهن",
      "بينها", "منها", "معظمهم", "اغلبهم");
  private static final Set<String> PEOPLE = Set.copyOf(WordList.lines(OthersCount.class, "people-nouns.txt"));

  private OthersCount() {}

  /** Whether a word (matching form) is one of the "others" words. */
  static boolean isOthers(String norm) {
    return WORDS.contains(norm);
  }

  /**
   * The thing counted by the number at token {@code i}, followed by the "others" word {@code others};
   * {@code out} holds the figures read before it.
   */
  static String counted(String body, List<Token> toks, int i, String others, List<Figure> out) {
    int at = toks.get(i).start();
    Figure added = null;
    for (int k = out.size() - 1; k >= 0 && added == null; k--) {
      Figure f = out.get(k);
      if (f.end() > at) continue;
      if (body.substring(f.end(), at).indexOf('\n') >= 0) break;
      if (f.counted() == null || partOfGroup(body, out, k)) continue;
      if (MASCULINE.contains(others) && !people(f.counted())) continue;
      added = f;
    }
    String counted = added != null ? added.counted() : "person";
    String cue = ElidedNouns.casualtyBefore(toks, i);
    if (cue != null && !(added != null && ElidedNouns.sameSentence(body, added.end(), at))) counted = cue;
    return counted;
  }

  /** A counted thing that is people: a key listed as such, or a printed noun that is no feminine plural (آليات). */
  private static boolean people(String counted) {
    boolean key = counted.chars().allMatch(c -> c < 128);
    return key ? PEOPLE.contains(counted) : !counted.endsWith("ات");
  }

  /**
   * Whether figure {@code k} is a part of the one before it: the word before it is بينهم/منهم, or it is
   * joined by و to such a part ({@code بينهم 12 طفلا وست نساء}).
   */
  private static boolean partOfGroup(String body, List<Figure> out, int k) {
    int start = out.get(k).start();
    int e = start;
    while (e > 0 && Character.isWhitespace(body.charAt(e - 1))) e--;
    int s = e;
    while (s > 0 && !Character.isWhitespace(body.charAt(s - 1))) s--;
    if (s < e && PART_OF.contains(org.mizan.text.ArabicNormalization.normalize(body.substring(s, e)))) return true;
    if (k == 0) return false;
    String gap = body.substring(out.get(k - 1).end(), start);
    boolean joined = gap.strip().equals("و") || gap.isBlank() && out.get(k).text().startsWith("و");
    return joined && partOfGroup(body, out, k - 1);
  }
}
