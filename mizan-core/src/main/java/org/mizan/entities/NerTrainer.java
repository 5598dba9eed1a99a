package org.mizan.entities;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import org.mizan.doc.Json;
import org.mizan.text.ArabicNormalization;

/**
 * Trains {@link NerModel} with an averaged structured perceptron on ANERcorp train (never its test
 * split), with a gazetteer built from resources other than ANERcorp (ANETAC name pairs, WikiFANE and
 * AQMAR entity names, country and Saudi place names) and word clusters from {@link WordClusters}.
 * Deterministic: fixed shuffling seed, sorted inputs.
 */
public final class NerTrainer {
  /** Training settings; {@code nerDir} is {@code ../shared/data/ner}. */
  public record Options(Path nerDir, Path clustersFrom, int epochs, int bits, boolean addAqmar, long seed, int folds,
      int flags, float oBias, int window, Path clusterCache, float margin, int selfCount, float selfWeight,
      List<String> selfTypes) {
    public Options(Path nerDir, Path clustersFrom, int epochs, int bits, boolean addAqmar, long seed, int folds) {
      this(nerDir, clustersFrom, epochs, bits, addAqmar, seed, folds, 0, 0f, 0, null, 0f);
    }

    public Options(Path nerDir, Path clustersFrom, int epochs, int bits, boolean addAqmar, long seed, int folds,
        int flags, float oBias, int window, Path clusterCache, float margin) {
      this(nerDir, clustersFrom, epochs, bits, addAqmar, seed, folds, flags, oBias, window, clusterCache, margin,
          0, 1f, List.of());
    }
  }

  /** Contiguous blocks whose first-pass tags come from a model trained on the other blocks. */
  static final int STACK_FOLDS = 5;

  private final Options options;
  private final Consumer<String> log;

  public NerTrainer(Options options, Consumer<String> log) {
    this.options = options;
    this.log = log;
  }

  /** Trains on ANERcorp train (plus AQMAR if asked). */
  public NerModel train() throws IOException {
    List<ConllCorpus.Sentence> data =
        new ArrayList<>(ConllCorpus.read(options.nerDir().resolve("anercorp/train.txt"), ConllCorpus::anercorpType));
    if (options.addAqmar()) data.addAll(aqmar(options.nerDir()));
    return train(data);
  }

  /** All of AQMAR (train, dev, test), mapped to Mizan's types. */
  public static List<ConllCorpus.Sentence> aqmar(Path ner) throws IOException {
    List<ConllCorpus.Sentence> out = new ArrayList<>();
    for (String f : List.of("train.txt", "dev.txt", "test.txt")) {
      out.addAll(ConllCorpus.read(ner.resolve("aqmar").resolve(f), ConllCorpus::aqmarType));
    }
    return out;
  }

  /** Trains on {@code data} with the gazetteer and clusters the options name. */
  public NerModel train(List<ConllCorpus.Sentence> data) throws IOException {
    Map<String, Integer> gaz = gazetteer(options.nerDir());
    log.accept("gazetteer: " + gaz.size() + " words and phrases");
    WordClusters.Result wc = clusters();
    Map<String, Integer> clusters = wc.flat();
    Map<String, Integer> paths = (options.flags() & NerFeatures.TREE) != 0 ? wc.paths() : Map.of();
    log.accept("clusters: " + clusters.size() + " words");
    log.accept("training sentences: " + data.size());
    if (options.folds() < 2) {
      Map<String, Integer> morph = (options.flags() & NerFeatures.MORPH) != 0 ? morphology() : Map.of();
      if ((options.flags() & NerFeatures.TRIG) != 0) morph = NerFeatures.withTriggers(morph);
      Map<String, Integer> vectors = (options.flags() & NerFeatures.VEC) != 0 ? vectors() : Map.of();
      NerFeatures features = new NerFeatures(gaz, clusters, paths, morph, vectors, options.flags());
      if (options.window() == 0) return train(data, features, null);
      NerModel model = trainTwoPass(data, features, Set.of());
      if (options.selfCount() <= 0 || options.clustersFrom() == null) return model;
      // self-training: the model's surest tags of unlabeled news, at a lower weight, then train again
      List<ConllCorpus.Sentence> pseudo = SelfTraining.select(model, options.clustersFrom(), options.selfCount(),
          options.selfTypes(), log);
      Set<ConllCorpus.Sentence> marked = Collections.newSetFromMap(new IdentityHashMap<>());
      marked.addAll(pseudo);
      List<ConllCorpus.Sentence> all = new ArrayList<>(data);
      all.addAll(pseudo);
      return trainTwoPass(all, features, marked);
    }
    // names of the training data itself join the gazetteer, but each sentence sees only the names
    // of the other folds, so the model learns how far to trust a gazetteer hit on unseen text
    int folds = options.folds();
    List<NerFeatures> perFold = new ArrayList<>();
    for (int f = 0; f < folds; f++) {
      Map<String, Integer> g = new HashMap<>(gaz);
      for (int i = 0; i < data.size(); i++) if (i % folds != f) addChunks(g, data.get(i));
      perFold.add(new NerFeatures(g, clusters));
    }
    Map<String, Integer> all = new HashMap<>(gaz);
    for (ConllCorpus.Sentence s : data) addChunks(all, s);
    log.accept("gazetteer with training names: " + all.size());
    return train(data, new NerFeatures(all, clusters), perFold);
  }

