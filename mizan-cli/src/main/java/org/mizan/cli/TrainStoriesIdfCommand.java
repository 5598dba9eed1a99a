package org.mizan.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.zip.GZIPOutputStream;
import org.mizan.doc.Document;
import org.mizan.ingest.SaudiNewsNet;
import org.mizan.stories.StoryFeatures;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code mizan train stories-idf}: rebuilds the background document frequencies of story terms. */
@Command(name = "stories-idf", mixinStandardHelpOptions = true,
    description = {"Counts in how many articles each story term occurs, over SaudiNewsNet, and writes the "
        + "background idf table story clustering ships with (terms only, no text)."})
public final class TrainStoriesIdfCommand implements Callable<Integer> {
  @Mixin SaudiNewsNetData data;

  @Option(names = "--out", paramLabel = "FILE",
      description = "Output (default: ${DEFAULT-VALUE}).")
  Path out = Path.of("mizan-core/src/main/resources/org/mizan/stories/idf.tsv.gz");

  @Option(names = "--min-df", description = "Keep terms in at least this many articles (default: ${DEFAULT-VALUE}).")
  int minDf = 3;

  @Override
  public Integer call() throws IOException {
    Map<String, Integer> df = new HashMap<>();
    java.util.Set<String> urls = new java.util.HashSet<>();
    int[] docs = {0};
    SaudiNewsNet.forEach(data.dir, a -> {
      if (a.content() == null || a.content().isBlank() || !urls.add(String.valueOf(a.url()))) return;
      Document d = SaudiNewsNet.document(a, null, p -> {});
      for (String t : StoryFeatures.extract(d).tf().keySet()) df.merge(t, 1, Integer::sum);
      docs[0]++;
    });
    Map<String, Integer> kept = new TreeMap<>();
    for (Map.Entry<String, Integer> e : df.entrySet()) if (e.getValue() >= minDf) kept.put(e.getKey(), e.getValue());
    if (out.toAbsolutePath().getParent() != null) Files.createDirectories(out.toAbsolutePath().getParent());
    try (Writer w = new java.io.OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(out)), StandardCharsets.UTF_8)) {
      w.write(docs[0] + "\n");
      for (Map.Entry<String, Integer> e : kept.entrySet()) w.write(e.getKey() + "\t" + e.getValue() + "\n");
    }
    System.out.println("stories-idf: " + docs[0] + " articles, " + kept.size() + " terms (df >= " + minDf + ") -> " + out);
    return Mizan.OK;
  }
}
