package org.mizan.pipeline;

import org.mizan.figures.DateExtractor;
import org.mizan.figures.FigureExtractor;
import org.mizan.quotes.QuoteExtractor;
import org.mizan.quotes.SpeakerLinker;

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
        .add(new QuoteExtractor())
        .add(new FigureExtractor())
        .add(new DateExtractor())
        // corpus: entity linking, then quote speakers, then stories
        .add(new SpeakerLinker())
        .build();
  }
}
