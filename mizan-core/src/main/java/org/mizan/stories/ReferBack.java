package org.mizan.stories;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.mizan.text.Token;
import org.mizan.text.Tokenizer;

/**
 * Whether a report refers back to an event already reported ("الحريق الذي اندلع أمس", "على خلفية"):
 * a follow-up of that event rather than the next issue of a template report. The words are in
 * {@code refer-back-words.txt}.
 */
final class ReferBack {
  /** Tokens of the lead read (a follow-up says so early). */
  static final int LEAD_TOKENS = 60;
  private static final List<List<String>> PHRASES = load();

  private ReferBack() {}

  /** Whether the headline or the lead's first {@value #LEAD_TOKENS} tokens hold a refer-back phrase. */
  static boolean in(String headline, String lead) {
    return holds(tokens(headline, Integer.MAX_VALUE)) || holds(tokens(lead, LEAD_TOKENS));
  }

  private static List<String> tokens(String text, int max) {
    List<String> out = new ArrayList<>();
    if (text == null) return out;
    for (Token t : Tokenizer.tokenize(text)) {
      if (out.size() >= max) break;
      out.add(t.norm());
    }
    return out;
  }

  private static boolean holds(List<String> toks) {
    for (int i = 0; i < toks.size(); i++) {
      for (List<String> p : PHRASES) {
        if (i + p.size() > toks.size()) continue;
        boolean all = true;
        for (int j = 0; j < p.size() && all; j++) all = toks.get(i + j).equals(p.get(j));
        if (all) return true;
      }
    }
    return false;
  }

  private static List<List<String>> load() {
    String resource = "/org/mizan/stories/refer-back-words.txt";
    try (InputStream in = ReferBack.class.getResourceAsStream(resource)) {
      List<List<String>> out = new ArrayList<>();
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        line = line.strip();
        if (line.isEmpty() || line.startsWith("#")) continue;
        List<String> p = new ArrayList<>();
        for (Token t : Tokenizer.tokenize(line)) p.add(t.norm());
        if (!p.isEmpty()) out.add(List.copyOf(p));
      }
      return List.copyOf(out);
    } catch (IOException | NullPointerException e) {
      throw new IllegalStateException("cannot read " + resource, e);
    }
  }
}
