package org.mizan.synthesis;

import java.util.List;
import java.util.Map;
import org.mizan.entities.NameVariants;
import org.mizan.text.ArabicNormalization;

/**
 * Folds "who said what" headings that name one speaker two ways, which listed one man's statements
 * twice under two headings: a name and the same name with the adjective of its country or region
 * ({@code الأمين العام لمجلس التعاون} / {@code … الخليجي}), and a description that ends with the
 * name of a person the entity table knows ({@code نائب الأمين العام للجامعة العربية السفير
 * أحمد بن حلي} / {@code أحمد بن حلي}).
 */
final class SpeakerHeadings {
  private SpeakerHeadings() {}

  /** Merges, in {@code bySpeaker}, each heading into the one it names (see the class comment). */
  static <T> void fold(Map<String, List<T>> bySpeaker, Map<String, String> entityIds,
      java.util.function.Predicate<String> person) {
    for (String shorter : List.copyOf(bySpeaker.keySet())) {
      if (!bySpeaker.containsKey(shorter) || WhoSaidWhat.UNKNOWN.equals(shorter)) continue;
      String longer = withAdjective(shorter, bySpeaker.keySet());
      if (longer == null || entityIds.containsKey(longer)) continue; // two linked entities: linking kept them apart
      // under the linked name when there is one, else under the fuller one
      if (entityIds.containsKey(shorter)) bySpeaker.get(shorter).addAll(bySpeaker.remove(longer));
      else bySpeaker.get(longer).addAll(bySpeaker.remove(shorter));
    }
    for (String description : List.copyOf(bySpeaker.keySet())) {
      if (!bySpeaker.containsKey(description) || WhoSaidWhat.UNKNOWN.equals(description)
          || entityIds.containsKey(description)) continue;
      String into = namedAtEnd(description, bySpeaker.keySet(), entityIds, person);
      if (into != null) bySpeaker.get(into).addAll(bySpeaker.remove(description));
    }
  }

  /** The one other heading that is {@code name} (two words or more) followed only by nisba adjectives. */
  private static String withAdjective(String name, Iterable<String> headings) {
    List<String> w = words(name);
    if (w.size() < 2) return null;
    String found = null;
    for (String h : headings) {
      List<String> x = words(h);
      if (x.size() <= w.size() || !sameWords(x.subList(0, w.size()), w)) continue;
      if (!x.subList(w.size(), x.size()).stream().allMatch(SpeakerHeadings::nisba)) continue;
      if (found != null) return null; // two candidates: which one is meant is unclear
      found = h;
    }
    return found;
  }

  /**
   * The one linked person's heading (two words or more) that {@code description} ends with: a title
   * ending with a body's name ({@code رئيس مجلس إدارة المؤسسة العامة للحبوب}) is its head, not the body.
   */
  private static String namedAtEnd(String description, Iterable<String> headings, Map<String, String> entityIds,
      java.util.function.Predicate<String> person) {
    List<String> d = words(description);
    String found = null;
    for (String h : headings) {
      if (!entityIds.containsKey(h) || !person.test(entityIds.get(h))) continue;
      List<String> x = words(h);
      if (x.size() < 2 || x.size() >= d.size() || !sameWords(d.subList(d.size() - x.size(), d.size()), x)) continue;
      if (found != null) return null;
      found = h;
    }
    return found;
  }

  /** A definite relational adjective ({@code الخليجي}, {@code التركية}): it places, it names no one else. */
  static boolean nisba(String w) {
    return w.startsWith("ال") && w.length() >= 5 && (w.endsWith("ي") || w.endsWith("يه"));
  }

  private static boolean sameWords(List<String> a, List<String> b) {
    return NameVariants.sameName(String.join(" ", a), String.join(" ", b));
  }

  private static List<String> words(String s) {
    return List.of(ArabicNormalization.normalize(s).trim().split("\\s+"));
  }
}
