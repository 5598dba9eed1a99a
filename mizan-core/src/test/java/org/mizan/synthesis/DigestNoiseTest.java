package org.mizan.synthesis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mizan.synthesis.SynthesizerTest.digestOf;
import static org.mizan.synthesis.SynthesizerTest.operations;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mizan.doc.Document;
import org.mizan.synthesis.StoryDigest.Quantity;

/** What a real day's digest showed as sources disagreeing when they did not (invented articles). */
class DigestNoiseTest {

  private static boolean anyClaim(StoryDigest d) {
    return d.divergences().stream().anyMatch(x -> x.kind().equals("claim"));
  }

  @Test
  void integralIsNoNegation() {
    // "an integral part of its security" (لا يتجزأ) asserts the security, as the others do
    assertThat(anyClaim(digestOf("s-integral", operations("أمن الشمال جزء لا يتجزأ عملية السلام",
        "العملية بدأت في الشمال", "العملية مستمرة في الشمال"), BudgetStory.entities()))).isFalse();
  }

  @Test
  void aNegationUnderAConditionalDeniesNothing() {
    // "if they do not get an operation" is a hypothesis, not a denial of the operation
    assertThat(anyClaim(digestOf("s-cond", operations("سيعاني الناس إذا لم تبدأ عملية الإغاثة",
        "العملية بدأت في الشمال", "العملية مستمرة في الشمال"), BudgetStory.entities()))).isFalse();
    // the same words without the conditional deny it
    assertThat(anyClaim(digestOf("s-nocond", operations("سيعاني الناس لأنه لم تبدأ عملية الإغاثة",
        "العملية بدأت في الشمال", "العملية مستمرة في الشمال"), BudgetStory.entities()))).isTrue();
  }

  @Test
  void theObjectOfASecondVerbUnderANegationIsNotDenied() {
    // "one cannot separate this operation from …" denies a separation, not the operation
    assertThat(anyClaim(digestOf("s-far", operations("لا يمكن فصل هذه العملية عن سياسة الحكومة",
        "العملية بدأت في الشمال", "العملية مستمرة في الشمال"), BudgetStory.entities()))).isFalse();
  }

  @Test
  void aNegationDoesNotReachPastAFullStop() {
    // one unclosed quote keeps two sentences together: "will it work? No. The operation failed"
    assertThat(anyClaim(digestOf("s-stop", operations("هل سينجح؟ لا. العملية فاشلة",
        "العملية بدأت في الشمال", "العملية مستمرة في الشمال"), BudgetStory.entities()))).isFalse();
  }

  @Test
  void aReadingAtTheCloseAndOneAtAClockTimeAreNoConflict() {
    // one outlet's settlement price, another's price by 06:47 GMT the next morning: the market moved
    List<Document> ds = List.of(
        Docs.doc("c1", "صحيفة أ", "2024-03-10").para("وانخفض سعر الخام في العقود الآجلة عند التسوية سبعة سنتات إلى 53.31 دولار للبرميل بعدما ارتفع ثمانية سنتات في الجلسة السابقة.")
            .figure("53.31 دولار", 53.31, "USD", null).build(),
        Docs.doc("c2", "صحيفة ب", "2024-03-10").para("وارتفع سعر الخام في العقود الآجلة 13 سنتا إلى 53.51 دولار للبرميل بحلول الساعة 0647 بتوقيت جرينتش بعدما ارتفع ثمانية سنتات عند التسوية في الجلسة السابقة.")
            .figure("53.51 دولار", 53.51, "USD", null).figure("الساعة 0647", 6.783, "time", null).build());
    StoryDigest u = digestOf("s-close", ds, BudgetStory.entities());
    assertThat(u.figures()).filteredOn(q -> "USD".equals(q.unit())).noneMatch(Quantity::conflict);
    // two readings at the close that differ are a conflict
    List<Document> both = List.of(ds.get(0),
        Docs.doc("c3", "صحيفة ج", "2024-03-10").para("وانخفض سعر الخام في العقود الآجلة عند التسوية تسعة سنتات إلى 53.29 دولار للبرميل بعدما ارتفع ثمانية سنتات في الجلسة السابقة.")
            .figure("53.29 دولار", 53.29, "USD", null).build());
    assertThat(digestOf("s-close2", both, BudgetStory.entities()).figures())
        .filteredOn(q -> "USD".equals(q.unit())).anyMatch(Quantity::conflict);
  }

