package org.mizan.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.mizan.doc.Document;
import org.mizan.doc.DocumentMarkdown;
import org.mizan.doc.Json;
import org.mizan.pipeline.Corpus;
import org.mizan.stories.Story;
import org.mizan.stories.StoryMarkdown;

/** Writes a run's outputs under one directory; same corpus, byte-identical files. */
final class DigestWriter {
  private final Path out;

  DigestWriter(Path out) {
    this.out = out;
  }

  void write(Corpus corpus) throws IOException {
    Files.createDirectories(out);
    Path docsDir = out.resolve("documents");
    Files.createDirectories(docsDir);
    try (Writer w = Files.newBufferedWriter(out.resolve("documents.jsonl"), StandardCharsets.UTF_8)) {
      for (Document d : corpus.documents()) {
        w.write(Json.line(d));
        w.write('\n');
      }
    }
    for (Document d : corpus.documents()) {
      Files.writeString(docsDir.resolve(d.id() + ".md"), DocumentMarkdown.render(d), StandardCharsets.UTF_8);
    }
    try (Writer w = Files.newBufferedWriter(out.resolve("stories.jsonl"), StandardCharsets.UTF_8)) {
      for (Story s : corpus.stories()) {
        w.write(Json.line(s));
        w.write('\n');
      }
    }
    Files.writeString(out.resolve("stories.md"), StoryMarkdown.render(corpus), StandardCharsets.UTF_8);
  }
}
