package org.mizan.stories;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.mizan.text.ArabicNormalization;
import org.mizan.text.Clitics;

/** The word lists of story clustering (resources of this package: one word a line, {@code #} comments). */
final class WordLists {
  private WordLists() {}

  /** A word list (normalized; with {@code stripped} also each word without its clitics). */
  static Set<String> load(String resource, boolean stripped) {
    try (InputStream in = WordLists.class.getResourceAsStream(resource)) {
      Set<String> out = new HashSet<>();
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        line = line.strip();
        if (line.isEmpty() || line.startsWith("#")) continue;
        String n = ArabicNormalization.normalize(line);
        out.add(n);
        if (stripped) out.add(Clitics.strip(n));
      }
      return Set.copyOf(out);
    } catch (IOException | NullPointerException e) {
      throw new IllegalStateException("cannot read " + resource, e);
    }
  }
}
