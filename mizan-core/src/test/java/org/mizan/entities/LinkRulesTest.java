package org.mizan.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mizan.entities.EntityStagesTest.doc;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mizan.doc.Document;
import org.mizan.pipeline.Corpus;

/** Cross-document linking of short forms, on invented sentences with hand-placed mentions. */
class LinkRulesTest {
  static Corpus link(Document... docs) {
    // roles first, as in the pipeline: a title before a name (الملك، الأمير) is read by the linker
    List<Document> resolved = java.util.Arrays.stream(docs).map(d -> new ResolveStage().apply(new RoleStage().apply(d))).toList();
    return new LinkStage().apply(Corpus.of(resolved));
  }

  static Entity entity(Corpus c, String canonical) {
    return c.entities().stream().filter(e -> e.canonical().equals(canonical)).findFirst()
        .orElseThrow(() -> new AssertionError("no entity " + canonical + " in " + c.entities()));
  }

  @Test
  void aFatherNameAfterBinIsNotTheSonsShortNameButTheGivenNameOfANasabIs() {
    Document a = doc("a", "استقبل فيصل بن خالد الوفد، وحضر تركي بن فيصل اللقاء.", "PER", "فيصل بن خالد", "PER",
        "تركي بن فيصل");
    Document b = doc("b", "وقال الأمير فيصل إن الزيارة ناجحة.", "PER", "فيصل");
    Corpus c = link(a, b);
    assertThat(entity(c, "فيصل بن خالد").documents()).containsExactly("a", "b");
    assertThat(entity(c, "تركي بن فيصل").documents()).containsExactly("a");
  }

  @Test
  void aLoneGivenNameWithoutARoyalTitleIsAnotherManThanTheNasabName() {
    // a movement's late leader called by his given name is not the one man of the run named عمر بن …
    Document a = doc("a", "وقال عمر بن سالم الهاشمي إن الحفل ناجح.", "PER", "عمر بن سالم الهاشمي");
    Document b = doc("b", "وأعلنت الحركة وفاة زعيمها الملا عمر قبل عامين.", "PER", "عمر");
    Corpus c = link(a, b);
    assertThat(entity(c, "عمر بن سالم الهاشمي").documents()).containsExactly("a");
  }

  @Test
  void aKingsNasabNameIsNotACommonerWhoseFamilyNameFollowsTheSameTwoNames() {
    Document a = doc("a", "وقال الدكتور ماجد بن فهد الزهراني إن المركز وزع المساعدات.", "PER", "ماجد بن فهد الزهراني");
    Document b = doc("b", "وكان الملك الراحل ماجد بن فهد قد أمر بإنشاء المركز.", "PER", "ماجد بن فهد");
    Corpus c = link(a, b);
    assertThat(entity(c, "ماجد بن فهد الزهراني").documents()).containsExactly("a");
    assertThat(entity(c, "ماجد بن فهد").documents()).containsExactly("b");
  }

  @Test
  void aLoneWordIsNotTheHouseNameOfAFullName() {
    Document a = doc("a", "استقبل الملك ماجد بن فهد آل راشد الوفد في القصر.", "PER", "ماجد بن فهد آل راشد");
    Document b = doc("b", "وقال المهندس راشد إن المشروع يكتمل العام المقبل.", "PER", "راشد");
    Document c = doc("c", "وأشاد الملك ماجد بالمشروع.", "PER", "ماجد");
    Corpus out = link(a, b, c);
    assertThat(entity(out, "ماجد بن فهد آل راشد").documents()).containsExactly("a", "c");
    assertThat(entity(out, "راشد").documents()).containsExactly("b");
  }

