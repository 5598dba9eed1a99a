package org.mizan.stories;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The day and month of a written date ("12/3/1446هـ") are no figures: two statements of one month
 * would agree on its number (invented sentences).
 */
class StoryDatePartsTest {

  @Test
  void aWrittenDatesDayAndMonthAreNoFigures() {
    assertThat(StoryActorsAndNumbersTest.numbers("تنفيذ العقوبة", "نفذت العقوبة يوم الأربعاء 12/3/1446هـ.")).isEmpty();
    assertThat(StoryActorsAndNumbersTest.numbers("ضبط 25 مخالفا", "ضبطت الفرق 25 مخالفا.")).containsExactly("25|مخالفا");
  }
}
