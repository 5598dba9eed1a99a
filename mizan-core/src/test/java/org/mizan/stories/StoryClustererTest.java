package org.mizan.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mizan.doc.Document;
import org.mizan.doc.Paragraph;
import org.mizan.doc.Published;
import org.mizan.doc.RawArticle;
import org.mizan.ingest.Ingestor;
import org.mizan.pipeline.Corpus;
import org.mizan.testing.Fixtures;

class StoryClustererTest {

  static List<Document> seeds() {
    List<RawArticle> raws = new ArrayList<>();
    new Ingestor().read(Fixtures.seedFiles().stream().map(Path::toString).toList(), raws::add, p -> {});
    return raws.stream().map(Document::of).toList();
  }

  static Document article(String id, String outlet, String when, String headline, String... paragraphs) {
    RawArticle raw = new RawArticle(id, id, "text", List.of(paragraphs), Map.of());
    return Document.of(raw).withMetadata(headline, new Published(when, "test", 1, false), outlet, List.of(), null, null);
  }

  @Test
  void theFiveSeedArticlesFormOneStory() {
    List<Document> docs = seeds();
    assertThat(docs).hasSize(5);
    Map<String, String> stories = new StoryClusterer(StoryState.inMemory()).addAll(docs);
    assertThat(new LinkedHashSet<>(stories.values())).hasSize(1);
  }

  @Test
  void theSeedStoryRecordsItsDocumentsInOrderAndALabelFromItsArticles() {
    List<Document> docs = seeds();
    Corpus out = new StoryClustering().apply(Corpus.of(docs));
    assertThat(out.stories()).hasSize(1);
    Story s = out.stories().get(0);
    assertThat(s.documents()).containsExactlyElementsOf(docs.stream().map(Document::id).toList());
    assertThat(s.id()).isEqualTo("st_" + docs.get(0).id());
    assertThat(docs.stream().map(StoryFeatures::headline)).contains(s.label());
  }

  @Test
  void sameInputInTheSameOrderGivesTheSameStoryIds() {
    List<Document> docs = seeds();
    Map<String, String> a = new StoryClusterer(StoryState.inMemory()).addAll(docs);
    Map<String, String> b = new StoryClusterer(StoryState.inMemory()).addAll(docs);
    assertThat(a).isEqualTo(b);
  }

  @Test
  void aLaterRunWithSavedStateExtendsTheStoriesOfTheEarlierRun(@TempDir Path tmp) throws Exception {
    List<Document> docs = seeds();
    Path state = tmp.resolve("stories.state.gz");
    Corpus first = new StoryClustering(state).apply(Corpus.of(docs.subList(0, 3)));
    Corpus second = new StoryClustering(state).apply(Corpus.of(docs.subList(3, 5)));
    assertThat(second.stories()).hasSize(1);
    assertThat(second.stories().get(0).id()).isEqualTo(first.stories().get(0).id());
    assertThat(second.stories().get(0).documents()).containsExactlyElementsOf(docs.stream().map(Document::id).toList());
  }

  @Test
  void sameMinistryDifferentDecisionsOnDifferentDaysAreDifferentStories() {
    Document a1 = article("a1", "okaz", "2015-08-02T10:00", "وزارة التعليم تطلق برنامج رفق لخفض العنف في المدارس",
        "أطلقت وزارة التعليم اليوم برنامج رفق الإرشادي لخفض العنف في المدارس مع بداية العام الدراسي المقبل، ويستهدف البرنامج 25 ألف مدرسة في جميع المناطق.");
    Document a2 = article("a2", "alriyadh", "2015-08-02T18:00", "التعليم تطلق رفق الإرشادي",
        "تعتزم وزارة التعليم تطبيق برنامج رفق الإرشادي في مستهل العام الدراسي لخفض العنف في 25 ألف مدرسة بجميع المناطق.");
    Document b1 = article("b1", "okaz", "2015-08-06T10:00", "وزارة التعليم تعلن مواعيد القبول في الجامعات",
        "أعلنت وزارة التعليم اليوم مواعيد القبول في الجامعات للعام الدراسي المقبل، وحددت 12 جامعة لبدء التسجيل الإلكتروني يوم الأحد.");
    Map<String, String> s = new StoryClusterer(StoryState.inMemory()).addAll(List.of(a1, a2, b1));
    assertThat(s.get("a2")).isEqualTo(s.get("a1"));
    assertThat(s.get("b1")).isNotEqualTo(s.get("a1"));
  }

