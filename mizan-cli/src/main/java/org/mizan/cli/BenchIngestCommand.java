package org.mizan.cli;

import de.l3s.boilerpipe.extractors.ArticleExtractor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.mizan.doc.Document;
import org.mizan.doc.RawArticle;
import org.mizan.ingest.Ingestor;
import org.mizan.ingest.SaudiNewsNet;
import org.mizan.ingest.Lines;
import org.mizan.pipeline.DocumentStage;
import org.mizan.pipeline.Pipelines;
import org.mizan.text.Sentences;
import org.mizan.text.Tokenizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code mizan bench ingest}: one-thread throughput of ingestion + cleaning + text layer on the
 * SaudiNewsNet days (read from their zips, held in memory), then HTML article extraction on
 * generated news pages, side by side with boilerpipe's {@code ArticleExtractor} on the same pages.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = {"Measures ingest + clean + text-layer throughput on the SaudiNewsNet days (one thread), and "
        + "HTML extraction on generated news pages against boilerpipe's ArticleExtractor (same pages, same run)."})
public final class BenchIngestCommand implements Callable<Integer> {

  @Mixin SaudiNewsNetData data;

  @Option(names = "--days", description = "How many days to use (default: all).")
  int days = Integer.MAX_VALUE;

  @Option(names = "--pages", description = "How many HTML pages to generate (default: ${DEFAULT-VALUE}).")
  int pages = 3000;

  @Option(names = "--rounds", description = "Timed rounds after one warm-up round; the best is kept (default: ${DEFAULT-VALUE}).")
  int rounds = 3;

