package org.mizan.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.mizan.doc.RawArticle;
import org.mizan.ingest.SaudiNewsNet;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options of the per-stage throughput benchmarks (a picocli mixin): which SaudiNewsNet days,
 * how many timed passes, progress or not; and the reading of those days into memory, which is not
 * timed.
 */
final class BenchCorpus {
  @Mixin SaudiNewsNetData data;

  @Option(names = "--days", paramLabel = "N", description = "How many days to read (default: ${DEFAULT-VALUE}).")
  int days = 3;

  @Option(names = "--rounds", paramLabel = "N", description = "Timed passes after one warm-up (default: ${DEFAULT-VALUE}).")
  int rounds = 3;

  @Option(names = {"-q", "--quiet"}, description = "No progress output.")
  boolean quiet;

  /** Days actually read by the last {@link #read} (fewer than {@code --days} when the corpus has fewer). */
  int daysRead;

  /**
   * The articles of the first {@code --days} days, each made a raw article by {@code as} with the id
   * {@code <day file>/<index>}, in day then file order.
   */
  List<RawArticle> read(BiFunction<SaudiNewsNet.Article, String, RawArticle> as) throws IOException {
    List<Path> all = data.days();
    List<Path> used = all.subList(0, Math.min(days, all.size()));
    List<RawArticle> raws = new ArrayList<>();
    try (Progress p = new Progress("reading", used.size(), !quiet)) {
      for (Path day : used) {
        String name = day.getFileName().toString().replaceFirst("\\.zip$", "");
        int[] i = {0};
        SaudiNewsNet.read(day, a -> raws.add(as.apply(a, name + "/" + i[0]++)));
        p.step();
      }
    }
    daysRead = used.size();
    return raws;
  }
}
