package org.mizan.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.mizan.ingest.Ingestor;
import org.mizan.pipeline.Pipelines;
import org.mizan.store.ArchiveIngest;
import org.mizan.store.MizanStore;
import org.mizan.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code mizan bench store}: ingests a corpus (default: every SaudiNewsNet day) into a fresh archive
 * and reports articles per second, index size and stories; then re-ingests the first input to time
 * duplicate recognition.
 */
@Command(name = "store", mixinStandardHelpOptions = true,
    description = "Ingest throughput into a fresh archive (articles/s, index size), then a re-ingest (all duplicates).")
public final class BenchStoreCommand implements Callable<Integer> {
  @Option(names = "--input", paramLabel = "PATH", description = "Corpus to ingest (default: ${DEFAULT-VALUE}).")
  Path input = org.mizan.ingest.SaudiNewsNet.DEFAULT_DIR;

  @Option(names = "--data", paramLabel = "DIR", required = true,
      description = "Archive to create; must not exist yet (kept afterwards for 'mizan bench server').")
  Path data;

  @Option(names = "--batch", paramLabel = "N", description = "Articles per commit (default: ${DEFAULT-VALUE}).")
  int batch = 500;

  @Option(names = "--days", paramLabel = "N", description = "Only the first N inputs of a directory (default: all).")
  int days = Integer.MAX_VALUE;

  @Override
  public Integer call() throws IOException {
    if (!Files.exists(input)) {
      System.err.println("mizan: " + input + ": no such file or directory");
      return Mizan.NOTHING_PROCESSED;
    }
    if (Files.exists(data)) {
      System.err.println("mizan: " + data + " already exists; the benchmark needs a fresh archive");
      return Mizan.USAGE;
    }
    List<String> inputs = Files.isDirectory(input) ? list(input) : List.of(input.toString());
    if (inputs.isEmpty() || days < 1) {
      System.err.println("mizan: nothing to ingest in " + input);
      return Mizan.NOTHING_PROCESSED;
    }
    inputs = inputs.subList(0, Math.min(days, inputs.size()));
    long[] problems = {0};
    long t0 = System.nanoTime();
    double cpu0 = cpuSeconds();
    long added;
    MizanStore.Stats stats;
    try (MizanStore store = MizanStore.openForWriting(data);
        Progress progress = new Progress("ingesting", 0, true)) {
      ArchiveIngest ingest = new ArchiveIngest(store, Pipelines.standard(), batch, r -> {
        for (int i = 0; i < r.added().size() + r.duplicates().size(); i++) progress.step();
      }, p -> {
        if (problems[0]++ < 3) System.err.println("mizan: " + p);
      });
      new Ingestor().read(inputs, ingest::accept, p -> {
        if (problems[0]++ < 3) System.err.println("mizan: " + p);
      });
      ingest.flush();
      added = ingest.added();
      stats = store.stats();
      System.out.printf("inputs            %d (%s)%n", inputs.size(), input);
      System.out.printf("articles stored   %d (duplicates %d, problems %d)%n", added, ingest.duplicates(), problems[0]);
      System.out.printf("time split        analysis %.1f s, store + commits %.1f s (wall)%n", ingest.analysisNanos() / 1e9,
          ingest.storeNanos() / 1e9);
    } catch (StoreException e) {
      System.err.println("mizan: " + e.getMessage());
      return Mizan.FAILURE;
    }
    double secs = (System.nanoTime() - t0) / 1e9;
    double cpu = cpuSeconds() - cpu0;
    System.out.printf("ingest time       %.1f s wall, %.1f s process CPU (analysis + indexing + commits)%n", secs, cpu);
    System.out.printf("throughput        %.1f articles/s wall, %.1f articles per CPU-second%n", added / secs, added / cpu);
    System.out.printf("stories           %d (%.2f articles per story)%n", stats.stories(), added / (double) Math.max(1, stats.stories()));
    System.out.printf("entities, quotes  %d, %d%n", stats.entities(), stats.quotes());
    System.out.printf("index size        %.1f MB (%.1f KB per article)%n", stats.indexBytes() / 1e6, stats.indexBytes() / 1e3 / Math.max(1, added));

    long t1 = System.nanoTime();
    try (MizanStore store = MizanStore.openForWriting(data)) {
      ArchiveIngest again = new ArchiveIngest(store, Pipelines.standard(), batch, r -> {}, p -> {});
      new Ingestor().read(inputs.subList(0, 1), again::accept, p -> {});
      again.flush();
      double s2 = (System.nanoTime() - t1) / 1e9;
      System.out.printf("re-ingest %s: %d added, %d recognized as stored in %.1f s (%.0f articles/s, incl. store open)%n",
          Path.of(inputs.get(0)).getFileName(), again.added(), again.duplicates(), s2, again.duplicates() / s2);
    }
    return Mizan.OK;
  }

  /** CPU time of this process so far (every thread), in seconds; the machine may be shared. */
  static double cpuSeconds() {
    var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() / 1e9 : Double.NaN;
  }

  private static List<String> list(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("README"))
          .map(Path::toString).sorted().toList();
    }
  }
}
