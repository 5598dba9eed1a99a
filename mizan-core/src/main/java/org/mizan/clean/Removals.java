package org.mizan.clean;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.mizan.doc.Document;
import org.mizan.doc.Paragraph;
import org.mizan.doc.Removed;

/** Applies a stage's decisions to a document: drops paragraphs with their reasons, in reading order. */
public final class Removals {
  private Removals() {}

  /**
   * Removes the paragraphs at the keys of {@code reasons} (index → reason). The removed list stays in
   * the order of the original lines, whichever stage removed what.
   */
  public static Document apply(Document d, Map<Integer, String> reasons) {
    if (reasons.isEmpty()) return d;
    List<Paragraph> kept = new ArrayList<>();
    List<Removed> removed = new ArrayList<>(d.removed());
    for (int i = 0; i < d.paragraphs().size(); i++) {
      Paragraph p = d.paragraphs().get(i);
      String r = reasons.get(i);
      if (r == null) kept.add(p);
      else removed.add(new Removed(p.text(), r));
    }
    return d.withBody(kept, inReadingOrder(d, removed));
  }

  static List<Removed> inReadingOrder(Document d, List<Removed> removed) {
    if (d.raw() == null) return removed;
    List<String> lines = d.raw().lines();
    List<Removed> sorted = new ArrayList<>(removed);
    sorted.sort(Comparator.comparingInt(r -> position(lines, r.text()))); // stable: ties keep order
    return sorted;
  }

  private static int position(List<String> lines, String text) {
    for (int i = 0; i < lines.size(); i++) if (lines.get(i).contains(text)) return i;
    return lines.size();
  }
}
