package org.mizan.flink;

/** The story assigner the job runs by default. */
public final class StoryAssigners {
  private StoryAssigners() {}

  /** The standard story clusterer ({@code stories.cluster}), checkpointable. */
  public static StoryAssigner.Factory standard() {
    return new ClustererAssigner.Factory();
  }
}
