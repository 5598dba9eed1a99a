package org.mizan.flink;

import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;
import org.mizan.doc.Document;
import org.mizan.doc.RawArticle;
import org.mizan.pipeline.Pipeline;
import org.mizan.pipeline.Pipelines;
import org.mizan.pipeline.Problem;

/**
 * Runs the document stages of {@link Pipelines#standard()} on one article: exactly the code the CLI
 * runs, once per record, in parallel. An article that fails goes to {@link #PROBLEMS} as the
 * CLI's one-line {@code input: reason}.
 */
public final class AnalyseArticles extends ProcessFunction<ArticleRecord, DocRecord> {
  private static final long serialVersionUID = 1L;

  /** One line per article that could not be read or analysed. */
  public static final OutputTag<String> PROBLEMS = new OutputTag<>("problems") {};

  private final boolean timeOrder;
  private final boolean holdsToEnd;
  private transient Pipeline pipeline;

  /**
   * @param timeOrder event time from publication dates; false: every article at one time (input order)
   * @param holdsToEnd the run emits no watermark before its input ends: undated articles go last
   *     ({@link EventTimes#UNDATED}), else they are assigned on arrival ({@link EventTimes#ON_ARRIVAL})
   */
  public AnalyseArticles(boolean timeOrder, boolean holdsToEnd) {
    this.timeOrder = timeOrder;
    this.holdsToEnd = holdsToEnd;
  }

  @Override
  public void open(OpenContext context) {
    pipeline = Pipelines.standard();
  }

  @Override
  public void processElement(ArticleRecord in, Context ctx, Collector<DocRecord> out) {
    if (in.problem != null) {
      ctx.output(PROBLEMS, new Problem(in.input, in.problem).toString());
      return;
    }
    RawArticle raw;
    try {
      raw = in.raw();
    } catch (RuntimeException e) {
      ctx.output(PROBLEMS, new Problem(in.input, "unreadable record: " + e.getClass().getSimpleName()).toString());
      return;
    }
    Document doc = pipeline.analyse(raw, p -> ctx.output(PROBLEMS, p.toString()));
    if (doc == null) return;
    long time = timeOrder ? EventTimes.of(doc, raw) : EventTimes.UNDATED;
    if (time == EventTimes.UNDATED && !holdsToEnd) time = EventTimes.ON_ARRIVAL;
    out.collect(DocRecord.of(doc, in.scope, time));
  }
}
