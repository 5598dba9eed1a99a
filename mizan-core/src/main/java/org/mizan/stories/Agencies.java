package org.mizan.stories;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.mizan.text.ArabicNormalization;

/**
 * News agencies and how Arabic articles credit them ({@code واس}, {@code رويترز}, {@code أ ف ب}).
 * The list is in {@code agencies.tsv}: canonical name, then its spellings.
 */
public final class Agencies {
  private record Alias(String agency, String[] tokens) {}

  private static final List<Alias> ALIASES = load();

  private Agencies() {}

  /** The canonical agency named in {@code text} (first one found), or null. */
  public static String find(String text) {
    if (text == null || text.isEmpty()) return null;
    List<String> toks = StoryFeatures.tokensForShingles(text);
    for (int i = 0; i < toks.size(); i++) {
      for (Alias a : ALIASES) {
        if (matches(toks, i, a.tokens())) return a.agency();
      }
    }
    return null;
  }

  /** The canonical form of a credited source if it is a known agency, else null. */
  public static String canonical(String credited) {
    if (credited == null) return null;
    List<String> toks = StoryFeatures.tokensForShingles(credited);
    for (Alias a : ALIASES) if (toks.size() == a.tokens().length && matches(toks, 0, a.tokens())) return a.agency();
    return find(credited);
  }

  private static boolean matches(List<String> toks, int at, String[] alias) {
    if (at + alias.length > toks.size()) return false;
    for (int j = 0; j < alias.length; j++) {
      String t = toks.get(at + j);
      String want = alias[j];
      // a one-letter proclitic (و ب ل ف) may be glued to the first word: "ولرويترز" is rare, "لرويترز" is not
      if (!t.equals(want) && !(j == 0 && t.length() == want.length() + 1 && "وبلف".indexOf(t.charAt(0)) >= 0
          && t.endsWith(want) && want.length() >= 4)) {
        return false;
      }
    }
    return true;
  }

  private static List<Alias> load() {
    List<Alias> out = new ArrayList<>();
    try (InputStream in = Agencies.class.getResourceAsStream("/org/mizan/stories/agencies.tsv")) {
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        if (line.isBlank() || line.startsWith("#")) continue;
        String[] cols = line.split("\t");
        for (int i = 1; i < cols.length; i++) {
          List<String> toks = StoryFeatures.tokensForShingles(ArabicNormalization.normalize(cols[i]));
          if (!toks.isEmpty()) out.add(new Alias(cols[0], toks.toArray(String[]::new)));
        }
      }
    } catch (IOException | NullPointerException e) {
      throw new IllegalStateException("cannot read agencies.tsv", e);
    }
    // longer aliases first, so "وكالة الأنباء السعودية" wins over a shorter partial match
    out.sort((a, b) -> Integer.compare(b.tokens().length, a.tokens().length));
    return List.copyOf(out);
  }
}
