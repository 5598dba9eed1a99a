package org.mizan.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mizan.doc.Document;
import org.mizan.doc.Published;
import org.mizan.doc.RawArticle;

/** A developing story's follow-up recalls the day of its event (invented fire and inquiry reports). */
class StoryRecalledDaysTest {

  static Document report(String id, String day, String headline, String... paragraphs) {
    RawArticle raw = new RawArticle(id, id, "text", List.of(paragraphs), Map.of());
    return Document.of(raw).withMetadata(headline, new Published(day + "T10:00", "test", 1, false), "o", List.of(), null, null);
  }

  /** Filler that pushes the recalled day past the lead's first 400 characters. */
  static final String FILLER = "وأوضح المتحدث أن الفرق الميدانية باشرت أعمالها في الموقع منذ الصباح الباكر، وأن الجهات المعنية "
      + "تتابع الإجراءات اللازمة مع إدارة المنطقة الصناعية وأصحاب المنشآت المجاورة، وأن التقرير النهائي سيرفع إلى "
      + "الجهات العليا فور اكتماله، داعيا السكان إلى عدم تداول الشائعات والرجوع إلى المصادر الرسمية في كل ما يتعلق "
      + "بهذا الملف، ومؤكدا أن السلامة العامة أولوية لا تقبل التهاون. ";

  static final Document FIRE = report("fire", "2025-03-07", "حريق في مصنع للبلاستيك بالمنطقة الصناعية",
      "اندلع حريق اليوم الجمعة في مصنع للبلاستيك بالمنطقة الصناعية، وتمكنت فرق الدفاع المدني من السيطرة عليه.");

  static final Document INQUIRY = report("inquiry", "2025-03-09", "لجنة التحقيق تعلن نتائجها الأولية",
      "أعلنت لجنة التحقيق اليوم الأحد نتائجها الأولية بشأن أسباب الحادث.",
      FILLER + "وكان الحريق قد اندلع يوم الجمعة الماضي في مصنع البلاستيك بالمنطقة الصناعية.");

  static final Document OTHER_FIRE = report("other", "2025-03-09", "حريق في مستودع للأخشاب",
      "اندلع حريق اليوم الأحد في مستودع للأخشاب بالمنطقة الصناعية، وتمكنت فرق الدفاع المدني من السيطرة عليه.",
      FILLER);

  @Test
  void theFollowUpRecallsTheEventDayPastItsLeadAndNotItsOwnDay() {
    assertThat(RecalledDays.of(INQUIRY)).containsExactly("2025-03-07");
    assertThat(RecalledDays.of(OTHER_FIRE)).isEmpty();
    assertThat(RecalledDays.of(FIRE)).isEmpty();
  }

  @Test
  void onlyTheStorysMainDayCounts() {
    StoryCluster story = new StoryCluster("st", 0);
    story.addEventDates(Set.of("2025-03-07"));
    story.addEventDates(Set.of("2025-03-07"));
    story.addEventDates(Set.of("2025-03-08"));
    assertThat(RecalledDays.refersBack(Set.of("2025-03-07"), story)).isTrue();
    assertThat(RecalledDays.refersBack(Set.of("2025-03-08"), story)).isFalse();
    assertThat(RecalledDays.refersBack(Set.of(), story)).isFalse();
  }

  @Test
  void theModelSeesTheInquiryLookBackAtTheFireButNotTheNextFire() {
    assertThat(lastEvidence(StoryOptions.ALL, INQUIRY).refersBack()).isTrue();
    assertThat(lastEvidence(StoryOptions.ALL, INQUIRY).features()[JoinEvidence.NAMES.indexOf("refers_back")]).isEqualTo(1);
    assertThat(lastEvidence(StoryOptions.ALL, OTHER_FIRE).refersBack()).isFalse();
  }

  @Test
  void withTheRuleOffTheModelSeesNoRecalledDay() {
    assertThat(lastEvidence(StoryOptions.ALL.without(List.of("recalleddays")), INQUIRY).refersBack()).isFalse();
  }

  /** The evidence of {@code later} against the fire's story. */
  static JoinEvidence lastEvidence(StoryOptions options, Document later) {
    List<JoinEvidence> seen = new ArrayList<>();
    StoryClusterer clusterer = new StoryClusterer(StoryState.inMemory(), StoryClusterer.Params.DEFAULT,
        JoinModel.standard(), options);
    clusterer.addObserved(FIRE, "fire", (ev, c) -> seen.add(ev));
    clusterer.addObserved(later, "later", (ev, c) -> seen.add(ev));
    assertThat(seen).isNotEmpty();
    return seen.get(seen.size() - 1);
  }
}
