package org.mizan.flink;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Command-line options of the Flink job, shared by {@code flink run} and {@code mizan flink-local}. */
public class JobOptions {
  @Parameters(arity = "0..*", paramLabel = "INPUT",
      description = "Files or directories (any format the CLI reads; any Flink file system URI).")
  public List<String> inputs = new ArrayList<>();

  @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "Output directory (default: ${DEFAULT-VALUE}).")
  public String out = "out-flink";

  @Option(names = "--watch", paramLabel = "DURATION",
      description = "Keep monitoring the input directories for new files at this interval (e.g. PT10S).")
  public Duration watch;

  @Option(names = "--kafka-brokers", paramLabel = "HOST:PORT,...", description = "Kafka bootstrap servers.")
  public String kafkaBrokers;

  @Option(names = "--kafka-topics", paramLabel = "TOPIC,...", split = ",",
      description = "Kafka topics with one JSON article per message.")
  public List<String> kafkaTopics = new ArrayList<>();

  @Option(names = "--kafka-group", paramLabel = "ID", description = "Kafka consumer group (default: ${DEFAULT-VALUE}).")
  public String kafkaGroup = "mizan";

  @Option(names = "--kafka-from", paramLabel = "WHERE",
      description = "Where a new consumer group starts: earliest, latest or committed (default: ${DEFAULT-VALUE}).")
  public String kafkaFrom = "earliest";

  @Option(names = {"-p", "--parallelism"}, paramLabel = "N", description = "Parallelism (default: the environment's).")
  public Integer parallelism;

  @Option(names = "--max-delay", paramLabel = "DURATION",
      description = "Allowed out-of-orderness of publication times (e.g. PT6H, P1D). Default: P1D for "
          + "unbounded inputs; for bounded inputs none, so stories are assigned in time order at the end.")
  public Duration maxDelay;

  @Option(names = "--story-scope", paramLabel = "SCOPE",
      description = "What story assignment is keyed by: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  public StoryScope storyScope = StoryScope.GLOBAL;

  @Option(names = "--order", paramLabel = "ORDER",
      description = "Order in which articles reach story assignment: time (publication time, then input name; "
          + "the streaming order, and the order of the CLI's digest) or input (input name only; bounded inputs only). "
          + "Default: ${DEFAULT-VALUE}.")
  public AssignOrder order = AssignOrder.TIME;

  /** Order of story assignment. */
  public enum AssignOrder { TIME, INPUT }

  @Option(names = "--checkpoint-interval", paramLabel = "DURATION",
      description = "Checkpoint interval; output files are committed at checkpoints "
          + "(default: PT1S for bounded inputs, so a run ends soon after its input, else PT10S).")
  public Duration checkpointInterval;

  /** The checkpoint interval in force. */
  public Duration checkpointInterval() {
    return checkpointInterval != null ? checkpointInterval : bounded() ? Duration.ofSeconds(1) : Duration.ofSeconds(10);
  }

  /** True when every source ends by itself (files without --watch, no Kafka). */
  public boolean bounded() {
    return watch == null && kafkaTopics.isEmpty();
  }

  /** The one-line error for options that cannot work together, or null. */
  public String problem() {
    if (inputs.isEmpty() && kafkaTopics.isEmpty()) return "no input: give files/directories or --kafka-topics";
    if (!kafkaTopics.isEmpty() && (kafkaBrokers == null || kafkaBrokers.isBlank())) {
      return "--kafka-topics needs --kafka-brokers";
    }
    if (!List.of("earliest", "latest", "committed").contains(kafkaFrom)) {
      return "--kafka-from must be earliest, latest or committed, not '" + kafkaFrom + "'";
    }
    if (parallelism != null && parallelism < 1) return "--parallelism must be at least 1";
    if (order == AssignOrder.INPUT && !bounded()) return "--order input needs bounded inputs (files, no --watch, no Kafka)";
    return null;
  }
}
