package org.mizan.stories;

/**
 * The public {@link Story} record of a working {@link StoryCluster}, for front ends that drive a
 * {@link StoryClusterer} article by article (the Flink job's keyed story step).
 */
public final class StoryRecords {
  private StoryRecords() {}

  public static Story of(StoryCluster cluster) {
    return Syndication.story(cluster);
  }
}
