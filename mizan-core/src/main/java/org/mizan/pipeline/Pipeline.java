package org.mizan.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.mizan.doc.Document;
import org.mizan.doc.RawArticle;

/**
 * Document stages followed by corpus stages. A failing stage on one document reports a
 * {@link Problem} for that document and the run goes on without it.
 */
public final class Pipeline {
  private final List<DocumentStage> documentStages;
  private final List<CorpusStage> corpusStages;

  private Pipeline(List<DocumentStage> documentStages, List<CorpusStage> corpusStages) {
    this.documentStages = List.copyOf(documentStages);
    this.corpusStages = List.copyOf(corpusStages);
  }

  public static Builder builder() {
    return new Builder();
  }

  public List<DocumentStage> documentStages() {
    return documentStages;
  }

  public List<CorpusStage> corpusStages() {
    return corpusStages;
  }

  /** Runs the document stages on one article; problems go to {@code problems}, returning null. */
  public Document analyse(RawArticle raw, Consumer<Problem> problems) {
    Document doc = Document.of(raw);
    String stage = "document";
    try {
      for (DocumentStage s : documentStages) {
        stage = s.name();
        doc = s.apply(doc);
      }
      return doc;
    } catch (RuntimeException | StackOverflowError e) {
      problems.accept(new Problem(raw.input(), "failed in stage " + stage + ": " + describe(e)));
      return null;
    }
  }

  /** Runs the corpus stages over analysed documents (in input order). */
  public Corpus synthesise(List<Document> documents) {
    Corpus corpus = Corpus.of(documents);
    for (CorpusStage s : corpusStages) corpus = s.apply(corpus);
    return corpus;
  }

  static String describe(Throwable e) {
    String m = e.getMessage();
    return e.getClass().getSimpleName() + (m == null ? "" : " (" + m.lines().findFirst().orElse("") + ")");
  }

  /** Assembles a pipeline in order. */
  public static final class Builder {
    private final List<DocumentStage> documentStages = new ArrayList<>();
    private final List<CorpusStage> corpusStages = new ArrayList<>();

    public Builder add(DocumentStage stage) {
      documentStages.add(stage);
      return this;
    }

    public Builder add(CorpusStage stage) {
      corpusStages.add(stage);
      return this;
    }

    public Pipeline build() {
      return new Pipeline(documentStages, corpusStages);
    }
  }
}
