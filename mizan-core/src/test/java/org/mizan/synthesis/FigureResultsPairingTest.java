package org.mizan.synthesis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mizan.doc.Document;

/**
 * Two outlets giving a company's results in another order: each figure is compared with the one that
 * names the same thing (profit with profit, revenue with revenue), not with the one in its place.
 * Invented reports.
 */
class FigureResultsPairingTest {
  @Test
  void resultsInAnotherOrderArePairedByWhatTheyName() {
    List<Document> ds = List.of(
        Docs.doc("d1", "صحيفة أ", "2024-03-10")
            .para("وأعلنت شركة الإسمنت أن إيراداتها بلغت 10.2 مليار ريال وأن صافي أرباحها بلغ 2.1 مليار ريال في الربع الثاني.")
            .figure("10.2 مليار ريال", 10_200_000_000.0, "SAR", null)
            .figure("2.1 مليار ريال", 2_100_000_000.0, "SAR", null).build(),
        Docs.doc("d2", "صحيفة ب", "2024-03-10")
            .para("وقالت شركة الإسمنت إن صافي أرباحها بلغ 2.3 مليار ريال في الربع الثاني وإن إيراداتها بلغت 10.5 مليار ريال.")
            .figure("2.3 مليار ريال", 2_300_000_000.0, "SAR", null)
            .figure("10.5 مليار ريال", 10_500_000_000.0, "SAR", null).build());
    StoryDigest u = SynthesizerTest.digestOf("s-results", ds, BudgetStory.entities());
    assertThat(u.figures()).filteredOn(q -> q.values().size() == 2)
        .extracting(q -> q.values().stream().map(v -> v.text()).sorted().toList())
        .containsExactlyInAnyOrder(List.of("10.2 مليار ريال", "10.5 مليار ريال"), List.of("2.1 مليار ريال", "2.3 مليار ريال"));
  }
}
