package org.mizan.stories;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Everything story clustering remembers between articles and between runs: the stories, the
 * inverted index over their strongest centroid terms used to find candidates, and the document
 * frequencies seen. {@link InMemoryStoryState} keeps it in memory and in one file; another store
 * (Lucene) can implement the same interface.
 */
public interface StoryState {

  /** Document frequencies: background table plus everything seen by this state. */
  Idf idf();

  /** The story with this id (following merges to the story that absorbed it), or null. */
  StoryCluster get(String id);

  /** Every story, in creation order (live and retired). */
  Collection<StoryCluster> all();

  /** Live stories that share strong terms with {@code query}, the most promising first, at most {@code limit}. */
  List<StoryCluster> candidates(Map<String, Float> query, int queryTerms, int limit);

  /** Adds a new story, or re-indexes one whose centroid changed. */
  void put(StoryCluster story, int indexedTerms);

  /** Records that {@code from} was merged into {@code into} and drops it. */
  void merged(StoryCluster from, StoryCluster into);

  /** Takes stories last seen before {@code hours} (or beyond {@code maxLive}, oldest first) out of the candidate index. */
  void retire(double hours, int maxLive);

  /** How many stories are live (can still receive articles). */
  int liveCount();

  /** Next story sequence number (stories are ordered by it). */
  long nextOrder();

  void save(Path file) throws IOException;

  /** The whole state as bytes (for {@link StoryClusterer#save}); read back by {@link #fromBytes}. */
  default byte[] toBytes() throws IOException {
    throw new UnsupportedOperationException(getClass().getSimpleName() + " has no byte form");
  }

  /** A state saved by {@link #toBytes}. */
  static StoryState fromBytes(byte[] bytes) throws IOException {
    return InMemoryStoryState.fromBytes(bytes);
  }

  static StoryState inMemory() {
    return new InMemoryStoryState(Idf.standard());
  }

  /** Loads a state saved by {@link #save}; a missing file gives an empty state. */
  static StoryState load(Path file) throws IOException {
    return InMemoryStoryState.load(file);
  }
}
