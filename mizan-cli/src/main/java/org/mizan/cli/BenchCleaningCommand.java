package org.mizan.cli;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import org.mizan.doc.Document;
import org.mizan.doc.RawArticle;
import org.mizan.ingest.SaudiNewsNet;
import org.mizan.pipeline.DocumentStage;
import org.mizan.pipeline.Pipelines;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code mizan bench cleaning}: throughput of the cleaning and metadata stages on SaudiNewsNet
 * days, one thread, after a warm-up pass (articles already in memory: ingestion is not timed).
 */
@Command(name = "cleaning", mixinStandardHelpOptions = true,
    description = "Articles per second of the cleaning + metadata stages on SaudiNewsNet days (one core).")
public final class BenchCleaningCommand implements Callable<Integer> {
  @Mixin BenchCorpus corpus;

  @Override
  public Integer call() throws IOException {
    List<RawArticle> raws = corpus.read(SaudiNewsNet::asPage);
    long chars = 0;
    for (RawArticle r : raws) for (String l : r.lines()) chars += l.length();
    int rounds = corpus.rounds;
    List<DocumentStage> stages = Pipelines.cleaning(null);
    long[] nanos = new long[stages.size()];
    double best = 0;
    long removed = 0;
    long dated = 0;
    for (int round = 0; round <= rounds; round++) {
      removed = 0;
      dated = 0;
      long t0 = System.nanoTime();
      for (RawArticle raw : raws) {
        Document d = Document.of(raw);
        for (int k = 0; k < stages.size(); k++) {
          long s0 = System.nanoTime();
          d = stages.get(k).apply(d);
          if (round > 0) nanos[k] += System.nanoTime() - s0;
        }
        removed += d.removed().size();
        if (d.published().value() != null) dated++;
      }
      double secs = (System.nanoTime() - t0) / 1e9;
      if (round > 0) best = Math.max(best, raws.size() / secs);
    }
    System.out.printf("cleaning+metadata: %d articles (%d days, %.1f M chars), one thread%n", raws.size(), corpus.daysRead,
        chars / 1e6);
    System.out.printf("  best of %d passes: %.0f articles/s%n", rounds, best);
    System.out.printf("  per pass: %d lines removed, %d articles dated%n", removed, dated);
    for (int k = 0; k < stages.size(); k++) {
      System.out.printf("  %-18s %5.1f%% of the time%n", stages.get(k).name(),
          100.0 * nanos[k] / java.util.Arrays.stream(nanos).sum());
    }
    return Mizan.OK;
  }
}