  /** Word clusters from SaudiNewsNet, or the cache file when it exists (written when it does not). */
  private synchronized WordClusters.Result clusters() throws IOException {
    if (options.clustersFrom() == null) return new WordClusters.Result(Map.of(), Map.of());
    Path cache = options.clusterCache();
    if (cache != null && Files.isRegularFile(cache)) {
      log.accept("clusters from cache " + cache);
      return WordClusters.readCache(cache);
    }
    WordClusters.Result r = WordClusters.build(options.clustersFrom(), log, (options.flags() & NerFeatures.TREE) != 0,
        (options.flags() & NerFeatures.MULTI) != 0);
    if (cache != null) WordClusters.writeCache(r, cache);
    return r;
  }

  /** Word-vector classes from SaudiNewsNet, or the file beside the cluster cache ({@code FILE.vec}) when it exists. */
  private synchronized Map<String, Integer> vectors() throws IOException {
    return wordTable(".vec", "word-vector classes", WordVectors::build);
  }

  /** Morphology bins from SaudiNewsNet, or the file beside the cluster cache ({@code FILE.morph}) when it exists. */
  private synchronized Map<String, Integer> morphology() throws IOException {
    return wordTable(".morph", "morphology", WordMorphology::build);
  }

  /** Builds a word table from the SaudiNewsNet zips under a directory. */
  private interface WordTable {
    Map<String, Integer> build(Path dir, Consumer<String> log) throws IOException;
  }

  /**
   * A word table from SaudiNewsNet, or the gzip TSV file beside the cluster cache ({@code FILE}
   * + {@code suffix}) when it exists (written when it does not).
   */
  private Map<String, Integer> wordTable(String suffix, String what, WordTable table) throws IOException {
    if (options.clustersFrom() == null) return Map.of();
    Path cache = options.clusterCache() == null ? null
        : options.clusterCache().resolveSibling(options.clusterCache().getFileName() + suffix);
    if (cache != null && Files.isRegularFile(cache)) {
      log.accept(what + " from cache " + cache);
      return WordMorphology.readCache(cache);
    }
    Map<String, Integer> m = table.build(options.clustersFrom(), log);
    if (cache != null) WordMorphology.writeCache(m, cache);
    return m;
  }

  /**
   * Two passes (stacking): the first-pass model as usual, then a second model over the same features
   * plus {@link NerDocContext}'s, trained on first-pass tags that each block of the training data
   * got from a model that never saw it (jackknife), so the second pass learns how far to trust
   * first-pass tags on unseen text.
   */
  NerModel trainTwoPass(List<ConllCorpus.Sentence> data, NerFeatures features, Set<ConllCorpus.Sentence> pseudo) {
    NerModel first = train(data, features, null, pseudo);
    List<NerFeatures.Sentence> sents = new ArrayList<>();
    for (ConllCorpus.Sentence s : data) sents.add(features.sentence(s.words().toArray(String[]::new)));
    List<int[]> jack = new ArrayList<>();
    int n = data.size();
    for (int f = 0; f < STACK_FOLDS; f++) {
      int a = n * f / STACK_FOLDS, b = n * (f + 1) / STACK_FOLDS;
      List<ConllCorpus.Sentence> rest = new ArrayList<>(data.subList(0, a));
      rest.addAll(data.subList(b, n));
      log.accept("jackknife block " + (f + 1) + "/" + STACK_FOLDS);
      NerModel m = train(rest, features, null, pseudo);
      for (int j = a; j < b; j++) jack.add(m.decode(sents.get(j)));
    }
    int[][][] doc = NerDocContext.features(sents, jack, options.window());
    List<int[][]> rows = new ArrayList<>();
    for (int j = 0; j < n; j++) rows.add(first.withDocRows(first.rows(sents.get(j)), doc[j]));
    log.accept("second pass");
    float[][] wt = perceptron(rows, gold(data, first.tags), first.tags, weights(data, pseudo));
    return first.withSecondPass(wt[0], wt[1], options.window());
  }

