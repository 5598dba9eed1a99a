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
import org.mizan.synthesis.DigestHtml;
import org.mizan.synthesis.DigestMarkdown;
import org.mizan.synthesis.DigestReport;
import org.mizan.stories.Story;
import org.mizan.stories.StoryMarkdown;

/** Writes a run's outputs under one directory; same corpus, byte-identical files. */
final class DigestWriter {
  private final Path out;
  private final int minOutlets;

  /** @param minOutlets stories with fewer outlets stay out of the digest files (not out of stories.jsonl) */
  DigestWriter(Path out, int minOutlets) {
    this.out = out;
    this.minOutlets = minOutlets;
  }

  void write(Corpus corpus) throws IOException {
    Files.createDirectories(out);
    // marks the folder as output: a later run over a folder that holds it skips it instead of reading it
    Files.writeString(out.resolve(org.mizan.ingest.Ingestor.OUTPUT_MARKER),
        "Written by mizan digest. Folders holding this file are not read as input.\n", StandardCharsets.UTF_8);
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
    EntityOutput.write(corpus, out);
    writeDigest(corpus);
  }

  /** digest.json, digest.md and the self-contained digest.html (see docs/schema-digest.md). */
  private void writeDigest(Corpus corpus) throws IOException {
    DigestReport report = DigestReport.of(corpus, new org.mizan.synthesis.Synthesizer(), minOutlets);
    Files.writeString(out.resolve("digest.json"),
        Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(report) + "\n", StandardCharsets.UTF_8);
    Files.writeString(out.resolve("digest.md"), DigestMarkdown.render(report), StandardCharsets.UTF_8);
    Files.writeString(out.resolve("digest.html"), DigestHtml.page(report, corpus.documents()), StandardCharsets.UTF_8);
    try (Writer w = Files.newBufferedWriter(out.resolve("stories.jsonl"), StandardCharsets.UTF_8)) {
      for (Story s : corpus.stories()) {
        w.write(Json.line(s));
        w.write('\n');
      }
    }
    Files.writeString(out.resolve("stories.md"), StoryMarkdown.render(corpus), StandardCharsets.UTF_8);
  }
}
