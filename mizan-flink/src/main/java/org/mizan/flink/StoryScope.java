package org.mizan.flink;

/**
 * What the keyed story step is keyed by: the unit inside which articles are clustered into stories,
 * one serial assigner per key. {@link #GLOBAL}: one key for everything (stories identical to the
 * single-JVM pipeline). {@link #SOURCE}: one key per input directory or Kafka topic, for feeds that
 * never share stories (a desk, a region, a language), so story assignment scales with the number of
 * feeds.
 */
public enum StoryScope {
  GLOBAL,
  SOURCE;

  /** The key for an article from {@code source} (an input root or a Kafka topic). */
  public String key(String source) {
    return this == GLOBAL ? "*" : source;
  }
}
