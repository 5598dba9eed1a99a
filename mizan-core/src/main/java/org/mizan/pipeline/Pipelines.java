package org.mizan.pipeline;

/**
 * The standard pipeline of {@code mizan digest}, {@code mizan ingest} and the Flink job: one place
 * that lists the stages in order, so every front end runs the same analysis.
 */
public final class Pipelines {
  private Pipelines() {}

  public static Pipeline standard() {
    return Pipeline.builder()
        // clean: body vs boilerplate, then metadata
        // text analysis: entities, quotes, figures, dates
        .add(new org.mizan.entities.NerStage())
        .add(new org.mizan.entities.RoleStage())
        .add(new org.mizan.entities.PropagateStage())
        .add(new org.mizan.entities.ResolveStage())
        // corpus: entity linking, stories
        .add(new org.mizan.entities.LinkStage())
        .build();
  }
}
