package org.mizan.quotes;

import java.util.ArrayList;
import java.util.List;
import org.mizan.text.ArabicNormalization;
import org.mizan.text.EditDistance;

/**
 * Whether two quotes' speakers name the same speaker, for comparing outlets that report the same
 * statement. Loose on purpose: a name agrees with its short or titled form ({@code الجبير},
 * {@code عادل الجبير}, {@code وزير الخارجية عادل الجبير}) and a description with a longer one
 * ({@code مصدر أمني}, {@code مصدر أمني عراقي}), so that what stays apart is a real conflict.
 */
public final class SpeakerAgreement {
  private SpeakerAgreement() {}

  /** True when the speaker names someone (a canonical name or a description). */
  public static boolean named(Quote.Speaker s) {
    return s != null && (s.canonical() != null || s.description() != null);
  }

  /** True when both name someone and some form of one agrees with some form of the other. */
  public static boolean agree(Quote.Speaker a, Quote.Speaker b) {
    if (!named(a) || !named(b)) return false;
    if (a.entityId() != null && a.entityId().equals(b.entityId())) return true;
    for (List<String> x : forms(a.canonical(), a.description())) {
      for (List<String> y : forms(b.canonical(), b.description())) {
        if (formsAgree(x, y)) return true;
      }
    }
    List<String> na = words(a.canonical());
    List<String> nb = words(b.canonical());
    // two names with the same family name: a transliterated first name spelt two ways (جوزيف/سيب بلاتر)
    return na.size() >= 2 && nb.size() >= 2 && same(na.get(na.size() - 1), nb.get(nb.size() - 1));
  }

  /** The non-empty forms as normalised words. */
  static List<List<String>> forms(String... fs) {
    List<List<String>> out = new ArrayList<>();
    for (String f : fs) {
      if (f != null && !f.isBlank()) out.add(words(f));
    }
    return out;
  }

  /**
   * Normalised words, ال dropped, the particles of a lineage dropped ({@code بن}, {@code آل}) and
   * {@code عبد}/{@code أبو} joined to the next word, so {@code عبد الرحمن} and {@code عبدالرحمن} agree.
   */
  private static List<String> words(String f) {
    if (f == null || f.isBlank()) return List.of();
    List<String> out = new ArrayList<>();
    boolean join = false;
    for (String w : ArabicNormalization.normalize(f).strip().split("\\s+")) {
      String x = w.startsWith("ال") && w.length() > 4 ? w.substring(2) : w;
      if (LINEAGE.contains(x)) continue;
      if (join && !out.isEmpty()) out.set(out.size() - 1, out.get(out.size() - 1) + x);
      else out.add(x);
      join = x.equals("عبد") || x.equals("ابو");
    }
    return out;
  }

  private static final java.util.Set<String> LINEAGE = java.util.Set.of("بن", "ابن", "بنت", "ال");

  /** Equal, or the shorter's words all found among the longer's (a short or titled form, a longer description). */
  static boolean formsAgree(List<String> x, List<String> y) {
    List<String> shorter = x.size() <= y.size() ? x : y;
    List<String> longer = shorter == x ? y : x;
    for (String w : shorter) {
      if (longer.stream().noneMatch(v -> same(w, v))) return false;
    }
    return true;
  }

  /** The same word up to a transliteration variant: one edit in four letters or more, two in seven or more. */
  static boolean same(String a, String b) {
    if (a.equals(b)) return true;
    int n = Math.min(a.length(), b.length());
    int allowed = n >= 7 ? 2 : n >= 4 ? 1 : 0;
    return allowed > 0 && EditDistance.within(a, b, allowed);
  }
}
