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
 * The single-JVM run the job is compared with: ingest in the CLI's order, the document stages of
 * the standard pipeline on one thread, then its corpus stages (with story clustering added when the
 * standard pipeline does not list it yet).
 */
final class SingleJvm {
  private SingleJvm() {}

  static Corpus run(List<String> inputs) {
    List<RawArticle> raws = new ArrayList<>();
    new Ingestor().read(inputs, raws::add, p -> {});
    Pipeline pipeline = Pipelines.standard();
    List<Document> docs = new ArrayList<>();
    for (RawArticle raw : raws) {
      Document d = pipeline.analyse(raw, p -> {});
      if (d != null) docs.add(d.withoutRaw());
    }
    Corpus corpus = pipeline.synthesise(docs);
    boolean clusters = pipeline.corpusStages().stream().anyMatch(s -> s instanceof StoryClustering);
    return clusters ? corpus : new StoryClustering().apply(corpus);
  }
}
