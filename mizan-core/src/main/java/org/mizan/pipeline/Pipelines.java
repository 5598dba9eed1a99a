package org.mizan.pipeline;

import java.nio.file.Path;
import org.mizan.entities.CompoundNamesStage;
import org.mizan.entities.CorpusPropagateStage;
import org.mizan.entities.JunkMentionsStage;
import org.mizan.entities.LexiconNamesStage;
import org.mizan.entities.LinkStage;
import org.mizan.entities.NerStage;
import org.mizan.entities.OrgNamesStage;
import org.mizan.entities.PropagateStage;
import org.mizan.entities.ResolveStage;
import org.mizan.entities.RoleStage;
import org.mizan.entities.SpanRulesStage;
import org.mizan.figures.DateExtractor;
import org.mizan.figures.FigureExtractor;
import org.mizan.quotes.QuoteExtractor;
import org.mizan.quotes.SpeakerLinker;
import org.mizan.stories.StoryClustering;

/**
 * The standard pipeline of {@code mizan digest}, {@code mizan ingest} and the Flink job: one place
 * that lists the stages in order, so every front end runs the same analysis.
 */
public final class Pipelines {
  private Pipelines() {}

  /**
   * The cleaning and metadata stages, in order: the start of every pipeline (also benchmarked on
   * their own by {@code mizan bench cleaning}).
   */
  public static java.util.List<DocumentStage> cleaning(java.time.LocalDateTime referenceTime) {
    return cleaning(referenceTime, org.mizan.clean.RepeatedLines.NONE);
  }

  /**
   * The cleaning and metadata stages, with the short lines repeated across the batch's articles of
   * one outlet ({@link org.mizan.clean.RepeatedLines#learn}) removed as page furniture.
   */
  public static java.util.List<DocumentStage> cleaning(java.time.LocalDateTime referenceTime,
      org.mizan.clean.RepeatedLines repeated) {
    return java.util.List.of(
        new org.mizan.clean.GluedWordSplitter(),
        repeated,
        new org.mizan.clean.ReadAlsoBlocks(),
        new org.mizan.clean.BoilerplateRemover(),
        new org.mizan.clean.PageFurniture(),
        new org.mizan.clean.HeaderFields(),
        new org.mizan.clean.CaptionRemover(),
        new org.mizan.clean.SectionStructure(),
        new org.mizan.meta.PublicationDate(referenceTime),
        new org.mizan.meta.Headline(),
        new org.mizan.meta.Attribution());
  }

  public static Pipeline standard() {
    return standard(null, null);
  }

  /** The standard pipeline with no story state file; see {@link #standard(java.time.LocalDateTime, Path)}. */
  public static Pipeline standard(java.time.LocalDateTime referenceTime) {
    return standard(referenceTime, null);
  }

  /**
   * The standard pipeline.
   *
   * @param referenceTime the time relative date stamps refer to, and the inferred date of articles
   *     that state none ({@code --reference-date}); may be null
   * @param storyState file keeping the stories between runs (a run extends earlier runs' stories), or null
   */
  public static Pipeline standard(java.time.LocalDateTime referenceTime, Path storyState) {
    return standard(referenceTime, storyState, org.mizan.clean.RepeatedLines.NONE);
  }

  /** The per-document entity stages, tagger to in-document resolution, in pipeline order (also timed by {@code bench ner}). */
  public static java.util.List<DocumentStage> entities() {
    return java.util.List.of(new NerStage(), new SpanRulesStage(), new org.mizan.entities.AdjacentNamesStage(),
        new CompoundNamesStage(), new org.mizan.entities.NameTailsStage(), new org.mizan.entities.SultanateNamesStage(),
        new OrgNamesStage(), new LexiconNamesStage(), new org.mizan.entities.PlaceTypesStage(), new org.mizan.entities.OrgOriginStage(), new org.mizan.entities.MediaNamesStage(), new org.mizan.entities.PlaceFramesStage(), new RoleStage(), new org.mizan.entities.ConjoinedNamesStage(), new org.mizan.entities.ListedClubsStage(), new PropagateStage(), new org.mizan.entities.ClubNamesStage(), new org.mizan.entities.NameHeadsStage(), new JunkMentionsStage(), new org.mizan.entities.AdjacentPersonsStage(), new org.mizan.entities.PossessorNamesStage(),
        new ResolveStage());
  }

  /** As {@link #standard(java.time.LocalDateTime, Path)}, with the batch's repeated lines learned beforehand. */
  public static Pipeline standard(java.time.LocalDateTime referenceTime, Path storyState,
      org.mizan.clean.RepeatedLines repeated) {
    Pipeline.Builder b = Pipeline.builder();
    // clean: body vs boilerplate, then metadata
    for (DocumentStage s : cleaning(referenceTime, repeated)) b.add(s);
    // text analysis: entities, quotes, figures, dates
    for (DocumentStage s : entities()) b.add(s);
    return b
        .add(new QuoteExtractor())
        .add(new FigureExtractor())
        .add(new DateExtractor())
        // corpus: entity linking, then quote speakers, then stories
        .add(new CorpusPropagateStage())
        .add(new LinkStage())
        .add(new SpeakerLinker())
        .add(new StoryClustering(storyState))
        .build();
  }
}