  @Test
  void aNasabNameJoinsTheFullNameTheRunNamesFarMoreOftenThanAOneOffRunOn() {
    // ماجد بن فهد opens ماجد بن فهد آل راشد (three articles) and a one-off span the tagger ran into the
    // next word (ماجد بن فهد شبل): the full name with its house is the man
    Document a = doc("a", "استقبل الملك ماجد بن فهد آل راشد الوفد.", "PER", "ماجد بن فهد آل راشد");
    Document b = doc("b", "وبحث الملك ماجد بن فهد آل راشد العلاقات.", "PER", "ماجد بن فهد آل راشد");
    Document c = doc("c", "وأكد الملك ماجد بن فهد آل راشد دعمه.", "PER", "ماجد بن فهد آل راشد");
    Document d = doc("d", "ووصف الملك ماجد بن فهد شبل الوطن بالأمل.", "PER", "ماجد بن فهد شبل");
    Document e = doc("e", "وأصدر الملك ماجد بن فهد أمرا ملكيا.", "PER", "ماجد بن فهد");
    Corpus out = link(a, b, c, d, e);
    assertThat(entity(out, "ماجد بن فهد آل راشد").documents()).containsExactly("a", "b", "c", "e");
    // even when the run prints each once: under a king's title the name goes on with a house, not a
    // family name (the run-on), so only the house name is a candidate
    Corpus even = link(a, d, e);
    assertThat(entity(even, "ماجد بن فهد آل راشد").documents()).containsExactly("a", "e");
    assertThat(entity(even, "ماجد بن فهد شبل").documents()).containsExactly("d");
  }

  @Test
  void aLoneGivenNameFitsNoOtherArticlesFullNameAsItsSurname() {
    // سامر opens three names of the run: a given name; another article's one name ending with it is not him
    Document a = doc("a", "التقى سامر النجار وسامر الحلبي وسامر العلي في المدينة.", "PER", "سامر النجار", "PER",
        "سامر الحلبي", "PER", "سامر العلي");
    Document b = doc("b", "وقال المهندس وليد سامر إن المشروع يكتمل.", "PER", "وليد سامر");
    Document c = doc("c", "وأشاد سامر بالمشروع الجديد.", "PER", "سامر");
    Corpus out = link(a, b, c);
    assertThat(entity(out, "وليد سامر").documents()).containsExactly("b");
    assertThat(entity(out, "سامر").documents()).containsExactly("c");
  }

  @Test
  void aFathersNameAfterBinIsAGivenNameNotAFamilyName() {
    // ماجد opens three names and ends two only after بن: a father's name, so it is a given name, and
    // alone no one's surname
    Document a = doc("a", "استقبل فهد بن ماجد وتركي بن ماجد الوفد، وحضر ماجد الراشد وماجد العلي وماجد الحربي.",
        "PER", "فهد بن ماجد", "PER", "تركي بن ماجد", "PER", "ماجد الراشد", "PER", "ماجد العلي", "PER", "ماجد الحربي");
    Document b = doc("b", "وأعلن النادي أن اللاعب خالد سالم ماجد انضم إلى الفريق.", "PER", "خالد سالم ماجد");
    Document c = doc("c", "وقال ماجد إن المطار يفتح غدا.", "PER", "ماجد");
    Corpus out = link(a, b, c);
    assertThat(entity(out, "خالد سالم ماجد").documents()).containsExactly("b");
  }

  @Test
  void aGivenNameAloneIsNoOnePersonAcrossArticles() {
    // فهد opens two full names of the run and ends none: a given name; alone it is another man in each article
    Document a = doc("a", "التقى فهد النجار والوزير فهد الحربي في المدينة.", "PER", "فهد النجار", "PER", "فهد الحربي");
    Document b = doc("b", "وقال اللاعب فهد إن الفريق جاهز للمباراة.", "PER", "فهد");
    Document c = doc("c", "وأكد الدكتور فهد أن العيادة تفتح غدا.", "PER", "فهد");
    Document d = doc("d", "وقال النجار إن الاجتماع كان مثمرا.", "PER", "النجار");
    Corpus out = link(a, b, c, d);
    List<Entity> lone = out.entities().stream().filter(e -> e.canonical().equals("فهد")).toList();
    assertThat(lone).hasSize(2).allSatisfy(e -> assertThat(e.documents()).hasSize(1));
    // a lone surname still fits its one full name
    assertThat(entity(out, "فهد النجار").documents()).containsExactly("a", "d");
    // a king is one man by his given name in every article
    Document e = doc("e", "افتتح الملك فهد المستشفى.", "PER", "فهد");
    Document f = doc("f", "في عهد الملك فهد بني الجسر.", "PER", "فهد");
    Corpus kings = link(a, new RoleStage().apply(e), new RoleStage().apply(f));
    assertThat(kings.entities().stream().filter(x -> x.canonical().equals("فهد")).toList()).singleElement()
        .satisfies(x -> assertThat(x.documents()).containsExactly("e", "f"));
  }

