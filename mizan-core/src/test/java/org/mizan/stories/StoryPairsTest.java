package org.mizan.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mizan.doc.Document;
import org.mizan.doc.Published;
import org.mizan.doc.RawArticle;

/** The pair decision ({@link StoryPairs}) agrees with the clusterer, and the tally counts it. */
class StoryPairsTest {

  @Test
  void aPairIsJudgedAsTheClustererJoinsIt() {
    List<Document> docs = StoryConfidentActorTest.oneCapture();
    StoryPairs.Verdict v = StoryPairs.judge(docs.get(0), docs.get(1), StoryClusterer.Params.DEFAULT, JoinModel.standard(),
        StoryOptions.ALL);
    assertThat(v.same()).isTrue();
    assertThat(v.features()).hasSize(JoinModel.featureNames().size());
    StoryPairs.Verdict off = StoryPairs.judge(docs.get(0), docs.get(1), StoryClusterer.Params.DEFAULT, JoinModel.standard(),
        StoryOptions.ALL.without(List.of("actorbar")));
    assertThat(off.same()).isFalse();
  }

  @Test
  void unrelatedArticlesAreNotJoined() {
    Document a = StoryConfidentActorTest.oneCapture().get(0);
    String lead = "افتتح محافظ المدينة الساحلية اليوم معرض الكتاب السنوي بمشاركة مئة دار نشر من عشرين بلدا.";
    Document b = Document.of(new RawArticle("x", "x", "text", List.of(lead, "ويستمر المعرض عشرة أيام وتقام على هامشه ندوات "
        + "وأمسيات شعرية وورش للأطفال في قاعات المركز الثقافي."), Map.of()))
        .withMetadata("افتتاح معرض الكتاب في المدينة الساحلية", new Published("2025-05-12T17:00", "test", 1, false), "yaum",
            List.of(), null, null);
    assertThat(StoryPairs.judge(a, b, StoryClusterer.Params.DEFAULT, JoinModel.standard(), StoryOptions.ALL).same()).isFalse();
  }

  @Test
  void theTallyGivesAccuracyPrecisionAndRecallOfSame() {
    StoryPairs.Tally t = new StoryPairs.Tally(0, 0, 0, 0).add(true, true).add(true, false).add(false, true).add(false, false)
        .add(false, false);
    assertThat(t.total()).isEqualTo(5);
    assertThat(t.accuracy()).isEqualTo(0.6);
    assertThat(t.precision()).isEqualTo(0.5);
    assertThat(t.recall()).isEqualTo(0.5);
  }

  @Test
  void labelledPairsBecomeWeightedTrainingExamples() {
    List<Document> docs = StoryConfidentActorTest.oneCapture();
    JoinTraining.Examples ex = new JoinTraining.Examples();
    // with the actor conflict as a veto the pair is not the model's: no example
    JoinTraining.collectPairs(List.<Document[]>of(new Document[] {docs.get(0), docs.get(1)}), List.of(true),
        StoryClusterer.Params.DEFAULT, StoryOptions.ALL, 3, ex);
    assertThat(ex.x()).isEmpty();
    Document a = docs.get(0);
    Document b = StoryConfidentActorTest.report("f2", "watan", "2025-05-12T18:00", "جبهة التحرير تسيطر على قاعدة الصخرة",
        "سيطرت " + StoryConfidentActorTest.FRONT + " على قاعدة الصخرة الجوية بعد فرار العميد " + StoryConfidentActorTest.COMMANDER + ".",
        StoryConfidentActorTest.FRONT, StoryConfidentActorTest.COMMANDER);
    JoinTraining.collectPairs(List.<Document[]>of(new Document[] {a, b}), List.of(true), StoryClusterer.Params.DEFAULT,
        StoryOptions.ALL, 3, ex);
    assertThat(ex.x()).hasSize(3);
    assertThat(ex.positives()).isEqualTo(3);
  }
}
