package org.mizan.meta;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Author fields in the shapes outlets fill them (invented names and places). */
class AuthorFieldTest {
  @Test
  void placeDashWriter() {
    AuthorField.Parsed p = AuthorField.parse("المدينة المنورة - سامي الغامدي:");
    assertThat(p.place()).isEqualTo("المدينة المنورة");
    assertThat(p.writer()).isEqualTo("سامي الغامدي");
  }

  @Test
  void writerWithABracketedPlaceOrAfterMin() {
    AuthorField.Parsed p = AuthorField.parse("ماجد العنزي (ظهران الجنوب)");
    assertThat(p.writer()).isEqualTo("ماجد العنزي");
    assertThat(p.place()).isEqualTo("ظهران الجنوب");
    AuthorField.Parsed min = AuthorField.parse("فهد الحربي من بريدة");
    assertThat(min.writer()).isEqualTo("فهد الحربي");
    assertThat(min.place()).isEqualTo("بريدة");
  }

  @Test
  void writerThenAnUnknownOneWordTown() {
    AuthorField.Parsed p = AuthorField.parse("سالم الشمري - طريف");
    assertThat(p.writer()).isEqualTo("سالم الشمري");
    assertThat(p.place()).isEqualTo("طريف");
  }

  @Test
  void writerOutletPlaceKeepsTheWriterFirst() {
    AuthorField.Parsed p = AuthorField.parse("خالد المطيري- سبق- وادي فاطمة:");
    assertThat(p.writer()).isEqualTo("خالد المطيري");
    assertThat(p.place()).isEqualTo("وادي فاطمة");
  }

  @Test
  void agencyAndPlaceGiveACreditAndNoWriter() {
    AuthorField.Parsed p = AuthorField.parse("الدوحة - أ ف ب:");
    assertThat(p.writer()).isNull();
    assertThat(p.place()).isEqualTo("الدوحة");
    assertThat(p.credits()).containsExactly("أ ف ب");
    AuthorField.Parsed colon = AuthorField.parse("بيروت: «الشرق الأوسط»");
    assertThat(colon.place()).isEqualTo("بيروت");
    assertThat(colon.writer()).isNull();
  }

  @Test
  void thePagesOwnOutletIsNoPlaceEvenAsACommonWord() {
    AuthorField.Parsed p = AuthorField.parse("الوئام - رويترز", "الوئام");
    assertThat(p.place()).isNull();
    assertThat(p.credits()).containsExactly("رويترز");
  }

  @Test
  void aTwoWordPlaceBeforeAnAgencyIsThePlace() {
    AuthorField.Parsed p = AuthorField.parse("سان دييغو - رويترز:");
    assertThat(p.place()).isEqualTo("سان دييغو");
    assertThat(p.writer()).isNull();
  }

  @Test
  void aPaperNamedAfterItsCityStillHasTheCityAsPlace() {
    AuthorField.Parsed p = AuthorField.parse("جدة - نوال السبيعي", "جدة");
    assertThat(p.place()).isEqualTo("جدة");
    assertThat(p.writer()).isEqualTo("نوال السبيعي");
  }

  @Test
  void labelsAndPhotographersAreNotTheWriter() {
    AuthorField.Parsed label = AuthorField.parse("طريف، حوار - نوال السبيعي");
    assertThat(label.place()).isEqualTo("طريف");
    assertThat(label.writer()).isEqualTo("نوال السبيعي");
    AuthorField.Parsed p = AuthorField.parse("تغطية - ريم القحطاني، تصوير- سعد العمري");
    assertThat(p.writer()).isEqualTo("ريم القحطاني");
    assertThat(p.place()).isNull();
    // the interviewer's or translator's label is no place; a label word that only begins a longer word stays
    AuthorField.Parsed interview = AuthorField.parse("حاوره: ماجد الدوسري");
    assertThat(interview.writer()).isEqualTo("ماجد الدوسري");
    assertThat(interview.place()).isNull();
    assertThat(AuthorField.parse("ترجمة: ماجد الدوسري").place()).isNull();
    assertThat(AuthorField.parse("متابعات - نوال السبيعي").credits()).containsExactly("متابعات");
    AuthorField.Parsed name = AuthorField.parse("عرضان الزهراني - أبها");
    assertThat(name.writer()).isEqualTo("عرضان الزهراني");
  }

  @Test
  void aLoneTatweelIsADashAndZeroWidthMarksAreNothing() {
    assertThat(AuthorField.parse("سبق ـ أبها:").place()).isEqualTo("أبها");
    AuthorField.Parsed p = AuthorField.parse("\u200b سالم الشمري-جدة\u200b");
    assertThat(p.writer()).isEqualTo("سالم الشمري");
    assertThat(p.place()).isEqualTo("جدة");
  }

  @Test
  void theAgenciesInBracketsAreACreditNotAPlace() {
    AuthorField.Parsed p = AuthorField.parse("عواصم (الوكالات)");
    assertThat(p.place()).isNotEqualTo("الوكالات");
    assertThat(p.credits()).containsExactly("الوكالات");
  }

  @Test
  void aSentenceIsNoAuthorField() {
    assertThat(AuthorField.parse("- الإدارة الجديدة بدأت عملها مبكرا هذا الموسم.")).isEqualTo(AuthorField.Parsed.NONE);
    assertThat(AuthorField.parse("(3 - لماذا هاجر سكان الرياض؟)")).isEqualTo(AuthorField.Parsed.NONE);
  }

