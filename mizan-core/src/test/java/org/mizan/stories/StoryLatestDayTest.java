package org.mizan.stories;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A daily report names the previous session it follows ("بعدما تراجع أمس الاثنين"): only its latest
 * stated day up to publication is its event's, so it does not share yesterday's report's day
 * (invented sentences).
 */
class StoryLatestDayTest {

  @Test
  void thePreviousSessionsDayIsNoEventDay() {
    assertThat(EventDates.of("القطن يرتفع في بورصة نيويورك",
        "ارتفعت عقود القطن اليوم الثلاثاء بعدما تراجعت أمس الاثنين إلى أدنى مستوى في شهرين.", "2026-03-10T15:00:00Z"))
        .containsExactly("2026-03-10");
  }

  @Test
  void aSingleStatedDayStays() {
    assertThat(EventDates.of("اللجنة تجتمع", "عقدت اللجنة اجتماعها أمس الاثنين في مقرها.", "2026-03-10T15:00:00Z"))
        .containsExactly("2026-03-09");
  }
}
