package org.mizan.flink;

import java.util.ArrayList;
import java.util.List;
import org.mizan.doc.Document;
import org.mizan.doc.RawArticle;
import org.mizan.ingest.Ingestor;
import org.mizan.pipeline.Corpus;
import org.mizan.pipeline.Pipeline;
import org.mizan.pipeline.Pipelines;
import org.mizan.stories.StoryClustering;

/**
 * The single-JVM runs the job is compared with: ingest in the CLI's order and the document stages
 * of the standard pipeline on one thread, an outlet's re-posts left out, then either story clustering alone (what the job does:
 * {@link #streamEquivalent}) or all the corpus stages of the standard pipeline, as the CLI runs them
 * ({@link #run}, with story clustering added when the standard pipeline does not list it yet). The
 * two differ by the corpus-wide stages, cross-document entity linking above all: it sets the entity
 * ids of mentions, which story clustering reads, and has no streaming form yet.
 */
final class SingleJvm {
  private SingleJvm() {}

  static Corpus run(List<String> inputs) {
    return run(inputs, true);
  }

  static Corpus streamEquivalent(List<String> inputs) {
    return run(inputs, false);
  }

  private static Corpus run(List<String> inputs, boolean allCorpusStages) {
    List<RawArticle> raws = new ArrayList<>();
    new Ingestor().read(inputs, raws::add, p -> {});
    Pipeline pipeline = Pipelines.standard();
    List<Document> docs = new ArrayList<>();
    for (RawArticle raw : raws) {
      Document d = pipeline.analyse(raw, p -> {});
      if (d != null) docs.add(d.withoutRaw());
    }
    docs = org.mizan.ingest.Reposts.split(docs).kept(); // as the CLI and the job do
    if (!allCorpusStages) return new StoryClustering().apply(Corpus.of(docs));
    Corpus corpus = pipeline.synthesise(docs);
    boolean clusters = pipeline.corpusStages().stream().anyMatch(s -> s instanceof StoryClustering);
    return clusters ? corpus : new StoryClustering().apply(corpus);
  }
}
