package org.mizan.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mizan.doc.Document;
import org.mizan.entities.Entity;
import org.mizan.entities.Mention;
import org.mizan.quotes.Quote;

/** Entities and quotes accumulate across batches: aliases, counts, quotes by any spelling of the speaker. */
class EntitiesAndQuotesTest {
  @TempDir Path data;

  static Document withAnalysis(String id, long n, String alias, String quote) {
    Document d = TestArticles.generated(id, n);
    String body = d.body();
    Mention m = new Mention(0, 5, alias, "PER", "run-e1", "وزير الخارجية");
    Quote q = new Quote(new Quote.Speaker("سيرغي لافروف", null, "run-e1"), quote, "direct", "قال", null, 10,
        Math.min(body.length(), 10 + quote.length()));
    return d.withMentions(List.of(m, m)).withQuotes(List.of(q));
  }

  static Entity runEntity(String alias) {
    return new Entity("run-e1", "سيرغي لافروف", "PER", List.of(alias), List.of(), List.of(), 2);
  }

  @Test
  void entitiesMergeAcrossBatchesAndQuotesAreFoundBySpeaker() {
    try (MizanStore store = MizanStore.openForWriting(data)) {
      store.add(List.of(withAnalysis("a", 1, "لافروف", "نرفض الخطة")), List.of(runEntity("لافروف")));
      // a later run links its mentions under its own run id; the archive keys by type and name
      store.add(List.of(withAnalysis("b", 2, "سيرجي لافروف", "سنواصل الحوار")), List.of(runEntity("سيرجي لافروف")));

      Page<StoredEntity> people = store.entities("PER", null, 0, 10);
      assertThat(people.total()).isEqualTo(1);
      StoredEntity e = people.items().get(0);
      assertThat(e.canonical()).isEqualTo("سيرغي لافروف");
      assertThat(e.aliases()).contains("لافروف", "سيرجي لافروف");
      assertThat(e.roles()).containsExactly("وزير الخارجية");
      assertThat(e.documents()).isEqualTo(2);
      assertThat(e.mentions()).isEqualTo(4);
      assertThat(store.entities(null, "لافروف", 0, 10).total()).isEqualTo(1);
      assertThat(store.entities("ORG", null, 0, 10).total()).isZero();
      // a printed form with a proclitic (للافروف) is the run's business: the archive keeps its linked forms
      store.add(List.of(withAnalysis("c", 3, "للافروف", "لا تعليق")), List.of(runEntity("لافروف")));
      assertThat(store.entities("PER", null, 0, 10).items().get(0).aliases()).doesNotContain("للافروف", "سيرغي لافروف");

      assertThat(store.documents(null, null, e.id(), 0, 10).total()).isEqualTo(3);
      assertThat(store.quotes("لافروف", null, 0, 10).items()).extracting(sq -> sq.quote().text())
          .containsExactlyInAnyOrder("نرفض الخطة", "سنواصل الحوار", "لا تعليق");
      assertThat(store.quotes("بوتين", null, 0, 10).total()).isZero();
      assertThat(store.quotesOfEntity(e.id(), 0, 10).total()).isEqualTo(3);
      assertThat(store.stories(new StoryQuery(null, null, e.id(), null, null), 0, 10).total()).isBetween(1L, 2L);
    }
  }

  @Test
  void storedArticlesNameEntitiesByTheArchiveIdNotTheRunId() {
    try (MizanStore store = MizanStore.openForWriting(data)) {
      store.add(List.of(withAnalysis("a", 1, "لافروف", "نرفض الخطة")), List.of(runEntity("لافروف")));
      String id = store.entities("PER", null, 0, 10).items().get(0).id();
      Document stored = store.document("a").orElseThrow();
      assertThat(stored.mentions()).extracting(Mention::entityId).containsOnly(id);
      assertThat(stored.quotes()).extracting(q -> q.speaker().entityId()).containsExactly(id);
      assertThat(store.entity(id)).isPresent();
      assertThat(store.quotes("لافروف", null, 0, 10).items()).extracting(sq -> sq.quote().speaker().entityId())
          .containsExactly(id);
    }
  }
}
