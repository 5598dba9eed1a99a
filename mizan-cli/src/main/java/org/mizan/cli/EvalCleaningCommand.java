package org.mizan.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.mizan.clean.CleaningEvaluation;
import org.mizan.doc.Document;
import org.mizan.doc.Json;
import org.mizan.doc.RawArticle;
import org.mizan.ingest.Ingestor;
import org.mizan.ingest.SaudiNewsNet;
import org.mizan.pipeline.Pipeline;
import org.mizan.pipeline.Pipelines;
import org.mizan.pipeline.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code mizan eval cleaning}: body-vs-boilerplate, headline, date and outlet figures against gold. */
@Command(name = "cleaning", mixinStandardHelpOptions = true,
    description = {"Runs cleaning and metadata on the inputs and compares them with a gold file in the format "
        + "of seeds.gold.json: line-level precision/recall/F1 of removed-vs-kept, headline, date and outlet "
        + "accuracy, credited sources, and every gold check (failures are listed).",
        "Gold ids map to inputs by file-name prefix ('000' -> 000_*.txt) or document id; without INPUT, the files "
            + "the gold documents name ('file', relative to the gold file) are read. Gold documents with "
            + "a 'saudinewsnet' field {day, url} are read from --saudinewsnet instead (the corpus is never copied)."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:all gold checks passed", "1:some gold check failed or an input is missing",
        "2:invalid command line", "3:the gold file cannot be read"})
public final class EvalCleaningCommand implements Callable<Integer> {

  @Option(names = "--gold", required = true, paramLabel = "FILE", description = "Gold JSON file.")
  Path gold;

  @Option(names = "--saudinewsnet", paramLabel = "DIR",
      description = "SaudiNewsNet folder for gold documents taken from it (default: ${DEFAULT-VALUE}).")
  Path saudiNewsNet = SaudiNewsNet.DEFAULT_DIR;

  @Option(names = {"-v", "--verbose"}, description = "Also list every check that passed and every removed line gold does not list.")
  boolean verbose;

  @Parameters(arity = "0..*", paramLabel = "INPUT", description = "Article files or directories.")
  List<String> inputs = new ArrayList<>();

  @Override
  public Integer call() throws IOException {
    JsonNode g;
    try {
      g = Json.mapper().readTree(gold.toFile());
    } catch (IOException e) {
      System.err.println("mizan: " + gold + ": cannot read gold file (" + Mizan.describe(e) + ")");
      return Mizan.FAILURE;
    }
    List<RawArticle> raws = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    new Ingestor().read(inputs.isEmpty() ? filesNamedBy(g) : inputs, raws::add, problems::add);
    for (Problem p : problems) System.err.println("mizan: " + p);
    Map<String, RawArticle> byGoldId = new HashMap<>();
    for (JsonNode doc : g.path("documents")) {
      String id = doc.path("id").asText();
      for (RawArticle r : raws) {
        String file = Path.of(r.input()).getFileName().toString();
        if (file.startsWith(id + "_") || file.equals(id) || r.id().equals(id)) byGoldId.putIfAbsent(id, r);
      }
    }
    byGoldId.putAll(fromSaudiNewsNet(g));
    // as in digest: short lines an outlet repeats across the evaluated batch are learned first
    Pipeline pipeline = Pipelines.standard(null, null,
        org.mizan.clean.RepeatedLines.learn(new ArrayList<>(byGoldId.values())));
    Map<String, Document> docs = new HashMap<>();
    for (var e : byGoldId.entrySet()) {
      Document d = pipeline.analyse(e.getValue(), p -> System.err.println("mizan: " + p));
      if (d != null) docs.put(e.getKey(), d);
    }
    CleaningEvaluation.Report report = CleaningEvaluation.evaluate(g, docs);
    System.out.print(report.format());
    if (verbose) System.out.print(report.details());
    return report.failed() == 0 ? Mizan.OK : Mizan.NOTHING_PROCESSED;
  }

  /** Without inputs: the page files gold documents name ({@code file}, relative to the gold file's folder). */
  private List<String> filesNamedBy(JsonNode g) {
    Path dir = gold.toAbsolutePath().getParent();
    List<String> files = new ArrayList<>();
    for (JsonNode doc : g.path("documents")) {
      if (doc.has("file") && Files.isRegularFile(dir.resolve(doc.get("file").asText()))) {
        files.add(dir.resolve(doc.get("file").asText()).toString());
      }
    }
    return files;
  }

  /** Articles of gold documents that name a SaudiNewsNet day and URL: title line, then content lines. */
  private Map<String, RawArticle> fromSaudiNewsNet(JsonNode g) throws IOException {
    Map<String, Map<String, String>> wanted = new HashMap<>(); // day -> url -> gold id
    for (JsonNode doc : g.path("documents")) {
      JsonNode s = doc.get("saudinewsnet");
      if (s == null) continue;
      wanted.computeIfAbsent(s.path("day").asText(), k -> new HashMap<>()).put(s.path("url").asText(), doc.path("id").asText());
    }
    Map<String, RawArticle> out = new HashMap<>();
    if (wanted.isEmpty()) return out;
    if (!Files.isDirectory(saudiNewsNet)) {
      System.err.println("mizan: " + saudiNewsNet + ": SaudiNewsNet folder not found; its gold documents are skipped");
      return out;
    }
    Set<String> seen = new HashSet<>();
    for (var day : wanted.entrySet()) {
      Path zip = saudiNewsNet.resolve(day.getKey() + ".zip");
      if (!Files.exists(zip)) continue;
      SaudiNewsNet.read(zip, a -> {
        String id = day.getValue().get(SaudiNewsNet.nz(a.url()));
        if (id == null || !seen.add(id)) return;
        out.put(id, SaudiNewsNet.asPage(a, id));
      });
    }
    return out;
  }
}
