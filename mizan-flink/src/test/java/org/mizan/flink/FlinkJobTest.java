package org.mizan.flink;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.mizan.doc.Json;
import org.mizan.stories.Bcubed;
import org.mizan.stories.Story;
import org.mizan.testing.Fixtures;

/** The job on Flink's MiniCluster against the single-JVM pipeline. */
class FlinkJobTest {
  @RegisterExtension
  static final MiniClusterExtension CLUSTER = new MiniClusterExtension(
      new MiniClusterResourceConfiguration.Builder().setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

  @TempDir Path tmp;

  @Test
  void seedsGiveTheSameStoriesAndDocumentsAsTheSingleJvmRun() throws Exception {
    List<String> inputs = List.of(Fixtures.seedsDir().toString());
    JobOptions o = JobRuns.options(tmp, 2, inputs);
    StreamExecutionEnvironment env = JobRuns.env(2);
    MizanFlinkJob.build(env, o, StoryAssigners.standard());
    env.execute("seeds");

    Outputs.Result r = Outputs.read(tmp);
    List<Story> expected = JobRuns.cli(JobRuns.ingest(inputs));
    assertThat(r.documents()).hasSize(5);
    assertThat(r.problems()).isEmpty();
    assertThat(JobRuns.partition(r.stories())).isEqualTo(JobRuns.partition(expected));
    // The seed gold: all five articles are one story.
    Map<String, String> gold = new HashMap<>();
    Map<String, String> idByInput = new HashMap<>();
    for (String line : r.documents()) {
      var node = Json.mapper().readTree(line);
      idByInput.put(Path.of(node.path("input").asText()).getFileName().toString(), node.path("id").asText());
    }
    for (var d : Fixtures.seedGold().path("story").path("documents")) {
      String file = Fixtures.seed(d.asText()).getFileName().toString();
      gold.put(idByInput.get(file), "seed-story");
    }
    Bcubed.Score flink = Bcubed.score(gold, JobRuns.clusters(r.stories()));
    Bcubed.Score single = Bcubed.score(gold, JobRuns.clusters(expected));
    assertThat(flink).isEqualTo(single);
    assertThat(r.stories()).extracting(Story::id).isEqualTo(expected.stream().map(Story::id).toList());
  }

  @Test
  void unreadableInputIsReportedInOneLineAndCopiesGetTheIngestorsUniqueIds() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.copy(Fixtures.seedFiles().get(0), in.resolve("a.txt"));
    Files.copy(Fixtures.seedFiles().get(0), in.resolve("b.txt"));
    Files.writeString(in.resolve("empty.txt"), "");
    Path out = tmp.resolve("out");
    StreamExecutionEnvironment env = JobRuns.env(1);
    MizanFlinkJob.build(env, JobRuns.options(out, 1, List.of(in.toString())), new TermOverlapAssigner.Factory());
    env.execute("problems");

    Outputs.Result r = Outputs.read(out);
    // Read apart in parallel, the two copies still get the ids one ingestor gives them in a run.
    List<String> ids = new java.util.ArrayList<>();
    for (String line : r.documents()) ids.add(Json.mapper().readTree(line).path("id").asText());
    assertThat(ids).containsExactlyElementsOf(
        JobRuns.ingest(List.of(in.toString())).stream().map(a -> a.id()).toList());
    assertThat(ids.get(1)).isEqualTo(ids.get(0) + "-2");
    assertThat(r.stories()).hasSize(1);
    assertThat(r.problems()).singleElement().asString().contains("empty.txt").contains("empty file")
        .doesNotContain("\n");
  }

