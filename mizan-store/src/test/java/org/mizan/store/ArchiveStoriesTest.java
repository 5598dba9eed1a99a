package org.mizan.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mizan.doc.Document;
import org.mizan.doc.Paragraph;
import org.mizan.stories.Story;
import org.mizan.stories.StoryClusterer;
import org.mizan.stories.StoryState;

/** The archive assigns stories with the core clusterer and keeps its state in step with the index. */
class ArchiveStoriesTest {
  @TempDir Path data;

  static Map<String, String> stored(MizanStore store) {
    Map<String, String> out = new HashMap<>();
    for (Story s : store.stories(StoryQuery.ALL, 0, 10_000).items()) for (String d : s.documents()) out.put(d, s.id());
    return out;
  }

  static List<String> stateFiles(Path dir) throws Exception {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("stories-")).sorted().toList();
    }
  }

  /** The stored articles in arrival order, read from the index directly. */
  static List<Document> storedInOrder(Path dir) throws Exception {
    List<Document> out = new ArrayList<>();
    try (var fs = FSDirectory.open(dir.resolve("index")); var r = DirectoryReader.open(fs)) {
      var s = new org.apache.lucene.search.IndexSearcher(r);
      var q = new org.apache.lucene.search.TermQuery(new org.apache.lucene.index.Term(Fields.KIND, Fields.DOC));
      var sort = new org.apache.lucene.search.Sort(new org.apache.lucene.search.SortField(Fields.SEQ,
          org.apache.lucene.search.SortField.Type.LONG));
      for (var sd : s.search(q, Math.max(1, s.count(q)), sort).scoreDocs) {
        out.add(org.mizan.doc.Json.mapper().readValue(s.storedFields().document(sd.doc).get(Fields.JSON), Document.class));
      }
    }
    return out;
  }

  static String committedState(Path dir) throws Exception {
    try (var fs = FSDirectory.open(dir.resolve("index")); var r = DirectoryReader.open(fs)) {
      return r.getIndexCommit().getUserData().get(ArchiveStories.COMMIT_KEY);
    }
  }

  @Test
  void storiesAreThoseOfTheCoreClustererAcrossBatchesAndRestarts() throws Exception {
    List<Document> docs = new ArrayList<>(TestArticles.seeds());
    for (int i = 0; i < 30; i++) docs.add(TestArticles.generated("g" + i, i));
    Map<String, String> expected = StoryJoining.assign(docs);
    assertThat(new java.util.HashSet<>(expected.values())).hasSizeBetween(2, docs.size() - 1);
    int half = docs.size() / 2;
    try (MizanStore store = MizanStore.openForWriting(data)) {
      for (int i = 0; i < half; i += 3) store.add(docs.subList(i, Math.min(half, i + 3)), List.of());
    }
    assertThat(stateFiles(data)).containsExactly(committedState(data));
    try (MizanStore store = MizanStore.openForWriting(data)) {
      for (int i = half; i < docs.size(); i += 4) store.add(docs.subList(i, Math.min(docs.size(), i + 4)), List.of());
      assertThat(stored(store)).isEqualTo(expected);
      assertThat(store.stats().stories()).isEqualTo(new java.util.HashSet<>(expected.values()).size());
    }
    assertThat(stateFiles(data)).containsExactly(committedState(data));
  }

  @Test
  void anIngestedBatchIsStoredAndClusteredInPublicationOrder() throws Exception {
    // the seed files, by name, are not in time order: two are undated, one is three days later
    try (MizanStore store = MizanStore.openForWriting(data)) {
      ArchiveIngest ingest = new ArchiveIngest(store, org.mizan.pipeline.Pipelines.standard(), 10, r -> {}, p -> {});
      new org.mizan.ingest.Ingestor().read(org.mizan.testing.Fixtures.seedFiles().stream().map(Object::toString).toList(),
          ingest::accept, p -> {});
      ingest.flush();
    }
    List<Document> seeds = TestArticles.seeds();
    List<String> byTime = org.mizan.stories.StoryClustering.inTimeOrder(seeds).stream().map(Document::id).toList();
    assertThat(byTime).isNotEqualTo(seeds.stream().map(Document::id).toList());
    assertThat(storedInOrder(data).stream().map(Document::id).toList()).isEqualTo(byTime);
  }

  @Test
  void stateFilesWrittenMidRunAndOnCloseKeepTheSameStories() throws Exception {
    int before = ArchiveStories.every;
    ArchiveStories.every = 7;
    try {
      List<Document> docs = new ArrayList<>(TestArticles.seeds());
      for (int i = 0; i < 20; i++) docs.add(TestArticles.generated("h" + i, 100 + i));
      try (MizanStore store = MizanStore.openForWriting(data)) {
        for (int i = 0; i < 12; i += 2) store.add(docs.subList(i, i + 2), List.of());
        assertThat(committedState(data)).isEqualTo("stories-8.state.gz"); // the first commit past 7 articles
      }
      assertThat(committedState(data)).isEqualTo("stories-12.state.gz"); // written on close
      try (MizanStore store = MizanStore.openForWriting(data)) {
        store.add(docs.subList(12, docs.size()), List.of());
        assertThat(stored(store)).isEqualTo(StoryJoining.assign(docs));
      }
      assertThat(stateFiles(data)).containsExactly("stories-" + docs.size() + ".state.gz");
    } finally {
      ArchiveStories.every = before;
    }
  }

  @Test
  void aStoryMergedIntoAnEarlierOneHasItsStoredArticlesRepointed() throws Exception {
    StoryClusterer.Params before = ArchiveStories.params;
    StoryClusterer.Params d = StoryClusterer.Params.DEFAULT;
    // merge whenever one article matches two stories
    ArchiveStories.params = new StoryClusterer.Params(0.3, d.tauHours(), d.windowHours(), d.numberWeight(), d.copyBoost(),
        0.0, d.keepTerms(), d.indexedTerms(), d.queryTerms(), d.candidates(), d.headlineWeight(), d.graceHours(), d.floor(),
        d.floorBody(), d.counterpartWeight(), d.dateWeight(), d.entityWeight());
    try {
      String rain = "هطلت الأمطار الغزيرة على المدينة وجرفت السيول السيارات في الأودية وأغلقت الطرق أمام حركة المرور";
      String power = "انقطعت الكهرباء عن الأحياء الشرقية وعملت فرق الصيانة طوال الليل لإعادة التيار إلى المنازل والمحلات";
      List<Document> docs = List.of(TestArticles.of("m1", "https://a.example/1", List.of(rain, rain + " اليوم")),
          TestArticles.of("m2", "https://b.example/2", List.of(power, power + " أمس")),
          TestArticles.of("m3", "https://c.example/3", List.of(rain + " وبعدها " + power, power + " بسبب " + rain)));
      Map<String, String> expected = new StoryClusterer(StoryState.inMemory(), ArchiveStories.params).addAll(docs);
      try (MizanStore store = MizanStore.openForWriting(data)) {
        store.add(docs.subList(0, 1), List.of());
        store.add(docs.subList(1, 2), List.of());
        assertThat(store.stats().stories()).as("two stories before the bridging article").isEqualTo(2);
        store.add(docs.subList(2, 3), List.of());
        assertThat(new java.util.HashSet<>(expected.values())).hasSize(1);
        assertThat(stored(store)).isEqualTo(expected);
        String story = expected.get("m1");
        assertThat(store.stats().stories()).isEqualTo(1);
        assertThat(store.documents(story, null, null, 0, 10).items()).extracting(DocSummary::id)
            .containsExactlyInAnyOrder("m1", "m2", "m3");
        assertThat(store.documents("st_m2", null, null, 0, 10).total()).isZero();
        assertThat(store.story("st_m2")).isEmpty();
      }
    } finally {
      ArchiveStories.params = before;
    }
  }

  @Test
  void wireCopiesAreStoredAsSyndicationGroupsOfTheStoryEvenAcrossIngestRuns() {
    Document original = TestArticles.generated("wire-1", 7);
    List<String> copied = new ArrayList<>(original.paragraphs().stream().map(Paragraph::text).toList());
    copied.set(3, "وأضاف مراسل الصحيفة أن الاجتماع المقبل سيعقد في العاصمة الأسبوع المقبل لمتابعة ما اتفق عليه.");
    Document copy = TestArticles.of("wire-2", "https://other.example/b", copied);
    try (MizanStore store = MizanStore.openForWriting(data)) {
      store.add(List.of(original), List.of());
    }
    try (MizanStore store = MizanStore.openForWriting(data)) { // the copy comes in a later run
      store.add(List.of(copy), List.of());
      Map<String, String> stories = stored(store);
      assertThat(stories.get("wire-2")).isEqualTo(stories.get("wire-1"));
      Story s = store.storyDetail(stories.get("wire-1")).orElseThrow().story();
      assertThat(s.syndication()).hasSize(1);
      Story.SyndicationGroup g = s.syndication().get(0);
      assertThat(g.documents()).containsExactly("wire-1", "wire-2");
      assertThat(g.kind()).isIn("near_duplicate", "shared_paragraphs");
      assertThat(g.sharedParagraphs().get("wire-2")).containsExactly(0, 1, 2);
    }
  }

  @Test
  void aStateFileLeftByACrashBeforeItsCommitIsDiscardedAndAMissingOneIsAnError() throws Exception {
    try (MizanStore store = MizanStore.openForWriting(data)) {
      store.add(List.of(TestArticles.generated("a", 1)), List.of());
    }
    String committed = committedState(data);
    Files.writeString(data.resolve("stories-999.state.gz"), "written, never committed");
    try (MizanStore store = MizanStore.openForWriting(data)) {
      store.add(List.of(TestArticles.generated("b", 2)), List.of());
      assertThat(stored(store)).containsOnlyKeys("a", "b");
    }
    assertThat(stateFiles(data)).containsExactly(committedState(data)).doesNotContain(committed);
    Files.delete(data.resolve(committedState(data)));
    assertThatThrownBy(() -> MizanStore.openForWriting(data)).isInstanceOf(StoreException.class)
        .hasMessageContaining("story state").hasMessageContaining("missing");
    try (MizanStore store = MizanStore.openReadOnly(data, 0)) {
      assertThat(store.stats().documents()).isEqualTo(2); // reading never needs the state
    }
  }
}
