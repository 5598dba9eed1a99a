package org.mizan.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mizan.entities.EntityStagesTest.doc;

import org.junit.jupiter.api.Test;
import org.mizan.doc.Document;

/** A family name left out of a name between commas or before its role in the accusative. */
class BoundedNameTailsTest {
  @Test
  void aNameBetweenCommasTakesItsLastWordEvenACommonNoun() {
    Document d = doc("a", "وقال المتحدث باسم الجبهة، نور الدين صبر، إن الوفد سيعود غدا.", "PER", "نور الدين");
    assertThat(new NameTailsStage().apply(d).mentions()).extracting(Mention::text).containsExactly("نور الدين صبر");
  }

  @Test
  void aNameBeforeItsRoleInTheAccusativeTakesItsLastWordButNotTheRole() {
    Document d = doc("a", "وقررت الإدارة تعيين وليد كامل فرحات مدرباً عاماً، وسامي حداد معداً بدنياً.",
        "PER", "وليد كامل", "PER", "سامي حداد");
    assertThat(new NameTailsStage().apply(d).mentions()).extracting(Mention::text)
        .containsExactly("وليد كامل فرحات", "سامي حداد");
  }

  @Test
  void anAdverbOrObjectInTheAccusativeIsNoRole() {
    Document d = doc("a", "والمعروف أن سمر حداد بارعة جداً في الأدوار الصعبة، وعقد وليد كامل اجتماعا فنياً مع اللاعبين.",
        "PER", "سمر حداد", "PER", "وليد كامل");
    assertThat(new NameTailsStage().apply(d).mentions()).extracting(Mention::text).containsExactly("سمر حداد", "وليد كامل");
  }

  @Test
  void anAdverbBetweenCommasIsNoName() {
    Document d = doc("a", "وقال رئيس البلدية، سامي حداد أمس، إن المشروع انتهى.", "PER", "سامي حداد");
    assertThat(new NameTailsStage().apply(d).mentions()).extracting(Mention::text).containsExactly("سامي حداد");
  }

  @Test
  void aNameBetweenCommasTakesADefiniteFamilyNameButNotAFrequentNoun() {
    Document d = doc("a", "وقال قائد الفرقة، جمال الدين الزين، إن الوفد سيعود غدا.", "PER", "جمال الدين");
    assertThat(new NameTailsStage().apply(d).mentions()).extracting(Mention::text).containsExactly("جمال الدين الزين");
    // a weekday is printed far too often to be a family name
    Document e = doc("b", "وقال قائد الفرقة، جمال الدين الاثنين، إن الوفد سيعود.", "PER", "جمال الدين");
    assertThat(new NameTailsStage().apply(e).mentions()).extracting(Mention::text).containsExactly("جمال الدين");
  }
}
