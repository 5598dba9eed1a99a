package org.mizan.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ForkJoinPool;
import org.mizan.doc.Document;
import org.mizan.doc.Published;
import org.mizan.doc.RawArticle;
import org.mizan.ingest.Ids;
import org.mizan.ingest.SaudiNewsNet;
import org.mizan.pipeline.Corpus;
import org.mizan.pipeline.Pipeline;
import org.mizan.pipeline.Pipelines;
import org.mizan.stories.RelatedStories;
import org.mizan.stories.Story;
import org.mizan.synthesis.StoryDigest;
import org.mizan.synthesis.Synthesizer;
import org.mizan.text.ArabicNormalization;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code mizan bench digest}: time to synthesise story digests from SaudiNewsNet days after
 * analysis. Stories come from the pipeline's clustering when it has one, else from a cheap
 * same-day headline-overlap grouping done here (said in the output). Then the related stories of the
 * chosen stories ({@link RelatedStories}), as the digest finds them.
 */
@Command(name = "digest", mixinStandardHelpOptions = true,
    description = "Times Synthesizer over N stories from SaudiNewsNet (analysis and clustering excluded).")
public final class BenchDigestCommand implements Callable<Integer> {
  @Mixin SaudiNewsNetData data;

  @Option(names = "--stories", description = "Stories to synthesise (default: ${DEFAULT-VALUE}).")
  int stories = 1000;

  @Option(names = "--threads", description = "Synthesis threads (default: ${DEFAULT-VALUE}).")
  int threads = 2;

  @Option(names = "--rounds", description = "Timed rounds after one warm-up round (default: ${DEFAULT-VALUE}).")
  int rounds = 3;

  @Override
  public Integer call() throws Exception {
    List<Path> zips = data.days();
    Pipeline pipeline = Pipelines.standard();
    List<Document> docs = new ArrayList<>();
    List<Story> all = new ArrayList<>();
    boolean clustered = false;
    long analysisNs = 0;
    Progress progress = new Progress("analysing", 0, true);
    for (Path zip : zips) {
      List<RawArticle> raws = read(zip);
      long t0 = System.nanoTime();
      List<Document> day = new ForkJoinPool(threads).submit(() -> raws.parallelStream()
          .map(r -> {
            Document d = fillMetadata(pipeline.analyse(r, p -> { }), r);
            progress.step();
            return d;
          }).filter(d -> d != null).toList()).get();
      Corpus c = pipeline.synthesise(day);
      analysisNs += System.nanoTime() - t0;
      docs.addAll(c.documents());
      clustered |= !c.stories().isEmpty();
      all.addAll(c.stories().isEmpty() ? cheapStories(c.documents()) : c.stories());
      if (all.size() >= stories) break;
    }
    progress.close();
    List<Story> chosen = all.subList(0, Math.min(stories, all.size()));
    long multi = chosen.stream().filter(s -> s.documents().size() > 1).count();
    int storyDocs = chosen.stream().mapToInt(s -> s.documents().size()).sum();
    int largest = chosen.stream().mapToInt(s -> s.documents().size()).max().orElse(0);
    System.out.printf(Locale.ROOT, "%d stories (%d with 2+ articles, largest %d, %d articles) from %d SaudiNewsNet "
        + "articles; stories by %s; analysis %.1f s%n", chosen.size(), multi, largest, storyDocs, docs.size(),
        clustered ? "the pipeline's clustering" : "same-day headline overlap (no clustering stage in the pipeline)",
        analysisNs / 1e9);
    Map<String, Document> byId = new HashMap<>();
    for (Document d : docs) byId.put(d.id(), d);
    Synthesizer synth = new Synthesizer();
    ForkJoinPool pool = new ForkJoinPool(threads);
    double best = Double.MAX_VALUE;
    double bestCpu = Double.MAX_VALUE;
    long checksum = 0;
    var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    for (int r = 0; r <= rounds; r++) {
      long c0 = os.getProcessCpuTime();
      long t0 = System.nanoTime();
      List<StoryDigest> out = pool.submit(() -> chosen.parallelStream()
          .map(s -> synth.synthesize(s, s.documents().stream().map(byId::get).toList(), List.of())).toList()).get();
      double sec = (System.nanoTime() - t0) / 1e9;
      double cpu = (os.getProcessCpuTime() - c0) / 1e9;
      checksum = out.stream().mapToLong(g -> g.summary().size() + g.timeline().size() + g.figures().size()).sum();
      if (r > 0) {
        best = Math.min(best, sec);
        bestCpu = Math.min(bestCpu, cpu);
      }
      System.out.printf(Locale.ROOT, "%s: %d digests in %.2f s wall, %.2f s CPU (%.0f stories/s)%n",
          r == 0 ? "warm-up" : "round " + r, out.size(), sec, cpu, out.size() / sec);
    }
    // on a shared machine wall time depends on the load; CPU time / threads is what 2 idle cores would take
    System.out.printf(Locale.ROOT, "best: %.2f s wall, %.2f s CPU = %.2f s on %d idle cores, for %d stories "
        + "(%d summary/timeline/figure items)%n", best, bestCpu, bestCpu / threads, threads, chosen.size(), checksum);
    related(chosen, docs, os);
    return Mizan.OK;
  }

