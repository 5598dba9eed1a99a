package org.mizan.store;

import java.util.List;
import java.util.Map;
import org.mizan.doc.Document;
import org.mizan.stories.StoryClusterer;
import org.mizan.stories.StoryState;

/**
 * The archive's story assignment run in memory over articles in arrival order, exactly as
 * {@link MizanStore#add} assigns them (the core {@link StoryClusterer} with its default tuning, as
 * {@code mizan digest}): for evaluation against story gold.
 */
public final class StoryJoining {
  private StoryJoining() {}

  /** The join threshold the archive uses. */
  public static double threshold() {
    return StoryClusterer.Params.DEFAULT.threshold();
  }

  /** Article id to story id, for {@code docs} in order. */
  public static Map<String, String> assign(List<Document> docs) {
    return new StoryClusterer(StoryState.inMemory()).addAll(docs);
  }
}