  @Test
  void marketReadingsWithNoCommonStatedMomentAreNoConflict() {
    // two editions' gold prices, neither with a time: readings of a moving market, not two accounts
    List<Document> ds = List.of(
        Docs.doc("g1", "صحيفة أ", "2024-03-10").para("ونزلت عقود الذهب الآجلة لتسليم أغسطس 0.4 بالمئة إلى 1088.40 دولار للأوقية.")
            .figure("1088.40 دولار", 1088.40, "USD", null).build(),
        Docs.doc("g2", "صحيفة ب", "2024-03-11").para("ونزلت عقود الذهب الآجلة لتسليم أغسطس 0.8 بالمئة إلى 1084 دولارا للأوقية.")
            .figure("1084 دولارا", 1084, "USD", null).build());
    assertThat(digestOf("s-gold", ds, BudgetStory.entities()).figures())
        .filteredOn(q -> "USD".equals(q.unit())).noneMatch(Quantity::conflict);
    // a death toll that rose is no market reading: two outlets' tolls still conflict
    List<Document> toll = List.of(
        Docs.doc("t1", "صحيفة أ", "2024-03-10").para("وارتفع عدد ضحايا الانفجار في السوق إلى 50 قتيلا بحسب الشرطة.")
            .figure("50 قتيلا", 50, null, "قتيل").build(),
        Docs.doc("t2", "صحيفة ب", "2024-03-10").para("وارتفع عدد ضحايا الانفجار في السوق إلى 45 قتيلا بحسب الشرطة.")
            .figure("45 قتيلا", 45, null, "قتيل").build());
    assertThat(digestOf("s-toll", toll, BudgetStory.entities()).figures())
        .filteredOn(q -> "قتيل".equals(q.counted())).anyMatch(Quantity::conflict);
  }

  @Test
  void aRelativeDateOfAnArticleDatedByItsRetrievalMayBeTwoDaysLate() {
    String said = "استدعت وزارة الخارجية السفير %s وسلمته مذكرة احتجاج رسمية على التصريحات.";
    Document stated = Docs.doc("d1", "صحيفة أ", "2024-03-09").para(String.format(said, "مساء أمس"))
        .date("مساء أمس", "2024-03-08").build();
    Document dayAfter = retrieved(Docs.doc("d2", "صحيفة ب", "2024-03-10").para(String.format(said, "مساء أمس"))
        .date("مساء أمس", "2024-03-09").build(), "2024-03-10T02:45");
    Document late = Docs.doc("d3", "صحيفة ج", "2024-03-10").para(String.format(said, "مساء اليوم"))
        .date("مساء اليوم", "2024-03-10").build();
    // the third outlet's page was retrieved two days after the first printed it: its "this evening" is that evening
    assertThat(digestOf("s-lag", List.of(stated, dayAfter, retrieved(late, "2024-03-10T02:19")), List.of()).divergences())
        .noneMatch(d -> d.kind().equals("time"));
    // an article that states its own date gets no such slack
    assertThat(digestOf("s-lag2", List.of(stated, dayAfter, late), List.of()).divergences())
        .anyMatch(d -> d.kind().equals("time"));
  }

  private static Document retrieved(Document d, String time) {
    return d.withMetadata(d.headline(), new org.mizan.doc.Published(time, "retrieved " + time, 0.4, true), d.outlet(),
        List.of(), null, null);
  }

  @Test
  void aRelativeDateADayOffDisagreesWithNoOne() {
    // an outlet crawled the next morning: its "this morning" reads a day late against the other's
    Document a = Docs.doc("d1", "صحيفة أ", "2024-03-10")
        .para("وصل وزير الخارجية إلى العاصمة صباح الأحد في زيارة رسمية تستمر يومين.")
        .date("صباح الأحد", "2024-03-10").build();
    Document guessed = Docs.doc("d2", "صحيفة ب", "2024-03-11")
        .para("وصل وزير الخارجية إلى العاصمة صباح اليوم في زيارة رسمية تستمر يومين.")
        .date("صباح اليوم", "2024-03-11").build();
    guessed = guessed.withMetadata(guessed.headline(), new org.mizan.doc.Published("2024-03-11T04:10",
        "retrieved 2024-03-11 04:10", 0.4, true), guessed.outlet(), List.of(), null, null);
    assertThat(digestOf("s-guess", List.of(a, guessed), List.of()).divergences()).noneMatch(d -> d.kind().equals("time"));
    // a weekday the other outlet names is no relative word: Sunday against Monday disagrees
    Document named = Docs.doc("d3", "صحيفة ج", "2024-03-11")
        .para("وصل وزير الخارجية إلى العاصمة صباح الاثنين في زيارة رسمية تستمر يومين.")
        .date("صباح الاثنين", "2024-03-11").build();
    assertThat(digestOf("s-named", List.of(a, named), List.of()).divergences()).anyMatch(d -> d.kind().equals("time"));
  }

