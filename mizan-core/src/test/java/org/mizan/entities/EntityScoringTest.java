package org.mizan.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mizan.doc.Document;
import org.mizan.doc.RawArticle;

/** The document-level entity scorer on hand-made documents, mentions and entity tables. */
class EntityScoringTest {
  /** A document whose mentions are {@code text, entity id} pairs placed at each occurrence. */
  static Document doc(String id, String body, String... textAndId) {
    Document d = Document.of(new RawArticle(id, id + ".txt", "text", List.of(body), Map.of()));
    List<Mention> ms = new ArrayList<>();
    for (int i = 0; i < textAndId.length; i += 2) {
      int at = body.indexOf(textAndId[i]);
      ms.add(new Mention(at, at + textAndId[i].length(), textAndId[i], "PER", textAndId[i + 1], null));
    }
    return d.withMentions(ms);
  }

  static Entity entity(String id, String canonical, String type) {
    return new Entity(id, canonical, type, List.of(), List.of(), List.of(), 1);
  }

  static final EntityScoring.Gold SAMI = new EntityScoring.Gold("سامي الخطيب", "PER",
      List.of("سامي الخطيب", "الخطيب"), List.of("a", "b"));
  static final EntityScoring.Gold CITY = new EntityScoring.Gold("الزرقاء", "LOC", List.of("الزرقاء"), List.of("a"));

  @Test
  void aFoundTypedAndMergedEntityScoresFull() {
    Document a = doc("a", "قال سامي الخطيب في الزرقاء إن العمل مستمر.", "سامي الخطيب", "e1", "الزرقاء", "e2");
    Document b = doc("b", "وأضاف الخطيب أن الموعد قريب.", "الخطيب", "e1");
    var r = EntityScoring.score(List.of(SAMI, CITY), Map.of("a", a, "b", b),
        List.of(entity("e1", "سامي الخطيب", "PER"), entity("e2", "الزرقاء", "LOC")));
    assertThat(r.pairs()).isEqualTo(3);
    assertThat(r.found()).isEqualTo(3);
    assertThat(r.mergeable()).isEqualTo(2);
    assertThat(r.merged()).isEqualTo(2);
    assertThat(r.wrongMerges()).isZero();
    assertThat(r.failures()).isEmpty();
    assertThat(r.byType().get("LOC").recall()).isEqualTo(1.0);
  }

  @Test
  void aCliticFormMatchesAndASplitIsReported() {
    Document a = doc("a", "قال سامي الخطيب إن العمل مستمر.", "سامي الخطيب", "e1");
    Document b = doc("b", "ونقل عن للخطيب قوله إن الموعد قريب.", "للخطيب", "e9");
    var r = EntityScoring.score(List.of(SAMI), Map.of("a", a, "b", b),
        List.of(entity("e1", "سامي الخطيب", "PER"), entity("e9", "الخطيب", "PER")));
    assertThat(r.found()).isEqualTo(2);
    assertThat(r.merged()).isZero();
    assertThat(r.mergeAccuracy()).isZero();
    assertThat(r.failures()).singleElement().asString().startsWith("split سامي الخطيب");
  }

  @Test
  void aWrongTypeAMissAndAWrongMergeAreCounted() {
    // the city is tagged as a person and linked to the person's entity: a type error and a wrong merge
    Document a = doc("a", "قال سامي الخطيب في الزرقاء إن العمل مستمر.", "سامي الخطيب", "e1", "الزرقاء", "e1");
    Document b = doc("b", "وأضاف الخطيب أن الموعد قريب.");
    var gCityAsPer = new EntityScoring.Gold("الزرقاء", "PER", List.of("الزرقاء"), List.of("a"));
    var r = EntityScoring.score(List.of(SAMI, CITY, gCityAsPer), Map.of("a", a, "b", b),
        List.of(entity("e1", "سامي الخطيب", "PER")));
    assertThat(r.pairs()).isEqualTo(4);
    assertThat(r.found()).isEqualTo(2); // Sami in a, and the city under its (wrong) PER gold
    assertThat(r.byType().get("LOC").found()).isZero();
    assertThat(r.wrongMerges()).isEqualTo(1);
    assertThat(r.failures()).anyMatch(f -> f.startsWith("missed PER سامي الخطيب in b"))
        .anyMatch(f -> f.startsWith("typed PER الزرقاء (gold LOC)"))
        .anyMatch(f -> f.startsWith("merged سامي الخطيب with الزرقاء"));
  }

  @Test
  void aFormNotPrintedInTheBodyIsLeftOutOfRecall() {
    Document a = doc("a", "قال سامي الخطيب إن العمل مستمر.", "سامي الخطيب", "e1");
    Document b = doc("b", "لم يذكر أحد بالاسم.");
    var r = EntityScoring.score(List.of(SAMI), Map.of("a", a, "b", b), List.of(entity("e1", "سامي الخطيب", "PER")));
    assertThat(r.pairs()).isEqualTo(1);
    assertThat(r.notInBody()).isEqualTo(1);
    assertThat(r.recall()).isEqualTo(1.0);
  }

  @Test
  void anUnknownDocumentIdIsAnError() {
    assertThatThrownBy(() -> EntityScoring.score(List.of(CITY), Map.of(), List.of()))
        .hasMessageContaining("unknown document a");
  }

  @Test
  void outputEntitiesMatchingNoGoldEntityOfTheirDocumentAreListed() {
    // «سنناقش» (a verb) is output as a place; the gold lists Sami and the city only
    Document a = doc("a", "قال سامي الخطيب في الزرقاء سنناقش الأمر.", "سامي الخطيب", "e1", "الزرقاء", "e2",
        "سنناقش", "e3");
    Document b = doc("b", "وأضاف الخطيب أن الزرقاء قريبة.", "الخطيب", "e1", "الزرقاء", "e2");
    var p = EntityScoring.predicted(List.of(SAMI, CITY), Map.of("a", a, "b", b),
        List.of(entity("e1", "سامي الخطيب", "PER"), entity("e2", "الزرقاء", "LOC"), entity("e3", "سنناقش", "LOC")));
    assertThat(p.pairs()).isEqualTo(5);
    // the city in b is not listed for b in the gold: it counts as unmatched there too
    assertThat(p.unmatched()).containsExactlyInAnyOrder("unmatched in a: LOC «سنناقش»", "unmatched in b: LOC «الزرقاء»");
    assertThat(p.matchedShare()).isEqualTo(0.6);
  }
}