  /** Related stories over the chosen ones (one thread, as the digest runs them): best of the rounds. */
  private void related(List<Story> chosen, List<Document> docs, com.sun.management.OperatingSystemMXBean os) {
    double best = Double.MAX_VALUE;
    int linked = 0;
    for (int r = 0; r <= rounds; r++) {
      long c0 = os.getProcessCpuTime();
      linked = RelatedStories.of(chosen, docs, List.of()).size();
      double cpu = (os.getProcessCpuTime() - c0) / 1e9;
      if (r > 0) best = Math.min(best, cpu);
    }
    System.out.printf(Locale.ROOT, "related stories: %d of %d stories linked, best %.2f s CPU (%.0f stories per "
        + "CPU-second)%n", linked, chosen.size(), best, chosen.size() / best);
  }

  /** Articles of one day file, as the ingest of JSON arrays would give them. */
  private static List<RawArticle> read(Path zip) throws IOException {
    List<RawArticle> out = new ArrayList<>();
    int[] i = {0};
    SaudiNewsNet.read(zip, a -> {
      List<String> lines = a.contentLines();
      if (lines.isEmpty()) return;
      Map<String, String> meta = new LinkedHashMap<>();
      meta.put(RawArticle.TITLE, SaudiNewsNet.nz(a.title()));
      meta.put(RawArticle.URL, SaudiNewsNet.nz(a.url()));
      meta.put(RawArticle.SOURCE, SaudiNewsNet.nz(a.source()));
      meta.put(RawArticle.PUBLISHED, SaudiNewsNet.nz(a.dateExtracted()));
      out.add(new RawArticle(Ids.contentId(a.content()), zip + "#" + i[0]++, "json", lines, meta));
    });
    return out;
  }

  /** Headline, outlet and date from the JSON fields when the pipeline has no metadata stage yet. */
  private static Document fillMetadata(Document d, RawArticle r) {
    if (d == null || d.outlet() != null) return d;
    String date = r.meta(RawArticle.PUBLISHED);
    Published p = date == null || date.length() < 10 ? Published.UNKNOWN : new Published(date.substring(0, 10), date, 1.0, false);
    return d.withMetadata(r.meta(RawArticle.TITLE), p, r.meta(RawArticle.SOURCE), List.of(), null, null);
  }

  private static final int MAX_GROUP = 20;

  /** Greedy same-day grouping: a headline joins the first group whose words overlap it by Jaccard 0.5 or more. */
  static List<Story> cheapStories(List<Document> docs) {
    List<List<Document>> groups = new ArrayList<>();
    List<Set<String>> keys = new ArrayList<>();
    for (Document d : docs) {
      Set<String> w = new HashSet<>();
      for (String t : ArabicNormalization.normalize(String.valueOf(d.headline())).split("[^\\p{L}\\p{N}]+")) {
        if (t.length() >= 4) w.add(t);
      }
      int into = -1;
      for (int g = 0; g < groups.size() && into < 0; g++) {
        Set<String> k = keys.get(g);
        int hit = 0;
        for (String t : w) if (k.contains(t)) hit++;
        int union = w.size() + k.size() - hit;
        if (hit >= 2 && hit * 2 >= union && groups.get(g).size() < MAX_GROUP) into = g;
      }
      if (into < 0) {
        groups.add(new ArrayList<>(List.of(d)));
        keys.add(w);
      } else {
        groups.get(into).add(d);
      }
    }
    List<Story> out = new ArrayList<>();
    for (List<Document> g : groups) {
      List<String> ids = g.stream().map(Document::id).distinct().toList();
      List<String> outlets = g.stream().map(Document::outlet).filter(o -> o != null).distinct().toList();
      String when = g.get(0).published().value();
      out.add(new Story("bench-" + ids.get(0), g.get(0).headline(), ids, outlets, when, when, List.of()));
    }
    return out;
  }
}
