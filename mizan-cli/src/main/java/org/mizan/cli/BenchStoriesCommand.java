package org.mizan.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import org.mizan.doc.Document;
import org.mizan.doc.Paragraph;
import org.mizan.doc.Published;
import org.mizan.ingest.SaudiNewsNet;
import org.mizan.stories.JoinModel;
import org.mizan.stories.StoryClusterer;
import org.mizan.stories.StoryOptions;
import org.mizan.stories.StoryState;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code mizan bench stories}: story assignment throughput over all SaudiNewsNet days in date order,
 * and optionally a scaling run to N articles (the corpus replayed with shifted dates and perturbed
 * text) reporting per-article latency percentiles and heap growth.
 */
@Command(name = "stories", mixinStandardHelpOptions = true,
    description = {"Story clustering throughput over SaudiNewsNet in date order (articles/s, live stories, heap); "
        + "with --scale, a replayed and perturbed stream to N articles with p50/p99 latency and heap growth."})
public final class BenchStoriesCommand implements Callable<Integer> {
  @Mixin SaudiNewsNetData data;

  @Mixin StoryAblation ablation;

  /** The story rules on (all but those of {@code --ablate}). */
  private StoryOptions options;

  @Option(names = "--scale", paramLabel = "N", description = "Also run a stream of N articles (e.g. 1000000).")
  long scale;

  @Option(names = "--window-days", description = "Days a story stays live (default: the clusterer's, ${DEFAULT-VALUE}).")
  double windowDays = StoryClusterer.Params.DEFAULT.windowHours() / 24;