  @Test
  void aFirstAndLastNameFitTheOneThreeWordNameWithThoseWords() {
    Document a = doc("a", "وصل علي رضا كريمي إلى المدينة.", "PER", "علي رضا كريمي");
    Document b = doc("b", "وقال علي كريمي إن المحادثات مثمرة، ورد حسن كريمي عليه.", "PER", "علي كريمي", "PER", "حسن كريمي");
    Corpus c = link(a, b);
    assertThat(entity(c, "علي رضا كريمي").documents()).containsExactly("a", "b");
    assertThat(entity(c, "حسن كريمي").documents()).containsExactly("b");
    // two three-word names with those words: no guess
    Document d = doc("d", "التقى علي رضا كريمي وعلي حسن كريمي.", "PER", "علي رضا كريمي", "PER", "علي حسن كريمي");
    Corpus two = link(d, b);
    assertThat(entity(two, "علي كريمي").documents()).containsExactly("b");
  }

  @Test
  void anOrganisationWithoutItsScopeAdjectiveIsTheSameOrganisation() {
    Document a = doc("a", "وأصدرت المحكمة الجنائية الدولية قرارها.", "ORG", "المحكمة الجنائية الدولية");
    Document b = doc("b", "ورحبت الحكومة بقرار المحكمة الجنائية أمس، ونقلت عنه وكالة الأنباء.", "ORG", "المحكمة الجنائية",
        "ORG", "وكالة الأنباء");
    Corpus c = link(a, b);
    assertThat(entity(c, "المحكمة الجنائية الدولية").documents()).containsExactly("a", "b");
    assertThat(c.entities()).hasSize(2);
  }

  @Test
  void aCompoundNameFusedOrSpacedIsOneWordAndItsTailLinksToTheFullName() {
    Document a = doc("a", "وقال الرئيس السابق علي عبد الله الفلاني إن الحوار انتهى.", "PER", "علي عبد الله الفلاني");
    Document b = doc("b", "ورد علي عبدالله الفلاني على المبادرة.", "PER", "علي عبدالله الفلاني");
    Document c = doc("c", "واتهم التحالف عبدالله الفلاني بعرقلة الحل.", "PER", "عبدالله الفلاني");
    Document d = doc("d", "وشمل القرار أنصار الحركة وعلي عبد الله الفلاني.", "PER", "وعلي عبد الله الفلاني");
    Corpus out = link(a, b, c, d);
    assertThat(out.entities()).hasSize(1);
    assertThat(out.entities().get(0).documents()).containsExactly("a", "b", "c", "d");
  }

  @Test
  void aThreeWordNameInsideTheNameOfItsSonStaysApart() {
    Document a = doc("a", "وشمل القرار سالم علي حسن الفلاني.", "PER", "سالم علي حسن الفلاني");
    Document b = doc("b", "وقال علي حسن الفلاني إن القرار ظالم.", "PER", "علي حسن الفلاني");
    assertThat(link(a, b).entities()).hasSize(2);
  }

  @Test
  void aPlaceWithAProclitictheResolverLeftIsLinkedToItsBareSpelling() {
    Document a = doc("a", "وصل الوفد إلى القاهرة أمس.", "LOC", "القاهرة");
    Document b = doc("b", "وتعاني والقاهرة من الزحام.", "LOC", "والقاهرة");
    Corpus out = link(a, b);
    assertThat(out.entities()).singleElement().extracting(Entity::documents).asList().containsExactly("a", "b");
  }