  @Test
  void midnightOfOneDayIsTheSmallHoursOfTheNext() {
    Document dawn = Docs.doc("d1", "صحيفة أ", "2024-03-09")
        .para("واعتقلت دورية من الشرطة فجر الجمعة المشتبه به في حي الشاطئ بعد مطاردة قصيرة.")
        .date("فجر الجمعة", "2024-03-08").build();
    Document midnight = Docs.doc("d2", "صحيفة ب", "2024-03-09")
        .para("واعتقلت دورية من الشرطة بعد منتصف ليلة الخميس المشتبه به في حي الشاطئ بعد مطاردة قصيرة.")
        .date("ليلة الخميس", "2024-03-07").build();
    assertThat(digestOf("s-midnight", List.of(dawn, midnight), List.of()).divergences()).noneMatch(d -> d.kind().equals("time"));
    // the evening of Thursday is no turn of the day: against Friday's dawn it still disagrees
    Document evening = Docs.doc("d2", "صحيفة ب", "2024-03-09")
        .para("واعتقلت دورية من الشرطة مساء الخميس المشتبه به في حي الشاطئ بعد مطاردة قصيرة.")
        .date("مساء الخميس", "2024-03-07").build();
    assertThat(digestOf("s-evening", List.of(dawn, evening), List.of()).divergences()).anyMatch(d -> d.kind().equals("time"));
  }

  private static boolean claimAgainstTwo(String negatedOrNot) {
    return anyClaim(digestOf("s-x", operations(negatedOrNot, "العملية بدأت في الشمال", "العملية مستمرة في الشمال"),
        BudgetStory.entities()));
  }

  @Test
  void theObjectOfAVerbalNounUnderANegationIsNotDenied() {
    // "does not intend to stop the operation" denies an intention, not the operation
    assertThat(claimAgainstTwo("الحكومة لا تعتزم وقف العملية")).isFalse();
    assertThat(claimAgainstTwo("الحكومة لم تبدأ العملية")).isTrue();
    // through a preposition the verb's object is one word further, and still denied where others
    // assert that act; against others who say only that the operation began it opposes nothing
    assertThat(anyClaim(digestOf("s-x", operations("الجنود لم يشاركوا في العملية", "الجنود شاركوا في العملية",
        "شارك الجنود في العملية منذ بدايتها"), BudgetStory.entities()))).isTrue();
    assertThat(claimAgainstTwo("الجنود لم يشاركوا في العملية")).isFalse();
  }

  @Test
  void aWordDeniedAsAVerbsObjectIsOpposedOnlyWhereThatVerbAssertsIt() {
    // "the talks do not serve the operation" says nothing against "the operation began"
    assertThat(claimAgainstTwo("المحادثات لا تخدم العملية")).isFalse();
    assertThat(claimAgainstTwo("الحكومة لن تبدأ العملية")).isTrue();
    // a negation on the word itself (عدم بدء) or on "any" of it needs no verb on the other side
    assertThat(claimAgainstTwo("أكد عدم وجود أي عملية في الشمال")).isTrue();
    assertThat(claimAgainstTwo("ليس هناك عملية في الشمال")).isTrue();
  }

  @Test
  void aNegatedRelativeClauseDescribesAndClaimsNothing() {
    // "fighters who did not join the operation will leave" describes fighters
    assertThat(claimAgainstTwo("المقاتلون الذين لم يشاركوا العملية سينسحبون")).isFalse();
    // "who respected neither the place nor the operation": ولا goes on with the relative's negation
    assertThat(claimAgainstTwo("المقاتلون الذين لم يحترموا الهدنة ولا العملية سينسحبون")).isFalse();
    assertThat(claimAgainstTwo("المقاتلون لم يحترموا الهدنة ولا العملية")).isTrue();
  }

  @Test
  void aNegatedVerbOfStoppingAssertsWhatGoesOn() {
    // "the operation has not stopped" says it goes on, as the others do
    assertThat(claimAgainstTwo("لم تتوقف العملية منذ أسبوع")).isFalse();
  }

  @Test
  void aWordInAClauseAfterAComplementizerIsNotDenied() {
    // "not because the operation failed": the reason is denied, not the operation
    assertThat(claimAgainstTwo("ليس لأن العملية فشلت بل لأن الطقس سيئ")).isFalse();
  }

  @Test
  void thatNotWithItsHamzaIsANegationAsAnLaIs() {
    // one outlet prints أن لا, the others ألا: the same request, negated in every copy
    assertThat(anyClaim(digestOf("s-ala", operations("نطلب أن لا تبدأ العملية قبل الفجر",
        "نطلب ألا تبدأ العملية قبل الفجر", "وطلب ألا تبدأ العملية قبل وصول القوات"), BudgetStory.entities()))).isFalse();
  }

  @Test
  void notOnlyAsserts() {
    // "not only the operation but also the siege"
    assertThat(claimAgainstTwo("ليست العملية فقط بل الحصار أيضا")).isFalse();
    assertThat(claimAgainstTwo("ليست العملية في الشمال فحسب؛ بل الحصار أيضا")).isFalse();
  }

