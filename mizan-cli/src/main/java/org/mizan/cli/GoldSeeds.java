package org.mizan.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mizan.doc.Document;
import org.mizan.doc.Json;
import org.mizan.doc.RawArticle;
import org.mizan.ingest.Ingestor;
import org.mizan.pipeline.Corpus;
import org.mizan.pipeline.Pipeline;
import org.mizan.pipeline.Pipelines;
import org.mizan.pipeline.Problem;

/** The seed gold file and the seed articles it describes, run through the standard pipeline. */
final class GoldSeeds {
  final JsonNode gold;
  /** Gold document id ({@code 000}) → analysed document, in gold order. */
  final Map<String, Document> documents = new LinkedHashMap<>();
  final Corpus corpus;

  private GoldSeeds(JsonNode gold, Corpus corpus, Map<String, Document> documents) {
    this.gold = gold;
    this.corpus = corpus;
    this.documents.putAll(documents);
  }

  /** Loads the gold and analyses its seed files; throws with a one-line message on bad input. */
  static GoldSeeds load(Path goldFile, Path seedsDir) {
    if (!Files.isRegularFile(goldFile)) throw new IllegalArgumentException("gold file not found: " + goldFile);
    if (!Files.isDirectory(seedsDir)) throw new IllegalArgumentException("seeds directory not found: " + seedsDir);
    JsonNode gold;
    try {
      gold = Json.mapper().readTree(goldFile.toFile());
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read gold file " + goldFile + ": " + e.getMessage());
    }
    Pipeline pipeline = Pipelines.standard();
    List<Document> docs = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    for (JsonNode d : gold.path("documents")) {
      Path f = seedsDir.resolve(d.path("file").asText());
      List<RawArticle> raws = new ArrayList<>();
      new Ingestor().read(List.of(f.toString()), raws::add, problems::add);
      for (RawArticle raw : raws) {
        Document doc = pipeline.analyse(raw, problems::add);
        if (doc != null) {
          docs.add(doc);
          ids.add(d.path("id").asText());
        }
      }
    }
    for (Problem p : problems) System.err.println("mizan: " + p);
    Corpus corpus = pipeline.synthesise(docs);
    Map<String, Document> byId = new LinkedHashMap<>();
    for (int i = 0; i < ids.size(); i++) byId.put(ids.get(i), corpus.documents().get(i));
    return new GoldSeeds(gold, corpus, byId);
  }

  /** The gold spellings of an entity ({@code forms}) by canonical name, plus the name itself. */
  Set<String> forms(String canonical) {
    Set<String> out = new HashSet<>();
    out.add(canonical);
    for (JsonNode e : gold.path("entities")) {
      if (e.path("canonical").asText().equals(canonical)) e.path("forms").forEach(f -> out.add(f.asText()));
    }
    return out;
  }
}
