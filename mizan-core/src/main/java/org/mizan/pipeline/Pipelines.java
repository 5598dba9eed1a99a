package org.mizan.pipeline;

import java.nio.file.Path;
import org.mizan.stories.StoryClustering;

/**
 * The standard pipeline of {@code mizan digest}, {@code mizan ingest} and the Flink job: one place
 * that lists the stages in order, so every front end runs the same analysis.
 */
public final class Pipelines {
  private Pipelines() {}

  public static Pipeline standard() {
    return standard(null);
  }

  /** @param storyState file keeping the stories between runs (a run extends earlier runs' stories), or null */
  public static Pipeline standard(Path storyState) {
    return Pipeline.builder()
        // clean: body vs boilerplate, then metadata
        // text analysis: entities, quotes, figures, dates
        // corpus: entity linking, stories
        .add(new StoryClustering(storyState))
        .build();
  }
}
