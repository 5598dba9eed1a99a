package org.mizan.store;

import java.util.List;

/**
 * What one committed batch did: articles stored (acknowledged: they are on disk), and articles
 * recognized as already stored.
 */
public record IngestResult(List<String> added, List<Duplicate> duplicates, List<String> stories) {
  public IngestResult {
    added = List.copyOf(added);
    duplicates = List.copyOf(duplicates);
    stories = List.copyOf(stories);
  }

  /** An article not stored because the store already has it, by {@code reason} (id, url or content). */
  public record Duplicate(String id, String input, String existing, String reason) {}
}
