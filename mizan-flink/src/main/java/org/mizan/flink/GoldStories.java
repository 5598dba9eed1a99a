package org.mizan.flink;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mizan.doc.Document;
import org.mizan.doc.Json;
import org.mizan.pipeline.Corpus;
import org.mizan.stories.Bcubed;
import org.mizan.stories.Story;

/**
 * {@code flink-local --gold FILE}: BCubed of the job's stories and of the single-JVM runs' stories
 * ({@link SingleJvm}: the stream-equivalent one and the full pipeline) against a story gold ({@code eval/stories/*.gold.jsonl}: one {@code {"url", "story"}} per line),
 * side by side, over the labelled articles found in the run.
 */
final class GoldStories {
  private GoldStories() {}

  static void report(Path goldFile, Outputs.Result flink, List<String> inputs, PrintStream out) throws IOException {
    Map<String, String> storyByUrl = new HashMap<>();
    for (String line : Files.readAllLines(goldFile)) {
      if (line.isBlank()) continue;
      JsonNode g = Json.mapper().readTree(line);
      storyByUrl.put(g.path("url").asText(), g.path("story").asText());
    }
    Map<String, String> flinkGold = new HashMap<>();
    for (String line : flink.documents()) {
      JsonNode d = Json.mapper().readTree(line);
      String story = storyByUrl.get(d.path("url").asText());
      if (story != null) flinkGold.putIfAbsent(d.path("id").asText(), story);
    }
    out.println("| run | labelled articles | predicted stories | gold stories | BCubed P | BCubed R | BCubed F1 |");
    out.println("|---|---:|---:|---:|---:|---:|---:|");
    row(out, "Flink job", Bcubed.score(flinkGold, clusters(flink.stories())));
    row(out, "single JVM, document stages + stories.cluster", score(SingleJvm.streamEquivalent(inputs), storyByUrl));
    row(out, "single JVM, all corpus stages", score(SingleJvm.run(inputs), storyByUrl));
  }

  private static Bcubed.Score score(Corpus single, Map<String, String> storyByUrl) {
    Map<String, String> gold = new HashMap<>();
    for (Document d : single.documents()) {
      String story = d.url() == null ? null : storyByUrl.get(d.url());
      if (story != null) gold.putIfAbsent(d.id(), story);
    }
    return Bcubed.score(gold, clusters(single.stories()));
  }

  private static Map<String, String> clusters(List<Story> stories) {
    Map<String, String> out = new HashMap<>();
    for (Story s : stories) for (String d : s.documents()) out.put(d, s.id());
    return out;
  }

  private static void row(PrintStream out, String name, Bcubed.Score s) {
    out.printf("| %s | %d | %d | %d | %.4f | %.4f | %.4f |%n", name, s.items(), s.predictedClusters(),
        s.goldClusters(), s.precision(), s.recall(), s.f1());
  }
}
