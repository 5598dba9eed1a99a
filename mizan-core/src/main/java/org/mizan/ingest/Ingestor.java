package org.mizan.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.mizan.doc.RawArticle;
import org.mizan.pipeline.Problem;

/**
 * Turns command-line inputs (files, directories, {@code -}) into {@link RawArticle}s. Every failure
 * is reported as a one-line {@link Problem} naming the input; the batch goes on.
 */
public final class Ingestor {

  /** Reads every input in order; directories are walked recursively in name order. */
  public void read(List<String> inputs, Consumer<RawArticle> sink, Consumer<Problem> problems) {
    for (String input : inputs) {
      Path p = Path.of(input);
      if (!Files.exists(p)) {
        problems.accept(new Problem(input, "no such file or directory"));
      } else if (Files.isDirectory(p)) {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(p)) {
          walk.filter(Files::isRegularFile).sorted().forEach(files::add);
        } catch (IOException | java.io.UncheckedIOException e) {
          problems.accept(new Problem(input, "cannot list directory: " + e.getMessage()));
        }
        for (Path f : files) readFile(f, sink, problems);
      } else {
        readFile(p, sink, problems);
      }
    }
  }

  private void readFile(Path f, Consumer<RawArticle> sink, Consumer<Problem> problems) {
    try {
      String text = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
      if (!text.isEmpty() && text.charAt(0) == '\uFEFF') text = text.substring(1);
      List<String> lines = text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
      if (lines.isEmpty()) {
        problems.accept(new Problem(f.toString(), "empty file"));
        return;
      }
      sink.accept(new RawArticle(Ids.contentId(text), f.toString(), "text", lines, Map.of()));
    } catch (IOException e) {
      problems.accept(new Problem(f.toString(), "cannot read: " + e.getMessage()));
    }
  }
}
