package org.mizan.flink;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.mizan.doc.Json;
import org.mizan.stories.Story;

/**
 * Reads what a finished job committed (the part files under {@code documents/},
 * {@code stories-changelog/} and {@code problems/}) and turns it into the single-JVM layout:
 * {@code documents.jsonl} (ordered by input), {@code stories.jsonl} (the changelog replayed: one
 * line per live story, in order of creation) and {@code problems.txt}.
 */
public final class Outputs {
  private Outputs() {}

  /** What a finished run produced. */
  public record Result(List<String> documents, List<Story> stories, List<String> problems) {}

  /** Removes the job's own sub-directories (and nothing else) before a fresh run. */
  public static void clear(Path out) throws IOException {
    for (String sub : List.of(MizanFlinkJob.DOCUMENTS, MizanFlinkJob.STORIES, MizanFlinkJob.PROBLEMS)) {
      deleteTree(out.resolve(sub));
    }
  }

  /** Deletes a directory and everything under it, if it exists. */
  public static void deleteTree(Path d) throws IOException {
    if (!Files.exists(d)) return;
    try (Stream<Path> walk = Files.walk(d)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
    }
  }

  /** Reads the committed part files of a finished run. */
  public static Result read(Path out) throws IOException {
    List<String> docs = new ArrayList<>(lines(out.resolve(MizanFlinkJob.DOCUMENTS)));
    docs.sort(Comparator.comparing(Outputs::documentKey));
    return new Result(docs, replay(lines(out.resolve(MizanFlinkJob.STORIES))),
        lines(out.resolve(MizanFlinkJob.PROBLEMS)).stream().sorted().toList());
  }

  /** Writes {@code documents.jsonl}, {@code stories.jsonl} and {@code problems.txt}. */
  public static void write(Path out, Result r) throws IOException {
    Files.write(out.resolve("documents.jsonl"), r.documents(), StandardCharsets.UTF_8);
    Files.write(out.resolve("stories.jsonl"), r.stories().stream().map(Json::line).toList(), StandardCharsets.UTF_8);
    Files.write(out.resolve("problems.txt"), r.problems(), StandardCharsets.UTF_8);
  }

  /** The live stories after replaying a changelog: per scope in seq order, last line per id wins. */
  public static List<Story> replay(List<String> changelog) {
    List<StoryEvent> events = new ArrayList<>();
    for (String line : changelog) {
      try {
        events.add(Json.mapper().readValue(line, StoryEvent.class));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    events.sort(Comparator.comparing(StoryEvent::scope).thenComparingLong(StoryEvent::seq));
    Map<String, Story> live = new LinkedHashMap<>();
    for (StoryEvent e : events) {
      String key = e.scope() + "\u0000" + e.id();
      if (StoryEvent.REMOVE.equals(e.op())) live.remove(key);
      else live.put(key, e.story());
    }
    return List.copyOf(live.values());
  }

  private static String documentKey(String line) {
    try {
      var node = Json.mapper().readTree(line);
      return node.path("input").asText() + "\u0000" + node.path("id").asText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Lines of the committed part files under {@code dir} (in-progress files are hidden: skipped). */
  private static List<String> lines(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) return List.of();
    List<String> out = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
          .sorted().toList()) {
        for (String l : Files.readAllLines(p, StandardCharsets.UTF_8)) if (!l.isEmpty()) out.add(l);
      }
    }
    return out;
  }
}
