package org.mizan.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.mizan.clean.SaudiNewsNet;
import org.mizan.clean.Vocabulary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code mizan train vocabulary}: rebuilds the word-frequency list used to split glued words. */
@Command(name = "vocabulary", mixinStandardHelpOptions = true,
    description = {"Counts the words (matching form) of the SaudiNewsNet articles and writes the most "
        + "frequent ones with their counts, the list the cleaner uses to split words glued at a lost "
        + "paragraph break. Deterministic: the same data gives the same file."})
public final class TrainVocabularyCommand implements Callable<Integer> {

  @Option(names = "--data", paramLabel = "DIR", description = "SaudiNewsNet folder of YYYY-MM-DD.zip (default: ${DEFAULT-VALUE}).")
  Path data = Path.of("../shared/data/saudinewsnet");

  @Option(names = "--top", description = "How many words to keep (default: ${DEFAULT-VALUE}).")
  int top = 60_000;

  @Option(names = "--min-count", description = "Drop words seen fewer times (default: ${DEFAULT-VALUE}).")
  int minCount = 3;

  @Option(names = "--out", paramLabel = "FILE", description = "Output file (default: ${DEFAULT-VALUE}).")
  Path out = Path.of("mizan-core/src/main/resources/org/mizan/clean/vocabulary.tsv.gz");

  @Override
  public Integer call() throws IOException {
    if (!Files.isDirectory(data)) {
      System.err.println("mizan: " + data + ": not a directory (expected the SaudiNewsNet zips)");
      return Mizan.NOTHING_PROCESSED;
    }
    List<Path> days = SaudiNewsNet.days(data);
    if (days.isEmpty()) {
      System.err.println("mizan: " + data + ": no YYYY-MM-DD.zip files");
      return Mizan.NOTHING_PROCESSED;
    }
    Map<String, Integer> counts = new HashMap<>();
    long[] articles = {0};
    try (Progress progress = new Progress("counting", days.size(), true)) {
      for (Path day : days) {
        SaudiNewsNet.read(day, a -> {
          articles[0]++;
          Vocabulary.count(a.path("title").asText(""), counts);
          Vocabulary.count(a.path("content").asText(""), counts);
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
