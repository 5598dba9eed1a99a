package org.mizan.flink;

import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;
import org.mizan.ingest.Reposts;
import org.mizan.pipeline.Problem;

/**
 * Leaves out an outlet's second copy of an article, as {@code mizan digest} does ({@link Reposts}):
 * keyed by {@link DocRecord#repostKey}, the first copy to arrive passes and a later one goes to
 * {@link #REPOSTS} as the CLI's one-line {@code input: skipped: … (a re-post)}. The state (the first
 * copy's input) is checkpointed, so a copy arriving days later, or after a restart, is still caught.
 * In a parallel run the copy that arrives first is kept; the two texts are the same.
 */
public final class DropReposts extends KeyedProcessFunction<String, DocRecord, DocRecord> {
  private static final long serialVersionUID = 1L;

  /** One line per copy left out. */
  public static final OutputTag<String> REPOSTS = new OutputTag<>("reposts") {};

  private transient ValueState<String> first;

  @Override
  public void open(OpenContext context) {
    first = getRuntimeContext().getState(new ValueStateDescriptor<>("first-input", String.class));
  }

  @Override
  public void processElement(DocRecord doc, Context ctx, Collector<DocRecord> out) throws Exception {
    String original = first.value();
    if (original == null) {
      first.update(doc.input == null ? doc.id : doc.input);
      out.collect(doc);
    } else {
      ctx.output(REPOSTS, new Problem(doc.input, Reposts.reason(original)).toString());
    }
  }
}
