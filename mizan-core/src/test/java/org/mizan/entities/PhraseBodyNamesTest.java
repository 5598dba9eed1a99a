package org.mizan.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mizan.entities.EntityStagesTest.doc;

import org.junit.jupiter.api.Test;
import org.mizan.doc.Document;

/** Governments and currents named by a phrase (phrase-body-heads.txt), on invented sentences. */
class PhraseBodyNamesTest {
  private static java.util.List<String> orgs(String text, String... typedForms) {
    Document d = new OrgNamesStage().apply(doc("p", text, typedForms));
    return d.mentions().stream().filter(m -> m.type().equals("ORG")).map(Mention::text).toList();
  }

  @Test
  void aGovernmentNamedByAPhraseIsAnOrganisation() {
    assertThat(orgs("وأعلنت حكومة الإنقاذ الوطني خطة، ورحب وزير في لحكومة التوافق بها."))
        .containsExactly("حكومة الإنقاذ الوطني", "حكومة التوافق");
  }

  @Test
  void aGovernmentNamedByItsPremierOrCountryIsNot() {
    assertThat(orgs("وقدمت حكومة الشمراني استقالتها، وقالت حكومة البحرين إنها ترحب.",
        "PER", "الشمراني", "LOC", "البحرين")).isEmpty();
    // a family name printed elsewhere in the text, the article dropped there
    assertThat(orgs("وقال سالم زريبة إن حكومة الزريبة باقية.", "PER", "سالم زريبة")).isEmpty();
  }

  @Test
  void aCurrentWithAPlaceOrANationalAdjectiveIsAnOrganisation() {
    assertThat(orgs("وانسحب تيار الغد من الحوار، ودعا تيار تونس الكرامة والتيار الوطني الحر إلى التهدئة.", "LOC", "تونس"))
        .containsExactly("تيار الغد", "تيار تونس الكرامة", "التيار الوطني الحر");
  }

  @Test
  void aDefiniteGovernmentWithItsAdjectiveIsNoName() {
    assertThat(orgs("وتعهدت الحكومة المؤقتة بإجراء الانتخابات.")).isEmpty();
  }

  @Test
  void anOriginAdjectiveAfterThePhraseDescribesIt() {
    assertThat(orgs("وقالت حكومة الوحدة الوطنية الليبية إن الاجتماع انتهى."))
        .containsExactly("حكومة الوحدة الوطنية");
  }

  @Test
  void anOutletCutToItsLastWordTakesInTheWordBefore() {
    assertThat(orgs("وقال المصدر في تصريح لـ الرافدين نيوز إن الجلسة تأجلت.", "ORG", "نيوز"))
        .containsExactly("الرافدين نيوز");
    assertThat(orgs("وذكرت صحيفة في نيوز أن الجلسة تأجلت.", "ORG", "نيوز")).containsExactly("نيوز");
  }

  @Test
  void aFlowOfGoodsIsNoCurrent() {
    assertThat(orgs("ويرى محللون أن استمرار تيار الطلب على النحاس سيرفع سعره، وأعلن تيار النهضة موقفه."))
        .containsExactly("تيار النهضة");
  }

  @Test
  void aGovernmentOfAListedPlaceOrOfAPlaceTheTaggerHoldsIsNoName() {
    // البصرة is in places.txt; the tagger left it untagged here
    assertThat(orgs("وأعلنت حكومة البصرة المحلية حظر التجول.")).isEmpty();
    // the complement opens the place the tagger tagged from the next word on
    assertThat(orgs("ووقعت حكومة الأراضي المنخفضة الاتفاق.", "LOC", "المنخفضة")).isEmpty();
    // a noun standing for the country by its kind: the country's government
    assertThat(orgs("وقال إن حكومة السلطنة دعمت قطاع الصيد بقرار مهم.")).isEmpty();
  }

  @Test
  void aNominativePluralAfterTheHeadIsItsVerbsSubject() {
    // جيّش المستثمرون: "the investors mobilised", no army; the genitive plural names one
    assertThat(orgs("وقد جيش المستثمرون الكبار حملة في الأسواق، وأعلن جيش المجاهدين مسؤوليته."))
        .containsExactly("جيش المجاهدين");
  }

  @Test
  void anOutletTailOfAnyTypeTakesInTheWordBefore() {
    assertThat(orgs("وارتفع مؤشر (ناشيونال تايمز 50) الأسترالي 0.3 في المئة.", "LOC", "تايمز"))
        .containsExactly("ناشيونال تايمز");
    // a person ending in a media tail is the outlet
    assertThat(orgs("وقال قائد الشرطة لصحيفة بورتلاند تايمز إن البحث مستمر.", "PER", "بورتلاند تايمز"))
        .containsExactly("بورتلاند تايمز");
    // unless the person spoke to it: the dative ل parts the person from the outlet
    Document d = new OrgNamesStage().apply(doc("p", "وقال قائد الشرطة المحلية كامل لبورتلاند تايمز إن البحث مستمر.",
        "PER", "كامل لبورتلاند تايمز"));
    assertThat(d.mentions()).extracting(m -> m.type() + " " + m.text()).containsExactly("PER كامل", "ORG بورتلاند تايمز");
    // a place tail before another name word is a place's (a square), left alone
    assertThat(orgs("وتجمع المحتجون في ساحة تايمز سكوير مساء أمس.", "LOC", "تايمز", "LOC", "سكوير")).isEmpty();
  }

  @Test
  void aGroupNamedByOneWordIsAnOrganisationWhereItsLeaderIsNamed() {
    assertThat(orgs("وقال رئيس حركة نور سامي الخطيب إن الحوار مستمر، ورحب حزب أفق بزعامة عادل كريم بالقرار.",
        "PER", "سامي الخطيب", "PER", "عادل كريم"))
        .containsExactly("حركة نور", "حزب أفق");
    // without a leader the same words are a common phrase
    assertThat(orgs("وتوقفت حركة سير الشاحنات، وشهدت المدينة حركة نزوح واسعة.")).isEmpty();
  }
}
