package org.mizan.flink;

import org.mizan.stories.Story;

/**
 * One line of the stories changelog ({@code stories-changelog/}): a story created or updated
 * ({@code upsert}, with its new form) or merged away ({@code remove}). Replaying the lines of a
 * scope in {@code seq} order and keeping the last line per story id gives the current stories.
 */
public record StoryEvent(String scope, long seq, String op, String id, Story story) {
  public static final String UPSERT = "upsert";
  public static final String REMOVE = "remove";
}
