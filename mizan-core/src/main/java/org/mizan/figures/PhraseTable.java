package org.mizan.figures;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mizan.text.ArabicNormalization;
import org.mizan.text.Token;
import org.mizan.text.WordList;

/**
 * Phrases of one or more words (in matching form) mapped to a value, matched against tokens
 * longest first: the lookup behind units, currencies, counted nouns, scales and approximations.
 */
final class PhraseTable<V> {
  /** A match: the value and how many tokens it covers. */
  record Match<V>(V value, int length) {}

  private final Map<String, V> phrases = new HashMap<>();
  private final java.util.Set<String> firstWords = new java.util.HashSet<>();
  private int longest = 1;

  void add(String phrase, V value) {
    String norm = ArabicNormalization.normalize(phrase.strip()).replaceAll("\\s+", " ");
    phrases.putIfAbsent(norm, value);
    firstWords.add(norm.split(" ")[0]);
    longest = Math.max(longest, norm.split(" ").length);
  }

  /** Loads {@code key<TAB>form,form,…} lines, mapping each form to {@code parse(key)}. */
  static <V> PhraseTable<V> load(String resource, java.util.function.Function<String, V> parse) {
    PhraseTable<V> t = new PhraseTable<>();
    for (String line : WordList.lines(PhraseTable.class, resource)) {
      String[] f = line.split("\t");
      if (f.length < 2) continue;
      V v = parse.apply(f[0]);
      for (String form : f[1].split(",")) {
        if (!form.isBlank()) t.add(form.replace("*", ""), v);
      }
    }
    return t;
  }

  boolean contains(String norm) {
    return phrases.containsKey(norm);
  }

  V get(String norm) {
    return phrases.get(norm);
  }

  /** Longest phrase starting at token {@code i}, or null. Tries each word also without ال / و / ب. */
  Match<V> at(List<Token> toks, int i) {
    String first = toks.get(i).norm();
    if (!firstWords.contains(first) && !firstWords.contains(strip(first))) return null; // fast path
    for (int len = Math.min(longest, toks.size() - i); len >= 1; len--) {
      StringBuilder sb = new StringBuilder();
      for (int k = i; k < i + len; k++) sb.append(k > i ? " " : "").append(toks.get(k).norm());
      String joined = sb.toString();
      V v = phrases.get(joined);
      if (v == null) v = phrases.get(strip(joined));
      if (v != null) return new Match<>(v, len);
    }
    return null;
  }

  /**
   * Longest phrase ending just before token {@code i} (its last word is token i-1), or null. The
   * phrase's first word may carry a one-letter proclitic ({@code ونحو}, {@code لقرابة}).
   */
  Match<V> endingBefore(List<Token> toks, int i) {
    if (i == 0) return null;
    for (int len = Math.min(longest, i); len >= 1; len--) {
      StringBuilder sb = new StringBuilder();
      for (int k = i - len + 1; k < i; k++) sb.append(' ').append(toks.get(k).norm());
      String first = toks.get(i - len).norm();
      V v = phrases.get(first + sb);
      // ليصل إلى (to reach) is no bound, unlike يصل إلى: a preposition on a verb of a longer phrase is not
      // read through, a conjunction (ويقل قليلا عن) or a proclitic on any other word is (لأكثر من، بما يقارب، ولا يقل عن)
      if (v == null && first.length() > (len == 1 ? 3 : 2) && "وبلف".indexOf(first.charAt(0)) >= 0
          && (len == 1 || "يت".indexOf(first.charAt(1)) < 0 || "وف".indexOf(first.charAt(0)) >= 0)) {
        v = phrases.get(first.substring(1) + sb);
        // ويصل إلى مستوى 8872: a conjunction on a verb of reaching narrates, it sets no bound
        if (v != null && "يت".indexOf(first.charAt(1)) >= 0 && len > 1 && "up_to".equals(v)) v = null;
      }
      if (v != null) return new Match<>(v, len);
    }
    return null;
  }

  /** The first word without a leading و/ب/ل or ال (بـ 600 ألف، والآلاف). */
  static String strip(String joined) {
    String w = joined;
    if (w.length() > 4 && w.startsWith("لل")) return w.substring(2); // للدول: ل on the article, its alif dropped
    if (w.length() > 3 && (w.startsWith("و") || w.startsWith("ب") || w.startsWith("ل") || w.startsWith("ف"))) {
      w = w.substring(1);
    }
    if (w.startsWith("ال") && w.length() > 4) w = w.substring(2);
    else if (w.startsWith("ل") && w.length() > 4) w = w.substring(1);
    return w;
  }
}
