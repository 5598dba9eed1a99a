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

  /** Article id to story id, for {@code docs} in order. */
  public static Map<String, String> assign(List<Document> docs) {
    StoryJoiner joiner = new StoryJoiner();
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
