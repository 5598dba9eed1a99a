package org.mizan.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mizan.doc.Document;
import org.mizan.doc.Published;
import org.mizan.doc.RawArticle;

/** The period a daily bulletin covers ("خلال 24 ساعة") is no figure of its event (invented bulletins). */
class StoryPeriodNumbersTest {

  /** A health bulletin of {@code day} on one new case of the given age. */
  static Document bulletin(String id, String outlet, String day, String time, int age) {
    String lead = "أعلنت وزارة الصحة اليوم تسجيل إصابة جديدة بالفيروس خلال الـ 24 ساعة الماضية لمقيم يبلغ من العمر "
        + age + " عاما في العاصمة، وحالته مستقرة.";
    String rest = "وأوضحت الوزارة في بيانها اليومي أن الفرق الطبية تتابع المخالطين، داعية المواطنين إلى الالتزام "
        + "بالإرشادات الصحية ومراجعة المراكز عند ظهور الأعراض.";
    RawArticle raw = new RawArticle(id, id, "text", List.of(lead, rest), Map.of());
    return Document.of(raw).withMetadata("الصحة: تسجيل إصابة جديدة بالفيروس في العاصمة",
        new Published(day + "T" + time, "test", 1, false), outlet, List.of(), null, null);
  }

  @Test
  void aNumberCountingHoursOrDaysIsNotAnEventFigure() {
    Set<String> first = StoryFeatures.extract(bulletin("a", "o", "2025-03-01", "18:00", 41)).numbers();
    Set<String> next = StoryFeatures.extract(bulletin("b", "o", "2025-03-02", "18:00", 67)).numbers();
    assertThat(first).containsExactly("41|عاما");
    assertThat(next).containsExactly("67|عاما");
    // the two issues share no figure: their figures disagree
    assertThat(EventAgreement.numberAgreement(next, first)).isEqualTo(-1);
    assertThat(StoryActorsAndNumbersTest.numbers("تمديد المهلة 10 أيام", "مددت الوزارة المهلة 10 أيام أخرى."))
        .isEmpty();
  }

  @Test
  void twoDaysBulletinsAreTwoStoriesAndAnotherOutletsReportOfOneDayJoinsIt() {
    Document day1 = bulletin("d1", "sabq", "2025-03-01", "18:00", 41);
    Document day1b = bulletin("d1b", "madina", "2025-03-01", "19:00", 41);
    Document day2 = bulletin("d2", "madina", "2025-03-02", "17:30", 67);
    Map<String, String> s = new StoryClusterer(StoryState.inMemory()).addAll(List.of(day1, day1b, day2));
    assertThat(s.get("d1b")).isEqualTo(s.get("d1"));
    assertThat(s.get("d2")).isNotEqualTo(s.get("d1"));
  }
}
