package org.mizan.stories;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Round 28 (invented sentences): a night's event that one outlet dates by the evening before and
 * another by the small hours after states one event day, and a page's {@code YYYY-MM} stamp gives no
 * event figure.
 */
class StoryNight28Test {

  @Test
  void theSmallHoursOfADayAlsoStateTheNightBefore() {
    // Tuesday 12 March 2024
    assertThat(EventDates.of(null, "اجتاحت عاصفة قوية الساحل في ساعات الفجر الأولى اليوم الثلاثاء وخلفت أضرارا.",
        "2024-03-12T09:00:00Z")).containsExactlyInAnyOrder("2024-03-12", "2024-03-11");
    assertThat(EventDates.of(null, "انهار جسر قديم فجر الثلاثاء في البلدة.", "2024-03-12T09:00:00Z"))
        .containsExactlyInAnyOrder("2024-03-12", "2024-03-11");
    // the evening report of the same night names the Monday
    assertThat(EventDates.of(null, "اجتاحت عاصفة قوية الساحل مساء أمس الاثنين.", "2024-03-12T09:00:00Z"))
        .containsExactly("2024-03-11");
  }

  @Test
  void aDayTimeOrAnExplosionIsNoSmallHours() {
    assertThat(EventDates.of(null, "افتتح الوزير المعرض صباح اليوم الثلاثاء.", "2024-03-12T09:00:00Z"))
        .containsExactly("2024-03-12");
    // "انفجر" holds the letters of "فجر" but is no time of day
    assertThat(EventDates.of(null, "انفجر خزان وقود اليوم الثلاثاء في المصنع.", "2024-03-12T09:00:00Z"))
        .containsExactly("2024-03-12");
  }

  @Test
  void aPagesYearMonthStampGivesNoFigure() {
    assertThat(StoryActorsAndNumbersTest.numbers("عاصفة الساحل", " date 2024-03 اجتاحت عاصفة الساحل وشردت 45 عائلة."))
        .containsExactly("45|عايله");
  }

  @Test
  void theDayOfAWrittenOutDateIsNoFigure() {
    assertThat(StoryActorsAndNumbersTest.numbers("افتتاح المعرض", "يفتتح المعرض في 14 نوفمبر بمشاركة 35 دارا."))
        .containsExactly("35|دارا");
    assertThat(StoryActorsAndNumbersTest.numbers("افتتاح المعرض", "يفتتح المعرض في 14 رمضان بمشاركة 35 دارا."))
        .containsExactly("35|دارا");
  }

  @Test
  void aDecimalsTrailingZerosAreDropped() {
    assertThat(StoryActorsAndNumbersTest.numbers("البنك يثبت الفائدة", "أبقى البنك سعر الإيداع عند 17.50% والإقراض عند 18.00%."))
        .containsExactly("17.5", "18|");
    assertThat(EventNumbers.withoutTrailingZeros("2.30")).isEqualTo("2.3");
    assertThat(EventNumbers.withoutTrailingZeros("100")).isEqualTo("100");
  }
}
