package org.mizan.flink;

import java.io.Serializable;
import java.util.List;
import org.mizan.doc.Document;
import org.mizan.stories.Story;

/**
 * Incremental story assignment for one story space, as the keyed step of the Flink job needs it:
 * add documents one at a time, see which stories changed, save the whole state for a checkpoint.
 * Mutable and used by one thread (one Flink key at a time).
 */
public interface StoryAssigner {

  /** Adds one analysed document; returns the stories it created, changed or merged away. */
  Update add(Document doc);

  /** The live stories. */
  List<Story> stories();

  /** The whole state as bytes, so {@link Factory#load} restores an equal assigner. */
  byte[] save();

  /**
   * What one document changed.
   *
   * @param changed stories created or updated (their new form)
   * @param removed ids of stories that no longer exist (merged into one of {@code changed})
   */
  record Update(List<Story> changed, List<String> removed) {
    public Update {
      changed = List.copyOf(changed);
      removed = List.copyOf(removed);
    }
  }

  /** Makes assigners; shipped to the task managers, hence serializable. */
  interface Factory extends Serializable {
    StoryAssigner create();

    StoryAssigner load(byte[] state);
  }
}