  @Test
  void noOtherXDeniesAnotherOne() {
    // "no other operation began" says nothing against the operation the others report
    assertThat(claimAgainstTwo("أكد عدم بدء أي عملية أخرى في الشمال")).isFalse();
    assertThat(claimAgainstTwo("أكد عدم بدء أي عملية في الشمال")).isTrue();
  }

  @Test
  void aNegationWithItsExceptiveAsserts() {
    // "the operation only increases the resolve": the negation restricts, nothing is denied
    assertThat(claimAgainstTwo("لن تزيد العملية الناس إلا إصرارا")).isFalse();
    assertThat(claimAgainstTwo("لن تبدأ العملية إلا بعد الفجر")).isFalse();
    assertThat(claimAgainstTwo("لن تبدأ العملية قبل الفجر")).isTrue();
  }

  @Test
  void aNegationNamingAPrincipleDeniesNothing() {
    // "respect for the principle of not starting an operation" names a principle
    assertThat(claimAgainstTwo("شدد على احترام مبدأ عدم بدء العملية دون تفويض")).isFalse();
    assertThat(claimAgainstTwo("شدد على عدم بدء العملية دون تفويض")).isTrue();
  }

  private static Document says(String id, String outlet, String headline, String speaker, String text) {
    return Docs.doc(id, outlet, "2024-03-10").headline(headline).para("وقال " + speaker + " إن " + text + ".")
        .quote(speaker, null, text, "indirect", null).build();
  }

  /** Whether three outlets' reported statements (speaker, words; speaker, words; …) show a claim divergence. */
  private static boolean claim(String headline, String... speakerThenText) {
    List<Document> ds = new java.util.ArrayList<>();
    for (int k = 0; k < speakerThenText.length; k += 2) {
      ds.add(says("c" + k, "صحيفة " + k, headline, speakerThenText[k], speakerThenText[k + 1]));
    }
    return anyClaim(digestOf("s-c", ds, List.of()));
  }

  @Test
  void withoutRightIsAnIdiom() {
    // "arrested people without right" (دون وجه حق) denies nothing about facing the crisis (في وجه الأزمة)
    assertThat(claim("الجيش في وجه الأزمة", "خالد العمري", "الجنود اعتقلوا الناس دون وجه حق",
        "سامي الحداد", "الجيش يقف في وجه الأزمة", "ماجد السالم", "الجيش صامد في وجه الأزمة")).isFalse();
  }

  @Test
  void onePersonUnderAShorterAndAFullerNameIsOneActor() {
    String shorter = "تركي بن سعود آل سعود";
    String fuller = "تركي بن سعود بن محمد آل سعود";
    assertThat(claim("الجيش يواصل العملية في الشمال", shorter, "الجيش لم يبدأ العملية",
        fuller, "العملية بدأت في الشمال", fuller, "العملية مستمرة في الشمال")).isFalse();
    // a family name written with آل or with the article is one spelling of one name
    assertThat(claim("الجيش يواصل العملية في الشمال", "بندر آل فهيد", "الجيش لم يبدأ العملية",
        "بندر الفهيد", "العملية بدأت في الشمال", "بندر الفهيد", "العملية مستمرة في الشمال")).isFalse();
    // another person asserting it is an opposition
    assertThat(claim("الجيش يواصل العملية في الشمال", shorter, "الجيش لم يبدأ العملية",
        "ماجد السالم", "العملية بدأت في الشمال", "ماجد السالم", "العملية مستمرة في الشمال")).isTrue();
  }

  @Test
  void aNegatedPredicateLeavesTheWordUnclear() {
    // "the operation is no longer on the table" denies a predicate, it asserts no operation
    assertThat(anyClaim(digestOf("s-pred", operations("الحكومة لم تبدأ العملية", "العملية لم تعد مطروحة",
        "العملية مستمرة في الشمال"), BudgetStory.entities()))).isFalse();
  }

  @Test
  void theAnswerOfAConditionDeniesNothing() {
    // "if the shelling goes on, the operation will not begin": a hypothesis
    assertThat(claimAgainstTwo("إذا استمر القصف فلن تبدأ العملية")).isFalse();
    assertThat(claimAgainstTwo("استمر القصف فلن تبدأ العملية")).isTrue();
  }

  @Test
  void withoutInAnUnrealConditionDeniesNothing() {
    // "without the operation, the town would have fallen": a counterfactual, the operation is not denied
    assertThat(claimAgainstTwo("دون العملية لكانت المدينة سقطت منذ أسابيع")).isFalse();
    assertThat(claimAgainstTwo("انسحب الجنود دون العملية المقررة")).isTrue();
  }
}
