package org.mizan.meta;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mizan.clean.Lines;

/**
 * The list of Arabic news outlets and their spellings ({@code outlets.txt}): tells a site-name line
 * ({@code سكاي نيوز عربية}, {@code RT Arabic}) from text, and gives the outlet's display name. Spellings
 * that are also common words or places ({@code الخليج}, {@code النهار}) are marked in the list and
 * count only where the page uses them as a name ({@link #named}), not as a bare line ({@link #siteName}).
 */
public final class Outlets {
  private record Entry(String display, boolean generic) {}

  private static final Map<String, Entry> BY_KEY = load();

  private Outlets() {}

  private static Map<String, Entry> load() {
    Map<String, Entry> out = new HashMap<>();
    for (String row : Lines.resource("/org/mizan/meta/outlets.txt")) {
      String[] names = row.split("\\s+\\|\\s+");
      String display = names[0].replace("~", "").strip();
      for (String n : names) {
        boolean generic = n.startsWith("~");
        String key = Lines.key(n.replace("~", ""));
        if (!key.isEmpty()) out.putIfAbsent(key, new Entry(display, generic));
      }
    }
    return Map.copyOf(out);
  }

  /** The display name of the outlet a whole line names, when it is a non-ambiguous spelling. */
  public static Optional<String> siteName(String line) {
    if (Lines.words(line, 8) > 7) return Optional.empty();
    Entry e = BY_KEY.get(Lines.key(line));
    return e == null || e.generic() ? Optional.empty() : Optional.of(e.display());
  }

  /** The display name of the outlet {@code name} spells, ambiguous spellings included (a quoted or labelled name). */
  public static Optional<String> named(String name) {
    if (Lines.words(name, 8) > 7) return Optional.empty();
    Entry e = BY_KEY.get(Lines.key(name));
    return e == null ? Optional.empty() : Optional.of(e.display());
  }

  /** All spellings in the list, matching form (for tests). */
  static List<String> keys() {
    return List.copyOf(BY_KEY.keySet());
  }
}
