package org.mizan.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.mizan.doc.Json;
import org.mizan.entities.Entity;
import org.mizan.pipeline.Corpus;

/** The run's entity table: {@code entities.jsonl} (one entity a line) and {@code entities.md}. */
final class EntityOutput {
  private EntityOutput() {}

  static void write(Corpus corpus, Path out) throws IOException {
    try (Writer w = Files.newBufferedWriter(out.resolve("entities.jsonl"), StandardCharsets.UTF_8)) {
      for (Entity e : corpus.entities()) {
        w.write(Json.line(e));
        w.write('\n');
      }
    }
    Files.writeString(out.resolve("entities.md"), markdown(corpus), StandardCharsets.UTF_8);
  }

  static String markdown(Corpus corpus) {
    StringBuilder sb = new StringBuilder("# Entities\n\n");
    sb.append(corpus.entities().size()).append(" entities in ").append(corpus.documents().size())
        .append(" documents.\n\n");
    sb.append("| entity | type | mentions | documents | also written | roles |\n|---|---|---|---|---|---|\n");
    for (Entity e : corpus.entities()) {
      sb.append("| ").append(cell(e.canonical())).append(" | ").append(e.type()).append(" | ").append(e.mentions())
          .append(" | ").append(e.documents().size()).append(" | ").append(cell(String.join("، ", e.aliases())))
          .append(" | ").append(cell(String.join("؛ ", e.roles()))).append(" |\n");
    }
    return sb.toString();
  }

  private static String cell(String s) {
    return s.replace("|", "\\|").replace("\n", " ");
  }
}
