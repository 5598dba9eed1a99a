package org.mizan.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.mizan.pipeline.Pipeline;
import org.mizan.stories.Bcubed;
import org.mizan.stories.JoinModel;
import org.mizan.stories.JoinTraining;
import org.mizan.stories.StoryClusterer;
import org.mizan.stories.StoryOptions;
import org.mizan.stories.StoryState;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code mizan train stories-join}: fits the story join model on one split of each labelled story set
 * ({@code --split}, all by default), picks its probability threshold by the mean BCubed F1 over the
 * sets on that split, and prints dev and test figures beside the hand-set rules. Figures on data the
 * model did not see come from leaving one set out of training (docs/evaluation.md, Stories, round 9).
 */
@Command(name = "stories-join", mixinStandardHelpOptions = true,
    description = {"Trains the story join decision (logistic regression over the clusterer's evidence) on "
        + "gold story sets, and writes the model story clustering ships with."})
public final class TrainStoriesJoinCommand implements Callable<Integer> {
  @Mixin SaudiNewsNetData data;

  @Mixin StoryAblation ablation;

  /** The story rules on (all but those of {@code --ablate}). */
  private StoryOptions options;

  @Option(names = "--gold", required = true, paramLabel = "FILE",
      description = "Gold JSONL story sets (repeat); their --split trains the model.")
  List<Path> golds;

  @Option(names = "--out", paramLabel = "FILE", description = "Output (default: ${DEFAULT-VALUE}).")
  Path out = Path.of("mizan-core/src/main/resources/org/mizan/stories/join-model.tsv");

  @Option(names = "--l2", description = "L2 penalty on the standardised weights (default: ${DEFAULT-VALUE}).")
  double l2 = 1.0;

  @Option(names = "--split", paramLabel = "SPLIT",
      description = "Split of each gold set that trains the model and chooses its threshold: dev, test or all (default: ${DEFAULT-VALUE}; "
          + "every labelled set is dev data since round 9, and held-out figures come from leaving one set out).")
  String split = "all";

  @Option(names = "--own-rounds", description = "Rounds adding the examples of the model's own stories (default: ${DEFAULT-VALUE}).")
  int ownRounds = 2;

  @Option(names = "--threshold-by", paramLabel = "RULE",
      description = "How the probability threshold is chosen on the training sets: best (the highest mean F1) or "
          + "plateau (the highest mean F1 averaged with its two neighbouring thresholds: a threshold on a narrow "
          + "peak moves from one training set to the next) (default: ${DEFAULT-VALUE}).")
  String thresholdBy = "best";

  @Option(names = "--leave-one-out",
      description = "Write no model: for each gold set, train on the others (same procedure, threshold chosen on them) "
          + "and score the held-out set's all split beside the hand-set rules and the tf-idf baseline (its threshold chosen on the others too).")
  boolean leaveOneOut;

  @Option(names = "--also-all",
      description = "With --leave-one-out and --ablate: also score each held-out set by the same fold's model and threshold "
          + "with every rule on (one run gives a rule's held-out effect at inference, its training as without it).")
  boolean alsoAll;

  @Option(names = "--pairs", paramLabel = "FILE",
      description = "Labelled article pairs (eval stories-pairs gold) added to every training set's examples (repeat).")
  List<Path> pairGolds = new ArrayList<>();

  @Option(names = "--pairs-split", paramLabel = "SPLIT", description = "Split of the pair golds that trains (default: ${DEFAULT-VALUE}).")
  String pairsSplit = "dev";

  @Option(names = "--pairs-weight", description = "Times each labelled pair counts as an example (default: ${DEFAULT-VALUE}).")
  int pairsWeight = 1;

  /** The labelled pairs' articles (earlier, later) and labels. */
  private final List<org.mizan.doc.Document[]> pairs = new ArrayList<>();
  private final List<Boolean> pairSame = new ArrayList<>();

