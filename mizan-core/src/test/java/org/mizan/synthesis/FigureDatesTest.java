package org.mizan.synthesis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mizan.synthesis.SynthesizerTest.figureDivergence;

import java.util.List;
import org.mizan.doc.Document;
import org.junit.jupiter.api.Test;

/**
 * Figures of one quantity compared only when their dates allow it: two stated days are two counts, and
 * a toll a later day's report gives larger is the toll rising. Invented reports.
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
  void countsOfTwoStatedDaysAreNoConflict() {
    List<Document> ds = List.of(
        Docs.doc("d1", "صحيفة أ", "2024-03-11").para("وشارك في المعرض الدولي للكتاب في العاصمة يوم الأحد 120 دار نشر.")
            .figure("120 دار", 120, null, "دار").date("يوم الأحد", "2024-03-10").build(),
        Docs.doc("d2", "صحيفة ب", "2024-03-11").para("وشارك في المعرض الدولي للكتاب في العاصمة يوم الاثنين 140 دار نشر.")
            .figure("140 دار", 140, null, "دار").date("يوم الاثنين", "2024-03-11").build());
    assertThat(figureDivergence(ds)).isFalse();
  }
}
