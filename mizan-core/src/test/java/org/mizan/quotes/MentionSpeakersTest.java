package org.mizan.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mizan.entities.Mention;

/** The NER's person mentions as speaker candidates (invented sentences, hand-placed mentions). */
class MentionSpeakersTest {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private static List<Mention> persons(String text, String... names) {
    return TestMentions.persons(text, names);
  }

  private List<String> speakers(String text, String... names) {
    return extractor.extract(text, persons(text, names)).stream().filter(q -> q.kind().equals("direct"))
        .map(TestMentions::speaker).toList();
  }

  @Test
  void aPersonAfterATitleWithAPrepositionIsNotTheSubject() {
    assertThat(MentionSpeakers.titleWithPreposition("وقال مستشارون للرئيس الفرنسي")).isTrue();
    assertThat(MentionSpeakers.titleWithPreposition("وقال مساعدون للملك")).isTrue();
    // the governing title has no preposition; a preposition inside an organisation name does not count
    assertThat(MentionSpeakers.titleWithPreposition("وقال الرئيس الفرنسي")).isFalse();
    assertThat(MentionSpeakers.titleWithPreposition("وقال مدير المرصد السوري لحقوق الإنسان")).isFalse();
  }

  @Test
  void personInTheSubjectPhraseBeatsATitleRun() {
    String text = "وقال مدير المركز الوطني للرصد الزلزالي سامر عبد الكريم لوكالة الأنباء: "
        + "«الهزة كانت خفيفة ولم تسجل أي أضرار في المباني».";
    assertThat(speakers(text, "سامر عبد الكريم")).containsExactly("سامر عبد الكريم");
  }

  @Test
  void personMentionTrimsAWordTheRulesAddedAfterTheName() {
    String text = "وقال فادي نصار القائم بأعمال مدير المكتب في بيان يوم الأحد \"نأسف لتأخير افتتاح المكتب الجديد.\"";
    assertThat(speakers(text, "فادي نصار")).containsExactly("فادي نصار");
  }

  @Test
  void rulesKeepAFamilyNameTheNerCutOffWhenTheArticleReusesIt() {
    String text = "قال نبيل بن صالح العمري رئيس الجمعية: \"نعمل على توسيع البرنامج ليشمل كل المحافظات\". "
        + "وأضاف العمري: \"سنعلن التفاصيل خلال الأسبوع المقبل\".";
    assertThat(speakers(text, "نبيل بن صالح")).containsExactly("نبيل بن صالح العمري", "نبيل بن صالح العمري");
  }

  @Test
  void aPersonAfterAPrepositionIsAnObjectNotTheSpeaker() {
    String text = "قال المدرب الإسباني خوسيه مارين: \"الفريق جاهز للموسم الجديد\". وقد يضيف إليهم كريم ناصر لاعب الوسط. "
        + "وتابع: \"ننتظر وصول بقية اللاعبين من المنتخبات\".";
    assertThat(speakers(text, "خوسيه مارين", "كريم ناصر")).containsExactly("خوسيه مارين", "خوسيه مارين");
  }

  @Test
  void untrustedMentionsAreNotCandidates() {
    assertThat(MentionSpeakers.personName("مصدر عسكري آخر")).isFalse(); // a description the NER tagged PER
    assertThat(MentionSpeakers.personName("محمد بن")).isFalse(); // cut after a connector
    assertThat(MentionSpeakers.personName("أنا سعيد")).isFalse();
    assertThat(MentionSpeakers.personName("سامي")).isFalse(); // one word: the rules read more
    assertThat(MentionSpeakers.personName("سامر عبد الكريم")).isTrue();
  }

  @Test
  void aNameTheTaggerSplitInTwoIsJoined() {
    String text = "وقال مدير المرصد رامي عبد الرحمن لوكالة الأنباء: «سقطت الطائرة في حي سكني مكتظ».";
    List<Mention> ms = new ArrayList<>(persons(text, "رامي"));
    ms.addAll(persons(text, "عبد الرحمن"));
    ms.sort(java.util.Comparator.comparingInt(Mention::start));
    assertThat(extractor.extract(text, ms).get(0).speaker().canonical()).isEqualTo("رامي عبد الرحمن");
  }