  @Test
  void aNameWithoutItsNasabLinkOrCompoundGivenNameOrLastWordFitsTheLongerName() {
    Document a = doc("a", "وقال الوزير كمال بن سعيد الزهيري إن عبد الواحد منصور الفلاني ومختار ولد الداه محمود وصلوا.",
        "PER", "كمال بن سعيد الزهيري", "PER", "عبد الواحد منصور الفلاني", "PER", "مختار ولد الداه محمود");
    Document b = doc("b", "وأكد كمال الزهيري ومنصور الفلاني ومختار ولد الداه الاتفاق.", "PER", "كمال الزهيري", "PER",
        "منصور الفلاني", "PER", "مختار ولد الداه");
    Corpus c = link(a, b);
    assertThat(entity(c, "كمال بن سعيد الزهيري").documents()).containsExactly("a", "b");
    assertThat(entity(c, "عبد الواحد منصور الفلاني").documents()).containsExactly("a", "b");
    assertThat(entity(c, "مختار ولد الداه محمود").documents()).containsExactly("a", "b");
    assertThat(c.entities()).hasSize(3);
  }

  @Test
  void aGivenNameAndHouseWithoutTheNasabLinksFitTheFullName() {
    Document a = doc("a", "وألقى الشيخ ماجد بن فهد بن سالم آل راشد الكلمة، ثم شكر ماجد آل راشد الحضور.",
        "PER", "ماجد بن فهد بن سالم آل راشد", "PER", "ماجد آل راشد");
    Document b = doc("b", "وأكد ماجد آل راشد أن الموسم ناجح.", "PER", "ماجد آل راشد");
    Corpus c = link(a, b);
    assertThat(entity(c, "ماجد بن فهد بن سالم آل راشد").documents()).containsExactly("a", "b");
    assertThat(c.entities()).hasSize(1);
  }

  @Test
  void aGivenNameIsNotDroppedUnlessItIsACompound() {
    Document a = doc("a", "وقال أحمد منصور الفلاني إن الوفد وصل.", "PER", "أحمد منصور الفلاني");
    Document b = doc("b", "وأكد منصور الفلاني الاتفاق.", "PER", "منصور الفلاني");
    assertThat(link(a, b).entities()).hasSize(2);
  }

  @Test
  void aCountryPrintedWithTaMarbutaOrAlifIsOnePlace() {
    Document a = doc("a", "وصل الوفد إلى سوريا أمس.", "LOC", "سوريا");
    Document b = doc("b", "وعاد الوفد من سورية أمس.", "LOC", "سورية");
    Corpus c = link(a, b);
    assertThat(c.entities()).hasSize(1);
    assertThat(c.entities().get(0).documents()).containsExactly("a", "b");
  }

  @Test
  void aNasabNameCutBeforeALinkOrWithoutItsLinksFitsTheLongNameNotANamesakeOfLikeSkeleton() {
    Document a = doc("a", "استقبل الأمير سعد بن نايف بن سالم آل زيد الوفد، وحضر سعد بن نواف بن سالم ووليد بن خالد الزهيري.",
        "PER", "سعد بن نايف بن سالم آل زيد", "PER", "سعد بن نواف بن سالم", "PER", "وليد بن خالد الزهيري");
    Document b = doc("b", "وقال سعد بن نايف إن وليد خالد الزهيري وصل.", "PER", "سعد بن نايف", "PER", "وليد خالد الزهيري");
    Corpus c = link(a, b);
    assertThat(entity(c, "سعد بن نايف بن سالم آل زيد").documents()).containsExactly("a", "b");
    assertThat(entity(c, "سعد بن نواف بن سالم").documents()).containsExactly("a");
    assertThat(entity(c, "وليد بن خالد الزهيري").documents()).containsExactly("a", "b");
    assertThat(c.entities()).hasSize(3);
  }

  @Test
  void aLoneSurnameSharedByTwoPeopleGoesToTheOneTheRunNamesFarMoreOften() {
    Document a = doc("a", "وقال الرئيس دانيال كوربيرغ إن الاتفاق قريب.", "PER", "دانيال كوربيرغ");
    Document b = doc("b", "واتصل دانيال كوربيرغ بنظيره أمس.", "PER", "دانيال كوربيرغ");
    Document c = doc("c", "وزارت إيلينا كوربيرغ المدرسة.", "PER", "إيلينا كوربيرغ");
    Document d = doc("d", "ورحب كوربيرغ بالقرار.", "PER", "كوربيرغ");
    Corpus run = link(a, b, c, d);
    assertThat(entity(run, "دانيال كوربيرغ").documents()).containsExactly("a", "b", "d");
    assertThat(entity(run, "إيلينا كوربيرغ").documents()).containsExactly("c");
    // as often printed: no guess
    Document e = doc("e", "وزارت إيلينا كوربيرغ المستشفى.", "PER", "إيلينا كوربيرغ");
    Corpus even = link(a, b, c, e, d);
    assertThat(entity(even, "كوربيرغ").documents()).containsExactly("d");
  }

