package org.mizan.synthesis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mizan.doc.Document;
import org.mizan.doc.RawArticle;
import org.mizan.ingest.Ingestor;
import org.mizan.pipeline.Corpus;
import org.mizan.pipeline.Pipeline;
import org.mizan.pipeline.Pipelines;
import org.mizan.stories.Story;
import org.mizan.synthesis.StoryDigest.Citation;
import org.mizan.synthesis.StoryDigest.Divergence;
import org.mizan.synthesis.StoryDigest.Quantity;
import org.mizan.synthesis.StoryDigest.Statement;
import org.mizan.testing.Fixtures;
import org.mizan.text.ArabicNormalization;

/**
 * The digest of the five seed articles through the standard pipeline, against the seed gold. Each
 * check needs the stages that feed it (clustering, dates, quotes, figures); until they are in
 * {@link Pipelines#standard()} the check is skipped with a message saying which is missing.
 */
class SeedDigestTest {
  private static Corpus corpus;
  private static DigestReport report;
  /** Gold id ("000") to document id. */
  private static final Map<String, String> ids = new HashMap<>();
  private static final JsonNode gold = Fixtures.seedGold();

  @BeforeAll
  static void run() {
    Pipeline p = Pipelines.standard();
    List<RawArticle> raws = new ArrayList<>();
    new Ingestor().read(List.of(Fixtures.seedsDir().toString()), raws::add, x -> { });
    List<Document> docs = new ArrayList<>();
    for (RawArticle r : raws) docs.add(p.analyse(r, x -> { }));
    corpus = p.synthesise(docs);
    // a pipeline without a story stage: cluster here
    if (corpus.stories().isEmpty()) corpus = new org.mizan.stories.StoryClustering().apply(corpus);
    for (Document d : corpus.documents()) {
      String file = java.nio.file.Path.of(d.input()).getFileName().toString();
      ids.put(file.substring(0, 3), d.id());
    }
    clustered = corpus.stories().size();
    // the digest checks below are about synthesis: they use the gold story (all five seeds as one)
    // even when clustering splits it, which oneStoryOfAllFive reports on its own
    if (clustered != 1) {
      List<String> all = corpus.documents().stream().map(Document::id).toList();
      Story first = corpus.stories().isEmpty() ? null : corpus.stories().get(0);
      List<Story.SyndicationGroup> synd = corpus.stories().stream().flatMap(s -> s.syndication().stream()).toList();
      corpus = corpus.withStories(List.of(new Story(first == null ? "seeds" : first.id(),
          first == null ? null : first.label(), all, List.of(), null, null, synd)));
    }
    report = DigestReport.of(corpus);
    try {
      java.nio.file.Files.writeString(java.nio.file.Path.of("target/seed-digest.md"),
          DigestMarkdown.render(report.stories()));
      java.nio.file.Files.writeString(java.nio.file.Path.of("target/seed-digest.html"),
          DigestHtml.page(report.stories(), corpus.documents()));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static int clustered;

  private static StoryDigest story() {
    return report.stories().get(0);
  }

  private static Set<String> docs(List<Citation> cs) {
    Set<String> out = new HashSet<>();
    for (Citation c : cs) out.add(c.documentId());
    return out;
  }

  private static Set<String> gold(JsonNode arr) {
    Set<String> out = new HashSet<>();
    for (JsonNode n : arr) out.add(ids.get(n.asText()));
    return out;
  }

  @Test
  void oneStoryOfAllFive() {
    assumeThat(clustered).as("story clustering gives %d stories for the five seeds (gold: one)", clustered)
        .isEqualTo(1);
    StoryDigest g = story();
    assertThat(report.stories()).hasSize(1);
    assertThat(g.documents()).containsExactlyInAnyOrderElementsOf(ids.values());
    assertThat(g.coverage().sources()).hasSize(5);
  }

  @Test
  void everySummarySentenceIsCitedBodyText() {
    assumeThat(corpus.documents().stream().anyMatch(d -> !d.removed().isEmpty())).as("no cleaning stage yet").isTrue();
    for (StoryDigest g : report.stories()) {
      assertThat(g.summary()).isNotEmpty();
      assertThat(CitationCheck.violations(g, corpus.documents())).isEmpty();
      for (var s : g.summary()) {
        assertThat(s.citations()).isNotEmpty();
        Document d = corpus.documents().stream().filter(x -> x.id().equals(s.citations().get(0).documentId()))
            .findFirst().orElseThrow();
        assertThat(d.paragraphs().stream().anyMatch(p -> p.text().contains(s.text()))).isTrue();
        for (JsonNode doc : gold.get("documents")) {
          for (JsonNode nb : doc.get("not_body")) assertThat(s.text()).doesNotContain(nb.get("line").asText());
        }
      }
    }
  }

  @Test
  void timelineHasTheGoldEventsOnTheGoldDates() {
    StoryDigest g = story();
    assumeThat(corpus.documents().stream().anyMatch(d -> !d.dates().isEmpty())).as("no date stage yet").isTrue();
    for (JsonNode ev : gold.get("timeline")) {
      String date = ev.get("date").asText();
      Set<String> want = gold(ev.get("docs"));
      Set<String> cited = new HashSet<>();
      g.timeline().stream().filter(e -> e.date().equals(date)).forEach(e -> cited.addAll(docs(e.citations())));
      cited.retainAll(want);
      assertThat(cited).as("timeline on %s citing %s", date, ev.get("docs")).isNotEmpty();
    }
    assertThat(g.timeline().stream().map(e -> TimelineBuilder.sortKey(e.date())).toList()).isSorted();
  }

  @Test
  void sameStatementGroupsAcrossOutlets() {
    StoryDigest g = story();
    assumeThat(corpus.documents().stream().anyMatch(d -> !d.quotes().isEmpty())).as("no quote stage yet").isTrue();
    for (JsonNode same : gold.get("same_quote_across_sources")) {
      Set<String> want = gold(same.get("docs"));
      String speaker = ArabicNormalization.normalize(same.get("speaker").asText());
      boolean found = false;
      for (var sp : g.quotes()) {
        if (!ArabicNormalization.normalize(sp.speaker()).contains(speaker.substring(speaker.indexOf(' ') + 1))) continue;
        for (Statement st : sp.statements()) found |= docs(st.citations()).containsAll(want) && st.outlets() >= want.size();
      }
      assertThat(found).as("same statement of %s in %s", same.get("speaker"), same.get("docs")).isTrue();
    }
  }

  @Test
  void areaFiguresAgreeAcrossTheTwoOutlets() {
    StoryDigest g = story();
    assumeThat(corpus.documents().stream().anyMatch(d -> !d.figures().isEmpty())).as("no figure stage yet").isTrue();
    for (double v : new double[] {701, 725}) {
      Quantity q = g.figures().stream().filter(x -> x.values().stream().anyMatch(fv -> fv.value() == v)).findFirst()
          .orElseThrow(() -> new AssertionError("no quantity " + v));
      assertThat(q.agreement()).as("agreement on %s", v).isTrue();
      assertThat(q.conflict()).isFalse();
      assertThat(docs(q.values().get(0).citations())).contains(ids.get("000"), ids.get("001"));
    }
  }

  @Test
  void progressVersusNoProgressDivergenceCitesBothSides() {
    StoryDigest g = story();
    assumeThat(corpus.documents().stream().anyMatch(d -> !d.mentions().isEmpty())).as("no entity stage yet").isTrue();
    Divergence d = g.divergences().stream()
        .filter(x -> x.kind().equals("claim") && ArabicNormalization.normalize(x.about()).contains("تقدم")).findFirst()
        .orElseThrow(() -> new AssertionError("no progress divergence in " + g.divergences()));
    Set<String> neg = docs(d.positions().get(0).citations());
    Set<String> pos = docs(d.positions().get(1).citations());
    assertThat(neg).containsAnyOf(ids.get("000"), ids.get("003"));
    assertThat(pos).containsAnyOf(ids.get("001"), ids.get("003"), ids.get("004"));
  }

  @Test
  void interviewTimesDifferByTimeZone() {
    StoryDigest g = story();
    assumeThat(corpus.documents().stream().anyMatch(d -> !d.dates().isEmpty())).as("no date stage yet").isTrue();
    Divergence d = g.divergences().stream().filter(x -> x.kind().equals("time")
        && docs(x.positions().stream().flatMap(p -> p.citations().stream()).toList())
            .containsAll(List.of(ids.get("001"), ids.get("003"), ids.get("004")))).findFirst()
        .orElseThrow(() -> new AssertionError("no time divergence over 001/003/004 in " + g.divergences()));
    assertThat(d.positions()).extracting(p -> p.stance())
        .contains("2025-12-02 late", "2025-12-03 early");
    assertThat(d.note()).startsWith("likely a time-zone difference");
  }
}
