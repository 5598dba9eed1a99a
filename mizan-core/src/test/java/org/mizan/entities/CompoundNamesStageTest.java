package org.mizan.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mizan.entities.EntityStagesTest.doc;

import org.junit.jupiter.api.Test;
import org.mizan.doc.Document;

/** Compound names cut at their connector word are joined again; other names are left alone. */
class CompoundNamesStageTest {
  private final CompoundNamesStage stage = new CompoundNamesStage();

  @Test
  void aNameEndingInAConnectorTakesTheWordAndThePersonAfterIt() {
    Document d = stage.apply(doc("a", "وقال قائد الجماعة عبد الملك الزهيري في كلمة إن القتال مستمر.",
        "PER", "عبد", "PER", "الزهيري"));
    assertThat(d.mentions()).extracting(Mention::text).containsExactly("عبد الملك الزهيري");
    Document untagged = stage.apply(doc("b", "وقال عبد الملك الزهيري في كلمة إن القتال مستمر.", "PER", "عبد"));
    assertThat(untagged.mentions()).extracting(Mention::text).containsExactly("عبد الملك الزهيري");
  }

  @Test
  void aNameEndingInBintTakesThePersonThatStartsAfterIt() {
    Document d = stage.apply(doc("a", "وتقول المعلمة هند بنت سالم الراشدية إن الماء أساس الحياة.",
        "PER", "هند بنت", "PER", "سالم الراشدية"));
    assertThat(d.mentions()).extracting(Mention::text).containsExactly("هند بنت سالم الراشدية");
  }

  @Test
  void aConnectorBeforeAPersonJoinsIt() {
    Document d = stage.apply(doc("a", "وأعلن زعيم التنظيم أبو بكر الفلاني مسؤوليته، كما التقى عبد ربه منصور الهادي الوفد.",
        "PER", "بكر الفلاني", "PER", "منصور الهادي"));
    assertThat(d.mentions()).extracting(Mention::text).containsExactly("أبو بكر الفلاني", "عبد ربه منصور الهادي");
  }

  @Test
  void aPersonStartingWithAConnectorTakesTheGivenNameBeforeIt() {
    Document d = stage.apply(doc("a", "وقال الرئيس السابق علي عبد الله الفلاني إن الحوار انتهى.", "PER", "عبد الله الفلاني"));
    assertThat(d.mentions()).extracting(Mention::text).containsExactly("علي عبد الله الفلاني");
  }

  @Test
  void thePrepositionAndOtherNamesAreLeftAlone() {
    Document d = stage.apply(doc("a", "وتعرف على عبد الله الفلاني. والتقى كريم الزهيري بنظيره.",
        "PER", "عبد الله الفلاني", "PER", "كريم الزهيري"));
    assertThat(d.mentions()).extracting(Mention::text).containsExactly("عبد الله الفلاني", "كريم الزهيري");
    Document line = stage.apply(doc("b", "قال أبو\nسمير الخطيب إن الوضع هادئ.", "PER", "سمير الخطيب"));
    assertThat(line.mentions()).extracting(Mention::text).containsExactly("سمير الخطيب");
  }

  @Test
  void aFusedCompoundTakesTheGivenNameBeforeItAndAConnectorMayCarryWaw() {
    Document d = stage.apply(doc("a", "وقال الرئيس السابق علي عبدالله الفلاني إن الحوار انتهى، وتعرف على عبدالله الزهيري.",
        "PER", "عبدالله الفلاني", "PER", "عبدالله الزهيري"));
    assertThat(d.mentions()).extracting(Mention::text).containsExactly("علي عبدالله الفلاني", "عبدالله الزهيري");
    Document pronoun = stage.apply(doc("c", "وشمل القرار قائدين هما عبدالله الزهيري وكريم الفلاني.", "PER",
        "عبدالله الزهيري"));
    assertThat(pronoun.mentions()).extracting(Mention::text).containsExactly("عبدالله الزهيري");
    Document waw = stage.apply(doc("b", "وشمل القرار كريم الزهيري وعبد الخالق الفلاني.", "PER", "كريم الزهيري", "PER", "وعبد",
        "PER", "الفلاني"));
    assertThat(waw.mentions()).extracting(Mention::text).containsExactly("كريم الزهيري", "وعبد الخالق الفلاني");
  }

  @Test
  void aEuropeanParticleCarriesTheNameOn() {
    // the tagger closed the name at the particle, or opened it there
    Document d = stage.apply(doc("a", "وقال المبعوث لوران دي ماسترولي إن المحادثات مستمرة، وأضاف أن بيترو دي فيلانتي وصل.",
        "PER", "لوران دي", "PER", "دي فيلانتي"));
    assertThat(d.mentions()).extracting(Mention::text).containsExactly("لوران دي ماسترولي", "بيترو دي فيلانتي");
    // a title before the particle is no name word
    Document t = stage.apply(doc("b", "وقال الرئيس دي فيلانتي إن المحادثات مستمرة.", "PER", "دي فيلانتي"));
    assertThat(t.mentions()).extracting(Mention::text).containsExactly("دي فيلانتي");
  }
}
