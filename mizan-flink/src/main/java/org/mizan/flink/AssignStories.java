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
import org.apache.flink.util.OutputTag;
import org.mizan.doc.Document;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.mizan.doc.Json;
import org.mizan.stories.Story;

/**
 * The keyed story step: one {@link StoryAssigner} per story scope, kept in Flink state (so
 * checkpoints carry it and a restart loses no story). Documents are buffered until the watermark
 * passes their event time, then fed to the assigner in (event time, input, id) order (inputs as
 * {@link InputOrder} sorts them: the CLI's reading order), which makes the
 * result independent of parallelism and arrival order. A document arriving after the watermark
 * already passed its time (later than the allowed out-of-orderness) is assigned on arrival and
 * counted in the {@code lateDocuments} metric.
 *
 * <p>It also makes document ids unique within the scope, as the CLI's ingestor does within a run:
 * files are ingested independently in parallel, so two copies of the same article both arrive with
 * their content id; the later one in the order above gets {@code -2} (then {@code -3}...). The
 * documents, with their final ids, leave through {@link #DOCUMENTS}.
 */
public final class AssignStories extends KeyedProcessFunction<String, DocRecord, String> {
  private static final long serialVersionUID = 1L;

  /** The order in which buffered documents of one event time are assigned. */
  public static final Comparator<DocRecord> ORDER = Comparator.<DocRecord>comparingLong(r -> r.eventTime)
      .thenComparing(r -> r.input, InputOrder.INSTANCE).thenComparing(r -> r.id);

  /** The analysed documents with their final (unique) ids, as JSON lines. */
  public static final OutputTag<String> DOCUMENTS = new OutputTag<>("documents") {};

  private final StoryAssigner.Factory factory;
  private transient ValueState<StoryAssigner> assigner;
  private transient ValueState<Long> seq;
  private transient MapState<Long, List<DocRecord>> pending;
  private transient MapState<String, Integer> idCounts;
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
    idCounts = getRuntimeContext().getMapState(new MapStateDescriptor<>("id-counts", Types.STRING, Types.INT));
    late = getRuntimeContext().getMetricGroup().counter("lateDocuments");
  }

  @Override
  public void processElement(DocRecord doc, Context ctx, Collector<String> out) throws Exception {
    if (doc.eventTime <= ctx.timerService().currentWatermark()) {
      late.inc();
      assign(doc, ctx, out);
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
    for (DocRecord d : sorted) assign(d, ctx, out);
  }

  private void assign(DocRecord doc, Context ctx, Collector<String> out) throws Exception {
    String scope = ctx.getCurrentKey();
    String json = uniqueId(doc);
    ctx.output(DOCUMENTS, json);
    StoryAssigner a = assigner.value();
    if (a == null) a = factory.create();
    StoryAssigner.Update update = a.add(Json.mapper().readValue(json, Document.class));
    assigner.update(a);
    long n = seq.value() == null ? 0 : seq.value();
    for (String id : update.removed()) out.collect(Json.line(new StoryEvent(scope, n++, StoryEvent.REMOVE, id, null)));
    for (Story s : update.changed()) out.collect(Json.line(new StoryEvent(scope, n++, StoryEvent.UPSERT, s.id(), s)));
    seq.update(n);
  }

  /** The document's JSON line, its id suffixed when the id was already seen in this scope. */
  private String uniqueId(DocRecord doc) throws Exception {
    Integer n = idCounts.get(doc.id);
    idCounts.put(doc.id, n == null ? 1 : n + 1);
    if (n == null) return doc.json;
    String id;
    do {
      id = doc.id + "-" + ++n;
    } while (idCounts.contains(id));
    idCounts.put(id, 1);
    ObjectNode node = (ObjectNode) Json.mapper().readTree(doc.json);
    node.put("id", id);
    return Json.mapper().writeValueAsString(node);
  }
}
