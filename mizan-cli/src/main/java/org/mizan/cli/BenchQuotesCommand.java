package org.mizan.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.mizan.doc.Document;
import org.mizan.doc.RawArticle;
import org.mizan.figures.DateExtractor;
import org.mizan.figures.FigureExtractor;
import org.mizan.ingest.SaudiNewsNet;
import org.mizan.quotes.QuoteExtractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code mizan bench quotes}: throughput of the quote, figure and date stages on SaudiNewsNet days,
 * one thread, after a warm-up pass.
 */
@Command(name = "quotes", mixinStandardHelpOptions = true,
    description = {"Articles per CPU-second of quotes + figures + dates on SaudiNewsNet days, one thread.",
        "CPU time of the measuring thread is used, so other load on the machine does not count."})
public final class BenchQuotesCommand implements Callable<Integer> {
  @Mixin BenchCorpus corpus;

  @Override
  public Integer call() throws IOException {
    List<Document> docs = new ArrayList<>();
    long chars = 0;
    for (RawArticle r : corpus.read(SaudiNewsNet::asText)) {
      Document d = Document.of(r);
      chars += d.body().length();
      docs.add(d);
    }
    int rounds = corpus.rounds;
    QuoteExtractor q = new QuoteExtractor();
    FigureExtractor f = new FigureExtractor();
    DateExtractor dt = new DateExtractor();
    long quotes = 0;
    long figures = 0;
    long dates = 0;
    java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
    double best = 0;
    double bestWall = 0;
    long[] stageNanos = new long[3];
    for (int r = 0; r <= rounds; r++) {
      quotes = figures = dates = 0;
      long[] ns = new long[3];
      long t0 = System.nanoTime();
      long c0 = cpu.getCurrentThreadCpuTime();
      for (Document d : docs) {
        long a = cpu.getCurrentThreadCpuTime();
        Document x = q.apply(d);
        long b = cpu.getCurrentThreadCpuTime();
        x = f.apply(x);
        long c = cpu.getCurrentThreadCpuTime();
        x = dt.apply(x);
        long e = cpu.getCurrentThreadCpuTime();
        ns[0] += b - a;
        ns[1] += c - b;
        ns[2] += e - c;
        quotes += x.quotes().size();
        figures += x.figures().size();
        dates += x.dates().size();
      }
      double secs = (cpu.getCurrentThreadCpuTime() - c0) / 1e9;
      double wall = (System.nanoTime() - t0) / 1e9;
      if (r > 0 && docs.size() / secs > best) {
        best = docs.size() / secs;
        bestWall = docs.size() / wall;
        stageNanos = ns;
      }
    }
    System.out.printf("quotes+figures+dates: %d articles (%d days, %.1f MB of text), one thread%n", docs.size(),
        corpus.daysRead, chars * 2 / 1e6);
    System.out.printf("  best of %d passes: %.0f articles per CPU-second (wall clock: %.0f/s on this machine's load)%n",
        rounds, best, bestWall);
    System.out.printf("  per stage: quotes %.0f, figures %.0f, dates %.0f articles per CPU-second%n",
        docs.size() / (stageNanos[0] / 1e9), docs.size() / (stageNanos[1] / 1e9), docs.size() / (stageNanos[2] / 1e9));
    System.out.printf("  found per pass: %d quotes, %d figures, %d dates%n", quotes, figures, dates);
    return Mizan.OK;
  }
}
