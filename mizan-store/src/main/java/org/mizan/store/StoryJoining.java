package org.mizan.store;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mizan.doc.Document;

/**
 * The archive's story assignment run in memory over articles in arrival order, exactly as
 * {@link MizanStore#add} assigns them: for evaluation against story gold.
 */
public final class StoryJoining {
  private StoryJoining() {}

  /** The threshold the archive uses. */
  public static double threshold() {
    return StoryJoiner.THRESHOLD;
  }

  /** Article id to story id, for {@code docs} in order. */
  public static Map<String, String> assign(List<Document> docs) {
    return assign(docs, StoryJoiner.THRESHOLD);
  }

  /** The same with another join threshold (for tuning). */
  public static Map<String, String> assign(List<Document> docs, double threshold) {
    StoryJoiner joiner = new StoryJoiner(threshold);
    Map<String, String> out = new LinkedHashMap<>();
    for (Document d : docs) {
      Map<String, Integer> terms = StoryJoiner.terms(d);
      String date = d.published() == null ? null : d.published().value();
      joiner.observe(terms);
      String story = joiner.assign(terms, date);
      if (story == null) story = "s" + d.id();
      joiner.add(story, terms, date);
      out.put(d.id(), story);
    }
    return out;
  }
}
