package org.mizan.synthesis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mizan.doc.Document;
import org.mizan.entities.Entity;
import org.mizan.stories.Story;
import org.mizan.synthesis.StoryDigest.Quantity;

/**
 * Builds the {@link StoryDigest} of a story from its analysed articles: the API the CLI report
 * writers and the web server share. Pure and thread-safe; every digest is checked with
 * {@link CitationCheck} before it is returned.
 */
public final class Synthesizer {
  /** Most sentences in a summary. */
  public static final int MAX_SUMMARY = 6;

  private final SameStatement sameStatement;

  public Synthesizer() {
    this(SameStatement.STATEMENT_GROUPS);
  }

  /** A synthesizer grouping quotes into same statements with {@code sameStatement}. */
  public Synthesizer(SameStatement sameStatement) {
    this.sameStatement = sameStatement;
  }

  /** Convenience for one-off use with the default settings. */
  public static StoryDigest digest(Story story, List<Document> docs, List<Entity> entities) {
    return new Synthesizer().synthesize(story, docs, entities);
  }

  /**
   * The digest of {@code story}. {@code docs} may hold more documents than the story (e.g. a whole
   * run); only the story's own are used, in story order. Throws {@link IllegalStateException} if a
   * citation fails {@link CitationCheck}.
   */
  public StoryDigest synthesize(Story story, List<Document> docs, List<Entity> entities) {
    Map<String, Document> byId = new HashMap<>();
    for (Document d : docs) byId.put(d.id(), d);
    List<Document> mine = new ArrayList<>();
    for (String id : story.documents()) if (byId.containsKey(id)) mine.add(byId.get(id));
    Map<String, Entity> ents = new HashMap<>();
    for (Entity e : entities) ents.put(e.id(), e);
    StoryText st = new StoryText(mine);
    List<Quantity> figures = FigureTable.build(st);
    // the story's time: its earliest dated article (else what the story says)
    String firstDated = mine.stream().map(Summarizer::day).filter(java.util.Objects::nonNull).sorted().findFirst()
        .orElse(story.firstSeen());
    LocalDate anchor = anchor(firstDated);
    StoryDigest.Coverage coverage = CoverageBuilder.build(story, mine, anchor);
    List<StoryDates.Dated> dates = StoryDates.of(st, anchor);
    StoryDigest digest = new StoryDigest(StoryDigest.SCHEMA_VERSION, story.id(), story.label(),
        mine.stream().map(Document::id).toList(),
        Summarizer.summarize(st, MAX_SUMMARY),
        TimelineBuilder.build(st, dates, anchor),
        WhoSaidWhat.build(st, ents, sameStatement),
        figures,
        Divergences.find(st, figures, dates, ents),
        coverage);
    List<String> bad = CitationCheck.violations(digest, mine);
    if (!bad.isEmpty()) throw new IllegalStateException("story " + story.id() + ": " + bad.get(0));
    return digest;
  }

  private static LocalDate anchor(String first) {
    if (first == null || first.length() < 10) return null;
    try {
      return LocalDate.parse(first.substring(0, 10));
    } catch (RuntimeException e) {
      return null;
    }
  }
}
