package org.mizan.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.mizan.clean.Vocabulary;
import org.mizan.ingest.SaudiNewsNet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code mizan train vocabulary}: rebuilds the word-frequency list used to split glued words. */
@Command(name = "vocabulary", mixinStandardHelpOptions = true,
    description = {"Counts the words (matching form) of the SaudiNewsNet articles and writes the most "
        + "frequent ones with their counts, the list the cleaner uses to split words glued at a lost "
        + "paragraph break. Deterministic: the same data gives the same file."})
public final class TrainVocabularyCommand implements Callable<Integer> {

  @Mixin SaudiNewsNetData data;

  @Option(names = "--top", description = "How many words to keep (default: ${DEFAULT-VALUE}).")
  int top = 60_000;

  @Option(names = "--min-count", description = "Drop words seen fewer times (default: ${DEFAULT-VALUE}).")
  int minCount = 3;

  @Option(names = "--out", paramLabel = "FILE", description = "Output file (default: ${DEFAULT-VALUE}).")
  Path out = Path.of("mizan-core/src/main/resources/org/mizan/clean/vocabulary.tsv.gz");

  @Override
  public Integer call() throws IOException {
    List<Path> days = data.days();
    Map<String, Integer> counts = new HashMap<>();
    long[] articles = {0};
    try (Progress progress = new Progress("counting", days.size(), true)) {
      for (Path day : days) {
        SaudiNewsNet.read(day, a -> {
          articles[0]++;
          Vocabulary.count(SaudiNewsNet.nz(a.title()), counts);
          Vocabulary.count(SaudiNewsNet.nz(a.content()), counts);
        });
        progress.step();
      }
    }
    Vocabulary.write(counts, top, minCount, out);
    System.err.println("mizan: " + articles[0] + " articles, " + counts.size() + " distinct words; wrote top "
        + Math.min(top, counts.size()) + " to " + out);
    return Mizan.OK;
  }
}
