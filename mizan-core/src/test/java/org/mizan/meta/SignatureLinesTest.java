package org.mizan.meta;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Agency signature lines at an article's end are credits (invented lines). */
class SignatureLinesTest {
  @Test
  void agenciesInBracketsAfterEditorsInitialsOrAfterWith() {
    assertThat(Attribution.signature("س.ع/ م.ن (د ب أ، رويترز)")).containsExactly("د ب أ", "رويترز");
    assertThat(Attribution.signature("(رويترز)")).containsExactly("رويترز");
    assertThat(Attribution.signature("مع أ ف ب")).containsExactly("أ ف ب");
    assertThat(Attribution.signature("(وكالات، الأناضول)")).containsExactly("الأناضول");
  }

  @Test
  void aCaptionOrASentenceNamingAnAgencyIsNoSignature() {
    assertThat(Attribution.signature("رئيس الوزراء خلال المؤتمر الصحفي (رويترز)")).isEmpty();
    assertThat(Attribution.signature("مع بداية العام الدراسي الجديد")).isEmpty();
    assertThat(Attribution.signature("(وزارة الداخلية، رويترز)")).isEmpty();
  }
}
