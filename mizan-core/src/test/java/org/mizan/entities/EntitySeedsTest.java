package org.mizan.entities;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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

  /** Mentions of a gold entity in one document: their name, without clitics, is one of its forms. */
  static List<Mention> matching(Document d, JsonNode gold) {
    Set<String> forms = new TreeSet<>();
    for (JsonNode f : gold.get("forms")) forms.add(NameForms.key(f.asText()));
    List<Mention> out = new ArrayList<>();
    for (Mention m : d.mentions()) {
      String text = NameForms.key(m.text());
      String bare = NameForms.key(NameForms.stripClitics(m.text(), k -> true));
      if (forms.contains(text) || forms.contains(bare)) out.add(m);
    }
    return out;
  }

  /** Whether any form of the gold entity is printed in the document body (the clean stage may drop a line). */
  static boolean inBody(Document d, JsonNode gold) {
    for (JsonNode f : gold.get("forms")) if (d.body().contains(f.asText())) return true;
    return false;
  }

  @Test
  void everyGoldEntityIsFoundInEachListedDocumentWithItsType() {
    List<String> missing = new ArrayList<>();
    List<String> notInBody = new ArrayList<>();
    for (JsonNode g : Fixtures.seedGold().get("entities")) {
      for (JsonNode doc : g.get("docs")) {
        if (!inBody(byGoldId.get(doc.asText()), g)) {
          notInBody.add(g.get("canonical").asText() + " in " + doc.asText());
          continue;
        }
        List<Mention> ms = matching(byGoldId.get(doc.asText()), g);
        if (ms.isEmpty()) missing.add(g.get("canonical").asText() + " in " + doc.asText());
        else if (ms.stream().noneMatch(m -> entity(m).type().equals(g.get("type").asText()))) {
          missing.add(g.get("canonical").asText() + " typed " + entity(ms.get(0)).type() + " in " + doc.asText());
        }
      }
    }
    assertThat(missing).isEmpty();
    // gold lists Trump in 000 from a related-article link, which is not body text
    assertThat(notInBody).hasSizeLessThanOrEqualTo(1);
  }

  @Test
  void allFormsOfAGoldEntityMergeAndNoTwoGoldEntitiesMerge() {
    Map<String, String> owner = new HashMap<>(); // entity id -> gold canonical
    List<String> problems = new ArrayList<>();
    for (JsonNode g : Fixtures.seedGold().get("entities")) {
      String canonical = g.get("canonical").asText();
      Set<String> ids = new TreeSet<>();
      Set<String> formsSeen = new TreeSet<>();
      for (JsonNode doc : g.get("docs")) {
        for (Mention m : matching(byGoldId.get(doc.asText()), g)) {
          if (!entity(m).type().equals(g.get("type").asText())) continue;
          ids.add(m.entityId());
          formsSeen.add(NameForms.key(NameForms.stripClitics(m.text(), k -> true)));
        }
      }
      if (ids.size() != 1) problems.add(canonical + " split into " + ids);
      for (String id : ids) {
        String prev = owner.put(id, canonical);
        if (prev != null && !prev.equals(canonical)) problems.add(prev + " merged with " + canonical);
      }
    }
    assertThat(problems).isEmpty();
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
