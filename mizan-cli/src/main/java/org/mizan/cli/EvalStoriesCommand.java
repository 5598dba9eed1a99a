package org.mizan.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.mizan.doc.Document;
import org.mizan.doc.Json;
import org.mizan.ingest.SaudiNewsNet;
import org.mizan.pipeline.Pipeline;
import org.mizan.pipeline.Pipelines;
import org.mizan.stories.Bcubed;
import org.mizan.stories.JoinModel;
import org.mizan.stories.StoryClusterer;
import org.mizan.stories.StoryClustering;
import org.mizan.stories.StoryOptions;
import org.mizan.stories.StoryState;
import org.mizan.stories.TfidfBaseline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code mizan eval stories}: BCubed precision/recall/F1 of story clustering against a labelled
 * SaudiNewsNet set, per split (dev, test, all), beside a plain tf-idf single-pass baseline whose
 * threshold is tuned on the very split it is scored on.
 */
@Command(name = "stories", mixinStandardHelpOptions = true,
    description = {"Scores story clustering against gold story labels of SaudiNewsNet articles (BCubed), "
        + "beside a tuned tf-idf single-pass baseline."})
public final class EvalStoriesCommand implements Callable<Integer> {
  @Option(names = "--gold", required = true, paramLabel = "FILE",
      description = "Gold JSONL: url, day, outlet, story, split (e.g. eval/stories/saudinewsnet-2015-08.gold.jsonl); "
          + "a web page's row gives file (beside the gold file) and published instead of day.")
  Path gold;

  @Mixin SaudiNewsNetData data;

  @Mixin StoryAblation ablation;

  @Option(names = "--page-dates", description = "Web pages (rows with file) are dated from their own text, as "
      + "mizan digest dates files, not from the gold's published: a page that prints no date is undated.")
  boolean pageDates;

  @Option(names = "--raw", description = "Skip the document stages (use the corpus fields as they are).")
  boolean raw;

  @Option(names = "--errors", paramLabel = "SPLIT", description = "Print the clustering errors on this split (dev, test, all).")
  String errors;

  @Option(names = "--threshold", description = "Override the join threshold (tuning).")
  Double threshold;

  @Option(names = "--tau", description = "Override the time decay constant in hours (tuning).")
  Double tau;

  @Option(names = "--number-weight", description = "Override the event-number weight (tuning).")
  Double numberWeight;

  @Option(names = "--copy-boost", description = "Override the copied-paragraph boost (tuning).")
  Double copyBoost;

  @Option(names = "--merge", description = "Override the story merge threshold (tuning).")
  Double merge;

  @Option(names = "--headline-weight", description = "Override the headline share of the text similarity (tuning).")
  Double headlineWeight;

  @Option(names = "--grace", description = "Override the time gap without decay, in hours (tuning).")
  Double grace;

  @Option(names = "--floor", description = "Override the share of similarity that never decays (tuning).")
  Double floor;

  @Option(names = "--floor-body", description = "Override the body cosine from which the floor applies (tuning).")
  Double floorBody;

  @Option(names = "--counterpart", description = "Override the counterpart-conflict penalty (tuning).")
  Double counterpart;

  @Option(names = "--entity-weight", description = "Override the lead-entity overlap weight (tuning).")
  Double entityWeight;

  @Option(names = "--actor-weight", description = "Override the headline-actor conflict weight (tuning; 1 = veto).")
  Double actorWeight;

  @Option(names = "--actor-young", description = "Override the story size up to which the actor conflict applies (tuning).")
  Integer actorYoung;

  @Option(names = "--date-weight", description = "Override the event-day weight (tuning).")
  Double dateWeight;

  @Option(names = "--grid", description = "Tuning: score a grid of parameters on the dev split only and list the best.")
  boolean grid;

  private static final java.time.Duration NO_LIMIT = java.time.Duration.ofDays(365);

  /**
   * One gold row; {@code undated} rows are analysed without their date_extracted (an article with no
   * publication date). A SaudiNewsNet row names its {@code day}; a web-page row names its {@code file}
   * (relative to the gold file), the {@code published} date the page prints and its {@code outlet}.
   */
  record GoldRow(String url, String day, String story, String split, boolean undated, String file,
      String published, String outlet) {
    GoldRow(String url, String day, String story, String split, boolean undated) {
      this(url, day, story, split, undated, null, null, null);
    }
  }

  @Option(names = "--learned", description = "Join by the shipped learned join model within 48 h of a story (the default since round 9; kept for old commands).")
  boolean learned;