  @Test
  void anOutletsSecondCopyIsLeftOutAndNamedAsTheCliDoes() throws Exception {
    // one outlet's article under two addresses (a page crawled twice), and another outlet's copy
    String body = Files.readString(Fixtures.seedFiles().get(0));
    List<Map<String, String>> records = List.of(
        Map.of("source", "صحيفة أ", "url", "http://a.example/1.html", "title", "خبر واحد", "content", body),
        Map.of("source", "صحيفة أ", "url", "http://a.example/1.html?weekly", "title", "خبر واحد", "content", body),
        Map.of("source", "صحيفة ب", "url", "http://b.example/9.html", "title", "خبر واحد", "content", body));
    Path in = Files.createDirectories(tmp.resolve("reposts"));
    Files.writeString(in.resolve("day.json"), Json.mapper().writeValueAsString(records));
    Path out = tmp.resolve("out-reposts");
    StreamExecutionEnvironment env = JobRuns.env(2);
    MizanFlinkJob.build(env, JobRuns.options(out, 2, List.of(in.toString())), new TermOverlapAssigner.Factory());
    env.execute("reposts");

    Outputs.Result r = Outputs.read(out);
    List<String> urls = new java.util.ArrayList<>();
    for (String line : r.documents()) urls.add(Json.mapper().readTree(line).path("url").asText());
    // which of the outlet's two copies arrives first is the run's; the other outlet's copy is a report
    assertThat(urls).hasSize(2).contains("http://b.example/9.html");
    assertThat(urls).containsAnyOf("http://a.example/1.html", "http://a.example/1.html?weekly");
    assertThat(r.problems()).singleElement().asString().contains("day.json").endsWith("(a re-post)")
        .doesNotContain("\n");
    // the single-JVM run the job is compared with leaves it out too
    assertThat(SingleJvm.streamEquivalent(List.of(in.toString())).documents()).hasSize(2);
  }

  @Test
  void sourceScopeKeepsEachInputRootsStoriesApart() throws Exception {
    Path a = Files.createDirectories(tmp.resolve("desk-a"));
    Path b = Files.createDirectories(tmp.resolve("desk-b"));
    List<Path> seeds = Fixtures.seedFiles();
    for (int i = 0; i < seeds.size(); i++) {
      Files.copy(seeds.get(i), (i < 3 ? a : b).resolve(seeds.get(i).getFileName()));
    }
    JobOptions o = JobRuns.options(tmp.resolve("out"), 2, List.of(a.toString(), b.toString()));
    o.storyScope = StoryScope.SOURCE;
    StreamExecutionEnvironment env = JobRuns.env(2);
    MizanFlinkJob.build(env, o, StoryAssigners.standard());
    env.execute("scopes");

    Outputs.Result r = Outputs.read(tmp.resolve("out"));
    Map<String, String> dirOfId = new HashMap<>();
    for (String line : r.documents()) {
      var node = Json.mapper().readTree(line);
      dirOfId.put(node.path("id").asText(), node.path("input").asText().contains("desk-a") ? "a" : "b");
    }
    assertThat(dirOfId).hasSize(5);
    for (Story s : r.stories()) {
      assertThat(s.documents().stream().map(dirOfId::get).distinct()).as(s.label()).hasSize(1);
    }
    assertThat(r.stories().stream().flatMap(s -> s.documents().stream()).map(dirOfId::get).distinct())
        .containsExactlyInAnyOrder("a", "b");
  }

  @Test
  void badOptionsAreOneLineErrorsWithExitCodeTwo() {
    var err = new java.io.ByteArrayOutputStream();
    var old = System.err;
    System.setErr(new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
    try {
      assertThat(FlinkLocal.commandLine().execute()).isEqualTo(2);
      assertThat(FlinkLocal.commandLine().execute("--order", "input", "--watch", "PT1S", "x"))
          .isEqualTo(2);
      assertThat(FlinkLocal.commandLine().execute("--kafka-topics", "news")).isEqualTo(2);
      assertThat(FlinkLocal.commandLine().execute("--order", "sideways", "x")).isEqualTo(2);
    } finally {
      System.setErr(old);
    }
    assertThat(err.toString(java.nio.charset.StandardCharsets.UTF_8).lines().toList()).containsExactly(
        "mizan: flink-local: no input: give files/directories or --kafka-topics",
        "mizan: flink-local: --order input needs bounded inputs (files, no --watch, no Kafka)",
        "mizan: flink-local: --kafka-topics needs --kafka-brokers",
        "mizan: flink-local: Invalid value for option '--order': expected one of [TIME, INPUT] (case-insensitive)"
            + " but was 'sideways'");
  }
}