  /** Gold tags as indices of the tag set {@code ts}. */
  private static List<int[]> gold(List<ConllCorpus.Sentence> data, NerTags ts) {
    List<int[]> gold = new ArrayList<>();
    for (ConllCorpus.Sentence s : data) {
      int[] g = new int[s.tags().size()];
      for (int i = 0; i < g.length; i++) g[i] = NerModel.TAGS.indexOf(s.tags().get(i));
      gold.add(ts.fromBio(g));
    }
    return gold;
  }

  /** Averaged perceptron over {@code data}. */
  public NerModel train(List<ConllCorpus.Sentence> data, NerFeatures features, List<NerFeatures> perFold) {
    return train(data, features, perFold, Set.of());
  }

  /** Each sentence's update weight: {@code selfWeight} for self-training sentences, else 1. */
  private float[] weights(List<ConllCorpus.Sentence> data, Set<ConllCorpus.Sentence> pseudo) {
    float[] w = new float[data.size()];
    for (int i = 0; i < w.length; i++) w[i] = pseudo.contains(data.get(i)) ? options.selfWeight() : 1f;
    return w;
  }

  private NerModel train(List<ConllCorpus.Sentence> data, NerFeatures features, List<NerFeatures> perFold,
      Set<ConllCorpus.Sentence> pseudo) {
    NerModel shape = new NerModel(options.bits(), null, null, features);
    List<int[][]> rows = new ArrayList<>();
    for (int si = 0; si < data.size(); si++) {
      ConllCorpus.Sentence s = data.get(si);
      NerFeatures f = perFold == null ? features : perFold.get(si % perFold.size());
      rows.add(shape.rows(f, f.sentence(s.words().toArray(String[]::new))));
    }
    float[][] wt = perceptron(rows, gold(data, shape.tags), shape.tags, weights(data, pseudo));
    return new NerModel(options.bits(), wt[0], wt[1], features);
  }

