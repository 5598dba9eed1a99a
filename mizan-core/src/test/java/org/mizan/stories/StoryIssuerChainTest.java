package org.mizan.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mizan.doc.Document;

/**
 * A chain of statements on one trigger (round 12): several bodies condemn one politician's remarks
 * within two days, each report worded like the others and naming the same remarks. Who issues the
 * statement (the words before the headline's stance verb) tells them apart; two outlets' reports of
 * one body's statement stay one story though they word its issuer differently.
 */
class StoryIssuerChainTest {
  static final String REMARKS = "تصريحات وزير الداخلية في جمهورية فالدوريا كارلوس منديز";
  static final String TAIL = "وأكد البيان رفض هذه التصريحات جملة وتفصيلا ووصفها بأنها تدخل سافر في الشؤون الداخلية "
      + "ومحاولة لإثارة الفتنة بين الشعوب، داعيا حكومة فالدوريا إلى الاعتذار عنها وتصحيح موقفها.";

  static Document statement(String id, String outlet, String when, String headline, String issuer) {
    String lead = "استنكر " + issuer + " بشدة " + REMARKS + " التي أساء فيها إلى دول الجوار وقياداتها.";
    return StoryJoinModelTest.article(id, outlet, when, headline, List.of(lead, TAIL), List.of("كارلوس منديز"));
  }

  static List<Document> chain() {
    return List.of(
        statement("g1", "okaz", "2025-06-02T10:00", "مجلس التعاون يستنكر تصريحات منديز", "الأمين العام لمجلس التعاون"),
        statement("g2", "yaum", "2025-06-02T11:00", "الأمين العام لمجلس التعاون يدين تصريحات وزير داخلية فالدوريا",
            "الأمين العام لمجلس التعاون"),
        statement("k1", "riyadh", "2025-06-02T18:00", "البرلمان الكويتي يستنكر تصريحات منديز", "رئيس البرلمان الكويتي"),
        statement("k2", "madina", "2025-06-03T08:00", "البرلمان الكويتي يستنكر تصريحات وزير داخلية فالدوريا",
            "رئيس البرلمان الكويتي"),
        statement("r1", "watan", "2025-06-03T12:00", "رابطة العالم الإسلامي تندد بتصريحات منديز",
            "الأمين العام لرابطة العالم الإسلامي"));
  }

  @Test
  void eachBodysStatementOnOneTriggerIsItsOwnStory() {
    assertThat(StoryJoinModelTest.groups(StoryClusterer.handSet(StoryState.inMemory(), StoryClusterer.Params.DEFAULT)
        .addAll(chain()))).containsExactlyInAnyOrder(Set.of("g1", "g2"), Set.of("k1", "k2"), Set.of("r1"));
    assertThat(StoryJoinModelTest.stories(chain(), JoinModel.standard()))
        .containsExactlyInAnyOrder(Set.of("g1", "g2"), Set.of("k1", "k2"), Set.of("r1"));
  }

  @Test
  void theIssuerIsWhatComesBeforeTheStanceVerb() {
    assertThat(Issuers.of("مجلس التعاون يستنكر تصريحات منديز")).containsExactlyInAnyOrder("مجلس", "تعاون");
    // a dateline before a colon is not the issuer
    assertThat(Issuers.of("الكويت: البرلمان يرفض التصريحات")).containsExactly("برلمان");
    // no stance verb, or the verb first: no issuer
    assertThat(Issuers.of("مقتل 27 في انفجار ببلدة حدودية")).isEmpty();
    assertThat(Issuers.of("يستنكر البرلمان التصريحات")).isEmpty();
  }

  @Test
  void aCountryIssuerIsNamedByItsAdjectiveInTheOtherReportsOpening() {
    // one statement: "ألمانيا تحذر" and "شتاينماير يحذر" whose lead opens with the German foreign minister
    assertThat(Issuers.namesAll(Issuers.of("ألمانيا تحذر تركيا من التصعيد"),
        Issuers.opening("شتاينماير يحذر من التصعيد", "حذر وزير الخارجية الألماني فرانك شتاينماير من التصعيد"))).isTrue();
    assertThat(Issuers.namesAll(Issuers.of("الكويت ترفض التصريحات"),
        Issuers.opening("رئيس البرلمان: التصريحات مرفوضة", "أعرب رئيس مجلس الأمة الكويتي عن رفضه للتصريحات"))).isTrue();
    // another body named in passing further down the lead is not the issuer
    assertThat(Issuers.namesAll(Issuers.of("مجلس التعاون يستنكر التصريحات"),
        Issuers.opening("البحرين تستنكر التصريحات", "استنكرت مملكة البحرين وبشدة تصريحات الوزير فلان نائب رئيس "
            + "جمهورية فالدوريا ضد المملكة العربية السعودية، معتبرة أنها إساءة مرفوضة لدول مجلس التعاون"))).isFalse();
  }
}
