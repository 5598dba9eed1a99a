package org.mizan.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mizan.doc.Document;
import org.mizan.doc.Json;
import org.mizan.doc.Paragraph;
import org.mizan.doc.Published;
import org.mizan.stories.Story;

class MizanStoreTest {
  @TempDir Path data;

  @Test
  void storesArticlesOnceAndRecognizesDuplicatesByIdUrlAndContent() {
    List<Document> seeds = TestArticles.seeds();
    try (MizanStore store = MizanStore.openForWriting(data)) {
      IngestResult first = store.add(seeds, List.of());
      assertThat(first.added()).hasSize(5);
      IngestResult again = store.add(seeds, List.of());
      assertThat(again.added()).isEmpty();
      assertThat(again.duplicates()).extracting(IngestResult.Duplicate::reason).containsOnly("id");

      Document a = TestArticles.generated("g1", 1);
      Document sameUrl = TestArticles.of("g2", "http://www.example.org/a/1/", List.of("نص مختلف تماما عن الأول"));
      Document sameText = TestArticles.of("g3", null, a.paragraphs().stream().map(Paragraph::text).toList());
      IngestResult r = store.add(List.of(a, sameUrl, sameText), List.of());
      assertThat(r.added()).containsExactly("g1");
      assertThat(r.duplicates()).extracting(IngestResult.Duplicate::reason).containsExactly("url", "content");
      assertThat(r.duplicates()).extracting(IngestResult.Duplicate::existing).containsOnly("g1");
      assertThat(store.stats().documents()).isEqualTo(6);
    }
  }

  @Test
  void anotherOutletsIdenticalCopyIsItsOwnReport() {
    Document a = TestArticles.generated("w1", 7).withMetadata("عنوان", Published.UNKNOWN, "وكالة أ", List.of(), null, null);
    List<String> text = a.paragraphs().stream().map(Paragraph::text).toList();
    Document sameOutlet = TestArticles.of("w2", "https://example.org/other/1", text)
        .withMetadata("عنوان", Published.UNKNOWN, "وكالة أ", List.of(), null, null);
    Document otherOutlet = TestArticles.of("w3", "https://example.net/copy/1", text)
        .withMetadata("عنوان", Published.UNKNOWN, "صحيفة ب", List.of(), null, null);
    try (MizanStore store = MizanStore.openForWriting(data)) {
      IngestResult r = store.add(List.of(a, sameOutlet, otherOutlet), List.of());
      assertThat(r.added()).containsExactly("w1", "w3");
      assertThat(r.duplicates()).extracting(IngestResult.Duplicate::reason).containsExactly("content");
    }
  }

  @Test
  void documentsRoundTripWithAllTheirFields() {
    Document d = TestArticles.seeds().get(0)
        .withMetadata("عنوان", new Published("2025-12-03T12:48", "12:48", 0.9, false), "منفذ", List.of("وكالة"), null, null);
    try (MizanStore store = MizanStore.openForWriting(data)) {
      store.add(List.of(d), List.of());
      Document back = store.document(d.id()).orElseThrow();
      // everything comes back, except that entity ids are the archive's, not the ingest run's
      assertThat(Json.line(back.withMentions(d.mentions()).withQuotes(d.quotes()))).isEqualTo(Json.line(d));
      assertThat(back.mentions()).hasSameSizeAs(d.mentions());
      for (int i = 0; i < d.mentions().size(); i++) {
        assertThat(back.mentions().get(i).text()).isEqualTo(d.mentions().get(i).text());
        assertThat(back.mentions().get(i).start()).isEqualTo(d.mentions().get(i).start());
      }
      assertThat(back.quotes()).extracting(q -> q.text()).containsExactlyElementsOf(d.quotes().stream().map(q -> q.text()).toList());
    }
  }

  @Test
  void seedsOfOneEventFormOneStoryAndUnrelatedArticlesDoNotJoinIt() {
    try (MizanStore store = MizanStore.openForWriting(data)) {
      List<Document> seeds = TestArticles.seeds();
      store.add(seeds.subList(0, 2), List.of());
      store.add(seeds.subList(2, 5), List.of());
      store.add(List.of(TestArticles.generated("x1", 11), TestArticles.generated("x2", 12)), List.of());
      Page<Story> stories = store.stories(StoryQuery.ALL, 0, 10);
      Story seedStory = stories.items().stream().filter(s -> s.documents().contains(seeds.get(0).id())).findFirst().orElseThrow();
      assertThat(seedStory.documents()).containsExactlyElementsOf(seeds.stream().map(Document::id).toList());
      assertThat(store.storyDetail(seedStory.id()).orElseThrow().sources()).hasSize(5);
    }
  }

  @Test
  void searchUsesArabicNormalizationAndStemming() {
    try (MizanStore store = MizanStore.openForWriting(data)) {
      store.add(TestArticles.seeds(), List.of());
      Page<DocSummary> plain = store.search("الكرملين", 0, 10);
      assertThat(plain.total()).isGreaterThan(0);
      // with a clitic and without the article: same documents
      assertThat(store.search("والكرملين", 0, 10).items()).extracting(DocSummary::id)
          .containsExactlyInAnyOrderElementsOf(plain.items().stream().map(DocSummary::id).toList());
      assertThat(plain.items().get(0).snippet()).contains("الكرملين");
      assertThat(store.search("زلزال بركان", 0, 10).total()).isZero();
      assertThat(store.search("!!! ؟؟", 0, 10).total()).isZero();
      assertThat(store.stories(new StoryQuery(null, null, null, null, "الكرملين"), 0, 10).total()).isEqualTo(1);
    }
  }

  @Test
  void aReadOnlyViewSeesWhatWasCommittedAndRestartsKeepAssigningStories() {
    List<Document> seeds = TestArticles.seeds();
    try (MizanStore store = MizanStore.openForWriting(data)) {
      store.add(seeds.subList(0, 3), List.of());
    }
    try (MizanStore ro = MizanStore.openReadOnly(data, 0)) {
      assertThat(ro.stats().documents()).isEqualTo(3);
      assertThat(ro.writable()).isFalse();
      assertThatThrownBy(() -> ro.add(seeds, List.of())).isInstanceOf(StoreException.class);
    }
    try (MizanStore store = MizanStore.openForWriting(data)) {
      IngestResult r = store.add(seeds.subList(3, 5), List.of());
      assertThat(r.stories()).hasSize(1);
      assertThat(store.story(r.stories().get(0)).orElseThrow().documents()).hasSize(5);
    }
  }

  @Test
  void missingOrUnwritableStoresFailWithAOneLineMessage() throws Exception {
    assertThatThrownBy(() -> MizanStore.openReadOnly(data.resolve("nothing"), 0))
        .isInstanceOf(StoreException.class).hasMessageContaining("no Mizan store in").hasMessageContaining("nothing");
    Path file = Files.writeString(data.resolve("a-file"), "x");
    assertThatThrownBy(() -> MizanStore.openForWriting(file))
        .isInstanceOf(StoreException.class).hasMessageStartingWith("cannot create data directory " + file);
    try (MizanStore store = MizanStore.openForWriting(data.resolve("s"))) {
      assertThatThrownBy(() -> MizanStore.openForWriting(data.resolve("s")))
          .isInstanceOf(StoreException.class).hasMessageContaining("being written by another process");
    }
  }
}
