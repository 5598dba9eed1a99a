package org.mizan.synthesis;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mizan.doc.Document;
import org.mizan.pipeline.Corpus;
import org.mizan.stories.RelatedStories;
import org.mizan.stories.Story;
import org.mizan.stories.StoryClustering;

/**
 * The whole run's digest ({@code digest.json}): one {@link StoryDigest} per story, the most widely
 * covered first (distinct outlets, then articles, then the latest report), so a reader of a day's
 * thousand articles meets the day's main stories before its single-article columns.
 * When the run has no stories (no clustering stage in the pipeline), the articles are clustered
 * here with {@link StoryClustering}'s defaults; each story is linked to the related ones the digest
 * holds ({@link RelatedStories}); if there are still none, each document is its own
 * story, with id {@code doc-<document id>}, so a digest is still produced.
 */
public record DigestReport(@JsonProperty("schema_version") int schemaVersion, List<StoryDigest> stories,
    @JsonProperty("min_outlets") int minOutlets, @JsonProperty("stories_left_out") int storiesLeftOut) {
  public static final int SCHEMA_VERSION = 1;

  public DigestReport {
    stories = List.copyOf(stories);
  }

  public DigestReport(int schemaVersion, List<StoryDigest> stories) {
    this(schemaVersion, stories, 1, 0);
  }

  public static DigestReport of(Corpus corpus) {
    return of(corpus, new Synthesizer());
  }

  public static DigestReport of(Corpus corpus, Synthesizer synthesizer) {
    return of(corpus, synthesizer, 1);
  }

  /**
   * The digest of the stories covered by at least {@code minOutlets} outlets (counted as {@link
   * #outlets}); the others are only counted, so a day's digest can leave out its single-source items
   * (they stay in {@code stories.jsonl}).
   */
  public static DigestReport of(Corpus corpus, Synthesizer synthesizer, int minOutlets) {
    java.util.Map<String, Document> byId = new java.util.HashMap<>();
    for (Document d : corpus.documents()) byId.put(d.id(), d);
    List<StoryDigest> out = new ArrayList<>();
    int leftOut = 0;
    List<Story> stories = storiesOf(corpus);
    for (Story s : stories) {
      if (minOutlets > 1 && outlets(s, byId) < minOutlets) {
        leftOut++;
        continue;
      }
      out.add(synthesizer.synthesize(s, corpus.documents(), corpus.entities()));
    }
    out.sort(BY_COVERAGE);
    return new DigestReport(SCHEMA_VERSION, withRelated(out, stories, corpus), Math.max(1, minOutlets), leftOut);
  }

  /** Each digest with its related stories among those of the digest (a link a reader can follow). */
  private static List<StoryDigest> withRelated(List<StoryDigest> digests, List<Story> stories, Corpus corpus) {
    Set<String> shown = new HashSet<>();
    for (StoryDigest g : digests) shown.add(g.storyId());
    Map<String, List<RelatedStories.Link>> related = RelatedStories.of(stories, corpus.documents(), corpus.entities());
    List<StoryDigest> out = new ArrayList<>();
    for (StoryDigest g : digests) {
      List<RelatedStories.Link> links = related.getOrDefault(g.storyId(), List.of()).stream()
          .filter(l -> shown.contains(l.storyId())).toList();
      out.add(links.isEmpty() ? g : g.withRelated(links));
    }
    return out;
  }

  /** Most outlets first, then most articles, then the latest last report; stable for ties (story order). */
  static final Comparator<StoryDigest> BY_COVERAGE = Comparator
      .comparingInt((StoryDigest g) -> -outlets(g))
      .thenComparingInt(g -> -g.documents().size())
      .thenComparing(g -> g.coverage().lastReport(), Comparator.nullsLast(Comparator.reverseOrder()));

  /** Distinct named outlets of a story's sources; an article with no known outlet counts as one of its own. */
  static int outlets(StoryDigest g) {
    return distinct(g.coverage().sources().stream().map(StoryDigest.Source::outlet).toList());
  }

  private static int outlets(Story s, java.util.Map<String, Document> byId) {
    List<String> outlets = new ArrayList<>();
    for (String id : s.documents()) if (byId.containsKey(id)) outlets.add(byId.get(id).outlet());
    return distinct(outlets);
  }

  private static int distinct(List<String> outlets) {
    Set<String> seen = new HashSet<>();
    int unnamed = 0;
    for (String o : outlets) {
      if (o == null) unnamed++;
      else seen.add(o);
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
