package org.mizan.flink;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.flink.api.common.functions.MapFunction;
import org.apache.flink.api.common.state.CheckpointListener;

/**
 * Passes documents through until a checkpoint has completed mid-stream, then fails the job
 * once; after the restart it passes everything at full speed. Static flags: the MiniCluster runs in
 * the test's JVM, and the flags must survive the task's restart.
 */
final class FailOnceAfterCheckpoint implements MapFunction<DocRecord, DocRecord>, CheckpointListener {
  private static final long serialVersionUID = 1L;
  static final AtomicBoolean CHECKPOINTED = new AtomicBoolean();
  static final AtomicBoolean FAILED = new AtomicBoolean();
  static final AtomicInteger SEEN_BEFORE_FAILURE = new AtomicInteger();

  static void reset() {
    CHECKPOINTED.set(false);
    FAILED.set(false);
    SEEN_BEFORE_FAILURE.set(0);
  }

  @Override
  public DocRecord map(DocRecord d) throws Exception {
    if (!FAILED.get()) {
      if (CHECKPOINTED.get() && SEEN_BEFORE_FAILURE.get() >= 10) {
        FAILED.set(true);
        throw new IllegalStateException("injected failure after a checkpoint");
      }
      SEEN_BEFORE_FAILURE.incrementAndGet();
    }
    return d;
  }

  @Override
  public void notifyCheckpointComplete(long checkpointId) {
    if (SEEN_BEFORE_FAILURE.get() >= 10) CHECKPOINTED.set(true);
  }
}