  @Option(names = "--rules", description = "Join by the hand-set score alone (no learned model), as before round 9.")
  boolean rules;

  @Option(names = "--join-model", paramLabel = "FILE", description = "Join by this learned model (from `mizan train stories-join`).")
  Path joinModel;

  /** A gold set analysed: its articles in gold order, their gold story, split and a title line for error lists. */
  record Analysed(Map<String, Document> docs, Map<String, String> goldStory, Map<String, String> split,
      Map<String, String> titles) {
    /** The articles of one split ("all": every article) with their gold stories, in order. */
    Map<String, String> gold(String s) {
      Map<String, String> g = new LinkedHashMap<>();
      for (Document d : docs.values()) if (s.equals("all") || s.equals(split.get(d.id()))) g.put(d.id(), goldStory.get(d.id()));
      return g;
    }

    List<Document> part(String s) {
      return docs.values().stream().filter(d -> s.equals("all") || s.equals(split.get(d.id()))).toList();
    }
  }

  /** Reads a gold file and analyses its articles (with {@code pipeline}, or the corpus fields when null). */
  static Analysed analyse(Path gold, Path dataDir, Pipeline pipeline) throws IOException {
    return analyse(gold, dataDir, pipeline, false);
  }

  /** As {@link #analyse(Path, Path, Pipeline)}; with {@code pageDates} web pages are read without their gold date. */
  static Analysed analyse(Path gold, Path dataDir, Pipeline pipeline, boolean pageDates) throws IOException {
    List<GoldRow> rows = readGold(gold);
    Map<String, SaudiNewsNet.Article> byUrl = load(rows, dataDir);
    byUrl.putAll(WebGoldPages.read(gold, rows));
    List<String> missing = rows.stream().map(GoldRow::url).filter(u -> !byUrl.containsKey(u)).toList();
    if (!missing.isEmpty()) System.err.println("mizan: " + missing.size() + " gold articles not found in " + dataDir);
    Map<String, Document> docs = new LinkedHashMap<>();
    Map<String, String> goldStory = new HashMap<>();
    Map<String, String> split = new HashMap<>();
    Map<String, String> titles = new HashMap<>();
    try (Progress progress = new Progress("analysing " + gold.getFileName(), rows.size(), true)) {
      for (GoldRow r : rows) {
        progress.step();
        SaudiNewsNet.Article a = byUrl.get(r.url());
        if (a == null) continue;
        boolean undated = r.undated() || (pageDates && r.file() != null);
        if (undated) a = new SaudiNewsNet.Article(a.source(), a.url(), null, a.title(), a.author(), a.content());
        Document d = SaudiNewsNet.document(a, pipeline, p -> System.err.println("mizan: " + p));
        if (d == null || docs.containsKey(d.id())) continue;
        docs.put(d.id(), d);
        goldStory.put(d.id(), r.story());
        split.put(d.id(), r.split());
        titles.put(d.id(), a.source() + " " + (undated ? "(page: " + d.published().value() + ")" : a.dateExtracted()) + " "
            + (a.title() != null ? a.title() : d.headline()));
      }
    }
    // the order mizan digest clusters a batch in (the gold's row order places undated rows by their
    // hidden date, which the product cannot know)
    Map<String, Document> ordered = new LinkedHashMap<>();
    for (Document d : StoryClustering.inTimeOrder(List.copyOf(docs.values()))) ordered.put(d.id(), d);
    return new Analysed(ordered, goldStory, split, titles);
  }

  /** The full document pipeline without per-article time limits, warmed up. */
  static Pipeline evalPipeline() {
    // No per-article time limit here: a limit that binds under load (or while models load) would drop
    // articles and make the figures depend on the machine; the evaluation must depend on input only.
    Pipeline pipeline = Pipelines.standard().withLimits(NO_LIMIT, Integer.MAX_VALUE);
    pipeline.warmUp();
    return pipeline;
  }

