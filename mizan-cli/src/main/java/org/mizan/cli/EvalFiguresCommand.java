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
import org.mizan.figures.HeldOutScoring;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code mizan eval figures}: figures (value + unit) against the seed gold, and with
 * {@code --heldout} figures and resolved text dates against an exhaustive held-out annotation.
 */
@Command(name = "figures", mixinStandardHelpOptions = true,
    description = {"Scores figure extraction against a gold file: value and unit (or counted thing) per document.",
        "With --heldout FILE (eval/figures/): figure recall and precision against an exhaustive gold, and text "
            + "dates resolved against the publication date."})
public final class EvalFiguresCommand implements Callable<Integer> {
  @Option(names = "--gold", paramLabel = "FILE", description = "Gold file (default: ${DEFAULT-VALUE}).")
  Path gold = Path.of("../shared/gold/seeds.gold.json");

  @Option(names = "--seeds", paramLabel = "DIR", description = "Seed articles (default: ${DEFAULT-VALUE}).")
  Path seeds = Path.of("examples/seeds");

  @Option(names = "--heldout", paramLabel = "FILE",
      description = "Held-out figure and date annotations of SaudiNewsNet articles (eval/figures/*.json).")
  Path heldout;

  @Mixin SaudiNewsNetData data;

  @Option(names = "--verbose", description = "List the predicted figures and dates that match no gold one.")
  boolean verbose;

  @Override
  public Integer call() {
    if (heldout != null) return heldOut();
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

  private int heldOut() {
    if (!java.nio.file.Files.isRegularFile(heldout)) {
      System.err.println("mizan: " + heldout + ": no such annotation file");
      return Mizan.NOTHING_PROCESSED;
    }
    HeldOutFigures h = HeldOutFigures.load(heldout, data.dir);
    if (h == null) {
      System.out.println("held-out: " + data + " is absent, skipped");
      return Mizan.OK;
    }
    HeldOutScoring.FigureResult f = HeldOutScoring.scoreFigures(h.figures(), h.goldFigures());
    HeldOutScoring.DateResult d = HeldOutScoring.scoreDates(h.dates(), h.goldDates());
    System.out.println("figures and dates on the held-out set (" + heldout + "): " + h.articles() + " articles");
    System.out.printf("  figure recall (value and unit)  %d/%d = %.3f%n", f.found(), f.gold(), f.recall());
    System.out.printf("  figure precision                %d/%d = %.3f  (the gold lists every figure)%n", f.found(),
        f.predicted(), f.precision());
    System.out.printf("  approximation right (on found)  %d/%d%n", f.approxRight(), f.found());
    System.out.printf("  dates resolved right            %d/%d = %.3f  (located %d)%n", d.right(), d.gold(),
        d.accuracy(), d.located());
    System.out.printf("  date precision                  %d/%d = %.3f%n", d.right(), d.predicted(), d.precision());
    if (verbose) {
      for (String m : f.misses()) System.out.println("  figure missed: " + m);
      for (String m : f.extras()) System.out.println("  figure not in gold: " + m);
      for (String m : f.approxWrong()) System.out.println("  approximation wrong: " + m);
      for (String m : d.misses()) System.out.println("  date missed: " + m);
      for (String m : d.extras()) System.out.println("  date not in gold: " + m);
    }
    return Mizan.OK;
  }
}
