package org.mizan.synthesis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.mizan.doc.Document;
import org.mizan.doc.Json;
import org.mizan.synthesis.StoryDigest.Citation;
import org.mizan.synthesis.StoryDigest.Divergence;
import org.mizan.synthesis.StoryDigest.Position;
import org.mizan.synthesis.StoryDigest.Quantity;
import org.mizan.synthesis.StoryDigest.Statement;
import org.mizan.synthesis.StoryDigest.SummarySentence;
import org.mizan.synthesis.StoryDigest.TimelineEvent;

class SynthesizerTest {
  private final List<Document> docs = BudgetStory.docs();
  private final StoryDigest g = Synthesizer.digest(BudgetStory.story(), docs, BudgetStory.entities());
  private final Map<String, Document> byId = docs.stream().collect(Collectors.toMap(Document::id, d -> d));

  @Test
  void summaryIsCitedBodyText() {
    assertThat(g.summary()).hasSizeBetween(3, 6);
    for (SummarySentence s : g.summary()) {
      assertThat(s.citations()).isNotEmpty();
      Citation first = s.citations().get(0);
      assertThat(first.text()).isEqualTo(s.text());
      Document d = byId.get(first.documentId());
      assertThat(d.paragraphs().stream().anyMatch(p -> p.text().contains(s.text()))).isTrue();
      assertThat(s.text()).doesNotContain("اقرأ أيضا");
    }
  }

  @Test
  void summaryCitesEveryOutletCarryingTheSameSentence() {
    SummarySentence budget = g.summary().stream().filter(s -> s.text().contains("500 مليون")).findFirst().orElseThrow();
    assertThat(budget.citations()).extracting(Citation::documentId).contains("a1", "b2");
    assertThat(budget.outlets()).isGreaterThanOrEqualTo(2);
    // the same fact is not repeated: no two summary sentences about the new budget's 500 million
    assertThat(g.summary().stream().filter(s -> s.text().contains("الميزانية الجديدة")).count()).isEqualTo(1);
  }

  @Test
  void timelineIsOrderedWithBackgroundMarked() {
    List<String> dates = g.timeline().stream().map(TimelineEvent::date).toList();
    assertThat(dates).isSorted();
    TimelineEvent crisis = g.timeline().stream().filter(e -> e.date().equals("2020-03")).findFirst().orElseThrow();
    assertThat(crisis.background()).isTrue();
    assertThat(crisis.citations()).extracting(Citation::documentId).containsExactly("a1");
    TimelineEvent sunday = g.timeline().stream().filter(e -> e.date().equals("2024-03-10")).findFirst().orElseThrow();
    assertThat(sunday.background()).isFalse();
  }

  @Test
  void sameStatementAcrossOutletsIsOneGroup() {
    var minister = g.quotes().stream().filter(s -> s.speaker().equals("خالد العمري")).findFirst().orElseThrow();
    assertThat(minister.entityId()).isEqualTo(BudgetStory.MINISTER);
    assertThat(minister.statements()).hasSize(1);
    Statement st = minister.statements().get(0);
    assertThat(st.outlets()).isEqualTo(2);
    assertThat(st.kinds()).containsExactlyInAnyOrder("direct", "indirect");
    assertThat(st.text()).isEqualTo("لن نرفع الضرائب على المواطنين هذا العام تحت أي ظرف");
    assertThat(st.medium()).isEqualTo("الصحيفة");
  }

  @Test
  void differentFiguresForTheSameQuantityConflict() {
    Quantity usd = g.figures().stream().filter(q -> "USD".equals(q.unit())).findFirst().orElseThrow();
    assertThat(usd.conflict()).isTrue();
    assertThat(usd.agreement()).isFalse();
    assertThat(usd.values()).extracting(v -> v.value()).containsExactly(500e6, 450e6);
    assertThat(usd.values().get(0).outlets()).containsExactly("وكالة الأنباء", "صحيفة الشرق");
    Divergence d = divergence("figure");
    assertThat(d.positions()).extracting(Position::stance).containsExactly("500000000", "450000000");
  }

  @Test
  void oppositeClaimsByDifferentActorsAreADivergence() {
    Divergence d = divergence("claim");
    assertThat(d.about()).contains("تقدم");
    Position neg = d.positions().get(0);
    Position pos = d.positions().get(1);
    assertThat(neg.stance()).isEqualTo("negated");
    assertThat(neg.citations()).extracting(Citation::documentId).containsExactly("a1");
    assertThat(neg.actor()).isEqualTo("خالد العمري");
    assertThat(pos.stance()).isEqualTo("asserted");
    assertThat(pos.citations()).extracting(Citation::documentId).contains("b2", "c3");
  }

