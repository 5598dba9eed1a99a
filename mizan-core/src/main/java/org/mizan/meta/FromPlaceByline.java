package org.mizan.meta;

import java.util.ArrayList;
import java.util.List;
import org.mizan.clean.HeaderNames;

/**
 * The byline of translated wire copy, {@code فلان من المكان}, one group per writer: {@code جون سميث من هونج كونج},
 * {@code فلان من الرياض وفلانة من جدة}. Each group gives a writer; the first group's place is the dateline. A place of
 * two words is read when it is a known place or closes the field (so no list needs {@code لوس أنجلوس}); otherwise the
 * place is one word and the next writer may follow with no separator ({@code فلان من الطائف فلانة من جدة}).
 */
final class FromPlaceByline {
  private FromPlaceByline() {}

  /** The writers and the first place, or null when {@code field} is not made of such groups only. */
  static AuthorField.Parsed read(String field) {
    String[] w = field.replaceAll("[ـ\\-–،,]", " ").strip().split("\\s+");
    List<String> writers = new ArrayList<>();
    String firstPlace = null;
    int start = 0;
    while (start < w.length) {
      int from = indexOf(w, "من", start);
      if (from < 0 || from == w.length - 1) return null;
      String writer = String.join(" ", java.util.Arrays.copyOfRange(w, start, from));
      // "… من الرياض وفلان من جدة": the next group's و is the conjunction unless it opens a given name (وائل)
      if (!writers.isEmpty() && writer.startsWith("و") && !AuthorField.wawName(w[start])) writer = writer.substring(1);
      List<String> several = AuthorField.coordinated(writer);
      if (several == null && (!HeaderNames.isPersonName(writer) || Outlets.mayBeOutlet(writer))) return null;
      int end = placeEnd(w, from + 1);
      if (end < 0) return null;
      String place = String.join(" ", java.util.Arrays.copyOfRange(w, from + 1, end));
      writers.addAll(several != null ? several : List.of(writer));
      if (firstPlace == null) firstPlace = place;
      start = end;
    }
    return writers.isEmpty() ? null : new AuthorField.Parsed(String.join("، ", writers), firstPlace, List.of());
  }

  /** The end (exclusive) of the place that starts at {@code i}, or -1 when the word there cannot open one. */
  private static int placeEnd(String[] w, int i) {
    if (w[i].startsWith("و") && !HeaderNames.isPlace(w[i])) return -1;
    if (i + 1 < w.length && HeaderNames.isPlace(w[i] + " " + w[i + 1])) return i + 2;
    if (i + 2 == w.length && !HeaderNames.isPlace(w[i]) && !w[i + 1].startsWith("و")) return i + 2; // closes the field
    return i + 1;
  }

  private static int indexOf(String[] w, String word, int from) {
    for (int i = from; i < w.length; i++) if (w[i].equals(word)) return i;
    return -1;
  }
}
