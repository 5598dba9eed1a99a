package org.mizan.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.mizan.doc.Document;
import org.mizan.doc.RawArticle;
import org.mizan.entities.CorpusPropagateStage;
import org.mizan.entities.LinkStage;
import org.mizan.ingest.SaudiNewsNet;
import org.mizan.entities.NerModel;
import org.mizan.pipeline.Corpus;
import org.mizan.pipeline.DocumentStage;
import org.mizan.text.Tokenizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code mizan bench ner}: NER + in-document resolution + cross-document linking on one thread. */
@Command(name = "ner", mixinStandardHelpOptions = true,
    description = {"Times model loading and the entity stages (entities.ner … entities.link) on one thread",
        "over SaudiNewsNet articles; reports words per second."})
final class BenchNerCommand implements Callable<Integer> {
  @Mixin SaudiNewsNetData data;

  @Option(names = "--articles", description = "Articles to process (default: ${DEFAULT-VALUE}).")
  int articles = 3000;

  @Option(names = "--rounds", description = "Timed rounds after one warm-up round (default: ${DEFAULT-VALUE}).")
  int rounds = 3;

  @Override
  public Integer call() {
    List<Document> docs;
    try {
      docs = read(data.dir, articles);
    } catch (IOException e) {
      System.err.println("mizan: " + e.getMessage());
      return Mizan.FAILURE;
    }
    if (docs.isEmpty()) {
      System.err.println("mizan: " + data + ": no articles found");
      return Mizan.FAILURE;
    }
    long words = 0;
    for (Document d : docs) words += Tokenizer.tokenize(d.body()).size();
    long[] load = new long[3];
    long[] loadCpu = new long[3];
    for (int i = 0; i < load.length; i++) {
      long c0 = CPU.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      try (InputStream in = NerModel.class.getResourceAsStream(NerModel.RESOURCE)) {
        NerModel.read(in);
      } catch (IOException e) {
        System.err.println("mizan: cannot read the NER model: " + e.getMessage());
        return Mizan.FAILURE;
      }
      load[i] = System.nanoTime() - t0;
      loadCpu[i] = CPU.getCurrentThreadCpuTime() - c0;
    }
    List<DocumentStage> stages = org.mizan.pipeline.Pipelines.entities();
    LinkStage link = new LinkStage();
    run(docs, stages, link); // warm-up
    double best = Double.MAX_VALUE;
    double bestCpu = Double.MAX_VALUE;
    var mx = java.lang.management.ManagementFactory.getThreadMXBean();
    int mentions = 0, entities = 0;
    for (int r = 0; r < rounds; r++) {
      long c0 = mx.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      Corpus c = run(docs, stages, link);
      best = Math.min(best, (System.nanoTime() - t0) / 1e9);
      bestCpu = Math.min(bestCpu, (mx.getCurrentThreadCpuTime() - c0) / 1e9);
      entities = c.entities().size();
      mentions = c.documents().stream().mapToInt(d -> d.mentions().size()).sum();
    }
    System.out.printf("model load: %.0f ms first (%.0f ms CPU), %.0f ms warm (%.0f ms CPU)%n", load[0] / 1e6,
        loadCpu[0] / 1e6, load[2] / 1e6, loadCpu[2] / 1e6);
    System.out.printf("articles: %d, words: %d, mentions: %d, entities: %d%n", docs.size(), words, mentions, entities);
    System.out.printf("entity stages + linking, 1 thread: %.2f s wall best of %d -> %.0f words/s%n", best, rounds, words / best);
    System.out.printf("  same, thread CPU time (what a free core would take): %.2f s -> %.0f words/s%n", bestCpu,
        words / bestCpu);
    stageNanos.forEach((k, v) -> System.out.printf("  %-20s %6.2f s CPU (last round)%n", k, v / 1e9));
    return Mizan.OK;
  }

  private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();
  private final Map<String, Long> stageNanos = new java.util.LinkedHashMap<>();
  private final CorpusPropagateStage spread = new CorpusPropagateStage();

  private Corpus run(List<Document> docs, List<DocumentStage> stages, LinkStage link) {
    stageNanos.clear();
    List<Document> out = new ArrayList<>(docs.size());
    for (Document d : docs) {
      for (DocumentStage s : stages) {
        long t0 = CPU.getCurrentThreadCpuTime();
        d = s.apply(d);
        stageNanos.merge(s.name(), CPU.getCurrentThreadCpuTime() - t0, Long::sum);
      }
      out.add(d);
    }
    long t0 = CPU.getCurrentThreadCpuTime();
    Corpus c = spread.apply(Corpus.of(out));
    stageNanos.merge(spread.name(), CPU.getCurrentThreadCpuTime() - t0, Long::sum);
    t0 = CPU.getCurrentThreadCpuTime();
    c = link.apply(c);
    stageNanos.merge(link.name(), CPU.getCurrentThreadCpuTime() - t0, Long::sum);
    return c;
  }

  /** The first {@code limit} articles of the zips (name order), one paragraph per line. */
  static List<Document> read(Path dir, int limit) throws IOException {
    List<Document> out = new ArrayList<>();
    for (Path zip : SaudiNewsNet.days(dir)) {
      SaudiNewsNet.read(zip, a -> {
        List<String> lines = a.contentLines();
        if (out.size() >= limit || lines.isEmpty()) return;
        String id = zip.getFileName() + "#" + out.size();
        out.add(Document.of(new RawArticle(id, id, "json", lines, Map.of())));
      });
      if (out.size() >= limit) break;
    }
    return out;
  }
}