  @Test
  void aTitledPersonAfterAGovernedComplementIsTheSpeaker() {
    String text = "وقال مندوب الأردن الدائم لدى المنظمة السفير نادر سليم في تصريح: \"ستناقش اللجنة التقرير الأسبوع المقبل\".";
    assertThat(speakers(text, "نادر سليم")).containsExactly("نادر سليم");
  }

  @Test
  void aContinuationWithATitleAndAPlaceIsTheCurrentSpeaker() {
    String text = "قال ماركوس ليندبرغ لرويترز إن الوقت مناسب للتغيير. "
        + "وأضاف قائد منتخب السويد السابق \"الاتحاد يحتاج إلى شخص يعرف اللعبة من الداخل.\"";
    List<Mention> ms = new ArrayList<>(persons(text, "ماركوس ليندبرغ"));
    int at = text.indexOf("السويد");
    ms.add(new Mention(at, at + 6, "السويد", "LOC", null, null, "السويد"));
    ms.sort(java.util.Comparator.comparingInt(Mention::start));
    assertThat(extractor.extract(text, ms).stream().filter(q -> q.kind().equals("direct"))
        .map(q -> q.speaker().canonical()).toList()).containsExactly("ماركوس ليندبرغ");
  }

  @Test
  void aBareVerbWithNoSpeakerYetTakesThePersonTheTextIsAbout() {
    String text = "برر المدرب المغربي كريم الزياني اكتفاء فريقه بمباراة ودية واحدة في المعسكر. "
        + "وقال \"ركزنا على اللياقة البدنية قبل المباريات القوية\".";
    assertThat(speakers(text, "كريم الزياني")).containsExactly("كريم الزياني");
  }

  @Test
  void aTopicPhraseAfterTheVerbIsNotTheSpeaker() {
    String text = "أكد الرئيس أمادو سيسي أن الحوار مستمر. وقال بهذا الخصوص: \"لن نقبل أي تدخل في شؤوننا الداخلية\".";
    assertThat(speakers(text, "أمادو سيسي")).containsExactly("أمادو سيسي");
    String text2 = "أكد الرئيس أمادو سيسي أن الحوار مستمر. وقال في هذا الصدد: \"لن نقبل أي تدخل في شؤوننا الداخلية\".";
    assertThat(speakers(text2, "أمادو سيسي")).containsExactly("أمادو سيسي");
  }

  @Test
  void aNamedSourceAfterBihasbGoesOnSpeaking() {
    String text = "ارتفعت الصادرات في يوليو. وبحسب حامد كريم المتحدث باسم الوزارة فإن الإيرادات زادت بنسبة كبيرة. "
        + "وأضاف بحسب وكالة الأنباء: «كنا نأمل الوصول إلى مستويات أعلى لولا توقف خط التصدير»";
    assertThat(speakers(text, "حامد كريم")).containsExactly("حامد كريم");
  }

  @Test
  void anAgencyTheNerTagsAtTheEndOfANameIsDropped() {
    String text = "وقال لي تشنغ وو رويترز في اتصال هاتفي \"التحقيق سيستغرق عدة أسابيع أخرى\".";
    List<Mention> ms = new ArrayList<>();
    int at = text.indexOf("رويترز");
    ms.add(new Mention(at, at + 6, "رويترز", "ORG", null, null, "رويترز"));
    assertThat(extractor.extract(text, ms).get(0).speaker().canonical()).isEqualTo("لي تشنغ وو");
  }

  @Test
  void aTwoWordRunAfterViaIsNotASpeaker() {
    // عبر is "via" here, not عبّر "expressed": the run after it, untagged and met once, is no name
    String text = "أعلن الوزير سامر الخالد أن الوضع مستقر، مشيدا بالدعم الذي وصل عبر تسيير قوافل إلى المدن.\n"
        + "وأضاف: «سنواصل دعم المتضررين في كل المناطق دون استثناء»";
    assertThat(speakers(text, "سامر الخالد")).containsExactly("سامر الخالد");
  }

