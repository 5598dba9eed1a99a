package org.mizan.synthesis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mizan.doc.Document;
import org.mizan.pipeline.Corpus;
import org.mizan.stories.Story;

class DigestReportTest {
  private static Document doc(String id, String outlet, String published) {
    return Docs.doc(id, outlet, published).para("افتتح الوزير اليوم مشروعا جديدا في المدينة بحضور عدد من المسؤولين.").build();
  }

  private static Story story(String id, List<Document> docs) {
    return new Story(id, "قصة " + id, docs.stream().map(Document::id).toList(),
        docs.stream().map(Document::outlet).distinct().toList(), null, null, List.of());
  }

  @Test
  void widelyCoveredStoriesComeFirstWhateverTheirOrderInTheRun() {
    List<Document> column = List.of(doc("c1", "صحيفة أ", "2025-12-03T08:00"));
    List<Document> twoByOne = List.of(doc("o1", "صحيفة أ", "2025-12-03T09:00"), doc("o2", "صحيفة أ", "2025-12-03T10:00"));
    List<Document> threeOutlets = List.of(doc("t1", "صحيفة أ", "2025-12-03T07:00"), doc("t2", "صحيفة ب", "2025-12-03T07:30"),
        doc("t3", "صحيفة ج", "2025-12-03T08:30"));
    List<Document> lateColumn = List.of(doc("l1", "صحيفة ب", "2025-12-03T22:00"));
    List<Document> all = new java.util.ArrayList<>();
    for (List<Document> l : List.of(column, twoByOne, threeOutlets, lateColumn)) all.addAll(l);
    Corpus corpus = Corpus.of(all).withStories(List.of(story("column", column), story("two", twoByOne),
        story("three", threeOutlets), story("late", lateColumn)));

    List<StoryDigest> out = DigestReport.of(corpus).stories();

    // three outlets, then one outlet with two articles, then single articles by their latest report
    assertThat(out).extracting(StoryDigest::storyId).containsExactly("three", "two", "late", "column");
    assertThat(DigestReport.outlets(out.get(0))).isEqualTo(3);
    assertThat(DigestMarkdown.render(out)).contains("(3 articles, 3 outlets)").contains("(1 article)\n");
  }

  @Test
  void anUndatedStorySaysSoInsteadOfPrintingNull() {
    List<Document> undated = List.of(doc("u1", "صحيفة أ", null));
    Corpus corpus = Corpus.of(undated).withStories(List.of(story("undated", undated)));
    String md = DigestMarkdown.render(DigestReport.of(corpus).stories());
    assertThat(md).contains("first report date unknown · last report date unknown").doesNotContain("null");
  }
}
