package org.mizan.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mizan.entities.EntityStagesTest.doc;
import static org.mizan.entities.EntityStagesTest.typed;

import org.junit.jupiter.api.Test;
import org.mizan.doc.Document;

/** Named facilities and landmarks nobody tagged: a facility head in construct with a definite word. */
class FacilityNamesTest {
  private final SpanRulesStage spans = new SpanRulesStage();

  @Test
  void aFacilityHeadAndAnUntaggedDefiniteWordAreOnePlace() {
    assertThat(typed(spans.apply(doc("a", "تفقد المحافظ أعمال الصيانة في نفق الزيتونة صباح اليوم."))))
        .containsExactly("LOC نفق الزيتونة");
    assertThat(typed(spans.apply(doc("b", "وتجمع السكان في حي الصنوبر بعد انقطاع المياه."))))
        .containsExactly("LOC حي الصنوبر");
  }

  @Test
  void theInternationalAdjectiveJoinsTheNameAndOneOfOriginLeavesItAPlace() {
    assertThat(typed(spans.apply(doc("a", "وصل الوفد إلى مطار الرمال الدولي مساء الأحد."))))
        .containsExactly("LOC مطار الرمال الدولي");
    Document d = spans.apply(doc("b", "تتواصل المفاوضات حول سد الوفاق البرازيلي منذ عامين."));
    assertThat(typed(d)).containsExactly("LOC سد الوفاق");
    assertThat(typed(new PropagateStage().apply(d))).containsExactly("LOC سد الوفاق");
  }

  @Test
  void aCommonPhraseOrACommonNounWithItsAdjectiveIsNoName() {
    assertThat(spans.apply(doc("a", "تسعى الحكومة إلى سد العجز في الموازنة العامة.")).mentions()).isEmpty();
    assertThat(spans.apply(doc("b", "نقلت الوحدات إلى مخيم التدريب العسكري شمال البلاد.")).mentions()).isEmpty();
  }

  @Test
  void aTaggedFacilityTakesTheInternationalAdjective() {
    assertThat(typed(spans.apply(doc("a", "هبطت الطائرة في مطار طرابلس الدولي صباحا.", "LOC", "طرابلس"))))
        .containsExactly("LOC مطار طرابلس الدولي");
  }

  @Test
  void aFacilityHeadBeforeATitleAndATaggedNameMakesNoHalfName() {
    assertThat(typed(spans.apply(doc("a", "غادر الوفد مطار الأمير سلطان الدولي صباحا.", "PER", "سلطان"))))
        .noneMatch(m -> m.equals("LOC مطار الأمير"));
  }

  @Test
  void theStadiumSpelledWithoutHamzaIsAFacilityHeadToo() {
    // ستاد is printed as often as استاد
    assertThat(typed(spans.apply(doc("a", "وتقام المباراة على ستاد المدينة الدولي غدا.", "LOC", "المدينة"))))
        .containsExactly("LOC ستاد المدينة الدولي");
    assertThat(typed(spans.apply(doc("b", "وتجمع المشجعون أمام ستاد الصنوبر قبل المباراة."))))
        .containsExactly("LOC ستاد الصنوبر");
  }

  @Test
  void aPersonAfterAFacilityHeadAndATitleIsTheFacilitysEponym() {
    assertThat(typed(spans.apply(doc("a", "وتقام المباراة على ملعب الأمير سامر الحداد مساء الجمعة.", "PER", "سامر الحداد"))))
        .containsExactly("LOC ملعب الأمير سامر الحداد");
    assertThat(typed(spans.apply(doc("b", "وأغلقت السلطات جسر الملك سامر الأول أمام المسافرين.", "PER", "الملك سامر الأول"))))
        .containsExactly("LOC جسر الملك سامر الأول");
    // a person after a title with no facility head before it stays a person
    assertThat(typed(spans.apply(doc("c", "وافتتح الأمير سامر الحداد الملعب الجديد.", "PER", "سامر الحداد"))))
        .containsExactly("PER سامر الحداد");
  }
}
