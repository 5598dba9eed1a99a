package org.mizan.flink;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.assertj.core.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.mizan.doc.Json;
import org.mizan.doc.Document;
import org.mizan.ingest.SaudiNewsNet;
import org.mizan.pipeline.Corpus;
import org.mizan.stories.Bcubed;
import org.mizan.stories.Story;
import org.mizan.testing.Fixtures;

/**
 * On the labelled SaudiNewsNet story set ({@code eval/stories/*.gold.jsonl}, articles from
 * {@code ../shared/data/saudinewsnet}), the job at parallelism 2 gives the same stories, hence
 * the same BCubed, as the single-JVM run when both assign in publication order (the job's time
 * mode; the CLI's story stage sorts its batch the same way). Skipped when either is
 * absent.
 */
class LabelledCorpusTest {
  @RegisterExtension
  static final MiniClusterExtension CLUSTER = new MiniClusterExtension(
      new MiniClusterResourceConfiguration.Builder().setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

  @TempDir Path tmp;

  @Test
  void flinkAtParallelismTwoGivesTheSingleJvmStoriesOnTheLabelledSet() throws Exception {
    Path data = Fixtures.requireSharedData("saudinewsnet");
    Path goldFile = goldFile();
    Map<String, String> storyByUrl = new HashMap<>();
    java.util.TreeMap<String, Integer> days = new java.util.TreeMap<>();
    for (String line : Files.readAllLines(goldFile)) {
      if (line.isBlank()) continue;
      JsonNode g = Json.mapper().readTree(line);
      storyByUrl.put(g.path("url").asText(), g.path("story").asText());
      days.merge(g.path("day").asText(), 1, Integer::sum);
    }
    // the first day and the last day with a good number of labelled articles (days added later to
    // the gold hold only a few recurring-actor articles each)
    String lastBig = days.lastKey();
    for (Map.Entry<String, Integer> e : days.entrySet()) if (e.getValue() >= 60) lastBig = e.getKey();
    // The labelled articles of the first and last day (the whole set runs in the evaluation, see
    // docs/evaluation.md) as JSONL, with their crawl time as publication time, in eight
    // files so that several readers share them; gold by url.
    Path in = Files.createDirectories(tmp.resolve("in"));
    List<StringBuilder> files = new ArrayList<>();
    for (int i = 0; i < 8; i++) files.add(new StringBuilder());
    java.util.Set<String> written = new java.util.HashSet<>();
    Map<String, String> storyById = new HashMap<>();
    int n = 0;
    for (String day : List.of(days.firstKey(), lastBig)) {
      for (SaudiNewsNet.Article a : SaudiNewsNet.select(data, List.of(day), a -> storyByUrl.containsKey(a.url()))) {
        String url = a.url();
        if (!written.add(url)) continue;
        Map<String, String> line = new java.util.LinkedHashMap<>();
        line.put("id", "snn-" + written.size());
        storyById.put("snn-" + written.size(), storyByUrl.get(url));
        line.put("title", SaudiNewsNet.nz(a.title()));
        line.put("content", SaudiNewsNet.nz(a.content()));
        line.put("url", url);
        line.put("source", SaudiNewsNet.nz(a.source()));
        line.put("published", SaudiNewsNet.nz(a.dateExtracted()));
        files.get(n++ * 8 / storyByUrl.size() % 8).append(Json.line(line)).append('\n');
      }
    }
    for (int i = 0; i < 8; i++) {
      Files.writeString(in.resolve("part-" + i + ".jsonl"), files.get(i), StandardCharsets.UTF_8);
    }
    assertThat(written).hasSizeGreaterThan(100);

    List<String> inputs = List.of(in.toString());
    JobOptions o = JobRuns.options(tmp.resolve("out"), 2, inputs);
    o.order = JobOptions.AssignOrder.TIME;
    StreamExecutionEnvironment env = JobRuns.env(2);
    MizanFlinkJob.build(env, o, StoryAssigners.standard());
    env.execute("labelled");
    Outputs.Result r = Outputs.read(tmp.resolve("out"));
    Corpus single = SingleJvm.streamEquivalent(inputs);

    assertThat(r.documents()).hasSize(single.documents().size());
    assertThat(r.stories()).isEqualTo(single.stories());
    Map<String, String> gold = storyById;
    Bcubed.Score flink = Bcubed.score(gold, JobRuns.clusters(r.stories()));
    assertThat(flink).isEqualTo(Bcubed.score(gold, JobRuns.clusters(single.stories())));
    assertThat(flink.items()).isGreaterThan(100);
    assertThat(flink.f1()).isGreaterThan(0.5);
  }

  private static Path goldFile() throws Exception {
    Path dir = Fixtures.repoRoot().resolve("eval/stories");
    Assumptions.assumeThat(Files.isDirectory(dir)).as("eval/stories is absent: test skipped").isTrue();
    try (Stream<Path> s = Files.list(dir)) {
      List<Path> golds = s.filter(p -> p.getFileName().toString().endsWith(".gold.jsonl")).sorted().toList();
      Assumptions.assumeThat(golds).as("no eval/stories/*.gold.jsonl: test skipped").isNotEmpty();
      return golds.get(0);
    }
  }
}
