package org.mizan.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mizan.entities.EntityStagesTest.doc;
import static org.mizan.entities.EntityStagesTest.typed;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mizan.doc.Document;

/**
 * Frames that tell a place or a rank from a name, on invented sentences: a town's head noun governs a
 * place, not a person, and a rank's ordinal (الفريق أول) is no given name.
 */
class PlaceAndRankFramesTest {
  @Test
  void aTownHeadBeforeAPersonMentionShowsThePlace() {
    Document d = new PlaceFramesStage().apply(doc("a",
        "وقال رئيس بلدية كاريلوفا ماركو تيسيني إن الأمطار غمرت مدينة فارينتو أمس.",
        "PER", "كاريلوفا ماركو تيسيني", "PER", "فارينتو"));
    assertThat(typed(d)).containsExactly("LOC كاريلوفا", "PER ماركو تيسيني", "LOC فارينتو");
  }

  @Test
  void aTermOfOfficeIsNoTownHead() {
    Document d = new PlaceFramesStage().apply(doc("a", "وخلال ولاية كارتيني الثانية تراجع الاقتصاد.", "PER", "كارتيني"));
    assertThat(typed(d)).containsExactly("PER كارتيني");
  }

  @Test
  void aTownHeadOutvotesTheTaggerWhenTheNameRecurs() {
    String text = "زار الوفد مدينة فارينتو أمس. وقال سكان فارينتو إن فارينتو تضررت.";
    String name = "فارينتو";
    List<Mention> ms = new java.util.ArrayList<>();
    for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      ms.add(new Mention(at, at + name.length(), name, ms.isEmpty() ? "LOC" : "PER", null, null));
    }
    Document d = new PropagateStage().apply(doc("a", text).withMentions(ms));
    assertThat(d.mentions()).extracting(Mention::type).containsExactly("LOC", "LOC", "LOC");
  }

  @Test
  void aRanksOrdinalIsNoGivenName() {
    Document d = new SpanRulesStage().apply(doc("a", "وحضر الاحتفال وزير الدفاع الفريق أول صدقي منصور والوفد المرافق."));
    assertThat(typed(d)).contains("PER صدقي منصور").doesNotContain("PER أول صدقي منصور");
  }

  @Test
  void aForeignRankIsATitleOffTheName() {
    Document d = new SpanRulesStage().apply(doc("a", "وقال المتحدث باسم الجيش الكولونيل جان موريل إن الهجوم صد.",
        "PER", "الكولونيل جان موريل"));
    assertThat(typed(d)).containsExactly("PER جان موريل");
  }

  @Test
  void aRegionHeadBeforeAKnownPlaceMakesItAPlace() {
    // the lexicon knows تبوك as a place only, printed too often to look foreign; واسعة an adjective
    NerFeatures lexicon = new NerFeatures(java.util.Map.of("تبوك", NerFeatures.LOC), java.util.Map.of("تبوك", 7, "واسعه", 5));
    Document d = new PlaceFramesStage(lexicon).apply(doc("a",
        "وتفقد أمير منطقة تبوك المصابين في منطقة واسعة من المدينة."));
    assertThat(typed(d)).containsExactly("LOC تبوك");
  }

  @Test
  void aStateNounBeforeItsAdjectivesIsTheStatesOfficialName() {
    Document d = new PlaceFramesStage().apply(doc("a",
        "ووصل وفد الجمهورية البرتغالية الديمقراطية إلى المملكة أمس.", "LOC", "الجمهورية", "LOC", "المملكة"));
    assertThat(typed(d)).containsExactly("LOC الجمهورية البرتغالية الديمقراطية", "LOC المملكة");
  }
}