  @Test
  void aSurnameWithItsParticleFusedOrSpacedAndAloneLinksToTheFullName() {
    Document a = doc("a", "وقال المبعوث ستيفان دي ماركوني إن الحل سياسي.", "PER", "ستيفان دي ماركوني");
    Document b = doc("b", "وانتقد المعارضون خطة ديماركوني الجديدة.", "PER", "ديماركوني");
    Document c = doc("c", "ورد مدرب الفريق لويس فان دالن على الأسئلة.", "PER", "لويس فان دالن");
    Document d = doc("d", "وقال دالن إن فريقه جاهز.", "PER", "دالن");
    Corpus run = link(a, b, c, d);
    assertThat(entity(run, "ستيفان دي ماركوني").documents()).containsExactly("a", "b");
    assertThat(entity(run, "لويس فان دالن").documents()).containsExactly("c", "d");
  }

  @Test
  void anAgencyAfterAConjunctionKeepsItsFirstLetters() {
    Document a = doc("a", "ونقلت وكالة الأنباء الفلانية الرسمية الخبر.", "ORG", "وكالة الأنباء الفلانية الرسمية");
    Corpus run = link(a);
    assertThat(run.entities()).extracting(Entity::canonical).containsExactly("وكالة الأنباء الفلانية الرسمية");
    assertThat(NameForms.stripClitics("للأمم المتحدة", k -> false)).isEqualTo("الأمم المتحدة");
    assertThat(NameForms.stripClitics("وبالمكتب الإعلامي", k -> false)).isEqualTo("المكتب الإعلامي");
  }

  @Test
  void aLoneWordTypedAsAPlaceThatIsOnePersonsSurnameIsThatPerson() {
    Document a = doc("a", "وقال المبعوث ماركو دي فيلارتا إن المحادثات مستمرة.", "PER", "ماركو دي فيلارتا");
    Document b = doc("b", "وعرض ديفيلارتا خطته، ثم زار فيلارتا المدينة.", "LOC", "ديفيلارتا", "LOC", "فيلارتا");
    Document c = doc("c", "ووصل الوفد إلى القاهرة.", "LOC", "القاهرة");
    Corpus k = link(a, b, c);
    assertThat(entity(k, "ماركو دي فيلارتا").documents()).containsExactly("a", "b");
    assertThat(entity(k, "ماركو دي فيلارتا").type()).isEqualTo("PER");
    assertThat(entity(k, "القاهرة").type()).isEqualTo("LOC");
    assertThat(k.entities()).hasSize(2);
  }

  @Test
  void aPatronymicReferenceIsTheOneFullNameThatCarriesIt() {
    Document a = doc("a", "أكد الشيخ سالم بن عبدالرحمن آل ثاني أن النظام مرفوض. وقال بن عبد الرحمن إن الدولة لن تتردد.",
        "PER", "سالم بن عبدالرحمن آل ثاني", "PER", "بن عبد الرحمن");
    Document b = doc("b", "التقى خالد بن سعود الفهد مع فهد بن سعود العلي. وقال بن سعود إن اللقاء ناجح.",
        "PER", "خالد بن سعود الفهد", "PER", "فهد بن سعود العلي", "PER", "بن سعود");
    Corpus c = link(a, b);
    assertThat(entity(c, "سالم بن عبدالرحمن آل ثاني").documents()).containsExactly("a");
    assertThat(c.entities()).noneMatch(e -> e.canonical().equals("بن عبد الرحمن"));
    assertThat(entity(c, "بن سعود").documents()).containsExactly("b"); // two full names carry it: left alone
  }

