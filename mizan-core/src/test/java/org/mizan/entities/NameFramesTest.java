package org.mizan.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mizan.entities.EntityStagesTest.doc;
import static org.mizan.entities.EntityStagesTest.only;

import org.junit.jupiter.api.Test;
import org.mizan.doc.Document;
import org.mizan.pipeline.Corpus;

/** Names the tagger never tags, found by the words around them (invented sentences and names). */
class NameFramesTest {
  @Test
  void aTitleWhoseComplementNamesAPlaceIsFollowedByTheName() {
    Document d = doc("a", "وهاجم حاكم ولاية أوريغون كيفن ووكر الخطة الجديدة.");
    Document r = new RoleStage().apply(d);
    assertThat(r.mentions()).extracting(Mention::text).containsExactly("كيفن ووكر");
    assertThat(r.mentions().get(0).role()).isEqualTo("حاكم ولاية أوريغون");
  }

  @Test
  void aPlaceMentionInTheComplementIsSkippedToo() {
    Document d = doc("a", "وقال محافظ كورماسو زيلنار هيغينز إن الطرق مغلقة.", "LOC", "كورماسو");
    Document r = new RoleStage().apply(d);
    assertThat(r.mentions()).extracting(Mention::text).containsExactly("كورماسو", "زيلنار هيغينز");
    assertThat(only(r, "زيلنار هيغينز").type()).isEqualTo("PER");
  }

  @Test
  void aGivenNameTypedAsAPlaceAfterATitleGivesWayToThePerson() {
    Document d = doc("a", "وصوت السيناتور تيد هيغينز ضد القرار.", "LOC", "تيد");
    Document r = new RoleStage().apply(d);
    assertThat(r.mentions()).extracting(Mention::text, Mention::type).containsExactly(
        org.assertj.core.groups.Tuple.tuple("تيد هيغينز", "PER"));
  }

  @Test
  void aNameAfterADescriptionWithNoRoleIsAPersonWithoutARole() {
    // an age noun and an adjective of origin before the name, then a naming participle
    Document d = doc("a", "وأصيب الطفل الفلسطيني علي كرابشة بحروق، وسار الوفد على الطريق، وقال المدعو جورج هيغينز إنه رأى النار، واستقبل الشاب أمس، وأصيبت الطفلة زينب نتيجة الحادث، وأفاق الشاب الصغير.");
    Document r = new RoleStage().apply(d);
    assertThat(r.mentions()).extracting(Mention::text, Mention::type).containsExactly(
        org.assertj.core.groups.Tuple.tuple("علي كرابشة", "PER"), org.assertj.core.groups.Tuple.tuple("جورج هيغينز", "PER"));
    assertThat(r.mentions()).extracting(Mention::role).containsOnlyNulls();
  }

  @Test
  void commonWordsAfterATitleStayUntagged() {
    Document d = doc("a", "وانتقد رئيس الوزراء وتقارير صحفية الخطة، وقال نائبه الأول مساء أمس إن الاتفاق قريب.");
    assertThat(new RoleStage().apply(d).mentions()).isEmpty();
  }

  @Test
  void inflectedArabicWordsAreNoNames() {
    // a pronoun suffix on a known word, a verb's future prefix, tanween, a dual ending, an honorific after the title
    Document d = doc("a", "ورحب الوزير بتوقيعه الاتفاق، وقال المدير لإبعاده عن المنصب، وأكد الرئيس سيجتمع غدا، ورحب الأمير"
        + " كاتباً ناشئاً، وحضر ولي العهد صاحب السمو، وحقق اللاعب ميداليتين ذهبيتين.");
    assertThat(new RoleStage().apply(d).mentions()).isEmpty();
  }

  @Test
  void aLakeTunnelOrSeaIsNamedWithItsHeadNoun() {
    Document d = doc("a", "وعبر المهاجرون نفق الكورماس، ثم أبحروا في بحر زيلنار نحو بحيرة كرينتا، وسيعود الوفد في بحر الأسبوع المقبل.",
        "LOC", "زيلنار");
    Document r = new PlaceFramesStage().apply(d);
    assertThat(r.mentions()).extracting(Mention::text, Mention::type).containsExactly(
        org.assertj.core.groups.Tuple.tuple("نفق الكورماس", "LOC"), org.assertj.core.groups.Tuple.tuple("بحر زيلنار", "LOC"),
        org.assertj.core.groups.Tuple.tuple("بحيرة كرينتا", "LOC"));
  }

