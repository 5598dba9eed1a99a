package org.mizan.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mizan.doc.Document;

/**
 * Outlets transliterate a foreign counterpart each their own way ("كوستا بيلوغورسكي", "كوستا بيلوجورسكي"):
 * the counterpart conflict must not read another spelling as another counterpart (round 13), while
 * another name stays another counterpart.
 */
class StoryNameVariantsTest {
  static final String HOST = "فهد بن تركي";
  static final String TALKS = "وجرى خلال اللقاء استعراض العلاقات الثنائية بين البلدين وسبل تعزيزها في مختلف المجالات، "
      + "إضافة إلى بحث تطورات الأوضاع في المنطقة والموضوعات ذات الاهتمام المشترك.";

  static Document meeting(String id, String outlet, String when, String guest) {
    String lead = "التقى صاحب السمو الملكي الأمير " + HOST + " وزير الخارجية في الرياض اليوم وزير خارجية جمهورية "
        + "فالدوريا " + guest + " الذي يزور المملكة حاليا.";
    return StoryJoinModelTest.article(id, outlet, when, "وزير الخارجية يلتقي نظيره " + guest, List.of(lead, TALKS),
        List.of(HOST, guest));
  }

  @Test
  void aGuestSpelledOtherwiseIsTheSameGuest() {
    List<Document> docs = List.of(
        meeting("a1", "okaz", "2025-04-02T10:00", "كوستا بيلوغورسكي"),
        meeting("a2", "yaum", "2025-04-02T10:30", "كوستا بيلوغورسكي"),
        meeting("a3", "riyadh", "2025-04-02T12:00", "كوستا بيلوجورسكي"));
    assertThat(StoryJoinModelTest.groups(StoryClusterer.handSet(StoryState.inMemory(), StoryClusterer.Params.DEFAULT)
        .addAll(docs))).containsExactly(Set.of("a1", "a2", "a3"));
  }

  @Test
  void anotherGuestOnTheSameDayIsAnotherStory() {
    List<Document> docs = List.of(
        meeting("a1", "okaz", "2025-04-02T10:00", "كوستا بيلوغورسكي"),
        meeting("a2", "yaum", "2025-04-02T10:30", "كوستا بيلوغورسكي"),
        meeting("b1", "riyadh", "2025-04-02T12:00", "ماركو بيلوني"));
    assertThat(StoryJoinModelTest.groups(StoryClusterer.handSet(StoryState.inMemory(), StoryClusterer.Params.DEFAULT)
        .addAll(docs))).containsExactly(Set.of("a1", "a2"), Set.of("b1"));
  }

  @Test
  void namesMatchWordByWordAcrossSpellings() {
    Set<String> names = Set.of("كوستا بيلوغورسكي");
    assertThat(StoryClusterer.namesAny("كوستا بيلوجورسكي", names, n -> false)).isTrue();
    // a short given name changed is another man (صالح / صلاح), not a spelling
    assertThat(StoryClusterer.namesAny("صلاح فالكوف", Set.of("صالح فالكوف"), n -> false)).isFalse();
    assertThat(StoryClusterer.namesAny("ماركو بيلوني", names, n -> false)).isFalse();
  }
}
