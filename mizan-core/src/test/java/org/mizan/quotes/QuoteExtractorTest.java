package org.mizan.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mizan.text.VerbForms;

class QuoteExtractorTest {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private static String name(Quote q) {
    return q.speaker().canonical() != null ? q.speaker().canonical() : q.speaker().description();
  }

  private List<Quote> direct(String text) {
    return extractor.extract(text).stream().filter(q -> q.kind().equals("direct")).toList();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "قال|قال الوزير سامي العلي: \"سنبدأ تنفيذ المشروع خلال العام المقبل\"",
      "قالت (feminine)|قالت الوزيرة هدى الناصر: \"سنبدأ تنفيذ المشروع خلال العام المقبل\"",
      "وقال (و prefix)|وقال الوزير سامي العلي: \"سنبدأ تنفيذ المشروع خلال العام المقبل\"",
      "فقال (ف prefix)|فقال الوزير سامي العلي: \"سنبدأ تنفيذ المشروع خلال العام المقبل\"",
      "يقول (present)|يقول الوزير سامي العلي: \"سنبدأ تنفيذ المشروع خلال العام المقبل\"",
      "تقول (present feminine)|تقول الوزيرة هدى الناصر: \"سنبدأ تنفيذ المشروع خلال العام المقبل\"",
      "أكد|أكد الوزير سامي العلي: \"سنبدأ تنفيذ المشروع خلال العام المقبل\"",
      "شدّد (shadda)|وشدّد الوزير سامي العلي على \"أننا سنبدأ تنفيذ المشروع خلال العام المقبل\"",
      "صرّح|وصرّح الوزير سامي العلي: \"سنبدأ تنفيذ المشروع خلال العام المقبل\"",
      "أوضحت|أوضحت الوزيرة هدى الناصر أن \"التنفيذ سيبدأ خلال العام المقبل\"",
      "حذّر|وحذّر الوزير سامي العلي: \"لن نقبل بأي تأخير في التنفيذ\"",
      "أردف|وأردف الوزير سامي العلي: \"سنبدأ تنفيذ المشروع خلال العام المقبل\"",
      "a military rank (العميد ركن)|وقال العميد ركن سامي العلي: \"سنبدأ تنفيذ المشروع خلال العام المقبل\"",
  })
  void everyVerbFormAttributesTheNamedSpeaker(String form, String text) {
    List<Quote> qs = direct(text);
    assertThat(qs).as(form).hasSize(1);
    assertThat(name(qs.get(0))).isIn("سامي العلي", "هدى الناصر");
  }

  @Test
  void pluralVerbFormsAreCues() {
    List<Quote> qs = direct("وقال المحتجون المعتصمون: \"لن نغادر الساحة قبل تحقيق مطالبنا\"");
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).cue()).isEqualTo("وقال");
    assertThat(new ReportingVerbs(List.of("قال\tيقول\tقائل")).lookup("قالوا")).isNotNull();
    assertThat(ReportingVerbs.standard().lookup("يقولون")).isNotNull();
    assertThat(ReportingVerbs.standard().lookup("واضافت")).isNotNull();
    assertThat(ReportingVerbs.standard().lookup("مضيفا")).extracting(ReportingVerbs.Form::participle).isEqualTo(true);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "straight|قال المدير خالد السالم: \"الخطة جاهزة للتنفيذ الآن\"",
      "curly|قال المدير خالد السالم: “الخطة جاهزة للتنفيذ الآن”",
      "guillemets|قال المدير خالد السالم: «الخطة جاهزة للتنفيذ الآن»",
      "low-high|قال المدير خالد السالم: „الخطة جاهزة للتنفيذ الآن“",
      "single curly|قال المدير خالد السالم: ‘الخطة جاهزة للتنفيذ الآن’",
      "single straight|قال المدير خالد السالم: 'الخطة جاهزة للتنفيذ الآن'",
      "mirrored curly|قال المدير خالد السالم: ”الخطة جاهزة للتنفيذ الآن“",
      "mirrored guillemets|قال المدير خالد السالم: »الخطة جاهزة للتنفيذ الآن«",
  })
  void everyQuoteStyle(String style, String text) {
    List<Quote> qs = direct(text);
    assertThat(qs).as(style).hasSize(1);
    assertThat(qs.get(0).text()).isEqualTo("الخطة جاهزة للتنفيذ الآن");
    assertThat(name(qs.get(0))).isEqualTo("خالد السالم");
    assertThat(text.substring(qs.get(0).start(), qs.get(0).end())).isEqualTo(qs.get(0).text());
  }

  @Test
  void aDescriptionKeepsTheWholeOrganisationNameItEndsWith() {
    // "a source close to the federation of hand ball": لكرة اليد continues the name, it opens no person
    List<Quote> qs = direct("وأعلن مصدر مقرب من الاتحاد الآسيوي لكرة اليد أن البطولة «ستقام في موعدها المحدد دون تأجيل».");
    assertThat(qs).singleElement().satisfies(q -> assertThat(name(q)).isEqualTo("مصدر مقرب من الاتحاد الآسيوي لكرة اليد"));
  }

  @Test
  void aPhraseNoReaderTakesForASpeakerLeavesTheSpeakerUnknown() {
    // "for the second time" and "to the council" follow the verb where a subject would stand
    List<Quote> again = extractor.extract("والخطة التي أعلنها المجلس تؤكد للمرة الثانية أن الحكومة لا تملك رؤية واضحة للإصلاح.");
    assertThat(again).singleElement().satisfies(q -> {
      assertThat(q.speaker()).isNull();
      assertThat(q.text()).isEqualTo("الحكومة لا تملك رؤية واضحة للإصلاح");
    });
    assertThat(extractor.extract("وقال للمجلس إن الحكومة لا تملك رؤية واضحة للإصلاح في هذه المرحلة."))
        .singleElement().satisfies(q -> assertThat(q.speaker()).isNull());
  }

  @Test
  void aStrayClosingMarkOpensNothing() {
    // a closer after a word, and one with no mirrored closer in its paragraph, start no quote
    assertThat(direct("وصف المدير خالد السالم الخطة بأنها جاهزة” وغادر القاعة بعد الاجتماع مباشرة.")).isEmpty();
    assertThat(direct("قال المدير خالد السالم إن الخطة ”جاهزة للتنفيذ\n\nوأضاف أن التنفيذ يبدأ غدا.")).isEmpty();
  }

  @Test
  void speakerAfterTheQuote() {
    List<Quote> qs = direct("«نحن مستعدون للحوار مع جميع الأطراف»، قال رئيس الوفد أحمد الزين.");
    assertThat(qs).hasSize(1);
    assertThat(name(qs.get(0))).isEqualTo("أحمد الزين");
  }

  @Test
  void multiSentenceQuoteAndQuoteContinuedAfterAParagraphBreak() {
    String text = "وقال المتحدث باسم الشرطة نايف الحربي: «تم القبض على المشتبه بهم. والتحقيقات مستمرة.\n\n"
        + "«ونحن نعمل على كشف بقية أفراد الشبكة في أسرع وقت»";
    List<Quote> qs = direct(text);
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).text()).contains("والتحقيقات مستمرة").contains("كشف بقية أفراد الشبكة");
    assertThat(name(qs.get(0))).isEqualTo("نايف الحربي");
  }

  @Test
  void paragraphThatOpensWithAQuoteContinuesTheSpeaker() {
    String text = "وقال رئيس النادي فهد العتيبي: «الفريق جاهز للموسم الجديد».\n\n«وسنعلن عن صفقات جديدة خلال الأيام المقبلة».";
    List<Quote> qs = direct(text);
    assertThat(qs).hasSize(2);
    assertThat(qs).allSatisfy(q -> assertThat(name(q)).isEqualTo("فهد العتيبي"));
  }

  @Test
  void titlesAreStrippedAndShortFormsResolvedInTheDocument() {
    String text = "قال وزير الخارجية الفرنسي جان مارك لوران إن المحادثات مستمرة بين الطرفين منذ أسابيع.\n\n"
        + "وقال لوران للصحفيين: «نأمل في التوصل إلى اتفاق قريبا جدا».";
    List<Quote> qs = extractor.extract(text);
    assertThat(qs).extracting(QuoteExtractorTest::name).containsOnly("جان مارك لوران");
    assertThat(qs).extracting(Quote::kind).containsExactly("indirect", "direct");
  }

  @Test
  void continuationVerbsKeepTheCurrentSpeakerNamedOnlyByShortForm() {
    String text = "ولفت العتيبي إلى أن الموسم سيكون صعبا على جميع الفرق.\n\nوختم: «سنقاتل على كل نقطة حتى النهاية».";
    List<Quote> qs = direct(text);
    assertThat(qs).hasSize(1);
    assertThat(name(qs.get(0))).isEqualTo("العتيبي");
    assertThat(qs.get(0).cue()).isEqualTo("وختم");
  }

  @Test
  void unnamedSpeakersKeepTheirDescriptionAndDefiniteMentionsResolveToIt() {
    String text = "وقال مسؤول في وزارة الصحة إن عدد الحالات تراجع خلال الأسبوع الماضي بشكل واضح.\n\n"
        + "وأضاف المسؤول: «الوضع تحت السيطرة تماما الآن».";
    List<Quote> qs = extractor.extract(text);
    assertThat(qs).hasSize(2);
    assertThat(qs).allSatisfy(q -> {
      assertThat(q.speaker().description()).isEqualTo("مسؤول في وزارة الصحة");
      assertThat(q.speaker().canonical()).isNull();
    });
  }

  @Test
  void institutionsSpeak() {
    List<Quote> qs = direct("وقالت وزارة الداخلية في بيان: «تمكنت الجهات الأمنية من ضبط الشحنة كاملة»");
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).speaker().canonical()).isEqualTo("وزارة الداخلية");
    assertThat(qs.get(0).medium()).isEqualTo("بيان");
  }

  @Test
  void mediumIsRecorded() {
    List<Quote> qs = direct("وقال اللاعب سالم الدوسري في مقابلة مع قناة \"الرياضية\": \"أنا سعيد جدا بالعودة إلى الملاعب\"");
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).medium()).startsWith("مقابلة مع قناة");
    assertThat(name(qs.get(0))).isEqualTo("سالم الدوسري");
  }

  @Test
  void indirectQuotesWithTheirContentSpan() {
    String text = "وأوضح الوزير ماجد القصبي أن الأسعار ستبقى مستقرة حتى نهاية العام.";
    List<Quote> qs = extractor.extract(text);
    assertThat(qs).hasSize(1);
    Quote q = qs.get(0);
    assertThat(q.kind()).isEqualTo("indirect");
    assertThat(q.text()).isEqualTo("الأسعار ستبقى مستقرة حتى نهاية العام");
    assertThat(text.substring(q.start(), q.end())).isEqualTo(q.text());
    assertThat(name(q)).isEqualTo("ماجد القصبي");
  }

  @Test
  void reportedContentRunsOverTheVerbsOfItsOwnClauses() {
    // a negated verb or one in a relative clause belongs to the content, and so does the verb of a further أن clause
    String relative = "وقال المتحدث باسم الشركة سامر الحلبي إن المفاوضات، التي تجري في فندق لم يكشف عن اسمه، ستستمر حتى نهاية الشهر.";
    assertThat(extractor.extract(relative)).singleElement()
        .satisfies(q -> assertThat(q.text()).isEqualTo("المفاوضات، التي تجري في فندق لم يكشف عن اسمه، ستستمر حتى نهاية الشهر"));
    String further = "وأوضح الوزير سامر الحلبي أن الطرفين اتفقا على جدول زمني للمشروع، وأنهما أكدا على ضرورة تسريع العمل.";
    assertThat(extractor.extract(further)).singleElement()
        .satisfies(q -> assertThat(q.text()).endsWith("وأنهما أكدا على ضرورة تسريع العمل"));
  }

  @Test
  void aVerbAfterTheSubjectOfAFurtherThatClauseIsStillReported() {
    String text = "وقال الوزير سامر الحلبي إن الطرفين بحثا سبل التعاون في مجال الطاقة، وإن الجانب الآخر أكد استعداده لتوقيع الاتفاق قريبا.";
    assertThat(extractor.extract(text)).first()
        .satisfies(q -> assertThat(q.text()).endsWith("وإن الجانب الآخر أكد استعداده لتوقيع الاتفاق قريبا"));
    // a new sentence's verb still ends it
    String two = "وقال الوزير سامر الحلبي إن الطرفين بحثا سبل التعاون في مجال الطاقة. وأكد الجانب الآخر استعداده لتوقيع الاتفاق.";
    assertThat(extractor.extract(two)).first()
        .satisfies(q -> assertThat(q.text()).isEqualTo("الطرفين بحثا سبل التعاون في مجال الطاقة"));
  }

  @Test
  void sayingAsANounInsideTheContentIsNoNewStatement() {
    // "it would be wrong to say that X": the speaker denies X, so X must not become a statement of its own
    String text = "وأشار المتحدث سامر الحلبي إلى أنه من الخطأ القول إن الحكومة رفضت المبادرة بالكامل.";
    assertThat(extractor.extract(text)).singleElement()
        .satisfies(q -> assertThat(q.text()).isEqualTo("من الخطأ القول إن الحكومة رفضت المبادرة بالكامل"));
  }

  @Test
  void aPhraseCutBeforeThePrepositionsObjectIsNoSpeaker() {
    String text = "وأوضح رئيس البعثة سامر الحلبي أن المعسكر يسير حسب الخطة ونتمنى أن يحالفنا التوفيق في تحقيق نتائج "
        + "مميزة تؤكد أن مشاركتنا من أجل المنافسة على اللقب.";
    assertThat(extractor.extract(text)).hasSizeGreaterThan(1).allSatisfy(q -> assertThat(q.speaker() == null ? ""
        : name(q)).doesNotEndWith(" في"));
  }

  @Test
  void aShareOfASampleIsNoSpeaker() {
    String text = "ويرى 60% من المشاركين في الاستطلاع أن الأسعار مرتفعة جدا هذا العام مقارنة بالعام الماضي.";
    assertThat(extractor.extract(text)).isNotEmpty().allSatisfy(q -> assertThat(q.speaker()).isNull());
  }

  @Test
  void accordingToIsAnIndirectSource() {
    List<Quote> qs = extractor.extract("ارتفع عدد الزوار إلى مليوني زائر هذا العام، وفقا للهيئة العامة للسياحة.");
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).cue()).isEqualTo("وفقا");
    assertThat(qs.get(0).speaker().canonical()).isEqualTo("الهيئة العامة للسياحة");
    assertThat(qs.get(0).text()).isEqualTo("ارتفع عدد الزوار إلى مليوني زائر هذا العام");
  }

  @Test
  void accordingToANormOrDependingOnIsNoSource() {
    assertThat(extractor.extract("وستتغير أسعار البنزين كل شهر في محطات الوقود، وفقا للأسعار العالمية.")).isEmpty();
    assertThat(extractor.extract("وتتراوح مدة العقوبة بين سنة وخمس سنوات في السجن، حسب الظروف والملابسات.")).isEmpty();
    assertThat(extractor.extract("ويحق للموظف الحصول على إجازة سنوية مدفوعة الأجر، طبقا للضوابط المعتمدة.")).isEmpty();
    List<Quote> report = extractor.extract("ارتفعت نسبة البطالة بين الشباب إلى عشرين في المائة، وفقا لتقرير البنك الدولي.");
    assertThat(report).singleElement().satisfies(q -> assertThat(q.text()).startsWith("ارتفعت نسبة البطالة"));
    List<Quote> agency = extractor.extract("قتل ثلاثة أشخاص في انفجار سيارة مفخخة وسط المدينة، وفقا لما ذكرته وكالة الأنباء الرسمية.");
    assertThat(agency).singleElement().satisfies(q -> assertThat(name(q)).contains("وكالة"));
  }

  @Test
  void scareQuotesNamesAndPassivesAreNotQuotes() {
    assertThat(extractor.extract("وأعلنت شركة \"أرامكو\" عن نتائجها، ووصف المحللون الأداء بـ\"الممتاز\".")).isEmpty();
    assertThat(extractor.extract("واعتُبرت الخطة \"خطوة إلى الأمام في الاتجاه الصحيح\" من قبل المراقبين.")).isEmpty();
  }

  @Test
  void anIndefiniteTitleGovernsTheWordAfterIt() {
    String text = "قال محافظ بريدة سالم بن حمد الشمري إن المعرض يستقبل الزوار يوميا.\n\nوأضاف الشمري: «نرحب بكل الزوار من داخل المنطقة وخارجها».";
    List<Quote> qs = direct(text);
    assertThat(qs).hasSize(1);
    assertThat(name(qs.get(0))).isEqualTo("سالم بن حمد الشمري");
    assertThat(name(direct("وقال لاعب مانشستر روبرت كلارك: «سنقاتل على كل كرة في المباراة المقبلة».").get(0)))
        .isEqualTo("روبرت كلارك");
    // an honorific takes the name directly
    assertThat(name(direct("وقال معالي الدكتور سالم بن حمد الشمري: «نرحب بكل الزوار من داخل المنطقة».").get(0)))
        .isEqualTo("سالم بن حمد الشمري");
  }

  @Test
  void theNameEndsWithItsFamilyNameBeforeTheObject() {
    List<Quote> qs = direct("ودان المندوب سامي العتيبي هجوم المسلحين، وقال: «نرفض هذا الاعتداء بأشد العبارات».");
    assertThat(name(qs.get(0))).isEqualTo("سامي العتيبي");
    qs = direct("وقال سامي العتيبي الأمين العام للاتحاد: «نرفض هذا الاعتداء بأشد العبارات».");
    assertThat(name(qs.get(0))).isEqualTo("سامي العتيبي");
    // a compound given name goes on after its second part
    qs = direct("وقال نور الدين حامد: «نرفض هذا الاعتداء بأشد العبارات».");
    assertThat(name(qs.get(0))).isEqualTo("نور الدين حامد");
  }

  @Test
  void aTitleAfterTheNameIsNotPartOfIt() {
    List<Quote> qs = direct("وقال كارلوس مينديز سكرتير النقل في المدينة: «ستكون أكبر خطة نقل في تاريخ البلاد».");
    assertThat(name(qs.get(0))).isEqualTo("كارلوس مينديز");
  }

  @Test
  void anAnonymityClauseBetweenSpeakerAndVerbIsSkipped() {
    List<Quote> qs = direct("لكن مسؤولاً أمنياً، طلب عدم ذكر اسمه، قال: «الوضع تحت السيطرة الكاملة حتى الآن».");
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).speaker().description()).isEqualTo("مسؤولاً أمنياً");
  }

  @Test
  void aClauseWithItsOwnVerbBeforeQalIsNotTheSpeaker() {
    String text = "وقال رئيس النادي فهد العتيبي إن الفريق جاهز.\n\nوطالب العتيبي الجماهير بالحضور، وقال: «ثقتنا كبيرة باللاعبين والجهاز الفني».";
    List<Quote> qs = direct(text);
    assertThat(qs).hasSize(1);
    assertThat(name(qs.get(0))).isEqualTo("فهد العتيبي");
  }

  @Test
  void aSloganRightBeforeTheNextVerbIsNotAQuote() {
    String text = "ويفتتح المحافظ سامي العتيبي المهرجان اليوم تحت شعار \"صيفنا أجمل مع أهلنا\". وأكد العتيبي أن الفعاليات متنوعة.";
    assertThat(direct(text)).isEmpty();
    // a real quote in the same position is still read
    assertThat(direct("\"نرحب بكل الزوار من داخل المنطقة\". وأكد العتيبي أن الفعاليات متنوعة.")).hasSize(1);
  }

  @Test
  void aNameInAppositionAfterAPlaceInTheTitle() {
    String text = "أكد وزير الزراعة في حكومة إقليم دارفور، سالم عبدالله حامد، أن الموسم جيد.\n\n"
        + "وأضاف الوزير: «نتوقع محصولا أكبر من العام الماضي بكثير».";
    List<Quote> qs = direct(text);
    assertThat(qs).hasSize(1);
    assertThat(name(qs.get(0))).isEqualTo("سالم عبدالله حامد");
  }

  @Test
  void anAdjectiveOfOriginAfterATitleAndAGivenNameIsAFamilyName() {
    List<Quote> qs = direct("«نتابع الحالة عن كثب منذ البداية»، قال المتحدث الأمني اللواء منصور المصري.");
    assertThat(name(qs.get(0))).isEqualTo("منصور المصري");
    // after an indefinite title it is still the adjective of the place
    qs = direct("وقال مدرب برشلونة الإسباني لويس انريكي: «نسعى إلى الفوز في كل مباراة نلعبها».");
    assertThat(name(qs.get(0))).isEqualTo("لويس انريكي");
  }

  @Test
  void theNameAliIsNotThePrepositionAla() {
    assertThat(name(direct("وقال الدكتور علي الشمري: «نسعى إلى خدمة المواطنين في كل مكان».").get(0)))
        .isEqualTo("علي الشمري");
    assertThat(name(direct("وقال محافظ بريدة سالم بن علي الشمري: «نسعى إلى خدمة المواطنين».").get(0)))
        .isEqualTo("سالم بن علي الشمري");
    assertThat(name(direct("وقال الوزير على هامش المؤتمر: «نسعى إلى خدمة المواطنين في كل مكان».").get(0)))
        .isEqualTo("الوزير");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "law|وأكد الوزير سامي العلي أن البرلمان أقر القانون «حول تنظيم الأسواق ومكافحة الاحتكار» بأغلبية كبيرة.",
      "programme two words back|وقال الوزير سامي العلي إن المركز قدم اللقاحات ضمن برنامج التطعيم “صحتك تهمنا دائما” للأطفال.",
      "song with an adjective between|وأوضحت الفنانة هدى الناصر أنها غنت الأغنية الشهيرة «بيني وبينك يا زمن» في الحفل.",
      "subject (موضوع)|وأوضح الدكتور سامي العلي أن المسابقة في موضوع \"أثر العادات الاجتماعية في التنمية المحلية\" مفتوحة.",
  })
  void aQuotedTitleAfterANamingNounIsNotAQuote(String kind, String text) {
    assertThat(direct(text)).as(kind).isEmpty();
  }

  @Test
  void aQuotedNameTheArticleRepeatsIsNotAQuote() {
    String text = "وقال المخرج سامي العلي إن \"ليلة في الصحراء\" عمل كبير. وأضاف أن الفرقة تدربت على \"ليلة في الصحراء\" طويلا.";
    assertThat(direct(text)).isEmpty();
  }

  @Test
  void aSpeakersTitleBeforeTheQuoteIsNotANamingNoun() {
    // مدير البرنامج: a title before the naming noun makes it the speaker's phrase, and «إن …» is speech
    List<Quote> qs = direct("وقال مدير البرنامج سامي العلي «إن التسجيل يبدأ الأسبوع المقبل في كل المدن».");
    assertThat(qs).hasSize(1);
    assertThat(name(qs.get(0))).isEqualTo("سامي العلي");
    List<Quote> speech = direct("وقالت مديرة المهرجان هدى الناصر: «سنستقبل الزوار من كل المناطق طوال الأسبوع».");
    assertThat(speech).hasSize(1);
    assertThat(name(speech.get(0))).isEqualTo("هدى الناصر");
  }

  @Test
  void aDotInsideAQuotedOutletNameDoesNotEndTheSentence() {
    String text = "وذكر موقع “كيه.بي نيوز” المتخصص أن الأسعار سترتفع. وأضاف الموقع أن الطلب كبير.";
    List<org.mizan.text.Span> s = org.mizan.text.Sentences.split(text);
    assertThat(s).hasSize(2);
    assertThat(text.substring(s.get(0).start(), s.get(0).end())).contains("كيه.بي نيوز").endsWith("سترتفع.");
  }
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "dual perfect|أجريا",
      "plural perfect|أجروا",
      "dual imperfect|يجريان",
      "plural imperfect|يجرون",
      "feminine|أجرت",
      "future|سيجري",
      "dual of a sound verb|اتفقا",
      "plural of an unlisted verb|استأنفوا",
  })
  void aSpeakerNameStopsAtAVerb(String form, String verb) {
    // a titled name followed by a verb: the words after the verb are the object, not more name
    // (a later title-only speaker falls back on the titled names of the text)
    String text = "وكان المبعوث الخاص سامر العلي وصهر الرئيس كريم " + verb + " مناقشات بناءة مع الوفد.\n\n"
        + "وقال المدير التنفيذي: «سنواصل العمل مع جميع الأطراف في الأيام المقبلة».";
    assertThat(extractor.extract(text)).as(form).isNotEmpty();
    for (Quote q : extractor.extract(text)) {
      assertThat(name(q)).as(form).doesNotContain(verb).doesNotContain("مناقشات");
    }
    assertThat(VerbForms.isVerb(org.mizan.text.ArabicNormalization.normalize(verb))).as(form).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {"تعاون", "تايوان", "فرانسوا", "يمنيون", "مسؤولون", "سلمان", "يوهان", "العاملون",
      "فيصل", "وليد", "وسام", "فادي"})
  void namesAndNounsOfVerbShapeAreNotVerbs(String word) {
    assertThat(VerbForms.isVerb(org.mizan.text.ArabicNormalization.normalize(word))).isFalse();
  }

  @Test
  void aMinistryNamedByItsPortfolioIsTheInstitutionNotATitledPerson() {
    // الخارجية before أن is the ministry (introduced earlier in full), not "the person the article is about"
    String text = "وذكرت وزارة الخارجية الفرنسية أن الوزير جان دوبوا أجرى محادثات مطولة مع نظيره.\n\n"
        + "كما ذكرت الخارجية الفرنسية، أن الجانبين اتفقا على إطار للتعاون في مجال الطاقة والنقل.";
    List<Quote> qs = extractor.extract(text);
    assertThat(qs).hasSize(2);
    assertThat(qs).allSatisfy(q -> assertThat(name(q)).isEqualTo("وزارة الخارجية الفرنسية"));
  }

  @Test
  void onePrintedWordInQuotesIsNoStatement() {
    assertThat(direct("وأعلن البنك اختيار \"إتش.إس.بي.سي\" مستشارا للصفقة الجديدة.")).isEmpty();
  }

  @Test
  void marksPairedAcrossTheGapBetweenTwoQuotesHoldNoStatement() {
    // a stray mark pairs the text between two quotes: it opens with a comma and is not a statement
    String text = "وقال المدير سامي العلي: \"الخطة جاهزة للتنفيذ الآن\" \"، وأضاف أن المرحلة الثانية تبدأ العام المقبل\" بعد التقييم.";
    List<Quote> qs = direct(text);
    assertThat(qs).extracting(Quote::text).containsExactly("الخطة جاهزة للتنفيذ الآن");
  }

  @Test
  void anOutletAfterInformedIsTheOneTold() {
    String text = "وقال الشاهد سامي العلي إنه رأى ما جرى، وأبلغ وكالة \"الأنباء المحلية\" أن "
        + "\"الحريق بدأ في الطابق الأرضي قبل منتصف الليل\".";
    List<Quote> qs = direct(text);
    assertThat(qs).extracting(Quote::text).containsExactly("الحريق بدأ في الطابق الأرضي قبل منتصف الليل");
    assertThat(name(qs.get(0))).isEqualTo("سامي العلي");
  }
}
