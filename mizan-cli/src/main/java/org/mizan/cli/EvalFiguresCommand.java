package org.mizan.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.mizan.figures.Figure;
import org.mizan.figures.FigureScoring;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code mizan eval figures}: figures (value + unit) against the seed gold. */
@Command(name = "figures", mixinStandardHelpOptions = true,
    description = "Scores figure extraction against a gold file: value and unit (or counted thing) per document.")
public final class EvalFiguresCommand implements Callable<Integer> {
  @Option(names = "--gold", paramLabel = "FILE", description = "Gold file (default: ${DEFAULT-VALUE}).")
  Path gold = Path.of("../shared/gold/seeds.gold.json");

  @Option(names = "--seeds", paramLabel = "DIR", description = "Seed articles (default: ${DEFAULT-VALUE}).")
  Path seeds = Path.of("examples/seeds");

  @Option(names = "--verbose", description = "List the predicted figures that match no gold figure.")
  boolean verbose;

  @Override
  public Integer call() {
    GoldSeeds g = GoldSeeds.load(gold, seeds);
    List<FigureScoring.Gold> golds = new ArrayList<>();
    for (JsonNode f : g.gold.path("figures")) {
      golds.add(new FigureScoring.Gold(f.path("doc").asText(), f.path("snippet").asText(), f.path("value").asDouble(),
          f.path("unit").asText(null)));
    }
    Map<String, List<Figure>> predicted = new LinkedHashMap<>();
    g.documents.forEach((id, d) -> predicted.put(id, d.figures()));
    FigureScoring.Result r = FigureScoring.score(predicted, golds);
    System.out.println("figures on the seeds (" + gold + "): " + r.gold() + " gold figures");
    System.out.printf("  recall (value and unit)  %d/%d = %.3f%n", r.found(), r.gold(), r.recall());
    System.out.printf("  precision                %d/%d = %.3f  (lower bound: the gold lists only some figures)%n",
        r.matchedPredictions(), r.predicted(), r.precision());
    for (String m : r.misses()) System.out.println("  missed: " + m);
    if (verbose) {
      predicted.forEach((doc, fs) -> {
        for (Figure f : fs) {
          if (golds.stream().noneMatch(x -> x.doc().equals(doc) && FigureScoring.matches(f, x))) {
            System.out.println("  not in gold: " + doc + " " + f.text() + " = " + f.value() + " " + f.unit() + " "
                + f.counted() + (f.approx() == null ? "" : " (" + f.approx() + ")"));
          }
        }
      });
    }
    return Mizan.OK;
  }
}
