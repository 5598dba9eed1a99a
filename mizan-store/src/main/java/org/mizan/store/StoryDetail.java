package org.mizan.store;

import java.util.List;
import org.mizan.figures.Figure;
import org.mizan.stories.Story;
import org.mizan.synthesis.StoryDigest;

/**
 * Everything the story page shows, assembled from the stored articles: its sources, a timeline of
 * publications and dated events, who said what, the figures each source reports, and the entities;
 * and the story's cited digest ({@link org.mizan.synthesis.Synthesizer}) with the stored stories
 * related to it ({@link org.mizan.stories.RelatedStories}), or null when it could not be built.
 */
public record StoryDetail(Story story, StoryDigest digest, List<DocSummary> sources, List<TimelineEntry> timeline,
    List<StoredQuote> quotes, List<SourcedFigure> figures, List<StoredEntity> entities) {

  /** A dated line of the timeline: a publication or a date mentioned in an article. */
  public record TimelineEntry(String date, String kind, String text, String document, String outlet) {}

  /** A figure with the article and outlet that reported it. */
  public record SourcedFigure(String document, String outlet, Figure figure) {}
}
