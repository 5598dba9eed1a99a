package org.mizan.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.mizan.stories.JoinModel;
import org.mizan.stories.StoryClusterer;
import org.mizan.stories.StoryPairs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code mizan eval stories-pairs}: the join decision on labelled pairs of articles ({@link
 * StoryPairs#judge}: the later article meeting the earlier one's story), as accuracy and the
 * precision and recall of "same story" at the shipped threshold.
 */
@Command(name = "stories-pairs", mixinStandardHelpOptions = true,
    description = {"Scores the story join decision on labelled article pairs (same story or not)."})
public final class EvalStoriesPairsCommand implements Callable<Integer> {
  @Option(names = "--gold", required = true, paramLabel = "FILE", description = "Pair gold JSONL (url_a, day_a, url_b, day_b, same, split).")
  Path gold;

  @Option(names = "--split", paramLabel = "SPLIT", description = "dev, test or all (default: ${DEFAULT-VALUE}).")
  String split = "dev";

  @Option(names = "--join-model", paramLabel = "FILE", description = "Judge by this learned model instead of the shipped one.")
  Path joinModel;

  @Option(names = "--threshold", description = "Judge at this probability threshold instead of the model's (diagnosis).")
  Double threshold;

  @Option(names = "--errors", description = "List the pairs judged wrongly, with the model's probability.")
  boolean errors;

  @Option(names = "--features", description = "With --errors: print every feature of each wrong pair.")
  boolean features;

  @Mixin SaudiNewsNetData data;

  @Mixin StoryAblation ablation;

  @Override
  public Integer call() throws IOException {
    if (!List.of("dev", "test", "all").contains(split)) throw new IOException("--split: " + split + " is not dev, test or all");
    JoinModel model = joinModel == null ? JoinModel.standard()
        : JoinModel.read(java.nio.file.Files.readString(joinModel));
    if (threshold != null && model != null) model = model.withThreshold(threshold);
    List<PairGold.Analysed> pairs = PairGold.analyse(PairGold.read(gold), split, data.dir, EvalStoriesCommand.evalPipeline());
    StoryPairs.Tally t = new StoryPairs.Tally(0, 0, 0, 0);
    for (PairGold.Analysed p : pairs) {
      StoryPairs.Verdict v = StoryPairs.judge(p.a(), p.b(), StoryClusterer.Params.DEFAULT, model, ablation.options());
      t = t.add(p.row().same(), v.same());
      if (errors && p.row().same() != v.same()) {
        System.out.printf(Locale.ROOT, "%s p=%.3f%s%n  A %s%n  B %s%n", p.row().same() ? "MISSED JOIN" : "WRONG JOIN",
            v.probability(), v.decided() ? "" : " (not the model's: vetoed, out of its horizon or no candidate)", p.titleA(), p.titleB());
        if (features && v.features() != null) {
          StringBuilder b = new StringBuilder("  ");
          for (int i = 0; i < v.features().length; i++) {
            if (v.features()[i] != 0) b.append(String.format(Locale.ROOT, "%s=%.3f ", JoinModel.featureNames().get(i), v.features()[i]));
          }
          System.out.println(b);
        }
      }
    }
    System.out.printf(Locale.ROOT, "pairs (%s): %d, same %d; threshold %.2f%n", split, t.total(), t.truePos() + t.falseNeg(),
        model == null ? Double.NaN : model.threshold());
    System.out.printf(Locale.ROOT, "accuracy %.3f  same: precision %.3f recall %.3f  (TP %d FP %d FN %d TN %d)%n",
        t.accuracy(), t.precision(), t.recall(), t.truePos(), t.falsePos(), t.falseNeg(), t.trueNeg());
    return Mizan.OK;
  }
}
