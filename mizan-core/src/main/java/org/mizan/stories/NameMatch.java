package org.mizan.stories;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.mizan.text.Clitics;

/**
 * Whether two names in their matching form name the same actor: the same name, or a shorter or
 * fuller form of it, read word by word (clitics stripped, "عبد العزيز" one word, a foreign name's
 * spellings of "g" alike), with a father's name and a place inside an organisation's name kept
 * apart. Every conflict rule of story clustering compares the names of the two sides through it.
 */
final class NameMatch {
  private NameMatch() {}

  /**
   * Whether one of {@code names} is {@code actor} or a fuller or shorter form of it ("كيري", "جون
   * كيري"; "الهلال", "نادي الهلال"). A one-word place is not a shorter form of a longer name unless
   * that is a place too: "الرياض" in "أمانة منطقة الرياض" is where the actor is, not who, while
   * "المالديف" is "جمهورية المالديف".
   */
  static boolean namesAny(String actor, Collection<String> names, Predicate<String> place) {
    if (names.contains(actor)) return true;
    List<String> a = words(actor);
    for (String n : names) {
      List<String> b = words(n);
      if (within(a, b) && (a.size() > 1 || b.size() == 1 || !place.test(actor) || place.test(n))) return true;
      if (within(b, a) && (b.size() > 1 || a.size() == 1 || !place.test(n) || place.test(actor))) return true;
    }
    return false;
  }

  /**
   * Whether the words of {@code shorter} are all in {@code longer}, and {@code longer} does not name
   * them as a father: "سلمان بن عبدالعزيز" in "محمد بن سلمان بن عبدالعزيز" is the son's patronymic.
   */
  private static boolean within(List<String> shorter, List<String> longer) {
    if (!longer.containsAll(shorter)) return false;
    String first = shorter.get(0);
    for (int i = 0; i < longer.size(); i++) {
      if (longer.get(i).equals(first) && (i == 0 || !PATRONYMIC.contains(longer.get(i - 1)))) return true;
    }
    return false;
  }

  /** Words that put the father's name after a person's ("محمد بن سلمان"). */
  private static final Set<String> PATRONYMIC = Set.of("بن", "ابن", "بنت");

  /** The words of a name without their clitics ("للدفاع المدني" and "الدفاع المدني" have the same words). */
  private static List<String> words(String name) {
    String[] w = name.split(" ");
    List<String> out = new ArrayList<>(w.length);
    for (int i = 0; i < w.length; i++) {
      // "عبد العزيز" and "عبدالعزيز" are one name
      if (w[i].equals("عبد") && i + 1 < w.length) {
        out.add(w[i] + w[++i]);
        continue;
      }
      out.add(transliterated(Clitics.strip(w[i])));
    }
    return out;
  }

  /**
   * The word with the letters that spell a foreign "g" or "ch" folded into one ("غروندبرغ",
   * "جروندبرج": Egyptian outlets write ج, others غ; Persian گ and چ), in words of four letters or
   * more, so one person's transliterations match while short Arabic words stay apart.
   */
  static String transliterated(String word) {
    if (word.length() < 4) return word;
    return word.replace('غ', 'ج').replace('گ', 'ج').replace('چ', 'ج');
  }
}
