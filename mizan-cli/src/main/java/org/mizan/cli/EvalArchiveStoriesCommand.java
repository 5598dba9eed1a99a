package org.mizan.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.mizan.doc.Document;
import org.mizan.doc.Json;
import org.mizan.ingest.SaudiNewsNet;
import org.mizan.pipeline.Pipeline;
import org.mizan.pipeline.Pipelines;
import org.mizan.stories.Bcubed;
import org.mizan.store.StoryJoining;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code mizan eval archive-stories}: B-cubed precision/recall/F1 of the archive's incremental
 * story assignment ({@code mizan ingest}) against story gold over SaudiNewsNet articles.
 */
@Command(name = "archive-stories", mixinStandardHelpOptions = true,
    description = "Scores the story assignment of 'mizan ingest' (B-cubed) against story gold (JSONL: url, day, story, split).")
public final class EvalArchiveStoriesCommand implements Callable<Integer> {
  @Option(names = "--gold", required = true, paramLabel = "FILE", description = "Story gold, e.g. eval/stories/saudinewsnet-2015-08.gold.jsonl.")
  Path gold;

  @Mixin SaudiNewsNetData data;

  @Option(names = "--sweep", description = "Also score join thresholds 0.10 to 0.60 (tuning on the dev split).")
  boolean sweep;

  @Override
  public Integer call() throws IOException {
    if (!Files.isRegularFile(gold)) {
      System.err.println("mizan: " + gold + ": no such gold file");
      return Mizan.NOTHING_PROCESSED;
    }
    Map<String, String[]> rows = new LinkedHashMap<>(); // url -> {day, story, split}
    for (String line : Files.readAllLines(gold)) {
      if (line.isBlank()) continue;
      JsonNode j = Json.mapper().readTree(line);
      rows.put(j.get("url").asText(), new String[] {j.get("day").asText(), j.get("story").asText(), j.path("split").asText("all")});
    }
    Set<String> days = new LinkedHashSet<>();
    rows.values().forEach(r -> days.add(r[0]));
    Map<String, SaudiNewsNet.Article> byUrl = new HashMap<>();
    for (SaudiNewsNet.Article a : SaudiNewsNet.select(data.dir, days, a -> a.url() != null && rows.containsKey(a.url()))) {
      byUrl.putIfAbsent(a.url(), a);
    }
    Pipeline pipeline = Pipelines.standard();
    List<Document> docs = new ArrayList<>();
    Map<String, String[]> byDoc = new HashMap<>();
    Set<String> ids = new HashSet<>();
    try (Progress progress = new Progress("analysing", rows.size(), true)) {
      for (var e : rows.entrySet()) {
        progress.step();
        SaudiNewsNet.Article a = byUrl.get(e.getKey());
        if (a == null) continue;
        Document d = SaudiNewsNet.document(a, pipeline, p -> System.err.println("mizan: " + p));
        if (d == null || !ids.add(d.id())) continue;
        docs.add(d);
        byDoc.put(d.id(), e.getValue());
      }
    }
    // arrival order: by extraction time, as an archive fed day after day would see them
    docs.sort(java.util.Comparator.comparing((Document d) -> d.published() == null || d.published().value() == null
        ? "" : d.published().value()));
    System.out.printf(Locale.ROOT, "gold: %s (%d of %d articles found)%n", gold, docs.size(), rows.size());
    System.out.printf(Locale.ROOT, "%-5s %8s %6s | archive stories: P / R / F1 (stories)%n", "split", "articles", "gold");
    for (String split : List.of("dev", "test", "all")) {
      List<Document> part = docs.stream().filter(d -> split.equals("all") || split.equals(byDoc.get(d.id())[2])).toList();
      Map<String, String> g = new LinkedHashMap<>();
      for (Document d : part) g.put(d.id(), byDoc.get(d.id())[1]);
      Bcubed.Score s = Bcubed.score(g, StoryJoining.assign(part));
      System.out.printf(Locale.ROOT, "%-5s %8d %6d | %.3f / %.3f / %.3f (%4d) at threshold %.2f%n", split, part.size(),
          s.goldClusters(), s.precision(), s.recall(), s.f1(), s.predictedClusters(), StoryJoining.threshold());
      for (int i = 2; sweep && i <= 12; i++) {
        double t = i * 0.05;
        Bcubed.Score x = Bcubed.score(g, StoryJoining.assign(part, t));
        System.out.printf(Locale.ROOT, "%-5s %8s %6s | %.3f / %.3f / %.3f (%4d) at threshold %.2f%n", "", "", "",
            x.precision(), x.recall(), x.f1(), x.predictedClusters(), t);
      }
    }
    return Mizan.OK;
  }
}