  @Test
  void aNegatedOrAssertedModalVerbIsNoClaim() {
    // "cannot" in one column against "one can say" in two others opposes nothing about the story
    List<Document> ds = List.of(
        Docs.doc("m1", "صحيفة أ", "2024-03-10").para("قال الكاتب خالد العمري إنه لا يمكن للحكومة تجاهل العجز في الميزانية هذا العام.")
            .person("خالد العمري", BudgetStory.MINISTER).build(),
        Docs.doc("m2", "صحيفة ب", "2024-03-10").para("وقال سامي الحداد إنه يمكن القول إن الميزانية الجديدة خطوة أولى نحو الإصلاح.")
            .person("سامي الحداد", BudgetStory.SPEAKER).build(),
        Docs.doc("m3", "صحيفة ج", "2024-03-11").para("ويرى ماجد السالم أنه يمكن القول إن الميزانية تأخرت كثيرا هذا العام.")
            .person("ماجد السالم", BudgetStory.MP).build());
    var story = new org.mizan.stories.Story("s-modal", "الميزانية", List.of("m1", "m2", "m3"),
        List.of("صحيفة أ", "صحيفة ب", "صحيفة ج"), "2024-03-10", "2024-03-11", List.of());
    StoryDigest modal = Synthesizer.digest(story, ds, BudgetStory.entities());
    assertThat(modal.divergences()).noneMatch(d -> d.kind().equals("claim") && d.about().contains("مكن"));
  }

  @Test
  void eveningVersusNextMorningIsATimeZoneDifference() {
    Divergence d = divergence("time");
    assertThat(d.positions()).extracting(Position::stance).containsExactlyInAnyOrder("2024-03-10 late", "2024-03-11 early");
    assertThat(d.note()).startsWith("likely a time-zone difference");
    assertThat(d.positions()).allSatisfy(p -> assertThat(p.citations()).hasSize(1));
  }

  @Test
  void coverageListsSourcesInPublicationOrderWithSyndication() {
    assertThat(g.coverage().firstReport()).isEqualTo("2024-03-10");
    assertThat(g.coverage().lastReport()).isEqualTo("2024-03-11");
    assertThat(g.coverage().sources()).extracting(s -> s.documentId()).containsExactly("a1", "b2", "c3");
    assertThat(g.coverage().sources().get(0).syndicatedWith()).containsExactly("b2");
    assertThat(g.coverage().sources().get(2).syndicatedWith()).isEmpty();
  }

  @Test
  void everyCitationIsVerifiedAndATamperedOneIsCaught() {
    assertThat(CitationCheck.violations(g, docs)).isEmpty();
    assertThat(CitationCheck.citations(g)).hasSizeGreaterThan(10);
    Citation c = g.summary().get(0).citations().get(0);
    Citation shifted = new Citation(c.documentId(), c.outlet(), c.start() + 1, c.end() + 1, c.text());
    StoryDigest bad = new StoryDigest(g.schemaVersion(), g.storyId(), g.label(), g.documents(),
        List.of(new SummarySentence(c.text(), List.of(shifted), 1)), List.of(), List.of(), List.of(), List.of(),
        g.coverage());
    assertThat(CitationCheck.violations(bad, docs)).singleElement().asString().contains(c.documentId());
  }

  @Test
  void storyWithoutItsDocumentsGivesAnEmptyDigest() {
    StoryDigest empty = Synthesizer.digest(BudgetStory.story(), List.of(), List.of());
    assertThat(empty.summary()).isEmpty();
    assertThat(empty.documents()).isEmpty();
    assertThat(CitationCheck.violations(empty, List.of())).isEmpty();
  }

  @Test
  void jsonRoundTrips() throws Exception {
    String json = Json.line(g);
    assertThat(json).startsWith("{\"schema_version\":1,\"story_id\":\"s-budget\"");
    StoryDigest back = Json.mapper().readValue(json, StoryDigest.class);
    assertThat(back).isEqualTo(g);
  }

  private Divergence divergence(String kind) {
    return g.divergences().stream().filter(d -> d.kind().equals(kind)).findFirst().orElseThrow(
        () -> new AssertionError("no " + kind + " divergence in " + g.divergences()));
  }
}
