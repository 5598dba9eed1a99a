package org.mizan.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.mizan.doc.Document;
import org.mizan.entities.EntityPrecision;
import org.mizan.entities.EntityScoring;
import org.mizan.ingest.SaudiNewsNet;
import org.mizan.pipeline.Corpus;
import org.mizan.pipeline.Pipeline;
import org.mizan.pipeline.Pipelines;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code mizan eval entities}: document-level entity figures (found with the right type, forms
 * merged into one entity, gold entities kept apart) on the seed gold or on SaudiNewsNet annotations
 * ({@code eval/entities/}), whose article text is read from the corpus zips at eval time.
 */
@Command(name = "entities", mixinStandardHelpOptions = true,
    description = {"Scores entities document by document through the whole pipeline: recall of (article, entity) "
        + "pairs with the right type, per type, form-merge accuracy and wrong merges between gold entities.",
        "The gold is seeds.gold.json (with --seeds) or an eval/entities/ file naming SaudiNewsNet articles.",
        "A gold file with \"exhaustive\": true (every name of each article listed) is also scored for precision."})
public final class EvalEntitiesCommand implements Callable<Integer> {
  @Option(names = "--gold", paramLabel = "FILE", description = "Gold file (default: ${DEFAULT-VALUE}).")
  Path gold = Path.of("eval/entities/saudinewsnet-dev.json");

  @Option(names = "--seeds", paramLabel = "DIR", description = "Seed articles, for the seed gold (default: ${DEFAULT-VALUE}).")
  Path seeds = Path.of("examples/seeds");

  @Mixin SaudiNewsNetData data;

  @Option(names = "--verbose", description = "List every missed pair, split entity and wrong merge, and every output entity matching no gold entity of its document"
      + " (on an exhaustive gold: every type error and junk entity).")
  boolean verbose;

  @Option(names = "--mentions", description = "Also print every mention of each document: type, text, canonical (error analysis).")
  boolean mentions;

  @Override
  public Integer call() {
    if (!Files.isRegularFile(gold)) throw new IllegalArgumentException("gold file not found: " + gold);
    JsonNode root = AnnotatedArticles.json(gold);
    if (!root.path("entities").isArray()) throw new IllegalArgumentException(gold + ": no \"entities\" array");
    Map<String, Document> byId;
    Corpus corpus;
    if (root.has("articles")) {
      if (AnnotatedArticles.needsCorpus(root.path("articles")) && !Files.isDirectory(data.dir)) {
        System.out.println("entities: " + data + " is absent, skipped");
        return Mizan.OK;
      }
      byId = new LinkedHashMap<>();
      corpus = analyse(root.path("articles"), byId);
    } else {
      GoldSeeds g = GoldSeeds.load(gold, seeds);
      byId = g.documents;
      corpus = g.corpus;
    }
    EntityScoring.Result r = EntityScoring.score(EntityScoring.read(root.path("entities")), byId, corpus.entities());
    System.out.println("entities on " + gold + ": " + byId.size() + " documents, " + root.path("entities").size()
        + " gold entities");
    System.out.printf("  found, right type       %d/%d = %.3f  ((document, entity) pairs)%n", r.found(), r.pairs(),
        r.recall());
    r.byType().forEach((type, c) -> System.out.printf("    %-4s                  %d/%d = %.3f%n", type, c.found(), c.pairs(),
        c.recall()));
    System.out.printf("  forms merged            %d/%d = %.3f  (found gold entities on one entity id)%n", r.merged(),
        r.mergeable(), r.mergeAccuracy());
    System.out.printf("  wrong merges            %d  (pairs of gold entities on one id)%n", r.wrongMerges());
    if (r.notInBody() > 0) System.out.printf("  not in body             %d pairs (no form printed; left out)%n", r.notInBody());
    EntityScoring.Predicted p = EntityScoring.predicted(EntityScoring.read(root.path("entities")), byId,
        corpus.entities());
    boolean exhaustive = root.path("exhaustive").asBoolean(false);
    EntityPrecision.Result pr = null;
    if (exhaustive) {
      pr = EntityPrecision.score(EntityScoring.read(root.path("entities")), EntityScoring.read(root.path("neutral")), byId,
          corpus.entities());
      System.out.printf("  precision               %d/%d = %.3f  (output (document, entity) pairs: %d type errors, %d junk;"
          + " %d neutral left out; gold exhaustive)%n", pr.correct(), pr.pairs(), pr.precision(), pr.typeErrors(),
          pr.junk(), pr.neutral());
      pr.byType().forEach((type, c) -> System.out.printf("    %-4s                  %d/%d = %.3f%n", type, c.correct(),
          c.pairs(), c.precision()));
    } else {
      System.out.printf("  output                  %d (document, entity) pairs, %d matching no gold entity (%.3f matched;"
          + " gold not exhaustive)%n", p.pairs(), p.unmatched().size(), p.matchedShare());
    }
    if (verbose) for (String f : r.failures()) System.out.println("  " + f);
    if (verbose) for (String f : exhaustive ? pr.errors() : p.unmatched()) System.out.println("  " + f);
    if (mentions) {
      byId.forEach((id, d) -> {
        System.out.println("== " + id);
        for (var m : d.mentions()) {
          System.out.println("  " + m.type() + "\t" + m.text() + "\t" + m.canonical() + "\t" + m.entityId()
              + (m.role() == null ? "" : "\trole: " + m.role()));
        }
      });
    }
    return Mizan.OK;
  }

  /** Reads the named articles (day + url) from the corpus and runs them through the standard pipeline. */
  private Corpus analyse(JsonNode articles, Map<String, Document> byId) {
    Map<String, SaudiNewsNet.Article> found = AnnotatedArticles.read(gold, articles, data.dir);
    Pipeline pipeline = Pipelines.standard();
    List<Document> docs = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    for (Map.Entry<String, SaudiNewsNet.Article> e : found.entrySet()) {
      String id = e.getKey();
      Document d = pipeline.analyse(SaudiNewsNet.asPage(e.getValue(), id), p -> System.err.println("mizan: " + p));
      if (d == null) throw new IllegalArgumentException(gold + ": article " + id + " yields no document");
      docs.add(d);
      ids.add(id);
    }
    Corpus corpus = pipeline.synthesise(docs);
    for (int i = 0; i < ids.size(); i++) byId.put(ids.get(i), corpus.documents().get(i));
    return corpus;
  }
}
