package org.mizan.entities;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import org.mizan.ingest.SaudiNewsNet;
import org.mizan.text.Sentences;
import org.mizan.text.Span;

/**
 * Self-training data: SaudiNewsNet sentences that a trained model tags with a high margin (its
 * least max-marginal margin over the sentence's tokens), with the model's tags as their labels.
 * Only sentences with a name of a favoured type (ORG, MISC: the types that lag) compete, every
 * {@value #EVERY}th article is read, and the chosen sentences keep their article order, so the
 * second pass sees them with their neighbours. Deterministic.
 */
final class SelfTraining {
  /** Articles read: every EVERY-th of the corpus, up to MAX_ARTICLES. */
  static final int EVERY = 9, MAX_ARTICLES = 2500;
  private static final int MIN_TOKENS = 6, MAX_TOKENS = 60;

  private SelfTraining() {}

  /** Up to {@code count} sentences of {@code dir}'s articles that {@code model} tags surely, with a name of {@code types}. */
  static List<ConllCorpus.Sentence> select(NerModel model, Path dir, int count, List<String> types, Consumer<String> log)
      throws IOException {
    List<List<String[]>> articles = new ArrayList<>();
    int[] seen = {0};
    SaudiNewsNet.forEach(dir, a -> {
      if (seen[0]++ % EVERY != 0 || articles.size() >= MAX_ARTICLES) return;
      String text = SaudiNewsNet.nz(a.content());
      List<String[]> sents = new ArrayList<>();
      for (Span s : Sentences.split(text)) {
        List<Span> toks = NerTokens.split(text, s.start(), s.end());
        String[] w = new String[toks.size()];
        for (int i = 0; i < w.length; i++) w[i] = toks.get(i).of(text);
        sents.add(w);
      }
      articles.add(sents);
    });
    record Candidate(int article, int sentence, float margin, List<String> words, List<String> tags) {}
    List<Candidate> candidates = new ArrayList<>();
    for (int d = 0; d < articles.size(); d++) {
      List<String[]> words = articles.get(d);
      List<NerFeatures.Sentence> sents = new ArrayList<>(words.size());
      for (String[] w : words) sents.add(model.features().sentence(w));
      float[] margins = new float[sents.size()];
      List<int[]> tagged = model.decodeDocument(sents, margins);
      for (int j = 0; j < words.size(); j++) {
        int n = words.get(j).length;
        if (n < MIN_TOKENS || n > MAX_TOKENS) continue;
        List<String> tags = new ArrayList<>(n);
        for (int t : tagged.get(j)) tags.add(NerModel.TAGS.get(t));
        boolean favoured = false;
        for (NerScore.Chunk c : NerScore.chunks(tags)) favoured |= types.contains(c.type());
        if (favoured) candidates.add(new Candidate(d, j, margins[j], List.of(words.get(j)), tags));
      }
    }
    List<Candidate> chosen = candidates.stream()
        .sorted(Comparator.comparingDouble((Candidate c) -> -c.margin()).thenComparingInt(Candidate::article)
            .thenComparingInt(Candidate::sentence))
        .limit(count)
        .sorted(Comparator.comparingInt(Candidate::article).thenComparingInt(Candidate::sentence))
        .toList();
    log.accept("self-training: " + articles.size() + " articles, " + candidates.size() + " candidate sentences, "
        + chosen.size() + " chosen" + (chosen.isEmpty() ? "" : ", least margin "
        + String.format("%.2f", chosen.stream().mapToDouble(Candidate::margin).min().orElse(0))));
    List<ConllCorpus.Sentence> out = new ArrayList<>();
    for (Candidate c : chosen) out.add(new ConllCorpus.Sentence(c.words(), c.tags()));
    return out;
  }
}
