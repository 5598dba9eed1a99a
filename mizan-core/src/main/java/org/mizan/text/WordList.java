package org.mizan.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Loads a word list resource: one entry per line, {@code #} starts a comment line, blank lines
 * ignored. Lists of linguistic knowledge (reporting verbs, titles, units) live in such files.
 */
public final class WordList {
  private WordList() {}

  /** The raw non-comment lines of a class-path resource, stripped. */
  public static List<String> lines(Class<?> owner, String resource) {
    try (InputStream in = owner.getResourceAsStream(resource)) {
      if (in == null) throw new IllegalStateException("missing resource " + resource);
      List<String> out = new ArrayList<>();
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        String s = line.strip();
        if (!s.isEmpty() && !s.startsWith("#")) out.add(s);
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The entries of a one-word-per-line resource in matching form ({@link ArabicNormalization}). */
  public static Set<String> normalized(Class<?> owner, String resource) {
    return of(lines(owner, resource).toArray(String[]::new));
  }

  /** Words given in code, in matching form ({@link ArabicNormalization}), as a set. */
  public static Set<String> of(String... words) {
    Set<String> out = new HashSet<>();
    for (String w : words) out.add(ArabicNormalization.normalize(w));
    return Set.copyOf(out);
  }
}
