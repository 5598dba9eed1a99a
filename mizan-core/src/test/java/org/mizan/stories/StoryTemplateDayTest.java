package org.mizan.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mizan.doc.Document;
import org.mizan.doc.Published;
import org.mizan.doc.RawArticle;

/**
 * A template statement with no figures (a civil-defence fire statement) on two days is two events,
 * unless the later report refers back to the first (invented statements).
 */
class StoryTemplateDayTest {

  static Document fire(String id, String time, String headline, String lead) {
    RawArticle raw = new RawArticle(id, id, "text", List.of(lead,
        "وأوضح المتحدث أن الفرق باشرت الموقع فور تلقي البلاغ، ولم تسجل أي إصابات، وجار التحقيق في أسباب الحادث."), Map.of());
    return Document.of(raw).withMetadata(headline, new Published(time, "test", 1, false), "o" + id, List.of(), null, null);
  }

  @Test
  void twoDaysOfAFireStatementAreTwoStories() {
    Document monday = fire("a", "2025-04-07T20:00", "الدفاع المدني يسيطر على حريق مستودع في حي الروضة",
        "تمكنت فرق الإطفاء بالدفاع المدني اليوم الاثنين من السيطرة على حريق اندلع في مستودع بحي الروضة.");
    Document tuesday = fire("b", "2025-04-08T20:00", "الدفاع المدني يسيطر على حريق مستودع في حي الروضة",
        "تمكنت فرق الإطفاء بالدفاع المدني اليوم الثلاثاء من السيطرة على حريق اندلع في مستودع بحي الروضة.");
    StoryClusterer clusterer = StoryClusterer.handSet(StoryState.inMemory(), StoryClusterer.Params.DEFAULT);
    String first = clusterer.add(monday);
    assertThat(clusterer.add(tuesday)).isNotEqualTo(first);
  }

  @Test
  void theRuleNeedsAnotherDayALikeHeadlineAndNoReferBack() {
    assertThat(StoryClusterer.otherTemplateDay(0, true, 0.8, false)).isTrue();
    assertThat(StoryClusterer.otherTemplateDay(1, true, 0.8, false)).isFalse();
    assertThat(StoryClusterer.otherTemplateDay(0, false, 0.8, false)).isFalse();
    assertThat(StoryClusterer.otherTemplateDay(0, true, 0.2, false)).isFalse();
    assertThat(StoryClusterer.otherTemplateDay(0, true, 0.8, true)).isFalse();
  }

  @Test
  void aFollowUpRefersBack() {
    assertThat(ReferBack.in("التحقيق في حريق المستودع",
        "تواصل الجهات المختصة التحقيق في الحريق الذي اندلع أمس الاثنين في مستودع بحي الروضة.")).isTrue();
    assertThat(ReferBack.in("الدفاع المدني يسيطر على حريق مستودع",
        "تمكنت فرق الإطفاء اليوم من السيطرة على حريق في مستودع.")).isFalse();
  }
}
