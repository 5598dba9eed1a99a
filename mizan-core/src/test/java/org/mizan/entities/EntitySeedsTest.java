package org.mizan.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mizan.doc.Document;
import org.mizan.doc.RawArticle;
import org.mizan.ingest.Ingestor;
import org.mizan.pipeline.Corpus;
import org.mizan.pipeline.Pipeline;
import org.mizan.pipeline.Pipelines;
import org.mizan.testing.Fixtures;

/** The seed gold's entities, through the standard pipeline: found, typed, merged, kept apart. */
class EntitySeedsTest {
  static Corpus corpus;
  static Map<String, Document> byGoldId = new HashMap<>();

  @BeforeAll
  static void run() {
    Pipeline p = Pipelines.standard();
    List<Document> docs = new ArrayList<>();
    for (var f : Fixtures.seedFiles()) {
      List<RawArticle> raws = new ArrayList<>();
      new Ingestor().read(List.of(f.toString()), raws::add, problem -> {
        throw new AssertionError(problem.toString());
      });
      for (RawArticle r : raws) docs.add(p.analyse(r, problem -> {
        throw new AssertionError(problem.toString());
      }));
    }
    corpus = p.synthesise(docs);
    for (int i = 0; i < Fixtures.seedFiles().size(); i++) {
      String name = Fixtures.seedFiles().get(i).getFileName().toString();
      byGoldId.put(name.substring(0, 3), corpus.documents().get(i));
    }
  }

  static EntityScoring.Result score() {
    return EntityScoring.score(EntityScoring.read(Fixtures.seedGold().get("entities")), byGoldId, corpus.entities());
  }

  @Test
  void everyGoldEntityIsFoundInEachListedDocumentWithItsType() {
    EntityScoring.Result r = score();
    assertThat(r.failures()).filteredOn(f -> f.startsWith("missed") || f.startsWith("typed")).isEmpty();
    assertThat(r.found()).isEqualTo(r.pairs());
    // gold lists Trump in 000 from a related-article link, which is not body text
    assertThat(r.notInBody()).isLessThanOrEqualTo(1);
  }

  @Test
  void allFormsOfAGoldEntityMergeAndNoTwoGoldEntitiesMerge() {
    EntityScoring.Result r = score();
    assertThat(r.failures()).isEmpty();
    assertThat(r.merged()).isEqualTo(r.mergeable()).isEqualTo(Fixtures.seedGold().get("entities").size());
    assertThat(r.wrongMerges()).isZero();
  }

  @Test
  void spellingVariantsAcrossDocumentsAreOneEntity() {
    Entity z = corpus.entities().stream().filter(e -> e.canonical().equals("فولوديمير زيلينسكي")).findFirst().orElseThrow();
    assertThat(z.aliases()).contains("فولوديمير زيلنسكي");
    assertThat(z.documents()).hasSize(3);
  }

  @Test
  void rolesAreKeptApartFromNames() {
    Entity rubio = corpus.entities().stream().filter(e -> e.canonical().equals("ماركو روبيو")).findFirst().orElseThrow();
    assertThat(rubio.roles()).anyMatch(r -> r.startsWith("وزير الخارجية"));
    assertThat(corpus.entities()).noneMatch(e -> e.canonical().startsWith("وزير"));
  }

  @Test
  void everyMentionIsLinked() {
    for (Document d : corpus.documents()) {
      assertThat(d.mentions()).allMatch(m -> m.entityId() != null && m.canonical() != null);
      for (Mention m : d.mentions()) assertThat(d.body().substring(m.start(), m.end())).isEqualTo(m.text());
    }
  }

  static Entity entity(Mention m) {
    return corpus.entities().stream().filter(e -> e.id().equals(m.entityId())).findFirst().orElseThrow();
  }
}
