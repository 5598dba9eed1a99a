package org.mizan.flink;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.mizan.doc.Document;
import org.mizan.doc.RawArticle;
import org.mizan.ingest.Ingestor;
import org.mizan.pipeline.Corpus;

/**
 * Throughput of the single-JVM pipeline ({@link SingleJvm}: ingest, document stages, stories; one thread) and
 * of the Flink job on a MiniCluster at parallelism 1 and 2, over the same inputs in the same run.
 * Flink wall times include starting the MiniCluster and committing the output files.
 */
final class FlinkBench {
  private FlinkBench() {}

  static int run(JobOptions o, int limit, PrintStream out) throws Exception {
    Path tmp = Files.createTempDirectory("mizan-flink-bench");
    List<String> inputs = o.inputs;
    if (limit != Integer.MAX_VALUE) inputs = List.of(writeLimited(o.inputs, limit, tmp.resolve("input")).toString());

    long t0 = System.nanoTime();
    Corpus corpus = SingleJvm.run(inputs);
    List<Document> docs = corpus.documents();
    double single = (System.nanoTime() - t0) / 1e9;

    out.println("| run | articles | stories | seconds | articles/s |");
    out.println("|---|---:|---:|---:|---:|");
    row(out, "single JVM (1 thread, first: cold JIT)", docs.size(), corpus.stories().size(), single);
    for (int p : new int[] {1, 2}) {
      JobOptions jo = copy(o, inputs, tmp.resolve("out-p" + p).toString(), p);
      long t1 = System.nanoTime();
      FlinkLocal.run(jo, StoryAssigners.standard());
      double secs = (System.nanoTime() - t1) / 1e9;
      Outputs.Result r = Outputs.read(Path.of(jo.out));
      row(out, "Flink MiniCluster, parallelism " + p, r.documents().size(), r.stories().size(), secs);
    }
    // Again at the end, with the JIT as warm as the Flink runs had it.
    long t2 = System.nanoTime();
    Corpus again = SingleJvm.run(inputs);
    row(out, "single JVM (1 thread, again last: warm JIT)", again.documents().size(), again.stories().size(),
        (System.nanoTime() - t2) / 1e9);
    return 0;
  }

  private static void row(PrintStream out, String name, int n, int stories, double secs) {
    out.printf("| %s | %d | %d | %.1f | %.0f |%n", name, n, stories, secs, n / secs);
  }

  private static JobOptions copy(JobOptions o, List<String> inputs, String out, int p) {
    JobOptions j = new JobOptions();
    j.inputs = inputs;
    j.out = out;
    j.parallelism = p;
    j.maxDelay = o.maxDelay;
    j.storyScope = o.storyScope;
    j.order = o.order;
    j.checkpointInterval = o.checkpointInterval;
    return j;
  }

  /** The first {@code limit} articles of the inputs, one text file each (text only). */
  private static Path writeLimited(List<String> inputs, int limit, Path dir) throws Exception {
    Files.createDirectories(dir);
    List<RawArticle> raws = new ArrayList<>();
    new Ingestor().read(inputs, r -> {
      if (raws.size() < limit) raws.add(r);
    }, p -> {});
    int i = 0;
    for (RawArticle r : raws) Files.writeString(dir.resolve(String.format("%06d.txt", i++)), String.join("\n", r.lines()));
    return dir;
  }
}