  @Override
  public Integer call() throws IOException {
    if (rules && (learned || joinModel != null)) throw new IOException("--rules cannot be combined with --learned or --join-model");
    StoryOptions options = ablation.options();
    JoinModel model = rules ? null : JoinModel.standard();
    if (joinModel != null) {
      if (!Files.isRegularFile(joinModel)) throw new IOException(joinModel + ": no such join model file");
      try {
        model = JoinModel.read(Files.readString(joinModel));
      } catch (IOException | NumberFormatException e) {
        throw new IOException(joinModel + ": " + e.getMessage());
      }
    }
    Analysed an = analyse(gold, data.dir, raw ? null : evalPipeline(), pageDates);
    Map<String, Document> docs = an.docs();
    Map<String, String> goldStory = an.goldStory();
    Map<String, String> split = an.split();
    Map<String, String> titles = an.titles();
    StoryClusterer.Params params = params();
    if (grid) {
      List<Document> dev = docs.values().stream().filter(d -> "dev".equals(split.get(d.id()))).toList();
      Map<String, String> g = new LinkedHashMap<>();
      for (Document d : dev) g.put(d.id(), goldStory.get(d.id()));
      grid(dev, g, params, model, options);
      return Mizan.OK;
    }
    System.out.printf(Locale.ROOT, "gold: %s (%d articles, %d stories)%n", gold, docs.size(),
        new LinkedHashSet<>(goldStory.values()).size());
    System.out.printf(Locale.ROOT, "%-5s %8s %6s | %-34s | %-41s%n", "split", "articles", "gold",
        "mizan stories: P / R / F1 (stories)", "baseline tf-idf: P / R / F1 (stories, t)");
    for (String s : List.of("dev", "test", "all")) {
      List<Document> part = docs.values().stream().filter(d -> s.equals("all") || s.equals(split.get(d.id()))).toList();
      Map<String, String> g = new LinkedHashMap<>();
      for (Document d : part) g.put(d.id(), goldStory.get(d.id()));
      Map<String, String> predicted = new StoryClusterer(StoryState.inMemory(), params, model, options).addAll(part);
      Bcubed.Score m = Bcubed.score(g, predicted);
      var vectors = TfidfBaseline.vectors(part);
      Bcubed.Score best = null;
      double bestT = 0;
      for (int i = 2; i <= 32; i++) { // thresholds 0.05 .. 0.80 by 0.025
        double t = i * 0.025;
        Bcubed.Score b = Bcubed.score(g, TfidfBaseline.clusterVectors(vectors, t));
        if (best == null || b.f1() > best.f1()) {
          best = b;
          bestT = t;
        }
      }
      System.out.printf(Locale.ROOT, "%-5s %8d %6d | %.3f / %.3f / %.3f (%4d)         | %.3f / %.3f / %.3f (%4d, t=%.3f)%n",
          s, part.size(), m.goldClusters(), m.precision(), m.recall(), m.f1(), m.predictedClusters(),
          best.precision(), best.recall(), best.f1(), best.predictedClusters(), bestT);
      if (s.equals(errors)) printErrors(g, predicted, titles);
    }
    return Mizan.OK;
  }

  private StoryClusterer.Params params() {
    StoryClusterer.Params p = StoryClusterer.Params.DEFAULT;
    return new StoryClusterer.Params(threshold != null ? threshold : p.threshold(), tau != null ? tau : p.tauHours(),
        p.windowHours(), numberWeight != null ? numberWeight : p.numberWeight(),
        copyBoost != null ? copyBoost : p.copyBoost(), merge != null ? merge : p.mergeThreshold(), p.keepTerms(),
        p.indexedTerms(), p.queryTerms(), p.candidates(), headlineWeight != null ? headlineWeight : p.headlineWeight(),
        grace != null ? grace : p.graceHours(), floor != null ? floor : p.floor(),
        floorBody != null ? floorBody : p.floorBody(), counterpart != null ? counterpart : p.counterpartWeight(),
        dateWeight != null ? dateWeight : p.dateWeight(), entityWeight != null ? entityWeight : p.entityWeight(),
        actorWeight != null ? actorWeight : p.actorWeight(), actorYoung != null ? actorYoung : p.actorYoung());
  }

  /** Scores parameter combinations on the dev split only (never on test) and prints the best. */
  private static void grid(List<Document> dev, Map<String, String> gold, StoryClusterer.Params p, JoinModel model,
      StoryOptions options) {
    record Result(double f1, Bcubed.Score score, String params) {}
    List<Result> results = new ArrayList<>();
    for (double t : new double[] {0.16, 0.18, 0.2}) {
      for (double ew : new double[] {0, 0.05}) {
        for (double merge : new double[] {9, 0.5}) {
          for (double cp : new double[] {0, 0.3, 1.0}) {
            for (double dw : new double[] {0.05, 0.1}) {
              double nw = p.numberWeight();
              var q = new StoryClusterer.Params(t, p.tauHours(), p.windowHours(), nw, p.copyBoost(), merge,
                  p.keepTerms(), p.indexedTerms(), p.queryTerms(), p.candidates(), p.headlineWeight(),
                  p.graceHours(), p.floor(), p.floorBody(), cp, dw, ew, p.actorWeight(), p.actorYoung());
              Bcubed.Score sc = Bcubed.score(gold, new StoryClusterer(StoryState.inMemory(), q, model, options).addAll(dev));
              results.add(new Result(sc.f1(), sc, String.format(Locale.ROOT,
                  "--threshold %.2f --entity-weight %.2f --merge %.1f --counterpart %.2f --date-weight %.2f",
                  t, ew, merge, cp, dw)));
            }
          }
        }
      }
    }
    results.sort((a, b) -> Double.compare(b.f1(), a.f1()));
    for (int i = 0; i < 20 && i < results.size(); i++) {
      Result r = results.get(i);
      System.out.printf(Locale.ROOT, "dev P %.3f R %.3f F1 %.4f  %s%n", r.score().precision(), r.score().recall(),
          r.f1(), r.params());
    }
  }

