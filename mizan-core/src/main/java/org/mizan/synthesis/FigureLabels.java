package org.mizan.synthesis;

import java.util.List;
import org.mizan.synthesis.StoryDigest.FigureValue;
import org.mizan.synthesis.StoryDigest.Quantity;

/**
 * How the reports name what a figure counts or measures: the Arabic label of its unit or counted thing,
 * else the word as an article printed it.
 */
final class FigureLabels {
  private FigureLabels() {}

  /**
   * How the report names a quantity: the Arabic label of its unit or counted thing, and for a counted
   * thing without a label the word as an article printed it ("صفقة", not its matching form "صفقه").
   */
  static String label(Quantity q) {
    String c = q.counted() == null ? null : Lexicon.UNIT_LABELS.get(q.counted());
    if (q.counted() != null && c == null) c = printed(q.counted(), q.values());
    String u = q.unit() == null ? null : Lexicon.UNIT_LABELS.getOrDefault(q.unit(), q.unit());
    return c != null && u != null ? c + " (" + u + ")" : c != null ? c : u;
  }

  /** The label of what a figure divergence is about (its {@code about} is the unit or counted thing's key). */
  static String label(StoryDigest.Divergence d) {
    String l = Lexicon.UNIT_LABELS.get(d.about());
    if (l != null) return l;
    return printed(d.about(), d.positions().stream().map(StoryDigest.Position::claim).toList());
  }

  private static String printed(String counted, List<FigureValue> values) {
    return printed(counted, values.stream().map(FigureValue::text).toList());
  }

  private static String printed(String counted, java.util.Collection<String> texts) {
    for (String text : texts) {
      for (org.mizan.text.Token t : org.mizan.text.Tokenizer.tokenize(text)) {
        if (t.norm().equals(counted) || t.stem().equals(counted)) return t.text();
      }
    }
    return counted;
  }
}
