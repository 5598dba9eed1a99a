package org.mizan.flink;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code mizan flink-local}: the Flink job on an in-process MiniCluster. A bounded run (files,
 * no {@code --watch}) ends by writing the single-JVM layout ({@code documents.jsonl},
 * {@code stories.jsonl}, {@code problems.txt}) beside the job's part files; {@code --bench}
 * instead times the single-JVM pipeline and the job at parallelism 1 and 2 on the same inputs.
 */
@Command(name = "flink-local", mixinStandardHelpOptions = true,
    description = {"Runs the Mizan Flink job on a local MiniCluster.",
        "Inputs are files or directories; with --kafka-topics it also reads Kafka."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:at least one article was processed", "1:nothing could be processed",
        "2:invalid command line", "4:the job failed"})
public final class FlinkLocal implements Callable<Integer> {
  /** Where flink-local keeps checkpoints, under the output directory (removed after a bounded run). */
  static final String CHECKPOINTS = ".checkpoints";

  @Mixin JobOptions options = new JobOptions();

  @Option(names = "--bench", description = "Time the single-JVM pipeline and the job at parallelism 1 and 2.")
  boolean bench;

  @Option(names = "--limit", paramLabel = "N", description = "With --bench: use at most N articles.")
  int limit = Integer.MAX_VALUE;

  @Option(names = "--gold", paramLabel = "FILE",
      description = "After a bounded run, print BCubed of the job's and of the single-JVM run's stories against "
          + "this story gold (eval/stories/*.gold.jsonl).")
  Path gold;

  @Option(names = {"-q", "--quiet"}, description = "No summary line.")
  boolean quiet;

  @Override
  public Integer call() throws Exception {
    String problem = options.problem();
    if (problem != null) {
      System.err.println("mizan: flink-local: " + problem);
      return 2;
    }
    if (gold != null && !java.nio.file.Files.isRegularFile(gold)) {
      System.err.println("mizan: flink-local: " + gold + ": no such gold file");
      return 2;
    }
    if (bench) return FlinkBench.run(options, limit, System.out);
    Path out = Path.of(options.out);
    Files.createDirectories(out);
    Outputs.clear(out);
    try {
      run(options, StoryAssigners.standard());
    } catch (Exception e) {
      System.err.println("mizan: flink-local: the job failed: " + rootMessage(e));
      return 4;
    }
    if (!options.bounded()) return 0;
    Outputs.deleteTree(out.resolve(CHECKPOINTS));
    Outputs.Result r = Outputs.read(out);
    Outputs.write(out, r);
    for (String p : r.problems()) System.err.println("mizan: " + p);
    if (!quiet) {
      System.err.println("mizan: " + r.documents().size() + " documents, " + r.stories().size() + " stories -> " + out);
    }
    if (gold != null && !r.documents().isEmpty()) GoldStories.report(gold, r, options.inputs, System.out);
    return r.documents().isEmpty() ? 1 : 0;
  }

  /** Runs the job on a fresh MiniCluster and waits for it (forever, for unbounded inputs). */
  static void run(JobOptions o, StoryAssigner.Factory stories) throws Exception {
    Configuration conf = new Configuration();
    conf.set(RestartStrategyOptions.RESTART_STRATEGY, "none");
    // Checkpoints go to files beside the output: story state outgrows the JobManager's 5 MB default.
    conf.set(CheckpointingOptions.CHECKPOINT_STORAGE, "filesystem");
    conf.set(CheckpointingOptions.CHECKPOINTS_DIRECTORY, Path.of(o.out, CHECKPOINTS).toAbsolutePath().toUri().toString());
    int p = o.parallelism != null ? o.parallelism : Runtime.getRuntime().availableProcessors();
    StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(p, conf);
    MizanFlinkJob.build(env, o, stories);
    env.execute("mizan");
  }

  static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) t = t.getCause();
    String m = t.getMessage();
    return t.getClass().getSimpleName() + (m == null ? "" : ": " + m.lines().findFirst().orElse(""));
  }

  /** The command line, with one-line errors for bad options. */
  static CommandLine commandLine() {
    return new CommandLine(new FlinkLocal()).setCaseInsensitiveEnumValuesAllowed(true)
        .setParameterExceptionHandler((e, args) -> {
          System.err.println("mizan: flink-local: " + e.getMessage());
          return 2;
        });
  }

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }
}
