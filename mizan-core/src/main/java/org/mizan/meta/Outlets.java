package org.mizan.meta;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.mizan.clean.Lines;
import org.mizan.text.EditDistance;

/**
 * The list of Arabic news outlets and their spellings ({@code outlets.txt}): tells a site-name line
 * ({@code سكاي نيوز عربية}, {@code RT Arabic}) from text, and gives the outlet's display name. Spellings
 * that are also common words or places ({@code الخليج}, {@code النهار}) are marked in the list and
 * count only where the page uses them as a name ({@link #named}), not as a bare line ({@link #siteName}).
 */
public final class Outlets {
  private record Entry(String display, boolean generic) {}

  private static final Pattern ADDRESS =
      Pattern.compile("[a-z0-9-]+(\\.[a-z0-9-]+)*\\.[a-z]{2,}(/[a-z0-9-]+)?");
  /** One row of the list: the display name, then every spelling as written (marks included). */
  private record Row(String display, List<String> names) {}

  private static final List<Row> ROWS = rows();
  private static final Map<String, Entry> BY_KEY = byKey();
  /** The keys of every spelling and display name, for {@link #mayBeOutlet}. */
  private static final List<String> ALL_KEYS = allKeys();
  /** Web addresses in the list ({@code aawsat.com}, {@code bbc.com/arabic}) → display name. */
  private static final Map<String, String> BY_HOST = byHost();

  private Outlets() {}

  private static List<Row> rows() {
    List<Row> out = new ArrayList<>();
    for (String row : Lines.resource("/org/mizan/meta/outlets.txt")) {
      String[] names = row.split("\\s+\\|\\s+");
      out.add(new Row(names[0].replace("~", "").replace("=", "").strip(), List.of(names)));
    }
    return List.copyOf(out);
  }

  private static Map<String, Entry> byKey() {
    Map<String, Entry> out = new HashMap<>();
    for (Row row : ROWS) {
      for (String n : row.names()) {
        if (n.startsWith("=")) continue; // a display name only, never read as the outlet's spelling
        String key = Lines.key(n.replace("~", ""));
        if (!key.isEmpty()) out.putIfAbsent(key, new Entry(row.display(), n.startsWith("~")));
      }
    }
    return Map.copyOf(out);
  }

  private static List<String> allKeys() {
    java.util.Set<String> out = new java.util.HashSet<>(BY_KEY.keySet());
    for (Row row : ROWS) out.add(Lines.key(row.display()));
    out.remove("");
    return List.copyOf(out);
  }

  private static Map<String, String> byHost() {
    Map<String, String> out = new HashMap<>();
    for (Row row : ROWS) {
      for (String n : row.names()) {
        String a = n.replace("~", "").strip().toLowerCase(Locale.ROOT);
        if (ADDRESS.matcher(a).matches()) out.putIfAbsent(a, row.display());
      }
    }
    return Map.copyOf(out);
  }

  /**
   * The display name of the outlet whose site serves {@code url}, when its address is in the list: the
   * host or one of its parent domains ({@code m.aawsat.com} → {@code aawsat.com}), or the host with the
   * first path segment ({@code bbc.com/arabic}). The page's address says who published it more surely
   * than any line of the page: a columnist's own site at the foot of a column is not the outlet.
   */
  public static Optional<String> forUrl(String url) {
    URI u = uri(url);
    String host = u == null ? null : u.getHost();
    if (host == null) return Optional.empty();
    host = host.toLowerCase(Locale.ROOT);
    String path = u.getPath() == null ? "" : u.getPath().toLowerCase(Locale.ROOT);
    String first = path.replaceFirst("^/", "").replaceFirst("/.*", "");
    for (String h = host; h.indexOf('.') > 0; h = h.substring(h.indexOf('.') + 1)) {
      if (!first.isEmpty() && BY_HOST.containsKey(h + "/" + first)) return Optional.of(BY_HOST.get(h + "/" + first));
      if (BY_HOST.containsKey(h)) return Optional.of(BY_HOST.get(h));
    }
    return Optional.empty();
  }

  /** A page address as printed (spaces allowed), or null when it is none. */
  static URI uri(String url) {
    if (url == null) return null;
    try {
      return URI.create(url.strip().replace(" ", "%20"));
    } catch (IllegalArgumentException e) {
      return null;
    }
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

  /**
   * Whether {@code name} may be an outlet rather than a person: it spells an outlet of the list (display-only names
   * such as {@code عين اليوم} included) with at most one letter added, dropped or changed ({@code عين اليومم}), or
   * opens with one ({@code الاقتصادية الإلكترونية}). A page's own name at the head of its text is no writer.
   */
  static boolean mayBeOutlet(String name) {
    String key = Lines.key(name);
    for (String k : ALL_KEYS) {
      if (key.equals(k) || key.startsWith(k + " ") || key.length() >= 5 && EditDistance.within(key, k, 1)) return true;
    }
    return false;
  }

  /** A news agency ({@link Agencies}) or an outlet of the list, ambiguous spellings included. */
  static boolean isPublisher(String name) {
    return Agencies.isAgency(name) || named(name).isPresent();
  }

  /** The display names of the list, one per outlet (for tests). */
  static List<String> displays() {
    return ROWS.stream().map(Row::display).toList();
  }

  /** All spellings in the list, matching form (for tests). */
  static List<String> keys() {
    return List.copyOf(BY_KEY.keySet());
  }
}