  @Test
  void aRareWordAfterATownHeadOrBeforeAnAdjectiveOfOriginIsAPlace() {
    Document d = doc("a", "وصل الوفد إلى بلدة كورماسو الحدودية، ثم عقد الاجتماع في فيلدكيرخ السويسرية، وزار مدينة زوفالي"
        + " كرينتا، ثم مدينة زيلنار لقيا حتفهما فيها.");
    Document r = new PlaceFramesStage().apply(d);
    assertThat(r.mentions()).extracting(Mention::text, Mention::type).containsExactly(
        org.assertj.core.groups.Tuple.tuple("كورماسو", "LOC"), org.assertj.core.groups.Tuple.tuple("فيلدكيرخ", "LOC"),
        org.assertj.core.groups.Tuple.tuple("زوفالي كرينتا", "LOC"), org.assertj.core.groups.Tuple.tuple("زيلنار", "LOC"));
  }

  @Test
  void aDefiniteHeadOrACommonWordIsNoPlaceFrame() {
    Document d = doc("a", "وعاد إلى المدينة ليتسلم جائزته، وسكن في بلدة صغيرة، ثم زار بلدة هاريس، وحين يسمع اسم بلده يردد النشيد"
        + " في بناء إقليم متماسك، وفي جهودنا الحالية.");
    assertThat(new PlaceFramesStage().apply(d).mentions()).isEmpty();
  }

  @Test
  void anAcronymKeepsItsFirstSpelledLetter() {
    Document cut = doc("a", "وقالت شبكة اي بي سي نيوز إن الاستطلاع جديد.", "ORG", "بي سي نيوز");
    assertThat(new MediaNamesStage().apply(cut).mentions()).extracting(Mention::text).containsExactly("اي بي سي نيوز");
    Document whole = doc("b", "وقالت اي بي سي نيوز إن الاستطلاع جديد.", "ORG", "اي بي سي نيوز");
    assertThat(new SpanRulesStage().apply(whole).mentions()).extracting(Mention::text).containsExactly("اي بي سي نيوز");
  }

  @Test
  void aSeaTaggedWithoutItsAdjectiveTakesIt() {
    Document d = doc("a", "عثر على الحطام بالمحيط الهادئ، ثم أبحرت السفينة في البحر الأحمر الذي يربط القارتين.",
        "LOC", "بالمحيط", "LOC", "البحر");
    assertThat(new NameTailsStage().apply(d).mentions()).extracting(Mention::text)
        .containsExactly("بالمحيط الهادئ", "البحر الأحمر");
  }

  @Test
  void aPlaceNameInQuotesAfterLiIsTheNewspaperNamedAfterIt() {
    Document a = doc("a", "وقال المسؤول لـ«الشرق الأوسط» إن الاتفاق قريب.", "LOC", "الشرق الأوسط");
    assertThat(new MediaNamesStage().apply(a).mentions().get(0).type()).isEqualTo("ORG");
    Document b = doc("b", "وتشهد منطقة الشرق الأوسط توترا، ويتحدث الجميع عن «الشرق الأوسط» الجديد.", "LOC", "الشرق الأوسط");
    assertThat(new MediaNamesStage().apply(b).mentions()).extracting(Mention::type).containsOnly("LOC");
    // the outlet and the region are two entities of the run
    Corpus c = LinkRulesTest.link(new MediaNamesStage().apply(a), b);
    assertThat(c.entities()).extracting(Entity::type).containsExactlyInAnyOrder("ORG", "LOC");
  }