  @Test
  void aFullNameAfterAndInOneArticleIsTheNamePrintedBareInAnother() {
    Document a = doc("a", "وشارك في المباراة ماركو وجيمس هاردن، وسجل وجيمس هاردن هدفين.", "PER", "وجيمس هاردن");
    Document b = doc("b", "وقال جيمس هاردن إن الفريق جاهز.", "PER", "جيمس هاردن");
    Corpus c = link(a, b);
    assertThat(entity(c, "جيمس هاردن").documents()).containsExactly("a", "b");
  }

  @Test
  void twoSwappedLettersOfALongSurnameAreATypoOfThatPerson() {
    Document a = doc("a", "وقال الوزير فيكتور كارانوفسكي إن المحادثات بناءة.", "PER", "فيكتور كارانوفسكي");
    Document b = doc("b", "والتقى المبعوث وكارانوفكسي في العاصمة أمس.", "PER", "وكارانوفكسي");
    Corpus c = link(a, b);
    assertThat(entity(c, "فيكتور كارانوفسكي").documents()).containsExactly("a", "b");
    assertThat(LinkStage.swappedLast("سامر")).isEmpty(); // short names: a swap makes another name
  }

  @Test
  void aFamilyNamePrintedWithAndWithoutItsArticleIsOnePersonButAGivenNameWordIsNot() {
    Document a = doc("a", "وصل رئيس الوزراء عبد الكريم شنيبة إلى المطار.", "PER", "عبد الكريم شنيبة");
    Document b = doc("b", "وأكد عبد الكريم الشنيبة أن الحكومة باقية.", "PER", "عبد الكريم الشنيبة");
    Corpus c = link(a, b);
    assertThat(c.entities()).hasSize(1);
    assertThat(c.entities().get(0).documents()).containsExactly("a", "b");
    // صالح opens names: أحمد صالح and أحمد الصالح are two men
    Document d = doc("d", "وقال أحمد صالح إن الفريق جاهز.", "PER", "أحمد صالح");
    Document e = doc("e", "وقال أحمد الصالح إن الموسم صعب.", "PER", "أحمد الصالح");
    Corpus two = link(d, e);
    assertThat(entity(two, "أحمد صالح").documents()).containsExactly("d");
  }

  @Test
  void aMinistryNamedByItsPortfolioAndCountryIsTheMinistry() {
    Document a = doc("a", "وأعلنت وزارة الخارجية الكندية استدعاء السفير.", "ORG", "وزارة الخارجية الكندية");
    Document b = doc("b", "وقالت الخارجية الكندية إن السفير غادر.", "ORG", "الخارجية الكندية");
    Corpus c = link(a, b);
    assertThat(c.entities()).hasSize(1);
    assertThat(c.entities().get(0).documents()).containsExactly("a", "b");
  }

  @Test
  void aNationalBodyWithoutItsCountryAndACurrentWithoutItsHeadAreTheBody() {
    Document a = doc("a", "وتقدم الجيش الوطني السوداني نحو المدينة، وأعلن تيار الغد انسحابه.",
        "ORG", "الجيش الوطني السوداني", "ORG", "تيار الغد");
    Document b = doc("b", "وقال الجيش الوطني إن القوات تقدمت، ورفض الغد الاتفاق.", "ORG", "الجيش الوطني", "ORG", "الغد");
    Corpus c = link(a, b);
    assertThat(c.entities()).hasSize(2);
    assertThat(c.entities()).allSatisfy(e -> assertThat(e.documents()).containsExactly("a", "b"));
  }

  @Test
  void aShortFormOfTwoBodiesLinksToNeither() {
    Document a = doc("a", "وتقدم الجيش الوطني السوداني، ورد الجيش الوطني الليبي.",
        "ORG", "الجيش الوطني السوداني", "ORG", "الجيش الوطني الليبي");
    Document b = doc("b", "وقال الجيش الوطني إن القوات تقدمت.", "ORG", "الجيش الوطني");
    assertThat(link(a, b).entities()).hasSize(3);
  }

  @Test
  void aBodyNamedByAGenitiveKeepsItsCountry() {
    Document a = doc("a", "وصوت مجلس النواب السوداني على القانون.", "ORG", "مجلس النواب السوداني");
    Document b = doc("b", "وأقر مجلس النواب الموازنة.", "ORG", "مجلس النواب");
    assertThat(link(a, b).entities()).hasSize(2);
  }
}
