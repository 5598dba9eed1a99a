package org.mizan.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.mizan.doc.Document;
import org.mizan.doc.Json;
import org.mizan.ingest.SaudiNewsNet;
import org.mizan.pipeline.Pipeline;
import org.mizan.stories.JoinModel;
import org.mizan.stories.StoryClusterer;
import org.mizan.stories.StoryClustering;
import org.mizan.stories.StoryOptions;
import org.mizan.stories.StoryPairs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code mizan eval stories-pairs-sample}: draws article pairs near the join model's threshold for a
 * labeller to read ({@link StoryPairs#nearThreshold}): each named day with the next day file, a
 * seeded share of their articles, none named by any gold file under {@code --exclude}. Writes the
 * unlabelled rows of a pair gold ({@code same} to be filled in) and, for reading, a side file of
 * titles and leads that must stay out of the repository (SaudiNewsNet's licence).
 */
@Command(name = "stories-pairs-sample", mixinStandardHelpOptions = true,
    description = {"Samples article pairs near the story join model's threshold, for labelling."})
public final class SampleStoryPairsCommand implements Callable<Integer> {
  @Option(names = "--days", required = true, split = ",", description = "First days of the day pairs (YYYY-MM-DD).")
  List<String> days;

  @Option(names = "--seed", description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed = 22022;

  @Option(names = "--share", description = "Share of each day pair's articles clustered (default: ${DEFAULT-VALUE}).")
  double share = 0.4;

  @Option(names = "--band", description = "Half-width of the probability band around the threshold (default: ${DEFAULT-VALUE}).")
  double band = 0.2;

  @Option(names = "--pairs", description = "Pairs to draw (default: ${DEFAULT-VALUE}).")
  int pairs = 250;

  @Option(names = "--exclude", paramLabel = "DIR", description = "Leave out every URL named in a .jsonl file under this folder (default: ${DEFAULT-VALUE}).")
  Path exclude = Path.of("eval");

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "Unlabelled pair rows (JSONL).")
  Path out;

  @Option(names = "--reading", required = true, paramLabel = "FILE", description = "Titles and leads for reading (keep out of the repository).")
  Path reading;

  @Mixin SaudiNewsNetData data;

  private static final Pattern URL = Pattern.compile("\"(?:url|url_a|url_b)\"\\s*:\\s*\"([^\"]+)\"");

  @Override
  public Integer call() throws IOException {
    Set<String> excluded = new HashSet<>();
    try (Stream<Path> s = Files.walk(exclude)) {
      for (Path f : s.filter(p -> p.toString().endsWith(".jsonl")).toList()) {
        Matcher m = URL.matcher(Files.readString(f));
        while (m.find()) excluded.add(m.group(1));
      }
    }
    List<String> all = SaudiNewsNet.dayNames(data.dir);
    Pipeline pipeline = EvalStoriesCommand.evalPipeline();
    JoinModel model = JoinModel.standard();
    Random random = new Random(seed);
    List<String[]> found = new ArrayList<>();
    Map<String, String> text = new HashMap<>();
    for (String day : days) {
      int i = all.indexOf(day);
      if (i < 0 || i + 1 >= all.size()) throw new IOException(day + ": no such day, or no next day file");
      List<String> two = List.of(day, all.get(i + 1));
      List<Document> docs = new ArrayList<>();
      Map<String, String[]> meta = new HashMap<>();
      for (String d : two) {
        for (SaudiNewsNet.Article a : SaudiNewsNet.select(data.dir, List.of(d), a -> a.url() != null)) {
          if (excluded.contains(a.url()) || random.nextDouble() >= share) continue;
          Document doc = SaudiNewsNet.document(a, pipeline, p -> {});
          if (doc == null || meta.containsKey(doc.id())) continue;
          docs.add(doc);
          meta.put(doc.id(), new String[] {a.url(), d});
          String lead = a.content() == null ? "" : a.content().strip();
          text.put(a.url(), a.source() + " " + a.dateExtracted() + " | " + a.title() + " | "
              + lead.substring(0, Math.min(280, lead.length())).replace('\n', ' '));
        }
      }
      List<StoryPairs.Candidate> c = StoryPairs.nearThreshold(StoryClustering.inTimeOrder(docs), StoryClusterer.Params.DEFAULT,
          model, StoryOptions.ALL, band);
      System.err.printf(Locale.ROOT, "%s: %d articles, %d pairs near the threshold%n", day, docs.size(), c.size());
      for (StoryPairs.Candidate p : c) {
        String[] a = meta.get(p.earlier().id());
        String[] b = meta.get(p.later().id());
        found.add(new String[] {a[0], a[1], b[0], b[1], String.format(Locale.ROOT, "%.3f", p.probability())});
      }
    }
    java.util.Collections.shuffle(found, new Random(seed));
    List<String[]> drawn = found.subList(0, Math.min(pairs, found.size()));
    StringBuilder rows = new StringBuilder();
    StringBuilder read = new StringBuilder();
    int n = 0;
    for (String[] p : drawn) {
      ObjectNode o = Json.mapper().createObjectNode();
      o.put("url_a", p[0]).put("day_a", p[1]).put("url_b", p[2]).put("day_b", p[3]).put("split", PairGold.split(p[0], p[2]));
      rows.append(o).append('\n');
      read.append(++n).append(" p=").append(p[4]).append('\n').append("A ").append(text.get(p[0])).append('\n')
          .append("B ").append(text.get(p[2])).append("\n\n");
    }
    Files.writeString(out, rows.toString(), StandardCharsets.UTF_8);
    Files.writeString(reading, read.toString(), StandardCharsets.UTF_8);
    System.err.printf(Locale.ROOT, "%d pairs found, %d drawn -> %s%n", found.size(), drawn.size(), out);
    return Mizan.OK;
  }
}
