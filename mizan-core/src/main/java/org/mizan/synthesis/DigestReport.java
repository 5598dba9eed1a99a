package org.mizan.synthesis;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.mizan.doc.Document;
import org.mizan.pipeline.Corpus;
import org.mizan.stories.Story;
import org.mizan.stories.StoryClustering;

/**
 * The whole run's digest ({@code digest.json}): one {@link StoryDigest} per story, the most widely
 * covered first (distinct outlets, then articles, then the latest report), so a reader of a day's
 * thousand articles meets the day's main stories before its single-article columns.
 * When the run has no stories (no clustering stage in the pipeline), the articles are clustered
 * here with {@link StoryClustering}'s defaults; if there are still none, each document is its own
 * story, with id {@code doc-<document id>}, so a digest is still produced.
 */
public record DigestReport(@JsonProperty("schema_version") int schemaVersion, List<StoryDigest> stories) {
  public static final int SCHEMA_VERSION = 1;

  public DigestReport {
    stories = List.copyOf(stories);
  }

  public static DigestReport of(Corpus corpus) {
    return of(corpus, new Synthesizer());
  }

  public static DigestReport of(Corpus corpus, Synthesizer synthesizer) {
    List<StoryDigest> out = new ArrayList<>();
    for (Story s : storiesOf(corpus)) out.add(synthesizer.synthesize(s, corpus.documents(), corpus.entities()));
    out.sort(BY_COVERAGE);
    return new DigestReport(SCHEMA_VERSION, out);
  }

  /** Most outlets first, then most articles, then the latest last report; stable for ties (story order). */
  static final Comparator<StoryDigest> BY_COVERAGE = Comparator
      .comparingInt((StoryDigest g) -> -outlets(g))
      .thenComparingInt(g -> -g.documents().size())
      .thenComparing(g -> g.coverage().lastReport(), Comparator.nullsLast(Comparator.reverseOrder()));

  /** Distinct named outlets of a story's sources; an article with no known outlet counts as one of its own. */
  static int outlets(StoryDigest g) {
    Set<String> seen = new HashSet<>();
    int unnamed = 0;
    for (StoryDigest.Source s : g.coverage().sources()) {
      if (s.outlet() == null) unnamed++;
      else seen.add(s.outlet());
    }
    return seen.size() + unnamed;
  }

  /** The corpus' stories, else clustered here, else one story per document. */
  public static List<Story> storiesOf(Corpus corpus) {
    if (!corpus.stories().isEmpty()) return corpus.stories();
    if (!corpus.documents().isEmpty()) {
      List<Story> clustered = new StoryClustering().apply(corpus).stories();
      if (!clustered.isEmpty()) return clustered;
    }
    List<Story> out = new ArrayList<>();
    for (Document d : corpus.documents()) {
      String when = d.published() == null ? null : d.published().value();
      out.add(new Story("doc-" + d.id(), d.headline(), List.of(d.id()),
          d.outlet() == null ? List.of() : List.of(d.outlet()), when, when, List.of()));
    }
    return out;
  }
}
