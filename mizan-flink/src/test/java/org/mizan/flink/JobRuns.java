package org.mizan.flink;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.mizan.doc.Document;
import org.mizan.doc.RawArticle;
import org.mizan.ingest.Ingestor;
import org.mizan.pipeline.Pipeline;
import org.mizan.pipeline.Pipelines;
import org.mizan.pipeline.Corpus;
import org.mizan.stories.Story;
import org.mizan.stories.StoryClustering;

/** Helpers of the job tests: environments on the shared MiniCluster, the serial reference, partitions. */
final class JobRuns {
  private JobRuns() {}

  /** An environment on the test MiniCluster that retries quickly after a failure. */
  static StreamExecutionEnvironment env(int parallelism) {
    Configuration conf = new Configuration();
    conf.set(RestartStrategyOptions.RESTART_STRATEGY, "fixed-delay");
    conf.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_ATTEMPTS, 3);
    conf.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_DELAY, Duration.ofMillis(50));
    try {
      conf.set(CheckpointingOptions.CHECKPOINT_STORAGE, "filesystem");
      conf.set(CheckpointingOptions.CHECKPOINTS_DIRECTORY,
          java.nio.file.Files.createTempDirectory("mizan-flink-checkpoints").toUri().toString());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
    env.setParallelism(parallelism);
    env.getConfig().setAutoWatermarkInterval(20);
    return env;
  }

  static JobOptions options(Path out, int parallelism, List<String> inputs) {
    JobOptions o = new JobOptions();
    o.out = out.toString();
    o.parallelism = parallelism;
    o.inputs = inputs;
    o.checkpointInterval = Duration.ofMillis(100);
    return o;
  }

  /** The single-JVM way: ingest, analyse in input order, then assign serially in the job's order. */
  static List<Story> serial(List<RawArticle> raws, StoryAssigner.Factory factory) {
    Pipeline pipeline = Pipelines.standard();
    List<DocRecord> docs = new ArrayList<>();
    for (RawArticle raw : raws) {
      Document d = pipeline.analyse(raw, p -> {});
      if (d != null) docs.add(DocRecord.of(d, "*", EventTimes.of(d, raw)));
    }
    docs.sort(AssignStories.ORDER);
    StoryAssigner a = factory.create();
    for (DocRecord d : docs) a.add(d.document());
    return a.stories();
  }

  /**
   * The CLI's story stage ({@code stories.cluster}) on the analysed documents, given in the job's
   * order (for undated articles: the CLI's reading order).
   */
  static List<Story> cli(List<RawArticle> raws) {
    Pipeline pipeline = Pipelines.standard();
    List<DocRecord> recs = new ArrayList<>();
    Map<String, Document> byInput = new HashMap<>();
    for (RawArticle raw : raws) {
      Document d = pipeline.analyse(raw, p -> {});
      if (d == null) continue;
      recs.add(DocRecord.of(d, "*", EventTimes.of(d, raw)));
      byInput.put(d.input() + "\u0000" + d.id(), d);
    }
    recs.sort(AssignStories.ORDER);
    List<Document> docs = new ArrayList<>();
    for (DocRecord r : recs) docs.add(byInput.get(r.input + "\u0000" + r.id));
    return new StoryClustering().apply(Corpus.of(docs)).stories();
  }

  static List<RawArticle> ingest(List<String> inputs) {
    List<RawArticle> raws = new ArrayList<>();
    new Ingestor().read(inputs, raws::add, p -> {});
    return raws;
  }

  /** The stories as a partition of document ids (order-free), to compare two runs. */
  static Set<Set<String>> partition(List<Story> stories) {
    Set<Set<String>> out = new HashSet<>();
    for (Story s : stories) out.add(Set.copyOf(s.documents()));
    return out;
  }

  /** document id to story id. */
  static Map<String, String> clusters(List<Story> stories) {
    Map<String, String> out = new HashMap<>();
    for (Story s : stories) for (String d : s.documents()) out.put(d, s.id());
    return out;
  }
}
