package org.mizan.entities;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mizan.ingest.SaudiNewsNet;
import org.mizan.text.Token;
import org.mizan.text.Tokenizer;

/**
 * The SaudiNewsNet articles as normalised words, with the vocabulary that unlabelled-text features
 * ({@link WordClusters}, {@link WordVectors}) are learned over.
 *
 * @param docs each article's words, in reading order
 * @param freq how often each word occurs
 * @param vocab the {@code size} most frequent words seen at least {@code minCount} times, most
 *     frequent first (ties by the word)
 */
record CorpusWords(List<String[]> docs, Map<String, Integer> freq, List<String> vocab) {

  static CorpusWords read(Path dir, int size, int minCount) throws IOException {
    List<String[]> docs = new ArrayList<>();
    Map<String, Integer> freq = new HashMap<>();
    SaudiNewsNet.forEach(dir, a -> {
      List<Token> toks = Tokenizer.tokenize(SaudiNewsNet.nz(a.content()));
      String[] w = new String[toks.size()];
      for (int i = 0; i < w.length; i++) {
        w[i] = toks.get(i).norm();
        freq.merge(w[i], 1, Integer::sum);
      }
      docs.add(w);
    });
    List<String> vocab = freq.entrySet().stream().filter(e -> e.getValue() >= minCount)
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(size).map(Map.Entry::getKey).toList();
    return new CorpusWords(docs, freq, vocab);
  }
}
