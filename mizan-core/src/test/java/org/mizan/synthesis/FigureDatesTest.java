package org.mizan.synthesis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mizan.synthesis.SynthesizerTest.figureDivergence;

import java.util.List;
import org.mizan.doc.Document;
import org.mizan.doc.Published;
import org.junit.jupiter.api.Test;

/**
 * Figures of one quantity compared only when their dates allow it: two stated days are two counts, and
 * a toll a later day's (or a later hour's) report gives larger is the toll rising. Invented reports.
 */
class FigureDatesTest {
  @Test
  void aTollALaterDayGivesLargerIsNoConflict() {
    List<Document> ds = List.of(
        Docs.doc("d1", "صحيفة أ", "2024-03-10").para("وأسفر انفجار السيارة المفخخة في سوق المدينة عن مقتل 18 شخصا.")
            .figure("18 شخصا", 18, null, "person").build(),
        Docs.doc("d2", "صحيفة ب", "2024-03-11").para("وأسفر انفجار السيارة المفخخة في سوق المدينة عن مقتل 25 شخصا.")
            .figure("25 شخصا", 25, null, "person").build());
    assertThat(figureDivergence(ds)).isFalse();
  }

  @Test
  void aTollALaterDayGivesSmallerOrTheSameDayGivesOtherwiseIsAConflict() {
    List<Document> later = List.of(
        Docs.doc("d1", "صحيفة أ", "2024-03-10").para("وأسفر انفجار السيارة المفخخة في سوق المدينة عن مقتل 25 شخصا.")
            .figure("25 شخصا", 25, null, "person").build(),
        Docs.doc("d2", "صحيفة ب", "2024-03-11").para("وأسفر انفجار السيارة المفخخة في سوق المدينة عن مقتل 18 شخصا.")
            .figure("18 شخصا", 18, null, "person").build());
    assertThat(figureDivergence(later)).isTrue();
    List<Document> sameDay = List.of(
        Docs.doc("d1", "صحيفة أ", "2024-03-11").para("وأسفر انفجار السيارة المفخخة في سوق المدينة عن مقتل 18 شخصا.")
            .figure("18 شخصا", 18, null, "person").build(),
        Docs.doc("d2", "صحيفة ب", "2024-03-11").para("وأسفر انفجار السيارة المفخخة في سوق المدينة عن مقتل 25 شخصا.")
            .figure("25 شخصا", 25, null, "person").build());
    assertThat(figureDivergence(sameDay)).isTrue();
  }

  @Test
  void aTollALaterHourOfTheSameDayGivesLargerIsNoConflictButASmallerOneIs() {
    assertThat(figureDivergence(tolls("2024-03-11T09:15", 18, "2024-03-11T17:40", 25))).isFalse();
    assertThat(figureDivergence(tolls("2024-03-11T09:15", 25, "2024-03-11T17:40", 18))).isTrue();
    // one report with no time cannot be ordered against the other
    assertThat(figureDivergence(tolls("2024-03-11", 18, "2024-03-11T17:40", 25))).isTrue();
    // nor can two whose times are retrieval times standing in for a publication time
    List<Document> retrieved = tolls("2024-03-11T09:15", 18, "2024-03-11T17:40", 25).stream()
        .map(d -> d.withMetadata(d.headline(), new Published(d.published().value(), "retrieved", 0.4, true),
            d.outlet(), d.creditedSources(), d.dateline(), d.byline()))
        .toList();
    assertThat(figureDivergence(retrieved)).isTrue();
  }

  private static List<Document> tolls(String firstAt, int first, String secondAt, int second) {
    String text = "وأسفر انفجار السيارة المفخخة في سوق المدينة عن مقتل %d شخصا.";
    return List.of(
        Docs.doc("d1", "صحيفة أ", firstAt).para(String.format(text, first))
            .figure(first + " شخصا", first, null, "person").build(),
        Docs.doc("d2", "صحيفة ب", secondAt).para(String.format(text, second))
            .figure(second + " شخصا", second, null, "person").build());
  }

  @Test
  void countsOfTwoStatedDaysAreNoConflict() {
    List<Document> ds = List.of(
        Docs.doc("d1", "صحيفة أ", "2024-03-11").para("وشارك في المعرض الدولي للكتاب في العاصمة يوم الأحد 120 دار نشر.")
            .figure("120 دار", 120, null, "دار").date("يوم الأحد", "2024-03-10").build(),
        Docs.doc("d2", "صحيفة ب", "2024-03-11").para("وشارك في المعرض الدولي للكتاب في العاصمة يوم الاثنين 140 دار نشر.")
            .figure("140 دار", 140, null, "دار").date("يوم الاثنين", "2024-03-11").build());
    assertThat(figureDivergence(ds)).isFalse();
  }
}
