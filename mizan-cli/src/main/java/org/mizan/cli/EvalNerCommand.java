package org.mizan.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.mizan.entities.ConllCorpus;
import org.mizan.entities.NerModel;
import org.mizan.entities.NerScore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code mizan eval ner}: entity-level P/R/F1 (exact span and type) on the ANERcorp test split. */
@Command(name = "ner", mixinStandardHelpOptions = true,
    description = "Scores the NER model on ANERcorp test (CAMeL Lab split): exact span+type P/R/F1, conlleval style.")
final class EvalNerCommand implements Callable<Integer> {
  @Option(names = "--gold", paramLabel = "FILE", description = "CoNLL gold file (default: ${DEFAULT-VALUE}).")
  Path gold = Path.of("../shared/data/ner/anercorp/test.txt");

  @Option(names = "--model", paramLabel = "FILE", description = "Model file (default: the shipped model).")
  Path model;

  @Override
  public Integer call() {
    if (!Files.isRegularFile(gold)) {
      System.err.println("mizan: " + gold + ": gold file not found (use --gold)");
      return Mizan.FAILURE;
    }
    try {
      NerModel m;
      if (model == null) {
        m = NerModel.shipped();
      } else {
        try (InputStream in = Files.newInputStream(model)) {
          m = NerModel.read(in);
        }
      }
      List<ConllCorpus.Sentence> sentences = ConllCorpus.read(gold, ConllCorpus::anercorpType);
      NerScore score = score(m, sentences);
      System.out.println("NER on " + gold + " (" + sentences.size() + " sentences)");
      System.out.print(score.report());
      return Mizan.OK;
    } catch (IOException | RuntimeException e) {
      System.err.println("mizan: eval ner: " + (model == null ? "shipped model" : model) + ": " + e.getMessage());
      return Mizan.FAILURE;
    }
  }

  /** Writes {@code word gold predicted} lines, a blank line between sentences (for error analysis). */
  static void dump(NerModel m, List<ConllCorpus.Sentence> sentences, Path file) throws IOException {
    List<String[]> words = new java.util.ArrayList<>();
    for (ConllCorpus.Sentence s : sentences) words.add(s.words().toArray(String[]::new));
    List<String[]> tags = m.tagDocument(words);
    StringBuilder sb = new StringBuilder();
    for (int j = 0; j < sentences.size(); j++) {
      for (int i = 0; i < words.get(j).length; i++) {
        sb.append(words.get(j)[i]).append(' ').append(sentences.get(j).tags().get(i)).append(' ').append(tags.get(j)[i]).append('\n');
      }
      sb.append('\n');
    }
    Files.writeString(file, sb);
  }

  static NerScore score(NerModel m, List<ConllCorpus.Sentence> sentences) {
    return NerScore.of(m, sentences);
  }
}
