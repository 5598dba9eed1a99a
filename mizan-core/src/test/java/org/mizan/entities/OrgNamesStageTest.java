package org.mizan.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mizan.entities.EntityStagesTest.doc;

import org.junit.jupiter.api.Test;
import org.mizan.doc.Document;

/** The organisation-head rule on invented sentences: which spans become ORG and which do not. */
class OrgNamesStageTest {
  private static Document run(String text, String... typedForms) {
    return new OrgNamesStage().apply(doc("o", text, typedForms));
  }

  private static java.util.List<String> orgs(Document d) {
    return d.mentions().stream().filter(m -> m.type().equals("ORG")).map(Mention::text).toList();
  }

  @Test
  void aHeadInConstructWithADefiniteNameIsAnOrganisation() {
    assertThat(orgs(run("أعلنت وزارة النقل أمس عن خطة جديدة للطرق.")))
        .containsExactly("وزارة النقل");
    assertThat(orgs(run("وقالت جامعة الإمام إن التسجيل يبدأ غدا.")))
        .containsExactly("جامعة الإمام");
  }

  @Test
  void aPersonMentionOpenedByAGroupNounOrHeadIsAnOrganisation() {
    Document d = run("واتهمت جماعة الزهيري وحزب التقدم الحكومة، وقال كريم الزهيري إن الحوار مستمر.",
        "PER", "جماعة الزهيري", "PER", "وحزب التقدم", "PER", "كريم الزهيري");
    assertThat(orgs(d)).containsExactly("جماعة الزهيري", "وحزب التقدم");
    assertThat(d.mentions()).filteredOn(m -> m.type().equals("PER")).extracting(Mention::text)
        .containsExactly("كريم الزهيري");
  }

  @Test
  void cliticsOnTheHeadAreKeptInTheSpan() {
    assertThat(orgs(run("واحتفلت بلدية الخرج بالعيد، ثم زار الوفد لهيئة الهلال الأحمر مقرا.")))
        .containsExactly("بلدية الخرج", "هيئة الهلال الأحمر");
    assertThat(orgs(run("وأكد ذلك لوزارة الزراعة مسؤول."))).containsExactly("وزارة الزراعة");
  }

  @Test
  void aConstructNounAndConjoinedNamesContinueTheName() {
    assertThat(orgs(run("نشرت هيئة تقويم التعليم نتائجها، وحذرت هيئة الغذاء والدواء من منتج.")))
        .containsExactly("هيئة تقويم التعليم", "هيئة الغذاء والدواء");
  }

  @Test
  void aConjoinedHeadOrGroupStartsAnotherName() {
    assertThat(orgs(run("انتقد حزب الأمة والليبراليين خطة الحكومة، وشكر اتحاد السباحة والهيئة العامة للرياضة.")))
        .containsExactly("حزب الأمة", "اتحاد السباحة", "والهيئة العامة للرياضة");
  }

