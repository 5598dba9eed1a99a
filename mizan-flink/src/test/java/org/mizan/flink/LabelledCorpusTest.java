package org.mizan.flink;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.assertj.core.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.mizan.doc.Json;
import org.mizan.doc.RawArticle;
import org.mizan.stories.Story;
import org.mizan.testing.Fixtures;

/**
 * On the labelled SaudiNewsNet story set ({@code eval/stories/*.gold.jsonl}, articles from
 * {@code ../shared/data/saudinewsnet}), the job at parallelism 2 gives the same stories, hence
 * the same BCubed, as the single-JVM run. Skipped when either is absent.
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
    TreeSet<String> days = new TreeSet<>();
    for (String line : Files.readAllLines(goldFile)) {
      if (line.isBlank()) continue;
      JsonNode g = Json.mapper().readTree(line);
      storyByUrl.put(g.path("url").asText(), g.path("story").asText());
      days.add(g.path("day").asText());
    }
    // One text file per labelled article: the ingestor reads them the same way in both runs.
    Path in = Files.createDirectories(tmp.resolve("in"));
    Map<String, String> urlByFile = new HashMap<>();
    int n = 0;
    for (String day : days) {
      try (ZipFile zip = new ZipFile(data.resolve(day + ".zip").toFile())) {
        ZipEntry e = zip.entries().nextElement();
        try (InputStream s = zip.getInputStream(e)) {
          for (JsonNode a : Json.mapper().readTree(s)) {
            String url = a.path("url").asText();
            if (!storyByUrl.containsKey(url) || urlByFile.containsValue(url)) continue;
            String name = String.format("%04d.txt", n++);
            Files.writeString(in.resolve(name), a.path("title").asText() + "\n" + a.path("content").asText(),
                StandardCharsets.UTF_8);
            urlByFile.put(name, url);
          }
        }
      }
    }
    assertThat(urlByFile).hasSizeGreaterThan(storyByUrl.size() * 9 / 10);

    List<String> inputs = List.of(in.toString());
    StreamExecutionEnvironment env = JobRuns.env(2);
    MizanFlinkJob.build(env, JobRuns.options(tmp.resolve("out"), 2, inputs), new TermOverlapAssigner.Factory());
    env.execute("labelled");
    Outputs.Result r = Outputs.read(tmp.resolve("out"));
    List<RawArticle> raws = JobRuns.ingest(inputs);
    List<Story> single = JobRuns.serial(raws, new TermOverlapAssigner.Factory());

    assertThat(r.documents()).hasSize(raws.size());
    assertThat(JobRuns.partition(r.stories())).isEqualTo(JobRuns.partition(single));
    Map<String, String> gold = new HashMap<>();
    for (RawArticle raw : raws) {
      gold.putIfAbsent(raw.id(), storyByUrl.get(urlByFile.get(Path.of(raw.input()).getFileName().toString())));
    }
    BCubed flink = BCubed.of(JobRuns.clusters(r.stories()), gold);
    assertThat(flink).isEqualTo(BCubed.of(JobRuns.clusters(single), gold));
    // A real clustering, neither everything together nor everything apart.
    assertThat(r.stories().size()).isBetween(10, raws.size() - 10);
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
