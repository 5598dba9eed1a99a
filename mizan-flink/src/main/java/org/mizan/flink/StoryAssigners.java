package org.mizan.flink;

/** The story assigner the job runs by default. */
public final class StoryAssigners {
  private StoryAssigners() {}

  /** The assigner equivalent to the corpus stages of the standard pipeline. */
  public static StoryAssigner.Factory standard() {
    return new CorpusStageAssigner.Factory();
  }
}
