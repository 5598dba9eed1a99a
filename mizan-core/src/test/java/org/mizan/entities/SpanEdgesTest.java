package org.mizan.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mizan.entities.EntityStagesTest.doc;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mizan.doc.Document;

/**
 * Where a name starts and ends, on invented sentences: the verb opening a clause is no word of the
 * person after it, a second person conjoined with و is no family name, an adjective of origin after a
 * proper organisation name describes it, and a media noun before an outlet's name is left out.
 */
class SpanEdgesTest {
  private static List<String> texts(Document d) {
    return d.mentions().stream().map(Mention::text).toList();
  }

  @Test
  void aGivenNameOpeningTheTextHasNoTitleBeforeIt() {
    // the family-name rule looks for a title before the name; at the text's first word there is none
    Document d = new SpanRulesStage().apply(doc("a", "خالد الملعب يقود الفريق إلى الفوز في المباراة.", "PER", "خالد"));
    assertThat(texts(d)).containsExactly("خالد");
  }

  @Test
  void aGivenNameThatIsAlsoATitleOpensTheNasabAfterIt() {
    // مساعد ("assistant") before بن is the given name the tagger left out; وقال بن X keeps its Ben
    Document d = new SpanRulesStage().apply(doc("a", "وحضر الدكتور مساعد بن سالم العمران الحفل. وقال بن كاردين إن الاتفاق سيئ.",
        "PER", "بن سالم العمران", "PER", "بن كاردين"));
    assertThat(texts(d)).containsExactly("مساعد بن سالم العمران", "بن كاردين");
    // and the role stage keeps it as the name, the title before it as the role
    Document r = new RoleStage().apply(d);
    assertThat(r.mentions().get(0).text()).isEqualTo("مساعد بن سالم العمران");
    assertThat(r.mentions().get(0).role()).isEqualTo("الدكتور");
  }

  @Test
  void theVerbOpeningASentenceIsNoWordOfThePersonAfterIt() {
    Document d = new SpanRulesStage().apply(doc("a", "وصل الوفد أمس. ونقل جيمس هارتويل عن مصادر محلية قولها إن الهدنة صامدة.",
        "PER", "ونقل جيمس هارتويل"));
    assertThat(texts(d)).containsExactly("جيمس هارتويل");
  }

  @Test
  void aNounJoinedByWawIsNoWordOfThePersonBeforeIt() {
    Document d = new SpanRulesStage().apply(doc("a", "وحضر جيمس هارتويل وحكومته الحفل، ثم زار محمد هارتويل وممثلون عن الشركة الموقع، وقال سامي وليد إن الهدنة صامدة.",
        "PER", "جيمس هارتويل وحكومته", "PER", "محمد هارتويل وممثلون", "PER", "سامي وليد"));
    assertThat(texts(d)).containsExactly("جيمس هارتويل", "محمد هارتويل", "سامي وليد");
  }

  @Test
  void aPrepositionOnADefiniteNounIsNoWordOfThePersonBeforeIt() {
    Document d = new SpanRulesStage().apply(doc("a", "وانطلق عمر كالعاصفة نحو المرمى، واحتفل سامي بالفوز مع زملائه.",
        "PER", "عمر كالعاصفة", "PER", "سامي بالفوز"));
    assertThat(texts(d)).containsExactly("عمر", "سامي");
  }

  @Test
  void aGivenNameOpeningASentenceStays() {
    Document d = new SpanRulesStage().apply(doc("a", "وصل الوفد أمس. وليد هارتويل قال إن الهدنة صامدة.",
        "PER", "وليد هارتويل"));
    assertThat(texts(d)).containsExactly("وليد هارتويل");
  }

  @Test
  void anImperfectAfterAVerbParticleIsNoWordOfTheName() {
    Document d = new SpanRulesStage().apply(doc("a", "وطالبت الحكومة بأن يجمل فرانك هولتز صورة المنظمة.",
        "PER", "يجمل فرانك هولتز"));
    assertThat(texts(d)).containsExactly("فرانك هولتز");
  }

  @Test
  void aNameParticleDoesNotTakeTheVerbBeforeIt() {
    String text = "وصل الوفد أمس. ونقل دي كاسترولي عن مصادر محلية قولها، ثم قال ماركو دي بيانكي إن الأمر انتهى.";
    Document d = new CompoundNamesStage().apply(doc("a", text, "PER", "دي كاسترولي", "PER", "دي بيانكي"));
    assertThat(texts(d)).containsExactly("دي كاسترولي", "ماركو دي بيانكي");
  }

  @Test
  void aTrailingWaladTakesTheDefiniteWordAfterIt() {
    Document d = new CompoundNamesStage().apply(doc("a", "وطالبت بأن يجمل ولد الشيخ صورة المنظمة، وقد ولد في تونس.",
        "PER", "ولد"));
    assertThat(texts(d)).contains("ولد الشيخ").doesNotContain("ولد في");
  }

