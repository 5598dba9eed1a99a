package org.mizan.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.mizan.entities.ConllCorpus;
import org.mizan.entities.NerFeatures;
import org.mizan.entities.NerModel;
import org.mizan.entities.NerScore;
import org.mizan.entities.NerTrainer;
import org.mizan.entities.NameVariants;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code mizan train ner}: rebuilds the shipped NER model from ../shared/data. */
@Command(name = "ner", mixinStandardHelpOptions = true,
    description = {"Trains the named-entity tagger on ANERcorp train: an averaged perceptron",
        "in two passes (the second sees the first pass's tags of nearby sentences),",
        "gazetteers from ANETAC/WikiFANE/AQMAR/place lists, word clusters from",
        "SaudiNewsNet. Writes the shipped model; the defaults are its settings."})
final class TrainNerCommand implements Callable<Integer> {
  @Option(names = "--data", paramLabel = "DIR", description = "Shared data directory (default: ${DEFAULT-VALUE}).")
  Path data = Path.of("../shared/data");

  @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Model file (default: ${DEFAULT-VALUE}).")
  Path out = Path.of("mizan-core/src/main/resources/org/mizan/entities/ner-model.bin.gz");

  @Option(names = "--epochs", description = "Perceptron epochs (default: ${DEFAULT-VALUE}).")
  int epochs = 20;

  @Option(names = "--bits", description = "log2 of hashed feature buckets (default: ${DEFAULT-VALUE}).")
  int bits = 19;

  @Option(names = "--no-clusters", description = "Skip the SaudiNewsNet word clusters.")
  boolean noClusters;

  @Option(names = "--folds", description = "Jackknife folds for training-data names in the gazetteer; 0 = none (default: ${DEFAULT-VALUE}).")
  int folds = 0;

  @Option(names = "--aqmar", description = "Also train on AQMAR (mapped to PER/ORG/LOC/MISC).")
  boolean aqmar;

  @Option(names = "--features", description = "Feature groups: base, or any of wide, tree, multi, quote, gazpos, morph, trig, vec joined by +; bioes decodes BIOES tags (default: ${DEFAULT-VALUE}).")
  String featureGroups = "bioes+gazpos";

  @Option(names = "--o-bias", description = "Lower the O tag's bias by this much after training (default: ${DEFAULT-VALUE}).")
  float oBias = 2;

  @Option(names = "--window", description = "Second pass over first-pass tags of this many sentences on each side; 0 = one pass (default: ${DEFAULT-VALUE}).")
  int window = 10;

  @Option(names = "--margin", description = "Cost-augmented training: add this to every wrong tag's score while training; 0 = plain perceptron (default: ${DEFAULT-VALUE}).")
  float margin = 0;

  @Option(names = "--start-bias", paramLabel = "ORG=X,...", description = "Raise the opening tags of these types (PER, ORG, LOC, MISC) by X in the last pass, for types whose recall lags (default: ${DEFAULT-VALUE}).")
  String startBias = "";

  @Option(names = "--bias-sweep", description = "With --cv: also score each block's model with these --start-bias settings (separated by ;), pooled.")
  String biasSweep;

  @Option(names = "--self-train", paramLabel = "N", description = "Self-training: retrain with up to N SaudiNewsNet sentences the model tags with the highest margin; 0 = none (default: ${DEFAULT-VALUE}).")
  int selfTrain = 0;

  @Option(names = "--self-weight", description = "With --self-train: update weight of those sentences (default: ${DEFAULT-VALUE}).")
  float selfWeight = 0.5f;

  @Option(names = "--self-types", description = "With --self-train: only sentences with a name of these types, joined by + (default: ${DEFAULT-VALUE}).")
  String selfTypes = "ORG+MISC";

  @Option(names = "--threads", description = "With --cv: blocks trained at once (default: ${DEFAULT-VALUE}).")
  int threads = 1;