  @Override
  public Integer call() throws IOException {
    options = ablation.options();
    if (!List.of("dev", "test", "all").contains(split)) throw new IOException("--split: " + split + " is not dev, test or all");
    if (!List.of("best", "plateau").contains(thresholdBy)) throw new IOException("--threshold-by: " + thresholdBy + " is not best or plateau");
    if (leaveOneOut && golds.size() < 2) throw new IOException("--leave-one-out needs at least two --gold sets");
    Pipeline pipeline = EvalStoriesCommand.evalPipeline();
    List<EvalStoriesCommand.Analysed> sets = new ArrayList<>();
    for (Path g : golds) sets.add(EvalStoriesCommand.analyse(g, data.dir, pipeline));
    for (Path g : pairGolds) {
      for (PairGold.Analysed p : PairGold.analyse(PairGold.read(g), pairsSplit, data.dir, pipeline)) {
        pairs.add(new org.mizan.doc.Document[] {p.a(), p.b()});
        pairSame.add(p.row().same());
      }
    }
    StoryClusterer.Params params = StoryClusterer.Params.DEFAULT;
    if (leaveOneOut) return leaveOneOut(sets, params);
    JoinTraining.Examples ex = new JoinTraining.Examples();
    JoinModel fitted = fit(sets, params, ex, true);
    double[] means = thresholdMeans(sets, params, fitted, true);
    int best = chooseThreshold(means);
    double bestT = (best + 2) * 0.05;
    double bestMean = means[best];
    JoinModel model = fitted.withThreshold(bestT);
    System.out.printf(Locale.ROOT, "%-40s %-13s %-13s%n", "set", "dev hand/model", "test hand/model");
    for (int i = 0; i < sets.size(); i++) {
      EvalStoriesCommand.Analysed a = sets.get(i);
      System.out.printf(Locale.ROOT, "%-40s %.3f / %.3f  %.3f / %.3f%n", golds.get(i).getFileName(),
          f1(a, "dev", params, null), f1(a, "dev", params, model), f1(a, "test", params, null), f1(a, "test", params, model));
    }
    StringBuilder header = new StringBuilder("Story join model (logistic regression), written by:\n");
    header.append("./mizan train stories-join");
    for (Path g : golds) header.append(" --gold ").append(g);
    if (!ablation.rules.isEmpty()) header.append(" --ablate ").append(String.join(",", ablation.rules));
    for (Path g : pairGolds) header.append(" --pairs ").append(g);
    if (!pairGolds.isEmpty()) header.append(" --pairs-split ").append(pairsSplit).append(" --pairs-weight ").append(pairsWeight);
    header.append(String.format(Locale.ROOT, " --split %s --l2 %s --own-rounds %d --threshold-by %s%n", split, l2, ownRounds, thresholdBy));
    header.append(String.format(Locale.ROOT, "%d examples (%d positive) from the %s splits; threshold %.2f by mean %s F1 %.4f",
        ex.x().size(), ex.positives(), split, bestT, split, bestMean));
    if (out.toAbsolutePath().getParent() != null) Files.createDirectories(out.toAbsolutePath().getParent());
    model.write(out, header.toString());
    System.out.println("stories-join: threshold " + String.format(Locale.ROOT, "%.2f", bestT) + " -> " + out);
    return Mizan.OK;
  }

  /**
   * Leave one set out: each set is scored (all split) by a model trained, and its threshold chosen,
   * on the other sets only; beside it the hand-set rules and the tf-idf baseline with its threshold
   * chosen by the mean F1 over the other sets. Prints one row per set and the means.
   */
  private Integer leaveOneOut(List<EvalStoriesCommand.Analysed> sets, StoryClusterer.Params params) {
    System.out.printf(Locale.ROOT, "%-40s %-8s %-8s %-8s %s%n", "held-out set (all split)", "learned", "rules", "baseline", "(model t, baseline t)");
    double[] sum = new double[3];
    double allSum = 0;
    List<List<Map.Entry<String, Map<String, Float>>>> vectors = new ArrayList<>();
    for (EvalStoriesCommand.Analysed a : sets) vectors.add(org.mizan.stories.TfidfBaseline.vectors(a.part("all")));
    for (int held = 0; held < sets.size(); held++) {
      List<EvalStoriesCommand.Analysed> train = new ArrayList<>(sets);
      train.remove(held);
      JoinModel fitted = fit(train, params, new JoinTraining.Examples(), false);
      double bestT = (chooseThreshold(thresholdMeans(train, params, fitted, false)) + 2) * 0.05;
      double baseT = 0;
      double baseMean = -1;
      for (int i = 2; i <= 32; i++) { // the thresholds eval stories tunes the baseline over
        double mean = 0;
        for (int j = 0; j < sets.size(); j++) {
          if (j != held) mean += Bcubed.score(sets.get(j).gold("all"), org.mizan.stories.TfidfBaseline.clusterVectors(vectors.get(j), i * 0.025)).f1();
        }
        if (mean > baseMean + 1e-9) {
          baseMean = mean;
          baseT = i * 0.025;
        }
      }
      EvalStoriesCommand.Analysed h = sets.get(held);
      double[] f = {f1(h, "all", params, fitted.withThreshold(bestT)), f1(h, "all", params, null),
          Bcubed.score(h.gold("all"), org.mizan.stories.TfidfBaseline.clusterVectors(vectors.get(held), baseT)).f1()};
      for (int k = 0; k < 3; k++) sum[k] += f[k] / sets.size();
      String all = "";
      if (alsoAll) {
        double a = Bcubed.score(h.gold("all"), new StoryClusterer(StoryState.inMemory(), params, fitted.withThreshold(bestT),
            StoryOptions.ALL).addAll(h.part("all"))).f1();
        allSum += a / sets.size();
        all = String.format(Locale.ROOT, "  all rules on: %.3f", a);
      }
      System.out.printf(Locale.ROOT, "%-40s %.3f    %.3f    %.3f    (%.2f, %.3f)%s%n", golds.get(held).getFileName(), f[0], f[1], f[2], bestT, baseT, all);
    }
    System.out.printf(Locale.ROOT, "%-40s %.3f    %.3f    %.3f%s%n", "mean", sum[0], sum[1], sum[2],
        alsoAll ? String.format(Locale.ROOT, "  all rules on: %.3f", allSum) : "");
    return Mizan.OK;
  }