  @Test
  void aPersonConjoinedWithWawIsNoFamilyName() {
    String text = "وبعد نائب المستشار كارل بيرغمان وفابيوس، بات الوزير المسؤول الثالث الذي يزور البلد.";
    Document d = new NameTailsStage().apply(doc("a", text, "PER", "كارل بيرغمان", "PER", "وفابيوس"));
    assertThat(texts(d)).containsExactly("كارل بيرغمان", "وفابيوس");
  }

  @Test
  void anOriginAdjectiveAfterAProperOrganisationNameDescribesIt() {
    Document d = new OrgNamesStage().apply(doc("a", "وأعلن حزب الله الكويتي أمس أن الحزب الديمقراطي الكردستاني رحب بالاتفاق."));
    assertThat(texts(d)).contains("حزب الله", "الحزب الديمقراطي الكردستاني").doesNotContain("حزب الله الكويتي");
  }

  @Test
  void aMediaNounBeforeAnOutletsNameIsLeftOut() {
    String text = "ونقلت وكالة نوفا برس عن وكالة الأنباء الكندية وإذاعة كندا الدولية ووكالة أنباء الشرق وتلفزيون دبي وصحيفة فيلت ام زونتاغ"
        + " ووكالة سامر الخبر.";
    Document d = new MediaNamesStage().apply(doc("a", text, "ORG", "وكالة نوفا برس", "ORG", "وكالة الأنباء الكندية",
        "ORG", "إذاعة كندا الدولية", "ORG", "وكالة أنباء الشرق", "ORG", "وتلفزيون دبي", "ORG", "وصحيفة فيلت ام زونتاغ",
        "ORG", "ووكالة سامر"));
    assertThat(texts(d)).containsExactly("نوفا برس", "وكالة الأنباء الكندية", "إذاعة كندا الدولية", "وكالة أنباء الشرق",
        "وتلفزيون دبي", "فيلت ام زونتاغ", "ووكالة سامر");
    assertThat(d.mentions()).allMatch(m -> d.body().substring(m.start(), m.end()).equals(m.text()));
  }

  @Test
  void aPlaceAfterAPrepositionClosesNoPersonsName() {
    Document d = new SpanRulesStage().apply(doc("a", "وجاءت زيارة ماريا لوندغرين للرياض بعد الاتفاق.",
        "PER", "ماريا لوندغرين للرياض"));
    assertThat(d.mentions()).extracting(m -> m.type() + " " + m.text())
        .containsExactly("PER ماريا لوندغرين", "LOC للرياض");
  }

  @Test
  void faInnaIsNoNameParticle() {
    String text = "وبحسب دبلوماسي أميركي فإن هالفورسن سيحاول الإجابة على الأسئلة.";
    assertThat(texts(new SpanRulesStage().apply(doc("a", text, "PER", "فإن هالفورسن")))).containsExactly("هالفورسن");
    assertThat(texts(new CompoundNamesStage().apply(doc("a", text, "PER", "فإن هالفورسن"))))
        .containsExactly("فإن هالفورسن");
  }

  @Test
  void anUnknownWordClosingAGivenNamesOnlyPersonIsItsFamilyName() {
    String text = "وحضر اللقاء خالد محفوظ كرمدان، وبحث الجانبان الأوضاع. ثم استقبل سعيد محمود الوفد، وحضر سامي رشيد زنتار نائب الوزير."
        + " والتقى حسن كريم بحضور الوزراء، ويتولى فؤاد رشيد مهام رئيس الجمهورية.";
    Document d = new NameTailsStage().apply(doc("a", text, "PER", "خالد محفوظ", "PER", "سعيد محمود", "PER", "سامي رشيد",
        "PER", "حسن كريم", "PER", "فؤاد رشيد"));
    assertThat(texts(d)).containsExactly("خالد محفوظ كرمدان", "سعيد محمود", "سامي رشيد زنتار", "حسن كريم", "فؤاد رشيد");
  }

  @Test
  void aBlocOfTwoConjoinedFieldsEndsInItsContinent() {
    String text = "وقالت منظمة الأمن والتعاون في أفريقيا إن المراقبين وصلوا، ونفت وزارة الصحة والسكان في مصر ذلك.";
    Document d = new OrgNamesStage().apply(doc("a", text));
    assertThat(texts(d)).contains("منظمة الأمن والتعاون في أفريقيا").noneMatch(t -> t.contains("مصر"));
  }