  @Test
  void anUntaggedTwoWordSubjectMetOnceKeepsTheCurrentSpeaker() {
    String text = "قال اللاعب سامر الخالد إن الفوز مستحق. ولم يخسر الخالد أي مجموعة مما يؤكد استحقاقه اللعب في النهائي.\n"
        + "وقال: «سأبذل ما بوسعي لإسعاد الجماهير في المباراة المقبلة»";
    assertThat(speakers(text, "سامر الخالد")).containsExactly("سامر الخالد");
  }

  @Test
  void anUntaggedTwoWordNameUsedAgainIsStillASpeaker() {
    String text = "وقال وليد العمري في اتصال هاتفي «الفريق جاهز للمباراة المقبلة تماما». ويلعب العمري منذ سنوات في الدوري.";
    int at = text.indexOf("الدوري");
    List<Mention> ms = List.of(new Mention(at, at + 6, "الدوري", "ORG", null, null, "الدوري"));
    assertThat(extractor.extract(text, ms).get(0).speaker().canonical()).isEqualTo("وليد العمري");
  }
  @Test
  void aNegatedVerbNamesNoSpeaker() {
    // لا تعترف بالفشل: no statement; the quote after أكد belongs to the person the sentence is about
    String text = "ينتمي سامر الخالد إلى فئة لا تعترف بالفشل ولا الإحباط. وهو ما يتذكره سامر الخالد جيدا، "
        + "بل أكد أنها «كانت أكبر درس لي في حياتي المهنية كلها»";
    assertThat(speakers(text, "سامر الخالد")).containsExactly("سامر الخالد");
  }

  @Test
  void aBareVerbWithNothingReportedPicksNoSpeaker() {
    // جعله يعلن إفلاسه reports nothing: the fallback speaker is chosen where the quote is
    String text = "تأثر الفنان بنجوم مثل كريم الهادي في شبابه. ثم تعرض لأزمة خانقة جعلته يعلن إفلاسه. "
        + "وكان ذلك ما يتذكره مازن العلي بابتسامة، وأكد أنها «كانت أكبر درس لي في حياتي كلها»";
    assertThat(speakers(text, "كريم الهادي", "مازن العلي")).containsExactly("مازن العلي");
  }

  @Test
  void aDefiniteAdjectiveIsNoTitleIntroducingAName() {
    // الكبير after a noun is "great", not the title كبير: لناديه ولجماهيره is no person to fall back on
    String text = "ثم التقى المدرب سالم الحربي بالصحفيين. وودع اللاعب زملاءه في الفريق، موجها شكره الكبير "
        + "لناديه ولجماهيره على دعمهم.\n\nوأضاف: «هذه فرصتي التي أحارب من أجلها منذ سنوات»";
    assertThat(extractor.extract(text).get(0).speaker().canonical()).isEqualTo("سالم الحربي");
  }

  @Test
  void viaIsNoStanceVerb() {
    // عبر without عن is "via": the run after it is not the current speaker
    String text = "قال المتحدث سالم الحربي إن السوق مستقرة. ويركز التداول على سلة أسهم عبر تنفيذ أوامر الشراء والبيع "
        + "من خلال برنامج. وأضاف أن هذا الإجراء «يهدف إلى تبديد الشائعات حول السوق»";
    assertThat(extractor.extract(text)).filteredOn(q -> q.kind().equals("direct"))
        .extracting(q -> q.speaker().canonical()).containsExactly("سالم الحربي");
    String stance = "وعبر سالم الحربي، عضو المجلس، عن سعادته بالقرار. وقال: «هذا يوم سعيد لنا جميعا»";
    assertThat(speakers(stance)).containsExactly("سالم الحربي");
  }
  @Test
  void theWordForYearAfterATitleIsPartOfTheTitle() {
    // العام is also "the year" (a stop word); after المدير it belongs to the title المدير العام
    String text = "وقال المدير العام للهيئة كارلوس مندير ان \"الاتفاق الجديد خطوة كبيرة للجميع\".";
    assertThat(speakers(text)).containsExactly("كارلوس مندير");
  }

