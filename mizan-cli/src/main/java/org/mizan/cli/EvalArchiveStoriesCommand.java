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
import org.mizan.store.MizanStore;
import org.mizan.store.StoryJoining;
import org.mizan.store.StoryQuery;
import org.mizan.stories.Story;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code mizan eval archive-stories}: B-cubed precision/recall/F1 of the archive's incremental
 * story assignment ({@code mizan ingest}) against story gold over SaudiNewsNet articles.
 */
@Command(name = "archive-stories", mixinStandardHelpOptions = true,
    description = {"Scores the story assignment of 'mizan ingest' (B-cubed) against story gold (JSONL: url, day, story, split):",
        "each split is ingested in arrival order (date_extracted) into a fresh temporary archive and its stored",
        "stories are scored (an article stored as a duplicate counts in the story of the one it duplicates),",
        "beside the core story clusterer run in memory over the same articles."})
public final class EvalArchiveStoriesCommand implements Callable<Integer> {
  @Option(names = "--gold", required = true, paramLabel = "FILE", description = "Story gold, e.g. eval/stories/saudinewsnet-2015-08.gold.jsonl.")
  Path gold;

  @Mixin SaudiNewsNetData data;

  @Option(names = "--batch", paramLabel = "N", description = "Articles per archive commit (default: ${DEFAULT-VALUE}).")
  int batch = 50;

  private int duplicates;

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
    Map<String, String> arrival = new HashMap<>();
    try (Progress progress = new Progress("analysing", rows.size(), true)) {
      for (var e : rows.entrySet()) {
        progress.step();
        SaudiNewsNet.Article a = byUrl.get(e.getKey());
        if (a == null) continue;
        Document d = SaudiNewsNet.document(a, pipeline, p -> System.err.println("mizan: " + p));
        if (d == null || !ids.add(d.id())) continue;
        docs.add(d);
        byDoc.put(d.id(), e.getValue());
        arrival.put(d.id(), String.valueOf(a.dateExtracted()));
      }
    }
    // arrival order: by extraction time, as an archive fed day after day would see them
    docs.sort(java.util.Comparator.comparing((Document d) -> arrival.get(d.id())));
    System.out.printf(Locale.ROOT, "gold: %s (%d of %d articles found); core clusterer, join threshold %.2f, %d per commit%n",
        gold, docs.size(), rows.size(), StoryJoining.threshold(), batch);
    System.out.printf(Locale.ROOT, "%-5s %8s %6s | %-34s | %s%n", "split", "articles", "gold",
        "archive stories: P / R / F1 (stories), duplicates", "same clusterer in memory: P / R / F1 (stories)");
    for (String split : List.of("dev", "test", "all")) {
      List<Document> part = docs.stream().filter(d -> split.equals("all") || split.equals(byDoc.get(d.id())[2])).toList();
      Map<String, String> g = new LinkedHashMap<>();
      for (Document d : part) g.put(d.id(), byDoc.get(d.id())[1]);
      Bcubed.Score s = Bcubed.score(g, archived(part));
      Bcubed.Score m = Bcubed.score(g, StoryJoining.assign(part));
      System.out.printf(Locale.ROOT, "%-5s %8d %6d | %.3f / %.3f / %.3f (%4d), %3d dup. | %.3f / %.3f / %.3f (%4d)%n",
          split, part.size(), s.goldClusters(), s.precision(), s.recall(), s.f1(), s.predictedClusters(), duplicates,
          m.precision(), m.recall(), m.f1(), m.predictedClusters());
    }
    return Mizan.OK;
  }

  /** Article id to story id as a fresh archive stores them, the articles ingested in order, {@code batch} per commit. */
  private Map<String, String> archived(List<Document> docs) throws IOException {
    Path dir = Files.createTempDirectory("mizan-eval-archive");
    try {
      try (MizanStore store = MizanStore.openForWriting(dir)) {
        Map<String, String> sameAs = new HashMap<>(); // an article the archive already had counts as that one
        for (int i = 0; i < docs.size(); i += batch) {
          for (var dup : store.add(docs.subList(i, Math.min(docs.size(), i + batch)), List.of()).duplicates()) {
            sameAs.put(dup.id(), dup.existing());
          }
        }
        Map<String, String> out = new HashMap<>();
        for (Story st : store.stories(StoryQuery.ALL, 0, docs.size() + 1).items()) {
          for (String id : st.documents()) out.put(id, st.id());
        }
        sameAs.forEach((dup, existing) -> out.put(dup, out.get(existing)));
        duplicates = sameAs.size();
        return out;
      }
    } finally {
      try (var files = Files.walk(dir)) {
        for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
      }
    }
  }
}