  @Option(names = "--cluster-cache", paramLabel = "FILE", description = "Reuse word clusters from FILE (written there when absent).")
  Path clusterCache;

  @Option(names = "--dev", description = "Hold out the last 10%% of ANERcorp train and score on it (no model written).")
  boolean dev;

  @Option(names = "--dump", paramLabel = "FILE", description = "With --dev: write word, gold and predicted tag per line to FILE.")
  Path dump;

  @Option(names = "--cv", description = "Cross-validate: hold out each of N contiguous blocks of ANERcorp train in turn and pool the scores (no model written).")
  int cv = 0;

  @Option(names = {"-q", "--quiet"}, description = "No progress output.")
  boolean quiet;

  @Override
  public Integer call() {
    Path ner = data.resolve("ner");
    if (!Files.isRegularFile(ner.resolve("anercorp/train.txt"))) {
      System.err.println("mizan: " + ner + ": no anercorp/train.txt (use --data)");
      return Mizan.FAILURE;
    }
    Path clusters = noClusters ? null : data.resolve("saudinewsnet");
    if (clusters != null && !Files.isDirectory(clusters)) {
      System.err.println("mizan: " + clusters + ": not found (use --no-clusters to train without)");
      return Mizan.FAILURE;
    }
    boolean verbose = !quiet;
    int flags = 0;
    for (String g : featureGroups.split("\\+")) {
      switch (g) {
        case "base" -> {}
        case "wide" -> flags |= NerFeatures.WIDE;
        case "tree" -> flags |= NerFeatures.TREE;
        case "multi" -> flags |= NerFeatures.MULTI;
        case "bioes" -> flags |= NerFeatures.BIOES;
        case "quote" -> flags |= NerFeatures.QUOTE;
        case "gazpos" -> flags |= NerFeatures.GAZPOS;
        case "morph" -> flags |= NerFeatures.MORPH;
        case "trig" -> flags |= NerFeatures.TRIG;
        case "vec" -> flags |= NerFeatures.VEC;
        default -> {
          System.err.println("mizan: --features " + featureGroups + ": unknown group " + g + " (base, wide, tree, multi, bioes, quote, gazpos, morph, trig, vec)");
          return Mizan.FAILURE;
        }
      }
    }
    for (String t : selfTypes.split("\\+")) {
      if (!List.of("PER", "ORG", "LOC", "MISC").contains(t)) {
        System.err.println("mizan: --self-types " + selfTypes + ": unknown type " + t + " (PER, ORG, LOC, MISC joined by +)");
        return Mizan.FAILURE;
      }
    }
    float[] bias;
    List<float[]> sweep = new java.util.ArrayList<>();
    try {
      bias = parseBias(startBias);
      if (biasSweep != null) for (String s : biasSweep.split(";")) sweep.add(parseBias(s));
    } catch (IllegalArgumentException e) {
      System.err.println("mizan: --start-bias/--bias-sweep: " + e.getMessage());
      return Mizan.FAILURE;
    }
    NerTrainer trainer = new NerTrainer(new NerTrainer.Options(ner, clusters, epochs, bits, aqmar, 42L, folds,
        flags, oBias, window, clusterCache, margin, selfTrain, selfWeight, List.of(selfTypes.split("\\+"))),
        m -> { if (verbose) System.err.println("train ner: " + m); });
    try {
      long t0 = System.nanoTime();
      if (cv > 1) {
        List<ConllCorpus.Sentence> all = ConllCorpus.read(ner.resolve("anercorp/train.txt"), ConllCorpus::anercorpType);
        NerScore pooled = new NerScore();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(Math.max(1, threads));
        List<java.util.concurrent.Future<List<NerScore>>> blocks = new java.util.ArrayList<>();
        List<NerScore> swept = new java.util.ArrayList<>();
        for (int k = 0; k < sweep.size(); k++) swept.add(new NerScore());
        for (int f = 0; f < cv; f++) {
          int a = all.size() * f / cv, b = all.size() * (f + 1) / cv;
          List<ConllCorpus.Sentence> train = new java.util.ArrayList<>(all.subList(0, a));
          train.addAll(all.subList(b, all.size()));
          blocks.add(pool.submit(() -> {
            NerModel m = trainer.train(train);
            List<NerScore> s = new java.util.ArrayList<>();
            s.add(EvalNerCommand.score(m.withStartBias(bias), all.subList(a, b)));
            for (float[] d : sweep) s.add(EvalNerCommand.score(m.withStartBias(d), all.subList(a, b)));
            return s;
          }));
        }
        pool.shutdown();
        for (int f = 0; f < cv; f++) {
          List<NerScore> one;
          try {
            one = blocks.get(f).get();
          } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause() == null ? e : e.getCause());
          }
          System.out.printf("block %d: F1 %.2f%n", f + 1, one.get(0).f1(null));
          pooled.addAll(one.get(0));
          for (int k = 0; k < sweep.size(); k++) swept.get(k).addAll(one.get(k + 1));
        }
        for (int k = 0; k < sweep.size(); k++) {
          System.out.print("--start-bias " + biasSweep.split(";")[k] + ":\n" + swept.get(k).report());
        }
        System.out.print("cross-validation (" + cv + " contiguous blocks of ANERcorp train):\n" + pooled.report());
        return Mizan.OK;
      }
      if (dev) {
        List<ConllCorpus.Sentence> all = ConllCorpus.read(ner.resolve("anercorp/train.txt"), ConllCorpus::anercorpType);
        // a contiguous block: sentences of one article share names, so a scattered split leaks
        int cut = all.size() * 9 / 10;
        List<ConllCorpus.Sentence> train = new java.util.ArrayList<>(all.subList(0, cut));
        List<ConllCorpus.Sentence> held = all.subList(cut, all.size());
        if (aqmar) train.addAll(NerTrainer.aqmar(ner));
        NerModel model = trainer.train(train).withStartBias(bias);
        NerScore score = EvalNerCommand.score(model, held);
        if (dump != null) EvalNerCommand.dump(model, held, dump);
        System.out.print("dev (last 10% of ANERcorp train):\n" + score.report());
        return Mizan.OK;
      }
      NerModel model = trainer.train().withStartBias(bias);
      Files.createDirectories(out.toAbsolutePath().getParent());
      try (OutputStream os = Files.newOutputStream(out)) {
        model.write(os);
      }
      Path keys = out.toAbsolutePath().getParent().resolve("name-keys.tsv.gz");
      try (OutputStream os = Files.newOutputStream(keys)) {
        NameVariants.writeTable(ner.resolve("anetac/EN-AR_Named-entities.txt"), os);
      }
      System.err.printf("train ner: wrote %s (%.1f MB) and %s in %.0f s%n", out, Files.size(out) / 1e6,
          keys.getFileName(), (System.nanoTime() - t0) / 1e9);
      return Mizan.OK;
    } catch (IOException | RuntimeException e) {
      System.err.println("mizan: train ner failed: " + e.getMessage());
      return Mizan.FAILURE;
    }
  }

  /** {@code ORG=1,MISC=0.5} as deltas in type order PER, ORG, LOC, MISC; empty is all zero. */
  static float[] parseBias(String spec) {
    float[] d = new float[4];
    for (String part : spec.split(",")) {
      if (part.isBlank()) continue;
      String[] kv = part.trim().split("=");
      int type = kv.length == 2 ? List.of("PER", "ORG", "LOC", "MISC").indexOf(kv[0].trim()) : -1;
      if (type < 0) throw new IllegalArgumentException(part + ": expected TYPE=NUMBER with TYPE one of PER, ORG, LOC, MISC");
      try {
        d[type] = Float.parseFloat(kv[1].trim());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(part + ": not a number");
      }
    }
    return d;
  }
}
