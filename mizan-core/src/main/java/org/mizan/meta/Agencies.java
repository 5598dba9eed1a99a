package org.mizan.meta;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mizan.clean.Lines;

/**
 * News agencies (wire services) from {@code agencies.txt}. An agency named in a credit line is a
 * credited source, never the outlet that published the article.
 */
public final class Agencies {
  /** matching form → display form */
  private static final Map<String, String> NAMES = load();

  private Agencies() {}

  private static Map<String, String> load() {
    Map<String, String> m = new LinkedHashMap<>();
    for (String name : Lines.resource("/org/mizan/meta/agencies.txt")) m.putIfAbsent(Lines.key(name), name);
    return m;
  }

  /** True when {@code text} (digits and punctuation ignored) is the name of an agency. */
  public static boolean isAgency(String text) {
    return NAMES.containsKey(stripDigits(Lines.key(text)));
  }

  /** True for a name that calls itself an agency ({@code وكالة فلان}): a source, never the outlet. */
  public static boolean namesAnAgency(String text) {
    String k = Lines.key(text);
    return k.startsWith("وكاله ") || k.startsWith("وكالة ");
  }

  /** Agency names occurring as whole words in {@code key} (a matching form), longest first. */
  public static List<String> namesIn(String key) {
    List<String> out = new ArrayList<>();
    for (String k : NAMES.keySet()) if (Lines.containsWords(key, k)) out.add(k);
    out.sort((a, b) -> Integer.compare(b.length(), a.length()));
    return out;
  }

  static String stripDigits(String key) {
    return key.replaceAll("\\d", "").strip();
  }
}