  @Test
  void aRegionAfterTheHeadIsPartOfTheName() {
    Document d = run("نفذت أمانة منطقة تبوك مشروعا في الحي.", "LOC", "تبوك");
    assertThat(d.mentions()).extracting(Mention::text, Mention::type)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("أمانة منطقة تبوك", "ORG"));
  }

  @Test
  void aPersonNameAfterAnHonorificAndAnAdjectiveMakeTheInstitution() {
    Document d = run("استقبلت مدينة الأمير فهد بن سلمان الطبية المرضى، وزرنا مدينة جدة.", "PER", "الأمير فهد بن سلمان");
    assertThat(orgs(d)).containsExactly("مدينة الأمير فهد بن سلمان الطبية");
    assertThat(d.mentions()).noneMatch(m -> m.type().equals("PER"));
  }

  @Test
  void aDefiniteGenitiveAfterAPersonNameContinuesIt() {
    assertThat(orgs(run("ووزع مركز الأمير نايف للإغاثة والتنمية السلال.")))
        .containsExactly("مركز الأمير نايف للإغاثة والتنمية");
  }

  @Test
  void aDefiniteHeadNeedsAnAdjectiveAndAGenitive() {
    assertThat(orgs(run("نظمت الرئاسة العامة لرعاية الشباب بطولة، وشاركت الشركة الوطنية للنقل فيها.")))
        .containsExactly("الرئاسة العامة لرعاية الشباب", "الشركة الوطنية للنقل");
    assertThat(orgs(run("وأكد المجلس للصحفيين أن الإدارة الجيدة للموارد تكفي."))).isEmpty();
  }

  @Test
  void theNameStopsAtTimeWordsVerbsAndPunctuation() {
    assertThat(orgs(run("قالت وزارة العمل اليوم إن وزارة الصحة، وكذلك مؤسسة تعمل في القطاع، ستشارك.")))
        .containsExactly("وزارة العمل", "وزارة الصحة");
    assertThat(orgs(run("دعت وزارة الزراعة المزارعين إلى الحذر."))).containsExactly("وزارة الزراعة");
  }

  @Test
  void genericOrIndefiniteUsesAreNotNames() {
    assertThat(orgs(run("تحتاج كل شركة ناشئة إلى إدارة جيدة، وكل مدينة إلى مستشفى."))).isEmpty();
    assertThat(orgs(run("افتتح مستشفى 20 سريرا، وقال مركز إن العمل مستمر."))).isEmpty();
  }

  @Test
  void anOrganisationInsideAPersonsTitleIsNotAnActor() {
    assertThat(orgs(run("وقال نائب رئيس مجلس الوزراء إن وزير الإعلام ومجلس الشورى اتفقا.")))
        .containsExactly("مجلس الشورى");
  }

  @Test
  void aPlaceTheTaggerFoundAtTheHeadIsKept() {
    // (a person there is retyped: a name never opens with an organisation head, see above)
    Document d = run("وصل الوفد إلى مركز الأحمد بعد الظهر.", "LOC", "مركز الأحمد");
    assertThat(d.mentions()).extracting(Mention::type).containsExactly("LOC");
  }

  @Test
  void aShorterOrganisationInsideTheSpanIsExtendedAndACrossingOneKept() {
    Document d = run("أعلنت وزارة الشؤون الإسلامية خطتها.", "ORG", "وزارة الشؤون");
    assertThat(orgs(d)).containsExactly("وزارة الشؤون الإسلامية");
    Document crossing = run("أعلنت وزارة الصحة العامة خطتها.", "ORG", "الصحة العامة خطتها");
    assertThat(orgs(crossing)).containsExactly("الصحة العامة خطتها");
  }

  @Test
  void aPartyOrCoalitionHeadNamesItWithAnAdjectiveAloneOtherHeadsDoNot() {
    assertThat(orgs(run("وقال زعماء في الحزب الليبرالي الذي يهيمن على البرلمان إن التصويت قريب.")))
        .containsExactly("الحزب الليبرالي");
    assertThat(orgs(run("وناقشت اللجنة الفنية الملف أمس."))).isEmpty();
  }

  @Test
  void aLamGenitiveWithANameAndAnAdjectiveContinuesTheNameAPurposeDoesNot() {
    assertThat(orgs(run("وأصدر مجلس التنسيق لدول الساحل الإفريقي بيانا أمس.")))
        .containsExactly("مجلس التنسيق لدول الساحل الإفريقي");
    assertThat(orgs(run("واجتمع مجلس الشيوخ الكندي لمناقشة الدور الرقابي أمس.")))
        .containsExactly("مجلس الشيوخ الكندي");
  }

  @Test
  void aWellKnownNameReplacesACutTagInsideIt() {
    Document d = new LexiconNamesStage().apply(doc("l", "وطلبت أنقرة من حلف شمال الأطلسي عقد اجتماع.", "ORG", "حلف شمال"));
    assertThat(orgs(d)).containsExactly("حلف شمال الأطلسي");
  }

  @Test
  void aMovementNamedByItsPluralNisbaIsAnOrganisationWithItsClitics() {
    // the tagger leaves the plural untagged; the listed group is tagged in both cases, after و and ل too
    Document d = new LexiconNamesStage().apply(doc("h", "وانسحب الحوثيون من البلدة، وقال سكان إن القصف استهدف مواقع للحوثيين والقوات الموالية لهم."));
    assertThat(orgs(d)).containsExactly("الحوثيون", "للحوثيين");
  }

  @Test
  void anAcronymSpelledInLetterNamesIsAnOrganisation() {
    Document d = run("وقال في مقابلة مع \"بي.بي.سي\" ثم مع شبكة سي إن إن إنه في أو إن الأمر انتهى، وظهر في بي بي سي أو سي إن إن.", "ORG", "بي");
    assertThat(orgs(d)).containsExactly("بي.بي.سي", "سي إن إن", "بي بي سي", "سي إن إن");
  }

  @Test
  void corpsGuardsAndRadiosAreOrganisationHeads() {
    assertThat(orgs(run("وهاجم فيلق الشمال مواقع المعارضة، ونقلت إذاعة الشروق الخبر.")))
        .containsExactly("فيلق الشمال", "إذاعة الشروق");
    assertThat(orgs(run("وأعلن الحرس الجمهوري حالة التأهب.")))
        .containsExactly("الحرس الجمهوري");
  }

  @Test
  void countriesAndCitiesAreTaggedWhereverPrintedButNotInsideAnotherNameNorCommonWords() {
    // كابل (a cable), مالي ("my money") are not listed; السيول (the floods) is not سيول with an article
    Document d = new LexiconNamesStage().apply(doc("p",
        "وزار الوفد بوروندي ولاغوس، ثم التقى رئيس جامعة القاهرة، ومد العمال كابل الكهرباء إلى مالي الخاص بعد السيول.",
        "ORG", "جامعة القاهرة"));
    assertThat(d.mentions()).extracting(Mention::text, Mention::type).containsExactly(
        org.assertj.core.groups.Tuple.tuple("بوروندي", "LOC"), org.assertj.core.groups.Tuple.tuple("ولاغوس", "LOC"),
        org.assertj.core.groups.Tuple.tuple("جامعة القاهرة", "ORG"));
  }

  @Test
  void anAirlineIsTheLinesWithAnAdjectiveOfOriginButNoOtherLines() {
    assertThat(orgs(run("وكانت الطائرة تابعة للخطوط الجوية الإثيوبية، وتقدمت القوات نحو الخطوط الأمامية، ومدت خطوط السكك الحديدية.")))
        .containsExactly("للخطوط الجوية الإثيوبية");
  }

  @Test
  void aCommissionTakesItsAdjectivesAndItsFieldGenitive() {
    assertThat(orgs(run("وقالت المفوضية العليا للمهاجرين إن العدد ارتفع، ونددت مفوضية الأمم المتحدة لحقوق الإنسان بالحكم.",
        "ORG", "الأمم المتحدة")))
        .containsExactly("المفوضية العليا للمهاجرين", "مفوضية الأمم المتحدة لحقوق الإنسان");
  }

  @Test
  void aCongressIsANameOnlyWhenNationalOrPopular() {
    assertThat(orgs(run("ورفض المؤتمر الوطني العام الخطة، ثم عقد المؤتمر الصحفي أمس.")))
        .containsExactly("المؤتمر الوطني العام");
  }

  @Test
  void aCentralBankKeepsItsCountry() {
    Document d = run("وسددت الحكومة ديونا للبنك المركزي الكندي أمس.", "ORG", "للبنك المركزي");
    assertThat(orgs(d)).containsExactly("للبنك المركزي الكندي");
  }

  @Test
  void aLongBodyNameAfterATitleIsAnOrganisationAndItsWordNoPerson() {
    // a name of three words or more after a title is a body; two words (رئيس مجلس الوزراء) stay in the title,
    // and so does an adjective of origin after a construct (زعيم حزب الأحرار الكندي)
    Document d = run("وقال زيلنار دوفان، رئيس مكتب سلامة الملاحة الكندي إن الحطام وصل، وقال رئيس مجلس الوزراء"
        + " وزعيم حزب الأحرار الكندي إن الوضع هادئ.", "PER", "زيلنار دوفان", "PER", "سلامة");
    assertThat(orgs(d)).containsExactly("مكتب سلامة الملاحة الكندي");
    assertThat(d.mentions()).filteredOn(m -> m.type().equals("PER")).extracting(Mention::text)
        .containsExactly("زيلنار دوفان");
  }

  @Test
  void aForeignNameAfterAnAgencyNounIsNoConstruct() {
    Document d = run("بحسب وكالة سبارونيك الكندية.", "ORG", "سبارونيك");
    assertThat(orgs(d)).containsExactly("سبارونيك");
  }

  @Test
  void theRoyalCourtIsAnOrganisationNotThePersonOfItsChief() {
    // the tagger reads "رئيس الديوان" as a title and "الملكي" as the name after it
    Document d = org.mizan.pipeline.Pipelines.standard().analyse(new org.mizan.doc.RawArticle("rc", "t", "text",
        java.util.List.of("وأعلن مساعد رئيس الديوان الملكي سالم بن فهد الزهراني أن الديوان الملكي أصدر بيانا أمس.",
            "وقال نائب رئيس الديوان الملكي إن الزيارة تبدأ غدا."), java.util.Map.of()), p -> {});
    assertThat(d.mentions()).filteredOn(m -> m.type().equals("PER")).extracting(Mention::text)
        .noneMatch(t -> t.contains("الملكي"));
    assertThat(d.mentions()).filteredOn(m -> m.type().equals("ORG")).extracting(Mention::text)
        .contains("الديوان الملكي");
  }

  @Test
  void aListedServiceTypedMiscIsAnOrganisation() {
    Document d = new LexiconNamesStage().apply(doc("s", "وكتب على موقع فيسبوك وتويتر أن الحطام وصل.", "MISC", "فيسبوك"));
    assertThat(d.mentions()).extracting(Mention::text, Mention::type).containsExactly(
        org.assertj.core.groups.Tuple.tuple("فيسبوك", "ORG"), org.assertj.core.groups.Tuple.tuple("وتويتر", "ORG"));
  }

  @Test
  void aCouncilOrMilitiaNamedAfterItsTownIsOneOrganisation() {
    Document d = run("واندلعت اشتباكات بين الجيش وقوات مجلس شورى ثوار زافيرون، ونقل اللاجئون إلى مركز استقبال قرب زافيرون.",
        "LOC", "زافيرون");
    assertThat(orgs(d)).containsExactly("مجلس شورى ثوار زافيرون");
    assertThat(d.mentions()).filteredOn(m -> m.type().equals("LOC")).extracting(Mention::text).containsExactly("زافيرون");
  }

  @Test
  void aDefiniteHeadIsNoConstructWithTheNounsAfterIt() {
    // الجيش | مزاعم زافيرون: "the army [denied] the claims of Zafiron"; a definite noun governs no genitive
    Document d = run("ونفى الجيش مزاعم زافيرون بالسيطرة على الجسر.", "LOC", "زافيرون");
    assertThat(orgs(d)).isEmpty();
    assertThat(d.mentions()).extracting(Mention::text).containsExactly("زافيرون");
  }

  @Test
  void aTownAfterAPrepositionOnItsHeadIsNoWordOfTheGroupBeforeIt() {
    // الحزب | ببلدة X: "the party, in the town of X", a place after the group, not its name
    Document d = run("واشتبكت الشرطة مع مقاتلي الحزب ببلدة زافيرون قرب الحدود.", "LOC", "زافيرون");
    assertThat(orgs(d)).isEmpty();
    assertThat(d.mentions()).extracting(Mention::text).containsExactly("زافيرون");
  }

  @Test
  void aQuotedNounAndPlaceNamesAGroupButAQuotedDirectionAPlace() {
    Document d = run("وسيطر تحالف مسلح يعرف باسم \"فجر زافيرون\" على العاصمة، وقال سكان «شمال زافيرون» إن الوضع هادئ.",
        "LOC", "زافيرون");
    assertThat(d.mentions()).extracting(Mention::text, Mention::type).containsExactly(
        org.assertj.core.groups.Tuple.tuple("فجر زافيرون", "ORG"), org.assertj.core.groups.Tuple.tuple("زافيرون", "LOC"));
  }

  @Test
  void aDefiniteBodyWithItsAdjectiveAfterATitleIsAnOrganisation() {
    // the title holder's body is named in full (رئيس الاتحاد القاري), unlike a construct of two words
    assertThat(orgs(run("وحضر رئيس الاتحاد اللاتيني للشطرنج، وقال رئيس الاتحاد الأفريقي إن البطولة تبدأ غدا.")))
        .containsExactly("الاتحاد الأفريقي");
    assertThat(orgs(run("أعلن الاتحاد الكيني انسحابه من البطولة."))).containsExactly("الاتحاد الكيني");
    assertThat(orgs(run("أعلن الاتحاد الكيني والنادي الأهلي انسحابهما.")).get(0)).isEqualTo("الاتحاد الكيني");
  }

  @Test
  void aPortfolioAfterATitleIsNoOrganisationName() {
    // a ل genitive after a title names the office's portfolio; لشؤون is no field genitive
    assertThat(orgs(run("وقال وكيل وزارة المياه لشؤون الكهرباء إن العمل مستمر، وقال مستشار الديوان الملكي للشؤون الخاصة إن.")))
        .containsExactly("وزارة المياه");
  }

  @Test
  void forcesWithAnAdjectiveThatIsNoOriginAreANamedBody() {
    assertThat(orgs(run("وقال قائد قوات الحراسة الخاصة إن وحدات من قوات الأمن التركية وقوات النظام انسحبت.")))
        .containsExactly("قوات الحراسة الخاصة");
    assertThat(orgs(run("وشاركت بقوات الدفاع الساحلي في المناورة."))).containsExactly("قوات الدفاع الساحلي");
    assertThat(orgs(run("وتقدمت القوات البلجيكية الخاصة وقوات الجيش الموالية نحو البلدة."))).isEmpty();
  }

  @Test
  void anInstitutionNamedAfterAPersonIsOneOrganisation() {
    Document d = new OrgNamesStage().apply(EntityStagesTest.doc("a",
        "وأقيم الحفل بمركز هارتويل أمس، ثم زار الوفد مؤسسة جيمس كوبر، وقال مكتب ليندمان إن الزيارة ناجحة، وكان مدير مكتبه ديفيد روس حاضرا.",
        "PER", "هارتويل", "PER", "جيمس كوبر", "PER", "ليندمان", "PER", "ديفيد روس"));
    assertThat(EntityStagesTest.typed(d)).containsExactly("ORG مركز هارتويل", "ORG مؤسسة جيمس كوبر", "PER ليندمان", "PER ديفيد روس");
  }

  @Test
  void aLeagueNamedAfterItsSponsorIsOneOrganisation() {
    Document d = new OrgNamesStage().apply(EntityStagesTest.doc("a",
        "وفاز الفريق في الجولة الأخيرة من دوري سامر الحداد للمحترفين أمس.", "PER", "سامر الحداد"));
    assertThat(EntityStagesTest.typed(d)).containsExactly("ORG دوري سامر الحداد");
  }

  @Test
  void aDefiniteBodyNounWithACountrysAdjectiveOfItsGenderIsThatCountrysBody() {
    assertThat(orgs(run("وأعلنت الرئاسة التونسية أن الزيارة تأجلت، ونقلت القناة 14 العبرية الخبر.")))
        .containsExactlyInAnyOrder("الرئاسة التونسية", "القناة 14 العبرية");
    assertThat(orgs(run("وقال المتحدث باسم الخارجية الكندية إن السفارة مغلقة.")))
        .containsExactly("الخارجية الكندية");
    // the adjective of a title (masculine after وزير) names no body
    assertThat(orgs(run("وقال وزير الخارجية الكندي إن السفارة مغلقة."))).isEmpty();
    // after a definite noun the head is an adjective: "the Kuwaiti external reserves"
    assertThat(orgs(run("وارتفعت الاحتياطيات الخارجية الكويتية خلال العام الماضي."))).isEmpty();
  }

  @Test
  void aDefiniteArmyOrCouncilWithANationalOrPresidentialAdjectiveIsAnOrganisation() {
    assertThat(orgs(run("واجتمع المجلس الرئاسي في عدن، وأعلن الجيش الوطني التشادي السيطرة على البلدة.")))
        .containsExactly("المجلس الرئاسي", "الجيش الوطني التشادي");
    // a council's other adjectives name nothing (a meeting's description)
    assertThat(orgs(run("وانعقد المجلس الاستشاري في المساء."))).isEmpty();
  }
}