  @Override
  public Integer call() throws IOException {
    options = ablation.options();
    List<Document> base = load();
    System.out.printf(Locale.ROOT, "machine: %d cores, max heap %d MB, java %s%n", Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.version"));
    StoryClusterer.Params d = StoryClusterer.Params.DEFAULT;
    StoryClusterer.Params params = new StoryClusterer.Params(d.threshold(), d.tauHours(), windowDays * 24, d.numberWeight(),
        d.copyBoost(), d.mergeThreshold(), d.keepTerms(), d.indexedTerms(), d.queryTerms(), d.candidates(),
        d.headlineWeight(), d.graceHours(), d.floor(), d.floorBody(), d.counterpartWeight(), d.dateWeight(),
        d.entityWeight());
    // warm-up on a fresh state, so the JIT has compiled the hot path before timing
    StoryClusterer warm = clusterer(params);
    for (int i = 0; i < Math.min(3000, base.size()); i++) warm.add(base.get(i));

    if (scale > 0) {
      scaleRun(base, params);
      return Mizan.OK;
    }
    StoryClusterer c = clusterer(params);
    int maxLive = 0;
    var threads = ManagementFactory.getThreadMXBean();
    long cpu0 = threads.getCurrentThreadCpuTime();
    long t0 = System.nanoTime();
    try (Progress progress = new Progress("clustering", base.size(), true)) {
      for (Document doc : base) {
        c.add(doc);
        maxLive = Math.max(maxLive, c.liveStories());
        progress.step();
      }
    }
    double secs = (System.nanoTime() - t0) / 1e9;
    double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
    System.out.printf(Locale.ROOT, "saudinewsnet: %d articles in %.1f s wall = %.0f articles/s (%.1f s CPU = %.0f articles per "
        + "CPU-second, one thread); stories %d, live at end %d, max live %d; heap after GC %d MB%n", base.size(), secs,
        base.size() / secs, cpu, base.size() / cpu, c.state().all().size(), c.liveStories(), maxLive, heapAfterGc());
    // what a long-running archive or Flink job writes at each checkpoint
    long[] size = {0};
    c.save(new java.io.OutputStream() {
      @Override public void write(int b) { size[0]++; }
      @Override public void write(byte[] b, int off, int len) { size[0] += len; }
    });
    System.out.printf(Locale.ROOT, "clusterer snapshot (gzip): %.1f MB%n", size[0] / 1e6);
    return Mizan.OK;
  }

  /** A clusterer as the product's (the shipped join model), with the rules of {@code --ablate} off. */
  private StoryClusterer clusterer(StoryClusterer.Params params) {
    return new StoryClusterer(StoryState.inMemory(), params, JoinModel.standard(), options);
  }

  private void scaleRun(List<Document> base, StoryClusterer.Params params) {
    StoryClusterer c = clusterer(params);
    long[] nanos = new long[(int) Math.min(scale, Integer.MAX_VALUE - 8)];
    Random rnd = new Random(42);
    long heap0 = heapAfterGc();
    var threads = ManagementFactory.getThreadMXBean();
    long cpu0 = threads.getCurrentThreadCpuTime();
    int maxLive = 0;
    long t0 = System.nanoTime();
    long n = 0;
    try (Progress progress = new Progress("scaling", scale, true)) {
      for (int round = 0; n < scale; round++) {
        for (Document doc : base) {
          if (n >= scale) break;
          Document p = round == 0 ? doc : perturb(doc, round, rnd);
          long s = System.nanoTime();
          c.add(p);
          nanos[(int) n] = System.nanoTime() - s;
          maxLive = Math.max(maxLive, c.liveStories());
          n++;
          progress.step();
          if (n % 50_000 == 0) {
            long[] sofar = Arrays.copyOf(nanos, (int) n);
            Arrays.sort(sofar);
            System.out.printf(Locale.ROOT, "  %,d articles: p50 %.2f ms, p99 %.2f ms; %.0f articles per CPU-second; heap "
                + "after GC %d MB, live stories %d, stories %d%n", n, sofar[(int) (n / 2)] / 1e6,
                sofar[(int) (n * 99 / 100)] / 1e6, n / ((threads.getCurrentThreadCpuTime() - cpu0) / 1e9), heapAfterGc(),
                c.liveStories(), c.state().all().size());
            System.out.flush();
          }
        }
      }
    }
    double secs = (System.nanoTime() - t0) / 1e9;
    long[] sorted = Arrays.copyOf(nanos, (int) n);
    Arrays.sort(sorted);
    System.out.printf(Locale.ROOT, "scale: %,d articles in %.0f s (incl. perturbation) ; per-article assignment latency "
        + "p50 %.2f ms, p99 %.2f ms, max %.1f ms; max live stories %d; heap after GC %d MB at start, %d MB at end%n",
        n, secs, sorted[(int) (n / 2)] / 1e6, sorted[(int) (n * 99 / 100)] / 1e6, sorted[(int) n - 1] / 1e6, maxLive,
        heap0, heapAfterGc());
  }

  /** A copy of the article moved {@code round} × 20 days later, with a new id and ~10% of its words dropped. */
  static Document perturb(Document d, int round, Random rnd) {
    List<Paragraph> ps = new ArrayList<>();
    for (Paragraph p : d.paragraphs()) ps.add(new Paragraph(drop(p.text(), rnd), p.kind()));
    String when = d.published().value();
    String shifted = when == null ? null
        : java.time.LocalDateTime.parse(when.length() == 10 ? when + "T00:00" : when).plusDays(20L * round).toString();
    Document copy = new Document(d.schemaVersion(), d.id() + "-r" + round, d.input(), d.format(), d.url(), d.outlet(),
        d.creditedSources(), d.headline() == null ? null : drop(d.headline(), rnd),
        new Published(shifted, "bench", 1, true), d.dateline(), d.byline(), ps, d.removed(), d.mentions(), d.quotes(),
        d.figures(), d.dates(), null);
    return copy;
  }

  private static String drop(String text, Random rnd) {
    String[] words = text.split(" ");
    StringBuilder b = new StringBuilder(text.length());
    for (String w : words) {
      if (rnd.nextInt(10) == 0) continue;
      if (b.length() > 0) b.append(' ');
      b.append(w);
    }
    return b.toString();
  }

  private List<Document> load() throws IOException {
    List<SaudiNewsNet.Article> all = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (SaudiNewsNet.Article a : SaudiNewsNet.all(data.dir, false)) {
      if (a.content() == null || a.content().isBlank() || a.url() == null || !seen.add(a.url())) continue;
      all.add(a);
    }
    SaudiNewsNet.sortByDate(all);
    List<Document> docs = new ArrayList<>(all.size());
    for (SaudiNewsNet.Article a : all) docs.add(SaudiNewsNet.document(a, null, p -> {}));
    return docs;
  }

  private static long heapAfterGc() {
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
  }
}
