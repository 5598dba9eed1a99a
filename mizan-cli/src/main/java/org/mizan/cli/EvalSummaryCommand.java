package org.mizan.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.mizan.doc.Json;
import org.mizan.synthesis.DigestReport;
import org.mizan.synthesis.Rouge;
import org.mizan.synthesis.StoryDigest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code mizan eval summary}: ROUGE-1/2/L of the digest's story summaries against reference summaries.
 * The refs directory holds UTF-8 text files {@code <key>.txt} or {@code <key>.<n>.txt} (several
 * references for one story); {@code key} is a story id or the id of any document of the story.
 */
@Command(name = "summary", mixinStandardHelpOptions = true,
    description = {"ROUGE-1/2/L (F1, recall, precision) of story summaries in a digest.json against reference "
        + "summaries: one file per story, named <story-id>.txt or <document-id>.txt (<id>.<n>.txt for several); "
        + "per story the best-matching reference counts."})
public final class EvalSummaryCommand implements Callable<Integer> {
  @Option(names = "--refs", required = true, paramLabel = "DIR", description = "Reference summaries directory.")
  Path refs;

  @Option(names = "--digest", paramLabel = "FILE", description = "digest.json to evaluate (default: ${DEFAULT-VALUE}).")
  Path digest = Path.of("out/digest.json");

  @Override
  public Integer call() {
    DigestReport report;
    try {
      report = Json.mapper().readValue(digest.toFile(), DigestReport.class);
    } catch (IOException e) {
      System.err.println("mizan: cannot read digest " + digest + ": " + oneLine(e));
      return Mizan.NOTHING_PROCESSED;
    }
    Map<String, List<String>> byKey = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(refs)) {
      for (Path f : files.sorted().toList()) {
        String name = f.getFileName().toString();
        if (!name.endsWith(".txt")) continue;
        String key = name.substring(0, name.length() - 4).replaceFirst("\\.\\d+$", "");
        byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(Files.readString(f, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      System.err.println("mizan: cannot read refs directory " + refs + ": " + oneLine(e));
      return Mizan.NOTHING_PROCESSED;
    }
    double[] sum = new double[9];
    int n = 0;
    System.out.println("story\trefs\tR1-F\tR2-F\tRL-F");
    for (StoryDigest g : report.stories()) {
      List<String> mine = refsFor(g, byKey);
      if (mine.isEmpty()) continue;
      String cand = String.join(" ", g.summary().stream().map(StoryDigest.SummarySentence::text).toList());
      Rouge.Scores best = null;
      for (String ref : mine) {
        Rouge.Scores s = Rouge.score(cand, ref);
        if (best == null || s.rougeL().f1() + s.rouge2().f1() > best.rougeL().f1() + best.rouge2().f1()) best = s;
      }
      double[] v = {best.rouge1().f1(), best.rouge2().f1(), best.rougeL().f1(), best.rouge1().recall(),
          best.rouge2().recall(), best.rougeL().recall(), best.rouge1().precision(), best.rouge2().precision(),
          best.rougeL().precision()};
      for (int i = 0; i < 9; i++) sum[i] += v[i];
      n++;
      System.out.printf(Locale.ROOT, "%s\t%d\t%.4f\t%.4f\t%.4f%n", g.storyId(), mine.size(), v[0], v[1], v[2]);
    }
    if (n == 0) {
      System.err.println("mizan: no reference in " + refs + " matches a story or document id of " + digest);
      return Mizan.NOTHING_PROCESSED;
    }
    System.out.printf(Locale.ROOT, "mean over %d stories%n           R1     R2     RL%nF1         %.4f %.4f %.4f%n"
        + "recall     %.4f %.4f %.4f%nprecision  %.4f %.4f %.4f%n", n, sum[0] / n, sum[1] / n, sum[2] / n, sum[3] / n,
        sum[4] / n, sum[5] / n, sum[6] / n, sum[7] / n, sum[8] / n);
    return Mizan.OK;
  }

  private static List<String> refsFor(StoryDigest g, Map<String, List<String>> byKey) {
    if (byKey.containsKey(g.storyId())) return byKey.get(g.storyId());
    List<String> out = new ArrayList<>();
    for (String d : g.documents()) out.addAll(byKey.getOrDefault(d, List.of()));
    return out;
  }

  private static String oneLine(Exception e) {
    String m = e.getMessage();
    return m == null ? e.getClass().getSimpleName() : m.lines().findFirst().orElse("");
  }
}