  @Test
  void aWordOfVerbShapeNoLexiconKnowsClosesAndOpensNoPerson() {
    Document d = new SpanRulesStage().apply(doc("a", "وقال إن جثث أنصار هاروت ميكاليان تتناثر في الشوارع، ثم يفاجئ سامي كرمدان الجميع بقرار تشكيلها.",
        "PER", "هاروت ميكاليان تتناثر", "PER", "يفاجئ سامي كرمدان"));
    assertThat(texts(d)).containsExactly("هاروت ميكاليان", "سامي كرمدان");
  }

  @Test
  void anAdverbOrASecondPersonNounClosesNoPerson() {
    Document d = new SpanRulesStage().apply(doc("a", "حكم سامي كرمدان البلاد دهراً، وشكره هاروت ميكاليان ورؤيتكم الثاقبة.",
        "PER", "سامي كرمدان البلاد دهراً", "PER", "هاروت ميكاليان ورؤيتكم"));
    assertThat(texts(d)).contains("هاروت ميكاليان").doesNotContain("هاروت ميكاليان ورؤيتكم")
        .noneMatch(t -> t.endsWith("دهراً"));
  }

  @Test
  void kafBeforeTheArticleIsStrippedOnlyBeforeAKnownName() {
    assertThat(NameForms.stripClitics("كاليفورنيا", k -> false)).isEqualTo("كاليفورنيا");
    assertThat(NameForms.stripClitics("كالمنظمة الدولية", k -> k.equals(NameForms.key("المنظمة الدولية"))))
        .isEqualTo("المنظمة الدولية");
    assertThat(NameForms.stripClitics("بالمنظمة الدولية", k -> false)).isEqualTo("المنظمة الدولية");
  }

  @Test
  void aFacilityHeadTaggedAloneJoinsTheNameAfterIt() {
    Document d = new SpanRulesStage().apply(doc("a", "وسيطرت القوات على مطار الزهيرة بعد معارك.", "LOC", "مطار", "LOC", "الزهيرة"));
    assertThat(d.mentions()).extracting(m -> m.type() + " " + m.text()).containsExactly("LOC مطار الزهيرة");
  }

  @Test
  void aDefiniteOrganisationHeadTaggedAsAPersonIsTheOrganisation() {
    Document d = new OrgNamesStage().apply(doc("a", "وقالت الهيئة الملكية للينبع إن المشروع اكتمل.", "PER", "الهيئة"));
    assertThat(d.mentions()).extracting(m -> m.type() + " " + m.text()).containsExactly("ORG الهيئة الملكية للينبع");
  }

  @Test
  void aFamilyNisbaClosesANameFoundAfterATitle() {
    Document d = new RoleStage().apply(doc("a", "وعقد اجتماعا مع رئيس البرلمان رامز الدليمي شارك فيه نواب، ثم التقى الوزير رامز العراقي."));
    assertThat(texts(d)).containsExactly("رامز الدليمي", "رامز");
  }

  @Test
  void aDefiniteWordAfterATitledGivenNameIsItsFamilyName() {
    Document d = new SpanRulesStage().apply(doc("a", "وقال الوزير سامي الغانم في مؤتمر صحافي إن المحادثات مثمرة.",
        "PER", "سامي"));
    assertThat(texts(d)).containsExactly("سامي الغانم");
  }

  @Test
  void aCommonDefiniteWordAfterAnUntitledGivenNameStaysOut() {
    Document d = new SpanRulesStage().apply(doc("a", "وشكر سامي الحضور على المشاركة في الندوة.", "PER", "سامي"));
    assertThat(texts(d)).containsExactly("سامي");
  }

  @Test
  void aFamilyNisbaTaggedAfterAGivenNameStaysButAnAdjectiveOfOriginGoes() {
    // the tagger's own span: the nisba after a given name is the family name, a nationality only describes
    Document d = new SpanRulesStage().apply(doc("a", "واستقبل الوفد المغربي عبدالودود الشمراوي في المدينة، ثم حضر عبد الودود الزعتري والكاتب مازن الفرنسي الندوة مع ماجد القيادي في الحركة.",
        "PER", "عبدالودود الشمراوي", "PER", "عبد الودود الزعتري", "PER", "مازن الفرنسي", "PER", "ماجد القيادي"));
    assertThat(texts(d)).containsExactly("عبدالودود الشمراوي", "عبد الودود الزعتري", "مازن", "ماجد");
  }

  @Test
  void aNationalityThatIsAlsoAFamilyNameClosesATwoWordName() {
    // المصري is a family name to the gazetteer and سمير opens names: one person; الروسي is no family name
    Document d = new SpanRulesStage().apply(doc("a", "وقال سمير المصري إن الوفد وصل، ورحب مازن الروسي بالضيوف.",
        "PER", "سمير المصري", "PER", "مازن الروسي"));
    assertThat(texts(d)).containsExactly("سمير المصري", "مازن");
  }

