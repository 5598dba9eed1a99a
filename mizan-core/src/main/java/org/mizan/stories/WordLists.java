package org.mizan.stories;

import java.util.HashSet;
import java.util.Set;
import org.mizan.text.ArabicNormalization;
import org.mizan.text.Clitics;
import org.mizan.text.WordList;

/** The word lists of story clustering (resources of this package: one word a line, {@code #} comments). */
final class WordLists {
  private WordLists() {}

  /** A word list (normalized; with {@code stripped} also each word without its clitics). */
  static Set<String> load(String resource, boolean stripped) {
    Set<String> out = new HashSet<>();
    for (String line : WordList.lines(WordLists.class, resource)) {
      String n = ArabicNormalization.normalize(line);
      out.add(n);
      if (stripped) out.add(Clitics.strip(n));
    }
    return Set.copyOf(out);
  }
}