  @Override
  public Integer call() throws Exception {
    List<Path> zips = data.days().stream().limit(days).toList();
    if (zips.isEmpty()) {
      System.err.println("mizan: --days " + days + ": no day to read");
      return Mizan.NOTHING_PROCESSED;
    }
    List<byte[]> bytes = new ArrayList<>();
    long totalBytes = 0;
    for (Path z : zips) {
      bytes.add(Files.readAllBytes(z));
      totalBytes += bytes.get(bytes.size() - 1).length;
    }
    List<DocumentStage> clean = Pipelines.standard().documentStages().stream()
        .filter(s -> s.name().startsWith("clean.") || s.name().startsWith("meta.")).toList();
    System.out.println("machine: " + Runtime.getRuntime().availableProcessors() + " cores, Java "
        + System.getProperty("java.version") + ", " + System.getProperty("os.name") + " " + System.getProperty("os.arch"));
    System.out.println("stages: ingest + " + String.join(", ", clean.stream().map(DocumentStage::name).toList())
        + " + text layer (tokens, sentences)");

    // 1. SaudiNewsNet: zip -> JSON -> RawArticle -> clean/meta stages -> tokens + sentences.
    // Times are CPU time of this thread (the machine may be shared); wall time is printed beside.
    double bestNewsNet = 0;
    long articles = 0;
    long[] stageNanos = new long[clean.size() + 2]; // ingest, stages..., text layer (last round)
    for (int r = 0; r <= rounds; r++) {
      long[] count = {0};
      long[] nanos = new long[clean.size() + 2];
      long[] mark = {cpu()};
      long w0 = System.nanoTime();
      long c0 = cpu();
      for (int i = 0; i < bytes.size(); i++) {
        new Ingestor().readBytes(zips.get(i).toString(), bytes.get(i), raw -> {
          long t = cpu();
          nanos[0] += t - mark[0];
          Document d = Document.of(raw);
          for (int k = 0; k < clean.size(); k++) {
            d = clean.get(k).apply(d);
            long u = cpu();
            nanos[k + 1] += u - t;
            t = u;
          }
          String body = d.body();
          Tokenizer.tokenize(body);
          Sentences.split(body);
          mark[0] = cpu();
          nanos[clean.size() + 1] += mark[0] - t;
          count[0]++;
        }, p -> {});
      }
      double secs = (cpu() - c0) / 1e9;
      double wall = (System.nanoTime() - w0) / 1e9;
      articles = count[0];
      if (r > 0 && count[0] / secs > bestNewsNet) {
        bestNewsNet = count[0] / secs;
        stageNanos = nanos;
      }
      System.out.printf(Locale.ROOT, "  saudinewsnet %s: %d articles in %.2f s CPU (%.2f s wall) = %.0f articles/s%n",
          r == 0 ? "warm-up" : "round " + r, count[0], secs, wall, count[0] / secs);
    }
    System.out.printf(Locale.ROOT, "SaudiNewsNet (%d days, %.1f MB zipped, %d articles): %.0f articles/s, one thread%n",
        zips.size(), totalBytes / 1e6, articles, bestNewsNet);
    System.out.printf(Locale.ROOT, "  %-22s %8.0f articles/s%n", "ingest alone", articles / (stageNanos[0] / 1e9));
    for (int k = 0; k < clean.size(); k++) {
      System.out.printf(Locale.ROOT, "  %-22s %8.3f ms/article%n", clean.get(k).name(), stageNanos[k + 1] / 1e6 / articles);
    }
    System.out.printf(Locale.ROOT, "  %-22s %8.3f ms/article%n", "text layer", stageNanos[clean.size() + 1] / 1e6 / articles);

    // 2. HTML pages: mizan's extractor vs boilerpipe on the same generated pages
    List<String[]> sources = new ArrayList<>(); // title, source, url, content
    SaudiNewsNet.read(zips.get(0), a -> {
      String content = SaudiNewsNet.nz(a.content());
      if (content.length() > 300 && sources.size() < pages) {
        sources.add(new String[] {SaudiNewsNet.nz(a.title()), SaudiNewsNet.nz(a.source()), SaudiNewsNet.nz(a.url()), content});
      }
    });
    List<String> others = new ArrayList<>();
    for (String[] s : sources) others.add(Lines.of(s[3]).get(0));
    List<String> html = new ArrayList<>();
    List<List<String>> bodies = new ArrayList<>();
    long htmlBytes = 0;
    for (int i = 0; i < sources.size(); i++) {
      List<String> paras = Lines.of(sources.get(i)[3]);
      bodies.add(paras);
      html.add(NewsPageTemplate.page(sources.get(i)[0], sources.get(i)[1], sources.get(i)[2], paras, others, i));
      htmlBytes += html.get(i).getBytes(StandardCharsets.UTF_8).length;
    }
    List<byte[]> htmlUtf8 = html.stream().map(h -> h.getBytes(StandardCharsets.UTF_8)).toList();
    double bestMizan = 0;
    double bestBoiler = 0;
    Quality qm = new Quality();
    Quality qb = new Quality();
    for (int r = 0; r <= rounds; r++) {
      long t0 = cpu();
      List<List<String>> mizanOut = new ArrayList<>();
      Ingestor ing = new Ingestor();
      for (int i = 0; i < htmlUtf8.size(); i++) {
        List<RawArticle> one = new ArrayList<>(1);
        ing.readBytes("page" + i, htmlUtf8.get(i), one::add, p -> {});
        mizanOut.add(one.isEmpty() ? List.of() : one.get(0).lines());
      }
      double ms = (cpu() - t0) / 1e9;
      long t1 = cpu();
      List<String> boilerOut = new ArrayList<>();
      for (String h : html) boilerOut.add(ArticleExtractor.INSTANCE.getText(h));
      double bs = (cpu() - t1) / 1e9;
      if (r > 0) {
        bestMizan = Math.max(bestMizan, html.size() / ms);
        bestBoiler = Math.max(bestBoiler, html.size() / bs);
      }
      if (r == rounds) {
        for (int i = 0; i < html.size(); i++) {
          qm.add(String.join("\n", mizanOut.get(i)), bodies.get(i), NewsPageTemplate.comments(others, i));
          qb.add(boilerOut.get(i), bodies.get(i), NewsPageTemplate.comments(others, i));
        }
      }
      System.out.printf(Locale.ROOT, "  html %s: mizan %.0f pages/s, boilerpipe %.0f pages/s%n",
          r == 0 ? "warm-up" : "round " + r, html.size() / ms, html.size() / bs);
    }
    System.out.printf(Locale.ROOT, "HTML pages (%d, %.1f KB average, CPU time): mizan %.0f pages/s, boilerpipe ArticleExtractor "
        + "%.0f pages/s: %.1fx%n", html.size(), htmlBytes / 1e3 / html.size(), bestMizan, bestBoiler, bestMizan / bestBoiler);
    System.out.println("  mizan:      " + qm);
    System.out.println("  boilerpipe: " + qb);
    return Mizan.OK;
  }

  private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

  /** CPU time of this thread: a shared machine's load does not count against the code measured. */
  private static long cpu() {
    return THREADS.getCurrentThreadCpuTime();
  }

  /** Paragraph recall (article paragraphs found) and comment leakage (reader comments kept) per page. */
  static final class Quality {
    long paragraphs;
    long found;
    long comments;
    long leaked;

    void add(String extracted, List<String> body, List<String> pageComments) {
      String norm = extracted.replaceAll("\\s+", " ");
      for (String p : body) {
        paragraphs++;
        if (norm.contains(p.replaceAll("\\s+", " "))) found++;
      }
      for (String c : pageComments) {
        comments++;
        if (norm.contains(c.replaceAll("\\s+", " "))) leaked++;
      }
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "article paragraphs recovered %.1f%%, reader comments leaked %.1f%%",
          100.0 * found / Math.max(1, paragraphs), 100.0 * leaked / Math.max(1, comments));
    }
  }

}