  @Test
  void aNationalityClosingAGivenAndAFathersNameIsTheFamilyName() {
    // Arabic prints a person's nationality before the name: after two name words it is the family name;
    // after one foreign surname (سيرغي does not open the gazetteer's names) it still only describes
    Document d = new SpanRulesStage().apply(doc("a", "وقال رئيس الحكومة العراقي حسن جبار الليبي إن الوفد وصل، ورحب سيرغي كاليموف الروسي بالضيوف.",
        "PER", "حسن جبار الليبي", "PER", "سيرغي كاليموف الروسي"));
    assertThat(texts(d)).containsExactly("حسن جبار الليبي", "سيرغي كاليموف");
  }

  @Test
  void aListedPlaceWhoseNameHoldsATitleWordIsNotTrimmed() {
    Document d = new SpanRulesStage().apply(doc("a", "ووصل الوفد إلى محافظة كفر الشيخ أمس.", "LOC", "كفر الشيخ"));
    assertThat(texts(d)).containsExactly("كفر الشيخ");
  }

  @Test
  void aNameAfterAnOpeningMarkTheMentionDoesNotCloseStartsAfterIt() {
    // the head noun before “ or ( describes the name; a bracket closed inside the mention stays
    Document d = new SpanRulesStage().apply(doc("a", "وقالت منظمة “سلام الأرض” إن الوضع خطير، وأكدت جمعية (نور الحياة) ذلك، وحضر نادي الشروق (الأول) الحفل مع البنك الوطني الزافيري (المركزي).",
        "ORG", "منظمة “سلام الأرض", "ORG", "جمعية (نور الحياة", "ORG", "نادي الشروق (الأول)", "ORG", "البنك الوطني الزافيري (المركزي"));
    assertThat(texts(d)).containsExactly("سلام الأرض", "نور الحياة", "نادي الشروق (الأول)", "البنك الوطني الزافيري (المركزي");
  }

  @Test
  void aTitleWordAfterAnHonorificIsTheGivenName() {
    // مساعد is "assistant" and a given name: after الدكتور it is the name, elsewhere the title goes
    Document d = new SpanRulesStage().apply(doc("a", "وحضر الحفل الدكتور مساعد الفرحان والمهندس مساعد الدوسري، ثم تحدث مساعد سامي الحربي والعقيد ركن كمال الشهري.",
        "PER", "مساعد الفرحان", "PER", "المهندس مساعد الدوسري", "PER", "مساعد سامي الحربي", "PER", "ركن كمال الشهري"));
    assertThat(texts(d)).containsExactly("مساعد الفرحان", "مساعد الدوسري", "سامي الحربي", "كمال الشهري");
    // and the role stage, which moves titles out of names, leaves it too
    assertThat(texts(new RoleStage().apply(d))).containsExactly("مساعد الفرحان", "مساعد الدوسري", "سامي الحربي", "كمال الشهري");
  }

  @Test
  void theHonorificSayyidIsATitleNotAGivenName() {
    Document d = new SpanRulesStage().apply(doc("a", "وشكر الوزير السيد كارلوس فيرا على دعمه، وحضر والسيدة ليلى نجم الحفل.",
        "PER", "السيد كارلوس فيرا", "PER", "والسيدة ليلى نجم"));
    assertThat(texts(d)).containsExactly("كارلوس فيرا", "ليلى نجم");
    // the given name سيد, printed without the article, stays
    Document given = new SpanRulesStage().apply(doc("b", "وقال سيد عبد الغني إن الموسم انتهى.", "PER", "سيد عبد الغني"));
    assertThat(texts(given)).containsExactly("سيد عبد الغني");
  }

  @Test
  void aPurposeClauseAfterAPersonIsNoWordOfTheName() {
    // ل + an imperfect verb ("so that I know", "to decide") closes no name; a name opening with ل stays
    Document d = new SpanRulesStage().apply(doc("a", "تحدثت مع السيد مارتينيز لأعرف رأيه، ثم زار الرئيس فرانكو ليقرر الخطة مع ليونيل ميسي.",
        "PER", "مارتينيز لأعرف", "PER", "فرانكو ليقرر", "PER", "ليونيل ميسي"));
    assertThat(texts(d)).containsExactly("مارتينيز", "فرانكو", "ليونيل ميسي");
  }

  @Test
  void aRegnalOrdinalClosesTheMonarchsName() {
    // الثاني ends like a nisba; after a name it is the monarch's number, kept, with a tatweel in the name too
    Document d = new SpanRulesStage().apply(doc("a", "واستقبل الملك عبد الرحيم الثاني الوفد، ثم التقى الملك عبد اللـه الثاني بالسفير.",
        "PER", "عبد الرحيم الثاني", "PER", "عبد اللـه الثاني"));
    assertThat(texts(d)).containsExactly("عبد الرحيم الثاني", "عبد اللـه الثاني");
  }
}
