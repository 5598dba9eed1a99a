package org.mizan.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mizan.doc.Document;
import org.mizan.pipeline.Corpus;

/** A batch's stories do not depend on the order its files are read in (invented daily reports). */
class StoryClusteringOrderTest {
  static Set<Set<String>> partition(List<Story> stories) {
    Set<Set<String>> out = new HashSet<>();
    for (Story s : stories) out.add(Set.copyOf(s.documents()));
    return out;
  }

  @Test
  void aBatchIsClusteredInPublicationOrderWhateverItsFilesAreCalled() {
    Document d1 = StorySpanTest.report("a", "sabq", "2025-03-01", 3);
    Document d3 = StorySpanTest.report("b", "okaz", "2025-03-03", 3);
    Document d6 = StorySpanTest.report("c", "sabq", "2025-03-06", 4);
    Set<Set<String>> inTime = partition(new StoryClustering().apply(Corpus.of(List.of(d1, d3, d6))).stories());
    Set<Set<String>> byName = partition(new StoryClustering().apply(Corpus.of(List.of(d6, d1, d3))).stories());
    assertThat(byName).isEqualTo(inTime);
    // the sixth is more than the story span after the first report: its own story
    assertThat(inTime).contains(Set.of("c"));
  }

  @Test
  void undatedArticlesComeLastInInputOrder() {
    Document d1 = StorySpanTest.report("a", "sabq", "2025-03-01", 3);
    Document d2 = StorySpanTest.report("b", "okaz", "2025-03-02", 3);
    Document u1 = StorySpanTest.report("u1", "okaz", "2025-03-02", 3).withMetadata("عنوان", null, "okaz", List.of(), null, null);
    Document u2 = StorySpanTest.report("u2", "okaz", "2025-03-02", 3).withMetadata("عنوان", null, "okaz", List.of(), null, null);
    assertThat(StoryClustering.inTimeOrder(List.of(u2, d2, u1, d1))).extracting(Document::id).containsExactly("a", "b", "u2", "u1");
  }
}
