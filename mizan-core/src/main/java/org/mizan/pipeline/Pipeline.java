package org.mizan.pipeline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.mizan.doc.Document;
import org.mizan.doc.RawArticle;

/**
 * Document stages followed by corpus stages. A failing stage on one document reports a
 * {@link Problem} for that document and the run goes on without it. The pipeline also guards the
 * batch against pathological articles: an article longer than {@code maxDocumentChars} is refused,
 * and one whose document stages run longer than {@code documentTimeout} is abandoned (its worker
 * thread is interrupted and left behind; the batch goes on with fresh workers).
 */
public final class Pipeline {
  /** Defaults: far above any real article (a long feature is ~50,000 characters, 100 ms). */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(20);
  public static final int DEFAULT_MAX_CHARS = 2_000_000;

  private static final AtomicInteger WORKERS = new AtomicInteger();
  /** Daemon workers with deep stacks: a stuck worker never keeps the JVM alive. */
  private static final ExecutorService POOL = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(null, r, "mizan-stage-" + WORKERS.incrementAndGet(), 16L << 20);
    t.setDaemon(true);
    return t;
  });

  private final List<DocumentStage> documentStages;
  private final List<CorpusStage> corpusStages;
  private final Duration documentTimeout;
  private final int maxDocumentChars;

  private Pipeline(Builder b) {
    this.documentStages = List.copyOf(b.documentStages);
    this.corpusStages = List.copyOf(b.corpusStages);
    this.documentTimeout = b.documentTimeout;
    this.maxDocumentChars = b.maxDocumentChars;
  }

  public static Builder builder() {
    return new Builder();
  }

  public List<DocumentStage> documentStages() {
    return documentStages;
  }

  public List<CorpusStage> corpusStages() {
    return corpusStages;
  }

  /** The same stages with other limits (the CLI's {@code --doc-time-limit}). */
  public Pipeline withLimits(Duration documentTimeout, int maxDocumentChars) {
    Builder b = new Builder();
    documentStages.forEach(b::add);
    corpusStages.forEach(b::add);
    return b.documentTimeout(documentTimeout).maxDocumentChars(maxDocumentChars).build();
  }

  /** Runs the document stages on one article; problems go to {@code problems}, returning null. */
  public Document analyse(RawArticle raw, Consumer<Problem> problems) {
    return analyseAll(List.of(raw), 1, problems, () -> {}).stream().findFirst().orElse(null);
  }

  /**
   * Runs the document stages on every article, {@code threads} at a time, each under the time limit.
   * Returns the documents that made it, in input order; problems are reported in input order too, so
   * the output does not depend on thread timing. {@code onEach} is called once per article finished.
   */
  public List<Document> analyseAll(List<RawArticle> raws, int threads, Consumer<Problem> problems, Runnable onEach) {
    int n = raws.size();
    Document[] out = new Document[n];
    @SuppressWarnings("unchecked")
    List<Problem>[] found = new List[n];
    ExecutorCompletionService<Result> ecs = new ExecutorCompletionService<>(POOL);
    Map<Future<Result>, Running> running = new HashMap<>();
    long limit = documentTimeout.toNanos();
    int next = 0;
    int done = 0;
    try {
      while (done < n) {
        while (running.size() < Math.max(1, threads) && next < n) {
          int i = next++;
          AtomicReference<String> stage = new AtomicReference<>("document");
          RawArticle raw = raws.get(i);
          running.put(ecs.submit(() -> run(raw, stage)), new Running(i, System.nanoTime(), stage));
        }
        long earliest = running.values().stream().mapToLong(r -> r.start + limit).min().orElse(System.nanoTime());
        Future<Result> f = ecs.poll(Math.max(0, earliest - System.nanoTime()), TimeUnit.NANOSECONDS);
        if (f != null) {
          Running r = running.remove(f);
          if (r == null) continue; // a task abandoned earlier, finishing late
          Result res = result(f, raws.get(r.index), r.stage.get());
          out[r.index] = res.doc;
          found[r.index] = res.problems;
          done++;
          onEach.run();
        } else {
          long now = System.nanoTime();
          for (var it = running.entrySet().iterator(); it.hasNext(); ) {
            var e = it.next();
            Running r = e.getValue();
            if (now - r.start < limit) continue;
            e.getKey().cancel(true);
            it.remove();
            found[r.index] = List.of(new Problem(raws.get(r.index).input(), "took longer than "
                + human(documentTimeout) + " in stage " + r.stage.get() + ": skipped"));
            done++;
            onEach.run();
          }
        }
      }
    } catch (InterruptedException e) {
      running.keySet().forEach(f -> f.cancel(true));
      Thread.currentThread().interrupt();
    }
    List<Document> docs = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      if (found[i] != null) found[i].forEach(problems);
      if (out[i] != null) docs.add(out[i]);
    }
    return docs;
  }

  private Result run(RawArticle raw, AtomicReference<String> stage) {
    long chars = 0;
    for (String l : raw.lines()) chars += l.length();
    if (chars > maxDocumentChars) {
      return new Result(null, List.of(new Problem(raw.input(), "article too long (" + chars
          + " characters; the limit is " + maxDocumentChars + "): skipped")));
    }
    Document doc = Document.of(raw);
    try {
      for (DocumentStage s : documentStages) {
        stage.set(s.name());
        doc = s.apply(doc);
        if (Thread.currentThread().isInterrupted()) return new Result(null, List.of());
      }
      return new Result(doc, List.of());
    } catch (RuntimeException | StackOverflowError e) {
      return new Result(null, List.of(new Problem(raw.input(), "failed in stage " + stage.get() + ": " + describe(e))));
    }
  }

  private static Result result(Future<Result> f, RawArticle raw, String stage) {
    try {
      return f.get();
    } catch (ExecutionException | CancellationException | InterruptedException e) {
      Throwable c = e.getCause() == null ? e : e.getCause();
      return new Result(null, List.of(new Problem(raw.input(), "failed in stage " + stage + ": " + describe(c))));
    }
  }

  /** A short article touching every document stage: a dated, attributed quote with figures. */
  private static final RawArticle SAMPLE = new RawArticle("warm-up", "warm-up", "text", List.of(
      "الرياض - قال وزير المالية محمد العلي يوم الاثنين 3 مارس 2025 إن \"الاقتصاد نما 5 في المئة\".",
      "وأضاف أن الحكومة خصصت نحو 200 مليون ريال للمشروع الذي يستمر ثلاث سنوات."), Map.of());

  /**
   * Loads every stage's models and word lists, in parallel on the shared pool, and returns when all
   * are ready. Only speeds up what follows: the pipeline's results do not depend on it.
   */
  public void warmUp() {
    List<Future<?>> pending = new ArrayList<>();
    for (DocumentStage s : documentStages) {
      pending.add(POOL.submit(() -> {
        s.warmUp();
        s.apply(Document.of(SAMPLE));
      }));
    }
    for (CorpusStage s : corpusStages) pending.add(POOL.submit(s::warmUp));
    for (Future<?> f : pending) {
      try {
        f.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (ExecutionException e) {
        // a stage that fails on the sample fails (and is reported) on real input too
      }
    }
  }

  /** Runs the corpus stages over analysed documents (in input order). */
  public Corpus synthesise(List<Document> documents) {
    Corpus corpus = Corpus.of(documents);
    for (CorpusStage s : corpusStages) corpus = s.apply(corpus);
    return corpus;
  }

  private static String human(Duration d) {
    return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
  }

  static String describe(Throwable e) {
    String m = e.getMessage();
    return e.getClass().getSimpleName() + (m == null ? "" : " (" + m.lines().findFirst().orElse("") + ")");
  }

  private record Result(Document doc, List<Problem> problems) {}

  private record Running(int index, long start, AtomicReference<String> stage) {}

  /** Assembles a pipeline in order. */
  public static final class Builder {
    private final List<DocumentStage> documentStages = new ArrayList<>();
    private final List<CorpusStage> corpusStages = new ArrayList<>();
    private Duration documentTimeout = DEFAULT_TIMEOUT;
    private int maxDocumentChars = DEFAULT_MAX_CHARS;

    public Builder add(DocumentStage stage) {
      documentStages.add(stage);
      return this;
    }

    public Builder add(CorpusStage stage) {
      corpusStages.add(stage);
      return this;
    }

    /** How long the document stages may take on one article before it is abandoned. */
    public Builder documentTimeout(Duration timeout) {
      this.documentTimeout = timeout;
      return this;
    }

    /** Articles with more characters than this are refused before any stage runs. */
    public Builder maxDocumentChars(int max) {
      this.maxDocumentChars = max;
      return this;
    }

    public Pipeline build() {
      return new Pipeline(this);
    }
  }
}