  /**
   * Averaged structured perceptron: weights and transitions, the O tag's bias lowered by
   * {@code oBias} at the end (the perceptron under-predicts names; this trades precision for recall).
   * With a {@code margin}, training decodes cost-augmented (every wrong tag gets {@code margin}
   * added to its score), so the model is updated until gold wins by a margin, not just barely.
   */
  private float[][] perceptron(List<int[][]> rows, List<int[]> gold, NerTags ts, float[] weight) {
    int t = ts.size;
    float[] w = new float[(1 << options.bits()) * t];
    float[] tr = new float[(t + 1) * t];
    float[] wSum = new float[w.length]; // sum of c * update, for averaging
    float[] trSum = new float[tr.length];
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) order.add(i);
    Random random = new Random(options.seed());
    float c = 1;
    for (int epoch = 1; epoch <= options.epochs(); epoch++) {
      Collections.shuffle(order, random);
      int errors = 0;
      for (int idx : order) {
        int[][] r = rows.get(idx);
        int[] g = gold.get(idx);
        float u = weight[idx], cu = c * u;
        int[] p = NerModel.decode(ts, r, w, tr, options.margin() > 0 ? g : null, options.margin());
        for (int i = 0; i < g.length; i++) {
          int gp = i == 0 ? t : g[i - 1];
          int pp = i == 0 ? t : p[i - 1];
          if (g[i] != p[i]) {
            errors++;
            for (int base : r[i]) {
              w[base + g[i]] += u;
              w[base + p[i]] -= u;
              wSum[base + g[i]] += cu;
              wSum[base + p[i]] -= cu;
            }
          }
          if (g[i] != p[i] || gp != pp) {
            tr[gp * t + g[i]] += u;
            tr[pp * t + p[i]] -= u;
            trSum[gp * t + g[i]] += cu;
            trSum[pp * t + p[i]] -= cu;
          }
        }
        c++;
      }
      log.accept("epoch " + epoch + ": " + errors + " token errors");
    }
    for (int i = 0; i < w.length; i++) w[i] -= wSum[i] / c;
    for (int i = 0; i < tr.length; i++) tr[i] -= trSum[i] / c;
    int bias = (NerFeatures.mix(1, 0) >>> (32 - options.bits())) * t; // the always-on feature's row
    w[bias] -= options.oBias();
    return new float[][] {w, tr};
  }

  /** Normalized words and phrases (space-joined) with their type bits, from non-ANERcorp sources. */
  static Map<String, Integer> gazetteer(Path ner) throws IOException {
    Map<String, Integer> gaz = new HashMap<>();
    Path anetac = ner.resolve("anetac/EN-AR_Named-entities.txt");
    for (String line : Files.readAllLines(anetac, StandardCharsets.UTF_8)) {
      String[] p = line.split(" ", 2);
      if (p.length < 2) continue;
      int bit = switch (p[0]) {
        case "PERSON" -> NerFeatures.PER;
        case "LOCATION" -> NerFeatures.LOC;
        case "ORGANIZATION" -> NerFeatures.ORG;
        default -> 0;
      };
      addName(gaz, arabicPart(p[1]), bit);
    }
    Path countries = ner.resolve("gazetteers/countries_mledoze/countries_ar.tsv");
    List<String> rows = Files.readAllLines(countries, StandardCharsets.UTF_8);
    for (String line : rows.subList(1, rows.size())) {
      String[] p = line.split("\t");
      if (p.length > 2) addName(gaz, p[2], NerFeatures.LOC);
      if (p.length > 3) addName(gaz, p[3], NerFeatures.LOC);
    }
    for (String f : List.of("regions.json", "provinces.json", "cities.json")) {
      JsonNode arr = Json.mapper().readTree(ner.resolve("gazetteers/saudi_geo_harbi").resolve(f).toFile());
      for (JsonNode n : arr) addName(gaz, n.path("name_ar").asText(""), NerFeatures.LOC);
    }
    for (String f : List.of("train.txt", "dev.txt", "test.txt")) {
      for (ConllCorpus.Sentence s : ConllCorpus.read(ner.resolve("aqmar").resolve(f), ConllCorpus::aqmarType)) {
        addChunks(gaz, s);
      }
    }
    for (ConllCorpus.Sentence s : ConllCorpus.read(ner.resolve("wikifane/wikifane_gold.txt"), NerTrainer::wikifaneType)) {
      addChunks(gaz, s);
    }
    return gaz;
  }

  /** The Arabic words of an ANETAC line's remainder ("English words Arabic words"). */
  private static String arabicPart(String rest) {
    StringBuilder sb = new StringBuilder();
    for (String tok : rest.split("\\s+")) {
      if (!tok.isEmpty() && ArabicNormalization.isArabicLetter(tok.charAt(0))) sb.append(tok).append(' ');
    }
    return sb.toString().strip();
  }

  private static void addChunks(Map<String, Integer> gaz, ConllCorpus.Sentence s) {
    for (NerScore.Chunk c : NerScore.chunks(s.tags())) {
      int bit = switch (c.type()) {
        case "PER" -> NerFeatures.PER;
        case "LOC" -> NerFeatures.LOC;
        case "ORG" -> NerFeatures.ORG;
        default -> NerFeatures.MISC;
      };
      addName(gaz, String.join(" ", s.words().subList(c.start(), c.end())), bit);
    }
  }

  private static void addName(Map<String, Integer> gaz, String name, int bit) {
    if (bit == 0) return;
    String norm = ArabicNormalization.normalize(name).strip();
    String[] words = norm.split("\\s+");
    if (words.length == 0 || words.length > 4) return;
    for (String w : words) {
      if (w.length() >= 3 && ArabicNormalization.isArabicLetter(w.charAt(0))) gaz.merge(w, bit, (a, b) -> a | b);
    }
    if (words.length > 1) gaz.merge(String.join(" ", words), bit, (a, b) -> a | b);
  }

  /** WikiFANE's fine classes mapped to PER, ORG, LOC, MISC. */
  static String wikifaneType(String fine) {
    return switch (fine) {
      case "Politician", "Other_PER", "Artist", "Scientist", "Religious_PER", "Police", "Athlete",
          "Businessperson", "Engineer", "Lawyer" -> "PER";
      case "Commercial", "Non-Governmental", "Government", "Sports", "Media", "Educational", "Religious_ORG",
          "Entertainment", "Medical-Science" -> "ORG";
      case "Population-Center", "Nation", "State-or-Province", "Water-Body", "Continent", "Land-Region-Natural",
          "GPE-Cluster", "County-or-District", "Path", "Building-Grounds", "Airport", "Subarea-Facility", "Plant" -> "LOC";
      default -> "MISC";
    };
  }
}