  @Test
  void severalWritersAreAllKept() {
    assertThat(AuthorField.parse("حائل: سامي الغامدي، نوال السبيعي").writer()).isEqualTo("سامي الغامدي، نوال السبيعي");
    AuthorField.Parsed and = AuthorField.parse("بيروت: ماجد العنزي وريم سعد القحطاني");
    assertThat(and.writer()).isEqualTo("ماجد العنزي، ريم سعد القحطاني");
    assertThat(and.place()).isEqualTo("بيروت");
    // no place: names joined by "و" are writers, not a place and a writer
    AuthorField.Parsed noPlace = AuthorField.parse("جون سميث وبيتر براون وديفيد كلارك");
    assertThat(noPlace.writer()).isEqualTo("جون سميث، بيتر براون، ديفيد كلارك");
    assertThat(noPlace.place()).isNull();
    // a four-word name whose last word starts with و stays one name
    assertThat(AuthorField.parse("حائل - سامي الغامدي وائل").writer()).isEqualTo("سامي الغامدي وائل");
  }

  @Test
  void twoWritersOfTwoWordsEachJoinedByWaw() {
    assertThat(AuthorField.parse("بيروت: سامي الغامدي ونوال السبيعي").writer()).isEqualTo("سامي الغامدي، نوال السبيعي");
    assertThat(AuthorField.parse("جورج سميث وكارلا براون").writer()).isEqualTo("جورج سميث، كارلا براون");
    // a four-part name whose third word is a given name starting with و is one writer
    assertThat(AuthorField.parse("جدة - سامي خالد وليد الغامدي").writer()).isEqualTo("سامي خالد وليد الغامدي");
  }

  @Test
  void writerFromPlaceGroups() {
    // a two-word place no list holds closes the field
    AuthorField.Parsed one = AuthorField.parse("كارلا براون من سان دييغو");
    assertThat(one.writer()).isEqualTo("كارلا براون");
    assertThat(one.place()).isEqualTo("سان دييغو");
    AuthorField.Parsed two = AuthorField.parse("سامي الغامدي من الرياض ونوال السبيعي من جدة");
    assertThat(two.writer()).isEqualTo("سامي الغامدي، نوال السبيعي");
    assertThat(two.place()).isEqualTo("الرياض");
    // no separator between the groups; a second writer whose given name starts with و
    assertThat(AuthorField.parse("سامي الغامدي من الطائف وليد العتيبي من جدة").writer()).isEqualTo("سامي الغامدي، وليد العتيبي");
    assertThat(AuthorField.parse("جورج سميث وكارلا براون من سان دييغو").writer()).isEqualTo("جورج سميث، كارلا براون");
    // the page's own name before its city is no writer
    AuthorField.Parsed own = AuthorField.parse("الاقتصادية الإلكترونية من الرياض", "الاقتصادية");
    assertThat(own.writer()).isNull();
    assertThat(own.place()).isEqualTo("الرياض");
  }

  @Test
  void everyPlaceAndWriterGroupGivesItsWriter() {
    AuthorField.Parsed two = AuthorField.parse("بيروت: سامي الغامدي - الرياض: نوال السبيعي");
    assertThat(two.writer()).isEqualTo("سامي الغامدي، نوال السبيعي");
    assertThat(two.place()).isEqualTo("بيروت");
    // no separator before the second group's place; the last group is the paper itself
    AuthorField.Parsed glued = AuthorField.parse("بيروت: سامي الغامدي القاهرة: «الحياة»");
    assertThat(glued.writer()).isEqualTo("سامي الغامدي");
    // a writer's place glued after his name
    AuthorField.Parsed after = AuthorField.parse("بيروت: سامي الغامدي طهران - القاهرة: «الحياة»");
    assertThat(after.writer()).isEqualTo("سامي الغامدي");
    assertThat(AuthorField.parse("سامي الغامدي طهران").place()).isEqualTo("طهران");
    // but a family name that is also a place, and a town and its country before an agency, stay whole
    assertThat(AuthorField.parse("سامي عثمان مالي").place()).isNull();
    assertThat(AuthorField.parse("سان خوسيه كوستاريكا - رويترز").writer()).isNull();
    // a clock time's colon divides nothing
    assertThat(AuthorField.parse("الرياض: نوال السبيعي 10:30").place()).isEqualTo("الرياض");
  }

  @Test
  void bracketsInsideTheField() {
    // each writer's town in brackets is no writer; the field's place is the last one
    AuthorField.Parsed list = AuthorField.parse("ماجد العنزي (الحد الجنوبي)، فهد الحربي، سالم الشمري (جازان)");
    assertThat(list.writer()).isEqualTo("ماجد العنزي، فهد الحربي، سالم الشمري");
    assertThat(list.place()).isEqualTo("جازان");
    // a town qualified by its country opens a dateline
    AuthorField.Parsed colon = AuthorField.parse("لوزان (سويسرا): نوال السبيعي");
    assertThat(colon.place()).isEqualTo("لوزان");
    assertThat(colon.writer()).isEqualTo("نوال السبيعي");
    AuthorField.Parsed dash = AuthorField.parse("ماربورغ (ألمانيا) - أ ف ب");
    assertThat(dash.place()).isEqualTo("ماربورغ");
  }

  @Test
  void aCityNamedLikeAnotherOutletIsTheCityOnThisOutletsPage() {
    assertThat(AuthorField.parse("الخبر - نوال السبيعي", "اليوم").place()).isEqualTo("الخبر");
    assertThat(AuthorField.parse("الخبر - نوال السبيعي", "اليوم").writer()).isEqualTo("نوال السبيعي");
  }

  @Test
  void aDeskIsNeitherWriterNorPlace() {
    AuthorField.Parsed culture = AuthorField.parse("تبوك - ثقافة الأسبوع");
    assertThat(culture.place()).isEqualTo("تبوك");
    assertThat(culture.writer()).isNull();
    AuthorField.Parsed local = AuthorField.parse("عكاظ - المحليات:");
    assertThat(local.place()).isNull();
    assertThat(local.writer()).isNull();
  }
}