  @Test
  void aDefiniteDescriptionBeforeANameIsThePersonsTitle() {
    // المواطن فلان الفلاني: the name, not the description, even when the NER saw nothing
    String text = "انقطعت الكهرباء عن القرية. وقال المواطن سعيد حمدي لـ\"الصحيفة\" إن التيار انقطع منذ الصباح، "
        + "مضيفا \"منذ ساعات ونحن ننتظر عودة التيار دون جدوى\".";
    int at = text.indexOf("الكهرباء");
    List<Mention> org = List.of(new Mention(at, at + 8, "الكهرباء", "ORG", null, null, "الكهرباء"));
    assertThat(extractor.extract(text, org)).filteredOn(q -> q.kind().equals("direct"))
        .extracting(q -> q.speaker().canonical()).containsExactly("سعيد حمدي");
  }

  @Test
  void aDefiniteDescriptionRefersToTheNamedPerson() {
    // المسؤول اليمني / الممثل والفنان الكوميدي with no earlier unnamed description: the person named before
    String text = "كشف الوزير كمال سعيد الأحمر أن الحكومة تعد برنامجا شاملا. وكشف المسؤول اليمني أن المطار سيفتح قريبا.\n\n"
        + "وأضاف: «هناك ملايين بحاجة إلى الإغاثة في كل المحافظات»";
    assertThat(speakers(text)).containsExactly("كمال سعيد الأحمر");
    String actor = "حقق مراد حسني نجاحا كبيرا في بلده، لكن الممثل والفنان الكوميدي يقول إن «اللغة الجديدة تمثل تحديا كبيرا لي»";
    assertThat(speakers(actor, "مراد حسني")).containsExactly("مراد حسني");
    // a statement is not a person: البيان stays the statement's
    String statement = "وقال الوزير كمال الأحمر إن العمل مستمر. وتابع البيان أن «العملية أسفرت عن مقتل ثلاثة مسلحين»";
    assertThat(speakers(statement, "كمال الأحمر")).doesNotContain("كمال الأحمر");
  }
  @Test
  void anOutletBeforeAnUnnamedSourceDoesNotHideIt() {
    String text = "وقال لـ\"الصحيفة\" مصدر في الوزارة، إنها خاطبت آلاف المواطنين. وأضاف المصدر، "
        + "\"الشركات المشاركة في المعرض باعت ألفي شقة سكنية\".";
    assertThat(speakers(text)).containsExactly("مصدر في الوزارة");
  }

  @Test
  void neitherANumberNorAVerbalNounIsASpeaker() {
    // تبلغ "amounts to" (not أبلغ "informed"); نفى سحب أي مشروع: the object of the verb
    String text = "وقال المتحدث سالم الحربي إن المبيعات جيدة. وتبلغ 4800 شقة سكنية خلال الأسبوعين المقبلين. "
        + "وأضاف، \"الشركات المشاركة باعت ألفي شقة سكنية حتى الآن\". ونفى سحب أي مشروع من الشركات. "
        + "وقال، \"الوزارة بصدد إبرام شراكات جديدة مع المطورين\".";
    assertThat(speakers(text, "سالم الحربي")).containsExactly("سالم الحربي", "سالم الحربي");
  }

  @Test
  void aNerPersonWithAVerbInItIsNoSpeaker() {
    // the tagger's وسأستخرج كامل (a future verb and its object) inside a quote is no fallback speaker
    String text = "وجه المدير حديثه للحكام قائلا: «سنعمل معا، كما أن المحاضر «جون ري» معنا، وسأستخرج كامل خبراتي لكم».\n\n"
        + "وأضاف: «قابلت قبل أسابيع الرئيس العام وتمت مناقشة المهام كلها»";
    assertThat(speakers(text, "وسأستخرج كامل")).doesNotContain("وسأستخرج كامل");
  }

