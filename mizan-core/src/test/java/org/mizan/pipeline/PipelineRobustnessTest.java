package org.mizan.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mizan.doc.Document;
import org.mizan.doc.Paragraph;
import org.mizan.doc.RawArticle;

class PipelineRobustnessTest {
  static volatile boolean release;

  @AfterEach
  void releaseStuckStages() {
    release = true;
  }

  static RawArticle article(String id, String... lines) {
    return new RawArticle(id, id + ".txt", "text", List.of(lines), Map.of());
  }

  static DocumentStage stage(String name, java.util.function.UnaryOperator<Document> f) {
    return new DocumentStage() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public Document apply(Document d) {
        return f.apply(d);
      }
    };
  }

  /** Spins (ignoring interrupts, like a catastrophic regex) on any article that mentions "loop". */
  static final DocumentStage HANGS_ON_LOOP = stage("test.hang", d -> {
    if (d.body().contains("loop")) {
      while (!release) Thread.onSpinWait();
    }
    return d;
  });

  static final DocumentStage UPPER = stage("test.mark", d -> d.withBody(
      d.paragraphs().stream().map(p -> new Paragraph(p.text() + "!")).toList(), d.removed()));

  @Test
  void aHangingArticleIsAbandonedAndTheBatchGoesOn() {
    release = false;
    Pipeline p = Pipeline.builder().add(UPPER).add(HANGS_ON_LOOP).documentTimeout(Duration.ofMillis(300)).build();
    List<Problem> problems = new ArrayList<>();
    long t0 = System.nanoTime();
    List<Document> docs = p.analyseAll(List.of(article("a", "one"), article("b", "loop"), article("c", "three")), 2,
        problems::add, () -> {});
    assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(5));
    assertThat(docs).extracting(Document::id).containsExactly("a", "c");
    assertThat(problems).extracting(Problem::toString).containsExactly("b.txt: took longer than 300 ms in stage test.hang: skipped");
  }

  @Test
  void singleArticleAnalysisIsTimeLimitedToo() {
    release = false;
    Pipeline p = Pipeline.builder().add(HANGS_ON_LOOP).documentTimeout(Duration.ofMillis(200)).build();
    List<Problem> problems = new ArrayList<>();
    assertThat(p.analyse(article("x", "loop"), problems::add)).isNull();
    assertThat(problems).singleElement().satisfies(pr -> assertThat(pr.reason()).startsWith("took longer than"));
  }

  @Test
  void aThrowingStageCostsOnlyItsArticle() {
    DocumentStage boom = stage("test.boom", d -> {
      if (d.id().equals("b")) throw new IllegalStateException("bad\nsecond line");
      return d;
    });
    List<Problem> problems = new ArrayList<>();
    List<Document> docs = Pipeline.builder().add(boom).build()
        .analyseAll(List.of(article("a", "x"), article("b", "y"), article("c", "z")), 3, problems::add, () -> {});
    assertThat(docs).extracting(Document::id).containsExactly("a", "c");
    assertThat(problems).extracting(Problem::toString)
        .containsExactly("b.txt: failed in stage test.boom: IllegalStateException (bad)");
  }

  @Test
  void overlongArticlesAreRefusedBeforeAnyStage() {
    AtomicInteger calls = new AtomicInteger();
    Pipeline p = Pipeline.builder().add(stage("test.count", d -> {
      calls.incrementAndGet();
      return d;
    })).maxDocumentChars(1000).build();
    List<Problem> problems = new ArrayList<>();
    assertThat(p.analyse(article("big", "ا".repeat(1001)), problems::add)).isNull();
    assertThat(calls).hasValue(0);
    assertThat(problems).singleElement().satisfies(pr -> assertThat(pr.reason()).contains("article too long (1001 characters"));
  }

  @Test
  void parallelOutputIsInInputOrderAndMatchesSequential() {
    List<RawArticle> raws = new ArrayList<>();
    for (int i = 0; i < 200; i++) raws.add(article(String.format("d%03d", i), "سطر " + i, "x".repeat(i % 7)));
    Pipeline p = Pipeline.builder().add(UPPER).build();
    AtomicInteger ticks = new AtomicInteger();
    List<Document> par = p.analyseAll(raws, 4, pr -> {}, ticks::incrementAndGet);
    List<Document> seq = p.analyseAll(raws, 1, pr -> {}, () -> {});
    assertThat(ticks).hasValue(200);
    assertThat(par).isEqualTo(seq);
    assertThat(par).extracting(Document::id).isSorted().hasSize(200);
    assertThat(par.get(5).paragraphs().get(0).text()).isEqualTo("سطر 5!");
  }
}
