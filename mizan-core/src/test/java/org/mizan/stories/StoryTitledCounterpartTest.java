package org.mizan.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mizan.doc.Document;
import org.mizan.text.Tokenizer;

/**
 * One actor's two receptions on one day whose headlines name the guest by title only ("يستقبل سفير
 * فرنسا"): the guest named in the lead after that title is the headline's counterpart, so the
 * counterpart conflict tells the receptions apart (round 11).
 */
class StoryTitledCounterpartTest {
  static final String HOST = "فهد بن تركي";
  static final String TALKS = "وجرى خلال الاستقبال استعراض العلاقات الثنائية بين البلدين الصديقين وسبل تعزيزها "
      + "في مختلف المجالات، إضافة إلى بحث عدد من الموضوعات ذات الاهتمام المشترك.";

  static Document reception(String id, String outlet, String when, String headline, String title, String guest) {
    String lead = "استقبل صاحب السمو الملكي الأمير " + HOST + " أمير المنطقة في مكتبه بالإمارة اليوم " + title + " "
        + guest + " الذي قدم للسلام على سموه.";
    return StoryJoinModelTest.article(id, outlet, when, headline, List.of(lead, TALKS), List.of(HOST, guest));
  }

  static List<Document> twoReceptions() {
    return List.of(
        reception("f1", "okaz", "2025-05-04T10:00", "أمير المنطقة يستقبل سفير جمهورية فرنسا", "سفير جمهورية فرنسا لدى المملكة", "بيير دوران"),
        reception("f2", "yaum", "2025-05-04T10:30", "الأمير فهد بن تركي يستقبل سفير فرنسا", "سفير جمهورية فرنسا لدى المملكة", "بيير دوران"),
        reception("i1", "riyadh", "2025-05-04T15:00", "أمير المنطقة يستقبل سفير جمهورية إيطاليا", "سفير جمهورية إيطاليا لدى المملكة", "لوكا مارتيني"),
        reception("i2", "madina", "2025-05-04T16:00", "أمير المنطقة يستقبل سفير إيطاليا", "سفير جمهورية إيطاليا لدى المملكة", "لوكا مارتيني"));
  }

  @Test
  void twoReceptionsOfOneDayWithGuestsNamedByTitleAreTwoStories() {
    assertThat(StoryJoinModelTest.groups(StoryClusterer.handSet(StoryState.inMemory(), StoryClusterer.Params.DEFAULT)
        .addAll(twoReceptions()))).containsExactly(Set.of("f1", "f2"), Set.of("i1", "i2"));
    Collection<Set<String>> learned = StoryJoinModelTest.stories(twoReceptions(), JoinModel.standard());
    assertThat(learned).containsExactly(Set.of("f1", "f2"), Set.of("i1", "i2"));
  }

  @Test
  void theGuestAfterATitleTheHeadlineRepeatsIsNamedByTitle() {
    Document d = twoReceptions().get(2);
    StoryFeatures.Extracted e = StoryFeatures.extract(d);
    assertThat(e.namedByTitle()).containsExactly("لوكا مارتيني");
    assertThat(e.headlineActors()).doesNotContain("لوكا مارتيني");
    // the host's title in the lead ("أمير المنطقة" after his name) is not before a name
    assertThat(e.namedByTitle()).doesNotContain(HOST);
    // title words before the name, without punctuation between them and it
    assertThat(HeadlineTitles.titleInHeadline("قال وزير الدفاع، جيمس ميلر", 17, Tokenizer.tokenize("بيان وزير الدفاع"))).isFalse();
    assertThat(HeadlineTitles.titleInHeadline("قال وزير الدفاع جيمس ميلر", 16, Tokenizer.tokenize("بيان وزير الدفاع"))).isTrue();
  }
}