  @Test
  void theSameMarketOnConsecutiveDaysWithDifferentFiguresGivesTwoStories() {
    Document d1 = article("m1", "alyaum", "2015-08-02T16:00", "مؤشر سوق الأسهم السعودية يغلق على تراجع حاد بنسبة 3.20%",
        "أغلق مؤشر سوق الأسهم السعودية اليوم على تراجع حاد بنسبة 3.20% عند مستوى 8806 نقاط، بتداولات بلغت 7.5 مليار ريال.");
    Document d2 = article("m2", "aawsat", "2015-08-02T17:00", "الأسهم السعودية تغلق على تراجع حاد بنسبة 3.20",
        "أغلقت الأسهم السعودية تداولاتها على تراجع حاد بنسبة 3.20% عند 8806 نقاط، بقيمة تداول 7.5 مليار ريال.");
    Document d3 = article("m3", "alyaum", "2015-08-03T16:00", "مؤشر سوق الأسهم السعودية يغلق على ارتفاع طفيف",
        "أغلق مؤشر سوق الأسهم السعودية اليوم على ارتفاع طفيف بلغ 13.41 نقطة عند مستوى 8819 نقطة، بتداولات بلغت 6.1 مليار ريال.");
    Map<String, String> s = new StoryClusterer(StoryState.inMemory()).addAll(List.of(d1, d2, d3));
    assertThat(s.get("m2")).isEqualTo(s.get("m1"));
    assertThat(s.get("m3")).isNotEqualTo(s.get("m1"));
  }

  @Test
  void copiedWireParagraphsFormASyndicationGroupCreditedToTheAgency() {
    String wire = "واس - الرياض: أعلنت المديرية العامة للجوازات أنه بلغ عدد الإخوة الأشقاء من أبناء الجمهورية اليمنية "
        + "المصححين لأوضاع إقامتهم في المملكة 407516 حتى مساء اليوم، وذلك منذ بدء الحملة في جميع مناطق المملكة.";
    Document a = article("w1", "alyaum", "2015-08-02T10:00", "تصحيح أوضاع أكثر من 400 ألف يمني", wire,
        "وأوضحت المديرية أن العمل مستمر في مكاتب الجوازات لاستقبال المراجعين من الأشقاء اليمنيين خلال الأيام المقبلة.");
    Document b = article("w2", "sabq", "2015-08-02T11:00", "الجوازات تصحح أوضاع 407 آلاف يمني",
        wire.replace("حتى مساء اليوم", "حتى اليوم"),
        "من جهة أخرى شهدت مكاتب الجوازات في عدد من المناطق إقبالا كبيرا من المراجعين خلال الأسبوع الماضي.");
    Corpus out = new StoryClustering().apply(Corpus.of(List.of(a, b)));
    assertThat(out.stories()).hasSize(1);
    List<Story.SyndicationGroup> groups = out.stories().get(0).syndication();
    assertThat(groups).hasSize(1);
    Story.SyndicationGroup g = groups.get(0);
    assertThat(g.documents()).containsExactly("w1", "w2");
    assertThat(g.agency()).isEqualTo("Saudi Press Agency (SPA)");
    assertThat(g.kind()).isEqualTo("shared_paragraphs");
    assertThat(g.sharedParagraphs()).containsEntry("w1", List.of(0)).containsEntry("w2", List.of(0));
  }

  @Test
  void anIdenticalArticleIsAnExactDuplicate() {
    Document a = article("x1", "alweeam", "2015-08-02T10:00", "الإمارات تحيل 41 متهما للمحاكمة",
        "أحالت النيابة العامة الإماراتية 41 متهما من عدة جنسيات إلى المحكمة الاتحادية العليا في قضية تنظيم إرهابي يسعى لإقامة دولة خلافة.");
    Document b = article("x2", "alweeam", "2015-08-02T10:05", "الإمارات تحيل 41 متهما للمحاكمة",
        a.paragraphs().stream().map(Paragraph::text).toArray(String[]::new));
    Story s = new StoryClustering().apply(Corpus.of(List.of(a, b))).stories().get(0);
    assertThat(s.syndication()).singleElement().satisfies(g -> {
      assertThat(g.kind()).isEqualTo("exact");
      assertThat(g.similarity()).isEqualTo(1.0);
    });
  }

