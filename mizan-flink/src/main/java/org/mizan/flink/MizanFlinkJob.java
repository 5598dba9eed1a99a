package org.mizan.flink;

import java.time.Duration;
import java.util.function.UnaryOperator;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.serialization.SimpleStringEncoder;
import org.apache.flink.connector.file.sink.FileSink;
import org.apache.flink.connector.file.src.FileSource;
import org.apache.flink.core.fs.Path;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.filesystem.OutputFileConfig;
import org.apache.flink.streaming.api.functions.sink.filesystem.rollingpolicies.OnCheckpointRollingPolicy;
import picocli.CommandLine;

/**
 * The Mizan pipeline as a Flink streaming job. Sources: files and directories (optionally
 * monitored) and Kafka topics. Per-article analysis runs the standard document stages in parallel;
 * an outlet's second copy of an article is left out ({@link DropReposts}); event time is the publication date with bounded out-of-orderness; story assignment is keyed by
 * story scope with its state checkpointed. Sinks: {@code documents/}, {@code stories-changelog/}
 * and {@code problems/} under the output directory, as JSONL part files committed at checkpoints.
 *
 * <p>Submit with {@code flink run mizan-flink/target/mizan-flink-job.jar [options] INPUT...}.
 */
public final class MizanFlinkJob {
  /** Sub-directories of the output directory. */
  public static final String DOCUMENTS = "documents";
  public static final String STORIES = "stories-changelog";
  public static final String PROBLEMS = "problems";

  private MizanFlinkJob() {}

  /** Adds the job's operators to {@code env}. */
  public static void build(StreamExecutionEnvironment env, JobOptions o, StoryAssigner.Factory stories) {
    if (o.parallelism != null) env.setParallelism(o.parallelism);
    env.enableCheckpointing(o.checkpointInterval().toMillis());

    DataStream<ArticleRecord> articles = null;
    if (!o.inputs.isEmpty()) {
      FileSource.FileSourceBuilder<ArticleRecord> files = FileSource.forBulkFileFormat(
          new ArticleFileFormat(o.storyScope, o.inputs), o.inputs.stream().map(Path::new).toArray(Path[]::new));
      if (o.watch != null) files.monitorContinuously(o.watch);
      articles = env.fromSource(files.build(), WatermarkStrategy.noWatermarks(), "files").uid("files");
    }
    if (!o.kafkaTopics.isEmpty()) {
      DataStream<ArticleRecord> kafka = env.fromSource(KafkaArticles.source(o), WatermarkStrategy.noWatermarks(),
          "kafka").uid("kafka");
      articles = articles == null ? kafka : articles.union(kafka);
    }

    pipeline(articles, o, stories);
  }

  /** The job after its sources: analysis, event time, keyed stories and the three sinks. */
  public static void pipeline(DataStream<ArticleRecord> articles, JobOptions o, StoryAssigner.Factory stories) {
    pipeline(articles, o, stories, UnaryOperator.identity());
  }

  /** As above, with {@code tap} applied to the timed documents (tests inject failures there). */
  static void pipeline(DataStream<ArticleRecord> articles, JobOptions o, StoryAssigner.Factory stories,
      UnaryOperator<DataStream<DocRecord>> tap) {
    SingleOutputStreamOperator<DocRecord> docs = articles.process(
        new AnalyseArticles(o.order == JobOptions.AssignOrder.TIME, watermarkDelay(o) == null))
        .name("analyse").uid("analyse");
    DataStream<DocRecord> timed = tap.apply(docs.assignTimestampsAndWatermarks(watermarks(o)).name("event-time")
        .uid("event-time"));
    // after event time, so the shuffle by copy cannot make an article late for its story scope
    SingleOutputStreamOperator<DocRecord> firsts = timed.keyBy(d -> d.repostKey).process(new DropReposts())
        .name("reposts").uid("reposts");

    SingleOutputStreamOperator<String> changelog = firsts.keyBy(d -> d.scope).process(new AssignStories(stories))
        .name("stories").uid("stories");
    changelog.sinkTo(jsonl(o.out, STORIES)).name("stories-changelog").uid("stories-sink");
    changelog.getSideOutput(AssignStories.DOCUMENTS).sinkTo(jsonl(o.out, DOCUMENTS)).name("documents")
        .uid("documents-sink");
    docs.getSideOutput(AnalyseArticles.PROBLEMS).union(firsts.getSideOutput(DropReposts.REPOSTS))
        .sinkTo(jsonl(o.out, PROBLEMS)).name("problems").uid("problems-sink");
  }

  /**
   * Publication time with bounded out-of-orderness. A bounded run without {@code --max-delay}
   * emits no watermark until its inputs end, so every story is assigned in exact time order.
   */
  static WatermarkStrategy<DocRecord> watermarks(JobOptions o) {
    Duration delay = watermarkDelay(o);
    WatermarkStrategy<DocRecord> w = delay == null ? WatermarkStrategy.noWatermarks()
        : WatermarkStrategy.<DocRecord>forBoundedOutOfOrderness(delay).withIdleness(Duration.ofMinutes(1));
    return w.withTimestampAssigner((d, ts) -> d.eventTime);
  }

  /** The watermark's allowed out-of-orderness; null: no watermark before the input ends (bounded runs). */
  static Duration watermarkDelay(JobOptions o) {
    return o.maxDelay != null ? o.maxDelay : o.bounded() ? null : Duration.ofDays(1);
  }

  private static FileSink<String> jsonl(String out, String name) {
    return FileSink.forRowFormat(new Path(out, name), new SimpleStringEncoder<String>("UTF-8"))
        .withRollingPolicy(OnCheckpointRollingPolicy.build())
        .withOutputFileConfig(OutputFileConfig.builder().withPartPrefix(name).withPartSuffix(".jsonl").build())
        .build();
  }

  /** Entry point for {@code flink run}. */
  public static void main(String[] args) throws Exception {
    JobOptions o = new JobOptions();
    CommandLine cl = new CommandLine(o).setCaseInsensitiveEnumValuesAllowed(true);
    try {
      cl.parseArgs(args);
    } catch (CommandLine.ParameterException e) {
      System.err.println("mizan-flink: " + e.getMessage());
      System.exit(2);
    }
    if (o.problem() != null) {
      System.err.println("mizan-flink: " + o.problem());
      System.exit(2);
    }
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    build(env, o, StoryAssigners.standard());
    env.execute("mizan");
  }
}