  @Test
  void aStanceVerbOfFeelingSetsTheSpeaker() {
    // أبدت فلانة سعادتها …، وأضافت: the person who expressed it goes on speaking
    String text = "ووصفت رزان صالح الفعاليات بأنها مميزة. فيما أبدت منار الدوسري سعادتها بالفعاليات في المحافظة. "
        + "وأضافت: «سعدنا بوجود الفرصة لذوي الاحتياجات الخاصة في المهرجان»";
    assertThat(speakers(text, "رزان صالح", "منار الدوسري")).containsExactly("منار الدوسري");
  }
  @Test
  void aTitledPhraseRunsOnToThePersonPastAPlace() {
    // وزيرة الثقافة في مالي فلانة: the phrase the rules read stops at في; the NER's person after it,
    // with no verb or punctuation between, is the subject
    String text = "وقالت بعثة لحفظ السلام إن العمل أوشك على الانتهاء. وقالت وزيرة الثقافة في مالي أمينة ديالو لـ«الوكالة»: "
        + "«تدور إعادة البناء حول شيء أكبر من الأسوار»";
    assertThat(speakers(text, "أمينة ديالو")).containsExactly("أمينة ديالو");
    // a verb between: the person is in another clause
    String other = "وقال وزير الثقافة إن الموسم بدأ ويستقبل أمينة ديالو الزوار: «نرحب بكل الزوار في المدينة»";
    assertThat(speakers(other, "أمينة ديالو")).doesNotContain("أمينة ديالو");
  }
  @Test
  void aTaggersOrganisationOnTheGivenNameDoesNotHideAReusedFamilyName() {
    // the tagger read سول as an organisation; كامبل, used again, is a family name: سول كامبل speaks
    String text = "يرى سول كامبل مدافع المنتخب السابق أن البديل المثالي لاعب سابق. وقال كامبل إن هذا هو الأمر المنطقي. "
        + "وأضاف \"هناك العديد من الأشخاص العقلاء الذين لعبوا كرة القدم\".";
    List<Mention> ms = new ArrayList<>(persons(text, "سيب بلاتر"));
    ms.add(0, new Mention(4, 7, "سول", "ORG", null, null, "سول"));
    assertThat(extractor.extract(text, ms)).filteredOn(q -> q.kind().equals("direct"))
        .extracting(q -> q.speaker().canonical()).containsExactly("سول كامبل");
  }
  @Test
  void aSubjectlessVerbWithNoSpeakerYetTakesThePersonTheTextIsAbout() {
    // the last person named (an opponent) is not the one the article is about: the family name used most is
    String text = "تأهل اللاعب سعيد الحربي إلى النهائي بعد فوزه على المصنف الثاني كارل لي. وواصل الحربي تألقه "
        + "ويلتقي في النهائي اللاعب بن كاتي الذي فاز على هيوجو هاشي. ولم يخسر الحربي أي مجموعة.\n"
        + "وأهدى الفوز لجماهيره، وقال: \"سأعمل ما بوسعي لضم بطولة أخرى هذا الموسم\".";
    assertThat(speakers(text, "كارل لي", "بن كاتي", "هيوجو هاشي")).containsExactly("سعيد الحربي");
  }
  @Test
  void adjacentMentionsAreNotJoinedWhenTheSecondIsLinkedToAnotherPerson() {
    String text = "يعاني اليتيم حسن حمد اليامي من مرض نادر. وقال خاله مبارك اليامي: «حالته تحتاج إلى علاج عاجل في الخارج»";
    int a = text.indexOf("حسن حمد");
    int b = text.indexOf("اليامي");
    int c = text.indexOf("مبارك اليامي");
    List<Mention> ms = List.of(new Mention(a, a + 7, "حسن حمد", "PER", null, null, "حسن حمد"),
        new Mention(b, b + 6, "اليامي", "PER", null, null, "مبارك اليامي"),
        new Mention(c, c + 12, "مبارك اليامي", "PER", null, null, "مبارك اليامي"));
    assertThat(MentionSpeakers.merged(text, ms)).extracting(MentionSpeakers::name)
        .containsExactly("حسن حمد", "مبارك اليامي", "مبارك اليامي");
    assertThat(extractor.extract(text, ms).get(0).speaker().canonical()).isEqualTo("مبارك اليامي");
  }
  @Test
  void aFeminineContinuationAfterAManGoesBackToTheInstitution() {
    // وأضاف: is the president's; وتحدثت صحيفة … ووأضافت: is the newspaper's, not the president's
    String text = "وقال الرئيس سامر الخالد إن القمة ناجحة. وأضاف: «بينوا أن المنطقة منفتحة للأعمال». "
        + "وتحدثت صحيفة الأمة اليومية عن ظاهرة الزيارة، وأضافت: «إذا كان هناك شيء نتعلمه من الزيارة فهو الوحدة»";
    assertThat(speakers(text, "سامر الخالد")).containsExactly("سامر الخالد", "صحيفة الأمة اليومية");
  }