  @Test
  void articlesWithoutDatesOrHeadlinesStillCluster() {
    Document a = article("n1", null, null, null, "انتهت المحادثات في موسكو بين الرئيس الروسي والمبعوث الأمريكي حول خطة سلام لأوكرانيا دون تحقيق تقدم.");
    Document b = article("n2", null, null, null, "غادر المبعوث الأمريكي موسكو بعد محادثات مع الرئيس الروسي حول خطة السلام في أوكرانيا دون تقدم يذكر.");
    Corpus out = new StoryClustering().apply(Corpus.of(List.of(a, b)));
    assertThat(out.stories()).singleElement().satisfies(s -> {
      assertThat(s.documents()).containsExactly("n1", "n2");
      assertThat(s.firstSeen()).isNull();
      assertThat(s.label()).isIn(StoryFeatures.headline(a), StoryFeatures.headline(b));
    });
  }

  @Test
  void theLabelIsTheMostCentralHeadlineWhateverTheOrderTheArticlesCameIn() {
    List<Document> docs = seeds();
    List<List<Document>> orders = new ArrayList<>();
    for (int shift = 0; shift < docs.size(); shift++) {
      List<Document> order = new ArrayList<>(docs.subList(shift, docs.size()));
      order.addAll(docs.subList(0, shift));
      orders.add(order);
      List<Document> reversed = new ArrayList<>(order);
      java.util.Collections.reverse(reversed);
      orders.add(reversed);
    }
    orders.add(StoryClustering.inTimeOrder(docs));
    java.util.Set<String> labels = new LinkedHashSet<>();
    for (List<Document> order : orders) {
      StoryState state = StoryState.inMemory();
      Map<String, String> stories = new StoryClusterer(state).addAll(order);
      assertThat(new LinkedHashSet<>(stories.values())).hasSize(1);
      labels.add(state.get(stories.values().iterator().next()).label);
    }
    assertThat(labels).singleElement().isIn(docs.stream().map(StoryFeatures::headline).toArray());
  }

  @Test
  void aStorySavedBeforeLabelCandidatesKeepsItsLabelInTheRunning() {
    StoryCluster c = new StoryCluster("s", 0);
    c.centroid.put("وقود", 1f);
    c.centroid.put("برلمان", 0.1f);
    c.label = "old";
    c.labelVector = new java.util.HashMap<>(Map.of("وقود", 1f));
    c.offerLabel("new", true, 5, Map.of("برلمان", 1f));
    assertThat(c.label).isEqualTo("old");
    assertThat(c.labelCandidates).extracting(l -> l.headline).containsExactly("old", "new");
    assertThat(c.labelVector).isEmpty();
  }

  @Test
  void aPrintedHeadlineLabelsTheStoryBeforeAMoreCentralFirstSentence() {
    StoryCluster c = new StoryCluster("s", 0);
    c.centroid.put("وقود", 1f);
    c.centroid.put("برلمان", 0.1f);
    c.offerLabel("first sentence", false, 1, Map.of("وقود", 1f));
    assertThat(c.label).isEqualTo("first sentence");
    c.offerLabel("printed", true, 2, Map.of("برلمان", 1f));
    assertThat(c.label).isEqualTo("printed");
  }

  @Test
  void aHeadlineThatSaysWhatHappenedLabelsTheStoryBeforeAMoreCentralBareTitle() {
    StoryCluster c = new StoryCluster("s", 0);
    c.centroid.put("وزير", 1f);
    c.centroid.put("مطار", 0.2f);
    c.offerLabel("وزير النقل", true, 1, Map.of("وزير", 1f));
    assertThat(c.label).isEqualTo("وزير النقل");
    c.offerLabel("وزير النقل يفتتح مطارا جديدا", true, 2, Map.of("مطار", 1f));
    assertThat(c.label).isEqualTo("وزير النقل يفتتح مطارا جديدا");
    assertThat(StoryCluster.terse("مطار.. جديد !")).isTrue();
  }

  @Test
  void aFolderDigestedAgainWithTheSameStateAddsNoArticleTwice(@TempDir Path tmp) {
    List<Document> docs = seeds();
    Path state = tmp.resolve("stories.json.gz");
    Story first = new StoryClustering(state).apply(Corpus.of(docs.subList(0, 3))).stories().get(0);
    assertThat(first.documents()).hasSize(3);
    // the folder again, with two new files
    List<Story> again = new StoryClustering(state).apply(Corpus.of(docs)).stories();
    assertThat(again).singleElement().satisfies(s -> {
      assertThat(s.id()).isEqualTo(first.id());
      assertThat(s.documents()).doesNotHaveDuplicates().hasSize(5);
    });
    assertThat(new StoryClustering(state).apply(Corpus.of(docs)).stories().get(0).documents()).hasSize(5);
  }
}