  /** Mean F1 over {@code sets} (their training split) at the thresholds 0.10, 0.15 … 0.80. */
  private double[] thresholdMeans(List<EvalStoriesCommand.Analysed> sets, StoryClusterer.Params params, JoinModel fitted,
      boolean verbose) {
    double[] means = new double[15];
    for (int i = 0; i < means.length; i++) {
      double t = (i + 2) * 0.05;
      for (EvalStoriesCommand.Analysed a : sets) means[i] += f1(a, split, params, fitted.withThreshold(t)) / sets.size();
      if (verbose) System.out.printf(Locale.ROOT, "threshold %.2f: mean %s F1 %.4f%n", t, split, means[i]);
    }
    return means;
  }

  /** The index of the chosen threshold in {@link #thresholdMeans}'s grid, by {@link #thresholdBy}; the lowest on ties. */
  int chooseThreshold(double[] means) {
    int best = 0;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < means.length; i++) {
      double score = means[i];
      if ("plateau".equals(thresholdBy)) {
        // the ends count their one neighbour twice: a threshold off the grid's edge is not better
        double lo = means[Math.max(0, i - 1)];
        double hi = means[Math.min(means.length - 1, i + 1)];
        score = (lo + means[i] + hi) / 3;
      }
      if (score > bestScore + 1e-9) {
        bestScore = score;
        best = i;
      }
    }
    return best;
  }

  /** Teacher-forced examples of every set's {@code split}, then {@link #ownRounds} rounds of the model's own stories. */
  private JoinModel fit(List<EvalStoriesCommand.Analysed> sets, StoryClusterer.Params params, JoinTraining.Examples ex,
      boolean verbose) {
    for (EvalStoriesCommand.Analysed a : sets) JoinTraining.collect(a.part(split), a.gold(split), params, options, ex);
    JoinTraining.collectPairs(pairs, pairSame, params, options, pairsWeight, ex);
    if (verbose) System.out.printf(Locale.ROOT, "examples: %d candidate pairs, %d positive%n", ex.x().size(), ex.positives());
    JoinModel fitted = JoinModel.train(ex.x(), ex.y(), l2, 0.5);
    // how often each yes/no feature fires among the teacher-forced examples, and how often rightly
    for (int j = 0; verbose && j < JoinModel.featureNames().size(); j++) {
      int on = 0;
      int pos = 0;
      boolean binary = true;
      for (int i = 0; i < ex.x().size(); i++) {
        double v = ex.x().get(i)[j];
        if (v != 0 && v != 1) binary = false;
        if (v == 1) {
          on++;
          if (ex.y().get(i)) pos++;
        }
      }
      if (binary) System.out.printf(Locale.ROOT, "  %-24s fires %4d, right join %4d%n", JoinModel.featureNames().get(j), on, pos);
    }
    for (int round = 0; round < ownRounds; round++) {
      // the stories the model itself builds (its mistakes included), labelled by their majority gold story
      for (EvalStoriesCommand.Analysed a : sets) JoinTraining.collectOwn(a.part(split), a.gold(split), params, options, fitted, ex);
      fitted = JoinModel.train(ex.x(), ex.y(), l2, 0.5);
      if (verbose) System.out.printf(Locale.ROOT, "round %d: %d candidate pairs, %d positive%n", round + 1, ex.x().size(), ex.positives());
    }
    return fitted;
  }

  private double f1(EvalStoriesCommand.Analysed a, String split, StoryClusterer.Params params, JoinModel m) {
    Map<String, String> g = a.gold(split);
    if (g.isEmpty()) return Double.NaN;
    return Bcubed.score(g, new StoryClusterer(StoryState.inMemory(), params, m, options).addAll(a.part(split))).f1();
  }
}
