package org.mizan.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mizan.doc.Document;

/**
 * A daily template bulletin is one story per day: once its wording has recurred on earlier days, a
 * later day's issue does not join the day before's, while the same day's copies and the next
 * morning's print of it ("أمس") still join (invented air-quality bulletins of an environment office).
 */
class StoryTemplateDaysTest {
  static final String[] DISTRICTS = {"الشمالية والشرقية", "الجنوبية والغربية", "الوسطى والشمالية", "الشرقية والجنوبية",
      "الغربية والوسطى", "الشمالية والغربية"};

  /** Day {@code i} (1 March 2026 onwards)'s bulletin as outlet {@code outlet} words it. */
  static Document bulletin(int i, String outlet, String hour) {
    String day = String.format("2026-03-%02d", i + 1);
    return StoryClustererTest.article("d" + i + outlet, outlet, day + "T" + hour,
        "مكتب البيئة: جودة الهواء متوسطة في الأحياء " + DISTRICTS[i],
        "أصدر مكتب البيئة في المدينة نشرته اليومية عن جودة الهواء، وأوضح أن مؤشر الجودة جاء متوسطا في الأحياء "
            + DISTRICTS[i] + "، مع نشاط للرياح المثيرة للأتربة على الطرق السريعة، ونصح المصابين بأمراض الجهاز "
            + "التنفسي بتجنب الخروج في ساعات الظهيرة.");
  }

  @Test
  void eachDaysBulletinIsItsOwnStoryOnceTheTemplateHasRecurred() {
    List<Document> docs = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      docs.add(bulletin(i, "a", "08:00"));
      docs.add(bulletin(i, "b", "09:30"));
    }
    Map<String, String> stories = new StoryClusterer(StoryState.inMemory()).addAll(docs);
    // from the fourth day on the wording has recurred on three earlier days: a day's issue is its own story
    for (int i = 3; i < 6; i++) {
      assertThat(stories.get("d" + i + "a")).isEqualTo(stories.get("d" + i + "b"));
      assertThat(stories.get("d" + i + "a")).isNotEqualTo(stories.get("d" + (i - 1) + "a"));
    }
    // the veto decides it: with it off (--ablate templatedays) the days cluster otherwise
    StoryOptions off = StoryOptions.ALL.without(List.of("templatedays"));
    assertThat(new StoryClusterer(StoryState.inMemory(), StoryClusterer.Params.DEFAULT, JoinModel.standard(), off)
        .addAll(docs)).isNotEqualTo(stories);
  }

  @Test
  void theNextMorningsPrintStatingItsDayStaysWithIt() {
    List<Document> docs = new ArrayList<>();
    for (int i = 0; i < 5; i++) docs.add(bulletin(i, "a", "08:00"));
    // 5 March 2026 is a Thursday; the print of 6 March reports "yesterday, Thursday"
    docs.add(StoryClustererTest.article("print", "c", "2026-03-06T05:00",
        "جودة الهواء متوسطة في الأحياء " + DISTRICTS[4],
        "أصدر مكتب البيئة في المدينة أمس الخميس نشرته اليومية عن جودة الهواء، وأوضح أن مؤشر الجودة جاء متوسطا في "
            + "الأحياء " + DISTRICTS[4] + "، مع نشاط للرياح المثيرة للأتربة على الطرق السريعة."));
    Map<String, String> stories = new StoryClusterer(StoryState.inMemory()).addAll(docs);
    assertThat(stories.get("print")).isEqualTo(stories.get("d4a"));
  }

  @Test
  void recurringTermsCountEarlierDaysOnly() {
    RecurringTerms r = new RecurringTerms();
    r.add(List.of("نشر", "بيئ"), 10);
    r.add(List.of("نشر"), 10);
    r.add(List.of("نشر"), 11);
    r.add(List.of("نشر", "حريق"), 12);
    assertThat(r.daysBefore("نشر", 12)).isEqualTo(2);
    assertThat(r.daysBefore("نشر", 13)).isEqualTo(3);
    assertThat(r.daysBefore("بيئ", 13)).isEqualTo(1);
    assertThat(r.daysBefore("حريق", 12)).isZero();
    assertThat(r.daysBefore("غائب", 12)).isZero();
  }

  @Test
  void anotherPublicationDayUnlessADayIsShared() {
    StoryCluster c = new StoryCluster("st", 0);
    c.addTime("2026-03-02T08:00", Times.hours("2026-03-02T08:00"));
    c.addTime("2026-03-02T20:00", Times.hours("2026-03-02T20:00"));
    long march3 = TemplateDays.day("2026-03-03T08:00");
    assertThat(TemplateDays.otherPublicationDay(march3, Set.of(), c)).isTrue();
    assertThat(TemplateDays.otherPublicationDay(march3, Set.of("2026-03-02"), c)).isFalse();
    assertThat(TemplateDays.otherPublicationDay(TemplateDays.day("2026-03-02T23:00"), Set.of(), c)).isFalse();
    assertThat(TemplateDays.otherPublicationDay(Long.MIN_VALUE, Set.of(), c)).isFalse();
  }
}