  private static void printErrors(Map<String, String> gold, Map<String, String> predicted, Map<String, String> titles) {
    Map<String, Set<String>> byPred = new TreeMap<>();
    Map<String, Set<String>> byGold = new TreeMap<>();
    for (String d : gold.keySet()) {
      byPred.computeIfAbsent(predicted.get(d), k -> new LinkedHashSet<>()).add(d);
      byGold.computeIfAbsent(gold.get(d), k -> new LinkedHashSet<>()).add(d);
    }
    System.out.println("-- predicted stories mixing gold stories:");
    for (Set<String> members : byPred.values()) {
      Set<String> gs = new LinkedHashSet<>();
      for (String d : members) gs.add(gold.get(d));
      if (gs.size() < 2) continue;
      System.out.println("  * " + gs);
      for (String d : members) System.out.println("      " + gold.get(d) + " | " + titles.get(d));
    }
    System.out.println("-- gold stories split over predicted stories:");
    for (Map.Entry<String, Set<String>> e : byGold.entrySet()) {
      Set<String> ps = new LinkedHashSet<>();
      for (String d : e.getValue()) ps.add(predicted.get(d));
      if (ps.size() < 2) continue;
      System.out.println("  * " + e.getKey() + " in " + ps.size());
      for (String d : e.getValue()) System.out.println("      " + predicted.get(d) + " | " + titles.get(d));
    }
  }

  static List<GoldRow> readGold(Path file) throws IOException {
    if (!Files.isRegularFile(file)) throw new IOException(file + ": no such gold file");
    List<GoldRow> out = new ArrayList<>();
    int n = 0;
    for (String line : Files.readAllLines(file)) {
      n++;
      if (line.isBlank()) continue;
      JsonNode j;
      try {
        j = Json.mapper().readTree(line);
      } catch (IOException e) {
        throw new IOException(file + ":" + n + ": not JSON");
      }
      if (j.hasNonNull("file")) {
        if (!j.hasNonNull("url") || !j.hasNonNull("story") || !j.hasNonNull("published")) {
          throw new IOException(file + ":" + n + ": a web-page row needs url, file, published and story");
        }
        out.add(new GoldRow(j.get("url").asText(), null, j.get("story").asText(), j.path("split").asText("all"),
            j.path("undated").asBoolean(false), j.get("file").asText(), j.get("published").asText(),
            j.path("outlet").asText("web")));
        continue;
      }
      if (!j.hasNonNull("url") || !j.hasNonNull("story") || !j.hasNonNull("day")) {
        throw new IOException(file + ":" + n + ": needs url, day and story (or url, file, published and story)");
      }
      out.add(new GoldRow(j.get("url").asText(), j.get("day").asText(), j.get("story").asText(),
          j.path("split").asText("all"), j.path("undated").asBoolean(false)));
    }
    if (out.isEmpty()) throw new IOException(file + ": no gold rows");
    return out;
  }

  private static Map<String, SaudiNewsNet.Article> load(List<GoldRow> rows, Path dataDir) throws IOException {
    Set<String> days = new LinkedHashSet<>();
    Set<String> urls = new java.util.HashSet<>();
    for (GoldRow r : rows) {
      if (r.file() != null) continue;
      days.add(r.day());
      urls.add(r.url());
    }
    Map<String, SaudiNewsNet.Article> out = new HashMap<>();
    if (days.isEmpty()) return out; // a web-only set needs no corpus
    for (SaudiNewsNet.Article a : SaudiNewsNet.select(dataDir, days, a -> a.url() != null && urls.contains(a.url()))) {
      out.putIfAbsent(a.url(), a);
    }
    return out;
  }
}