  @Test
  void aFrenchArticleBeforeAPlaceAfterAHeadOrPrepositionIsPartOfItsName() {
    Document d = doc("a", "وعثر على الحطام في جزيرة لا كوربيون، ثم نقل من لا زافيرون إلى فرنسا، ولا سوريا ولا العراق، وقال في لا يوردون.",
        "LOC", "زافيرون", "LOC", "فرنسا", "LOC", "سوريا", "LOC", "العراق");
    Document r = new PlaceFramesStage().apply(d);
    assertThat(r.mentions()).extracting(Mention::text).containsExactly(
        "لا كوربيون", "لا زافيرون", "فرنسا", "سوريا", "العراق");
  }

  @Test
  void namesListedAfterAPluralPlaceHeadArePlaces() {
    Document d = doc("a", "ووصل المهاجرون إلى جزر ميلوس وتاروس ودوكوس وفاميروس أمس، وزار مدن المنطقة.",
        "PER", "ميلوس وتاروس", "PER", "ودوكوس وفاميروس");
    Document r = new PlaceFramesStage().apply(d);
    assertThat(r.mentions()).extracting(Mention::text, Mention::type).containsExactly(
        org.assertj.core.groups.Tuple.tuple("ميلوس", "LOC"), org.assertj.core.groups.Tuple.tuple("تاروس", "LOC"),
        org.assertj.core.groups.Tuple.tuple("دوكوس", "LOC"), org.assertj.core.groups.Tuple.tuple("فاميروس", "LOC"));
  }

  @Test
  void aRareNameEndingLikeAPluralCanStillBeAPlace() {
    // ون / ات end a name the corpus does not know; a plural of a known word (مسؤولون) stays no name
    Document d = doc("a", "ووصل الوفد إلى جزيرة كوريونيون أمس، ثم إلى مدينة مسؤولون.");
    Document r = new PlaceFramesStage().apply(d);
    assertThat(r.mentions()).extracting(Mention::text).containsExactly("كوريونيون");
  }

  @Test
  void aCountryAndPermanentAfterATitleArePartOfTheTitle() {
    Document d = doc("a", "وقال مندوب مصر الدائم لدى الأمم المتحدة زيلنار دوفان إن القرار مهم.",
        "LOC", "مصر", "ORG", "الأمم المتحدة", "PER", "زيلنار دوفان");
    Document r = new RoleStage().apply(d);
    assertThat(r.mentions()).filteredOn(m -> m.type().equals("PER")).extracting(Mention::text)
        .containsExactly("زيلنار دوفان");
  }

  @Test
  void aNameAfterATitleAndItsGovernmentIsAPerson() {
    // "the health minister in the caretaker government X": the government's description is no name
    Document d = doc("a", "وزار وزير الخارجية في حكومة تصريف الأعمال سامر النجار مدينة الساحل.");
    assertThat(new RoleStage().apply(d).mentions()).extracting(Mention::text).containsExactly("سامر النجار");
    // a government and then no name: nothing
    Document e = doc("b", "وزار وزير الخارجية في الحكومة الجديدة مدينة الساحل.");
    assertThat(new RoleStage().apply(e).mentions()).isEmpty();
  }

  @Test
  void aDefiniteFamilyNameClosesAGivenNameAfterATitle() {
    // الأبيض also continues a title elsewhere (البيت الأبيض); after a known given name it is the family name
    Document d = doc("a", "واستقبل الوزير سامر الأبيض وفدا من البنك.");
    assertThat(new RoleStage().apply(d).mentions()).extracting(Mention::text).containsExactly("سامر الأبيض");
    // a frequent definite noun after a given name is the object (الملك), not a family name
    Document e = doc("b", "وأبلغ الأمير فيصل الملك بالقرار.");
    assertThat(new RoleStage().apply(e).mentions()).extracting(Mention::text).containsExactly("فيصل");
  }

  @Test
  void aTitleInsideAPlaceNameOpensNoPerson() {
    // the king of a stadium's name is its eponym; the rare word after the place is no person of his
    Document d = doc("a", "وتقام المباراة على ستاد الملك سامر الأول بالزهيرات مساء الأربعاء.", "LOC", "ستاد الملك سامر الأول");
    assertThat(new RoleStage().apply(d).mentions()).extracting(Mention::text).containsExactly("ستاد الملك سامر الأول");
  }
}
