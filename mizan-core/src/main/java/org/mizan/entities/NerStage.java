package org.mizan.entities;

import java.util.ArrayList;
import java.util.List;
import org.mizan.doc.Document;
import org.mizan.pipeline.DocumentStage;
import org.mizan.text.Sentences;
import org.mizan.text.Span;

/**
 * {@code entities.ner}: tags each sentence of the body with {@link NerModel} and turns the BIO
 * chunks into {@link Mention}s with offsets into the body. The body is one document for the
 * model's second pass (names tagged elsewhere in the article). Words and punctuation are both tokens,
 * as in the training data.
 */
public final class NerStage implements DocumentStage {
  private final NerModel model;

  public NerStage() {
    this(NerModel.shipped());
  }

  public NerStage(NerModel model) {
    this.model = model;
  }

  @Override
  public String name() {
    return "entities.ner";
  }

  @Override
  public Document apply(Document doc) {
    return doc.withMentions(mentions(doc.body()));
  }

  /** Mentions found in {@code text}, in order. */
  public List<Mention> mentions(String text) {
    List<Mention> out = new ArrayList<>();
    List<List<Span>> sentences = new ArrayList<>();
    List<String[]> words = new ArrayList<>();
    for (Span sentence : Sentences.split(text)) {
      List<Span> toks = NerTokens.split(text, sentence.start(), sentence.end());
      if (toks.isEmpty()) continue;
      String[] w = new String[toks.size()];
      for (int i = 0; i < w.length; i++) w[i] = toks.get(i).of(text);
      sentences.add(toks);
      words.add(w);
    }
    List<String[]> tagged = model.tagDocument(words);
    for (int j = 0; j < sentences.size(); j++) {
      List<Span> toks = sentences.get(j);
      for (NerScore.Chunk c : NerScore.chunks(List.of(tagged.get(j)))) {
        int s = toks.get(c.start()).start();
        int e = toks.get(c.end() - 1).end();
        out.add(new Mention(s, e, text.substring(s, e), c.type(), null, null));
      }
    }
    return out;
  }
}
