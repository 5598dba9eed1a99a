package org.mizan.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The day of a written date before a month name ("12 أبريل", "19 شعبان") is no figure of an event:
 * two reports of one decision cite different days (invented sentences).
 */
class StoryWrittenDayNumbersTest {

  @Test
  void aDayBeforeAMonthNameIsNoFigureAndTwoReportsOfOneDecisionNoLongerDisagree() {
    Set<String> a = StoryActorsAndNumbersTest.numbers("اللجنة تبقي الرسوم دون تغيير",
        "قررت لجنة الموانئ في اجتماعها يوم 14 أبريل الإبقاء على رسوم العبور عند 17.25 دولارا للحاوية.");
    Set<String> b = StoryActorsAndNumbersTest.numbers("رسوم العبور كما هي",
        "أبقت لجنة الموانئ رسوم العبور عند 17.25 دولارا، على أن تجتمع مجددا في 22 رمضان المقبل.");
    assertThat(a).containsExactly("17.25");
    assertThat(b).containsExactly("17.25");
    assertThat(EventAgreement.numberAgreement(a, b)).isEqualTo(1);
    // a count before another noun stays a figure
    assertThat(StoryActorsAndNumbersTest.numbers("وصول 14 سفينة", "رست 14 سفينة في الميناء أمس."))
        .containsExactly("14|سفينه");
  }
}
