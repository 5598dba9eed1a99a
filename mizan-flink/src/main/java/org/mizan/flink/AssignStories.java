package org.mizan.flink;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.mizan.doc.Json;
import org.mizan.stories.Story;

/**
 * The keyed story step: one {@link StoryAssigner} per story scope, kept in Flink state (so
 * checkpoints carry it and a restart loses no story). Documents are buffered until the watermark
 * passes their event time, then fed to the assigner in (event time, id) order, which makes the
 * result independent of parallelism and arrival order. A document arriving after the watermark
 * already passed its time (later than the allowed out-of-orderness) is assigned on arrival and
 * counted in the {@code lateDocuments} metric.
 */
public final class AssignStories extends KeyedProcessFunction<String, DocRecord, String> {
  private static final long serialVersionUID = 1L;

  /** The order in which buffered documents of one event time are assigned. */
  public static final Comparator<DocRecord> ORDER =
      Comparator.<DocRecord>comparingLong(r -> r.eventTime).thenComparing(r -> r.id).thenComparing(r -> r.input);

  private final StoryAssigner.Factory factory;
  private transient ValueState<StoryAssigner> assigner;
  private transient ValueState<Long> seq;
  private transient MapState<Long, List<DocRecord>> pending;
  private transient Counter late;

  public AssignStories(StoryAssigner.Factory factory) {
    this.factory = factory;
  }

  @Override
  public void open(OpenContext context) {
    assigner = getRuntimeContext().getState(
        new ValueStateDescriptor<>("story-assigner", new StoryAssignerSerializer(factory)));
    seq = getRuntimeContext().getState(new ValueStateDescriptor<>("story-seq", Types.LONG));
    pending = getRuntimeContext().getMapState(new MapStateDescriptor<>("pending-documents", Types.LONG,
        Types.LIST(TypeInformation.of(DocRecord.class))));
    late = getRuntimeContext().getMetricGroup().counter("lateDocuments");
  }

  @Override
  public void processElement(DocRecord doc, Context ctx, Collector<String> out) throws Exception {
    if (doc.eventTime <= ctx.timerService().currentWatermark()) {
      late.inc();
      assign(doc, ctx.getCurrentKey(), out);
      return;
    }
    List<DocRecord> waiting = pending.get(doc.eventTime);
    if (waiting == null) waiting = new ArrayList<>();
    waiting.add(doc);
    pending.put(doc.eventTime, waiting);
    ctx.timerService().registerEventTimeTimer(doc.eventTime);
  }

  @Override
  public void onTimer(long timestamp, OnTimerContext ctx, Collector<String> out) throws Exception {
    List<DocRecord> due = pending.get(timestamp);
    if (due == null) return;
    pending.remove(timestamp);
    List<DocRecord> sorted = new ArrayList<>(due);
    sorted.sort(ORDER);
    for (DocRecord d : sorted) assign(d, ctx.getCurrentKey(), out);
  }

  private void assign(DocRecord doc, String scope, Collector<String> out) throws Exception {
    StoryAssigner a = assigner.value();
    if (a == null) a = factory.create();
    StoryAssigner.Update update = a.add(doc.document());
    assigner.update(a);
    long n = seq.value() == null ? 0 : seq.value();
    for (String id : update.removed()) out.collect(Json.line(new StoryEvent(scope, n++, StoryEvent.REMOVE, id, null)));
    for (Story s : update.changed()) out.collect(Json.line(new StoryEvent(scope, n++, StoryEvent.UPSERT, s.id(), s)));
    seq.update(n);
  }
}
