package org.mizan.flink;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.connector.source.util.ratelimit.RateLimiterStrategy;
import org.apache.flink.connector.datagen.source.DataGeneratorSource;
import org.apache.flink.connector.datagen.source.GeneratorFunction;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.mizan.doc.RawArticle;
import org.mizan.ingest.Ids;
import org.mizan.testing.Fixtures;

/**
 * A failure mid-stream, after a checkpoint, and a restart from it give the same documents and
 * stories as an undisturbed run: source positions, documents waiting for the watermark and the
 * story assigner are all restored, and the file sinks commit exactly once.
 */
class RestartTest {
  @RegisterExtension
  static final MiniClusterExtension CLUSTER = new MiniClusterExtension(
      new MiniClusterResourceConfiguration.Builder().setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

  @TempDir Path tmp;

  @Test
  void restartFromACheckpointMidStreamGivesTheSameResult() throws Exception {
    List<ArticleRecord> articles = articles();
    Outputs.Result undisturbed = run(articles, tmp.resolve("plain"), false);
    FailOnceAfterCheckpoint.reset();
    Outputs.Result restarted = run(articles, tmp.resolve("restarted"), true);

    assertThat(FailOnceAfterCheckpoint.FAILED).as("the injected failure happened").isTrue();
    assertThat(FailOnceAfterCheckpoint.SEEN_BEFORE_FAILURE.get()).isLessThan(articles.size());
    assertThat(undisturbed.documents()).hasSize(articles.size());
    assertThat(undisturbed.stories().size()).isGreaterThan(1);
    assertThat(restarted.documents()).isEqualTo(undisturbed.documents());
    assertThat(restarted.stories()).isEqualTo(undisturbed.stories());
  }

  /** Every paragraph of every seed as a dated article, in time order, so stories build up mid-stream. */
  private static List<ArticleRecord> articles() {
    List<ArticleRecord> out = new ArrayList<>();
    LocalDate day = LocalDate.of(2025, 12, 1);
    int n = 0;
    for (Path seed : Fixtures.seedFiles()) {
      for (String line : Fixtures.lines(seed)) {
        if (line.strip().length() < 40) continue;
        String published = day.plusDays(n / 8).atTime(n % 8, 0).toString();
        String input = seed.getFileName() + "#" + n++;
        out.add(ArticleRecord.of(new RawArticle(Ids.contentId(input + line), input, "text", List.of(line),
            Map.of(RawArticle.PUBLISHED, published)), "*"));
      }
    }
    return out;
  }

  /** Article number i of a list, as the generator source asks for it. */
  private record Replay(ArrayList<String> json) implements GeneratorFunction<Long, ArticleRecord> {
    @Override
    public ArticleRecord map(Long i) {
      ArticleRecord r = new ArticleRecord();
      r.json = json.get(i.intValue());
      r.scope = "*";
      RawArticle raw = r.raw();
      r.id = raw.id();
      r.input = raw.input();
      return r;
    }
  }

  private static Outputs.Result run(List<ArticleRecord> articles, Path out, boolean fail) throws Exception {
    JobOptions o = JobRuns.options(out, 2, List.of());
    o.maxDelay = Duration.ZERO;
    StreamExecutionEnvironment env = JobRuns.env(2);
    env.enableCheckpointing(o.checkpointInterval.toMillis());
    // A slow source, so checkpoints complete while articles are still coming.
    ArrayList<String> json = new ArrayList<>();
    for (ArticleRecord a : articles) json.add(a.json);
    DataStream<ArticleRecord> source = env.fromSource(new DataGeneratorSource<>(new Replay(json), json.size(),
        RateLimiterStrategy.perSecond(25), TypeInformation.of(ArticleRecord.class)),
        WatermarkStrategy.noWatermarks(), "articles").setParallelism(1);
    MizanFlinkJob.pipeline(source, o, StoryAssigners.standard(),
        s -> fail ? s.map(new FailOnceAfterCheckpoint()).setParallelism(1).name("fail-once") : s);
    env.execute(fail ? "restarted" : "undisturbed");
    return Outputs.read(out);
  }
}