  private List<Quote> directQuotes(String text, String... names) {
    return extractor.extract(text, persons(text, names)).stream().filter(q -> q.kind().equals("direct")).toList();
  }

  @Test
  void aSubjectlessVerbAfterAnotherPersonsSentenceGoesToThatSentencesSubject() {
    // round 15: the subject of the sentence right before (وتعرض فلان …. وقال:) speaks, not the earlier
    // speaker; this was left unknown before (pooled dev: six such quotes right, none wrong)
    String text = "قال سامي الحربي مدرب الفريق: \"نحن جاهزون للمباراة المقبلة بكل قوة\". "
        + "وتعرض ماجد العتيبي لإصابة في المران الأخير وغاب عن التدريبات. "
        + "وقال: \"الفوز هو هدفنا الوحيد في هذه البطولة\".";
    List<Quote> qs = directQuotes(text, "سامي الحربي", "ماجد العتيبي");
    assertThat(qs).hasSize(2);
    assertThat(qs.get(0).speaker().canonical()).isEqualTo("سامي الحربي");
    assertThat(qs.get(1).speaker().canonical()).isEqualTo("ماجد العتيبي");
  }

  @Test
  void aPersonTheSpeakerTalksAboutIsNoRivalSpeaker() {
    String text = "قال سامي الحربي مدرب الفريق: \"نحن جاهزون للمباراة المقبلة بكل قوة\". "
        + "وأضاف أن ماجد العتيبي سيعود من الإصابة قبل نهاية الشهر. "
        + "وقال: \"الفوز هو هدفنا الوحيد في هذه البطولة\".";
    assertThat(speakers(text, "سامي الحربي", "ماجد العتيبي")).containsExactly("سامي الحربي", "سامي الحربي");
  }

  @Test
  void aContinuationInTheSameSentenceKeepsItsSpeaker() {
    String text = "قال سامي الحربي مدرب الفريق بعد لقائه ماجد العتيبي إن الفريق جاهز، مضيفا: "
        + "\"الفوز هو هدفنا الوحيد في هذه البطولة\".";
    assertThat(speakers(text, "سامي الحربي", "ماجد العتيبي")).containsExactly("سامي الحربي");
  }

  @Test
  void aQuotedNameTheNerTagsWholeIsNotAQuote() {
    String text = "وأشار الوزير سامي الحربي إلى زيارة \"عبد الله بن سالم الكعبي\" للمنطقة الأسبوع الماضي.";
    assertThat(directQuotes(text, "سامي الحربي", "عبد الله بن سالم الكعبي")).isEmpty();
  }

  @Test
  void theWritersAsideNamesNoSpeaker() {
    String text = "قال سامي الحربي مدير المشروع إن العمل يسير وفق الخطة. "
        + "يذكر أن \"المشروع سيكتمل خلال ثلاث سنوات من الآن\" حسب الخطة المعلنة.";
    List<Quote> qs = directQuotes(text, "سامي الحربي");
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).speaker()).isNull();
  }
}
