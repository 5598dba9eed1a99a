package org.mizan.clean;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mizan.doc.Document;
import org.mizan.doc.Json;
import org.mizan.doc.RawArticle;
import org.mizan.ingest.Ingestor;
import org.mizan.pipeline.Pipelines;
import org.mizan.testing.Fixtures;

/** The seed gold must pass: every not_body line out, body snippets in, subheadings, headline, date, outlet. */
class SeedGoldTest {

  private static Map<String, Document> analyseSeeds(JsonNode gold) {
    Map<String, Document> docs = new HashMap<>();
    for (JsonNode g : gold.path("documents")) {
      String id = g.path("id").asText();
      List<RawArticle> raws = new ArrayList<>();
      new Ingestor().read(List.of(Fixtures.seed(id).toString()), raws::add, p -> {
        throw new AssertionError(p.toString());
      });
      docs.put(id, Pipelines.standard().analyse(raws.get(0), p -> {
        throw new AssertionError(p.toString());
      }));
    }
    return docs;
  }

  @Test
  void everySeedGoldCheckPasses() {
    JsonNode gold = Fixtures.seedGold();
    CleaningEvaluation.Report r = CleaningEvaluation.evaluate(gold, analyseSeeds(gold));
    assertThat(r.checks()).filteredOn(c -> !c.passed()).as(r.format()).isEmpty();
    assertThat(r.documents()).isEqualTo(5);
    assertThat(r.headlineOk()).isEqualTo(5);
    assertThat(r.dateOk()).isEqualTo(5);
    assertThat(r.outletOk()).isEqualTo(5);
    assertThat(r.f1()).isGreaterThanOrEqualTo(0.95);
  }

  @Test
  void outputIsByteIdenticalAcrossRuns() {
    JsonNode gold = Fixtures.seedGold();
    Map<String, Document> a = analyseSeeds(gold);
    Map<String, Document> b = analyseSeeds(gold);
    for (String id : a.keySet()) assertThat(Json.line(a.get(id))).isEqualTo(Json.line(b.get(id)));
  }

  @Test
  void publishedCarriesEvidenceAndConfidence() {
    Document d = analyseSeeds(Fixtures.seedGold()).get("002");
    assertThat(d.published().value()).isEqualTo("2025-12-06");
    assertThat(d.published().evidence()).contains("December 2025");
    assertThat(d.published().confidence()).isGreaterThan(0.5);
    assertThat(d.published().inferred()).isFalse();
  }
}
