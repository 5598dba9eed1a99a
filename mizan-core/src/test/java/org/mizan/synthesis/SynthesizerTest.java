package org.mizan.synthesis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.mizan.doc.Document;
import org.mizan.doc.Json;
import org.mizan.figures.Figure;
import org.mizan.synthesis.StoryDigest.Citation;
import org.mizan.synthesis.StoryDigest.Divergence;
import org.mizan.synthesis.StoryDigest.Position;
import org.mizan.synthesis.StoryDigest.Quantity;
import org.mizan.synthesis.StoryDigest.Statement;
import org.mizan.synthesis.StoryDigest.SummarySentence;
import org.mizan.synthesis.StoryDigest.TimelineEvent;

class SynthesizerTest {
  private final List<Document> docs = BudgetStory.docs();
  private final StoryDigest g = Synthesizer.digest(BudgetStory.story(), docs, BudgetStory.entities());
  private final Map<String, Document> byId = docs.stream().collect(Collectors.toMap(Document::id, d -> d));

  @Test
  void summaryIsCitedBodyText() {
    assertThat(g.summary()).hasSizeBetween(3, 6);
    for (SummarySentence s : g.summary()) {
      assertThat(s.citations()).isNotEmpty();
      Citation first = s.citations().get(0);
      assertThat(first.text()).isEqualTo(s.text());
      Document d = byId.get(first.documentId());
      assertThat(d.paragraphs().stream().anyMatch(p -> p.text().contains(s.text()))).isTrue();
      assertThat(s.text()).doesNotContain("اقرأ أيضا");
    }
  }

  @Test
  void summaryCitesEveryOutletCarryingTheSameSentence() {
    SummarySentence budget = g.summary().stream().filter(s -> s.text().contains("500 مليون")).findFirst().orElseThrow();
    assertThat(budget.citations()).extracting(Citation::documentId).contains("a1", "b2");
    assertThat(budget.outlets()).isGreaterThanOrEqualTo(2);
    // the same fact is not repeated: no two summary sentences about the new budget's 500 million
    assertThat(g.summary().stream().filter(s -> s.text().contains("الميزانية الجديدة")).count()).isEqualTo(1);
  }

  @Test
  void aWeekIsShownByItsMonday() {
    assertThat(TimelineBuilder.readable("2025-W49", "week of")).isEqualTo("week of 2025-12-01");
    assertThat(TimelineBuilder.readable("2021-W01", "week of")).isEqualTo("week of 2021-01-04");
    assertThat(TimelineBuilder.readable("2025-12-03", "week of")).isEqualTo("2025-12-03");
    assertThat(TimelineBuilder.readable("2025-11", "week of")).isEqualTo("2025-11");
  }

  @Test
  void aRecordsStartAndAFuturesMonthDateNoEventButAPlainSinceDoes() {
    List<Document> ds = List.of(
        Docs.doc("t1", "صحيفة أ", "2024-03-10").para("وهبط سعر النفط إلى أدنى مستوى له منذ أوائل أبريل 2023 اليوم.")
            .date("أبريل 2023", "2023-04").date("اليوم", "2024-03-10")
            .para("وتراجعت العقود لتسليم مايو إلى ثمانين دولارا.").date("مايو", "2024-05")
            .para("ومنذ الاثنين ضاعف المحتجون اعتصامهم أمام الوزارة.").date("الاثنين", "2024-03-04").build());
    StoryDigest t = digestOf("s-since", ds, BudgetStory.entities());
    assertThat(t.timeline()).extracting(TimelineEvent::date).containsExactly("2024-03-04", "2024-03-10");
  }

  @Test
  void aSpanSinceDoesNotDateASentenceThatHasItsOwnDay() {
    List<Document> ds = List.of(
        Docs.doc("v1", "صحيفة أ", "2024-03-10")
            .para("وفي ظل الأزمة المستمرة منذ نحو ثلاث سنوات، أعلنت الحكومة يوم الخميس خطة إنقاذ جديدة.")
            .date("منذ نحو ثلاث سنوات", "2021").date("يوم الخميس", "2024-03-07")
            .para("ويعيش المزارعون في الجفاف منذ عامين.").date("منذ عامين", "2022").build());
    StoryDigest t = digestOf("s-span", ds, BudgetStory.entities());
    // the first sentence is Thursday's announcement; the second has no other date, so its span stays
    assertThat(t.timeline()).extracting(TimelineEvent::date).containsExactly("2022", "2024-03-07");
  }

  @Test
  void timelineIsOrderedWithBackgroundMarked() {
    List<String> dates = g.timeline().stream().map(TimelineEvent::date).toList();
    assertThat(dates).isSorted();
    TimelineEvent crisis = g.timeline().stream().filter(e -> e.date().equals("2020-03")).findFirst().orElseThrow();
    assertThat(crisis.background()).isTrue();
    assertThat(crisis.citations()).extracting(Citation::documentId).containsExactly("a1");
    TimelineEvent sunday = g.timeline().stream().filter(e -> e.date().equals("2024-03-10")).findFirst().orElseThrow();
    assertThat(sunday.background()).isFalse();
  }

  @Test
  void sameStatementAcrossOutletsIsOneGroup() {
    var minister = g.quotes().stream().filter(s -> s.speaker().equals("خالد العمري")).findFirst().orElseThrow();
    assertThat(minister.entityId()).isEqualTo(BudgetStory.MINISTER);
    assertThat(minister.statements()).filteredOn(x -> x.text().contains("الضرائب")).hasSize(1);
    Statement st = minister.statements().stream().filter(x -> x.text().contains("الضرائب")).findFirst().orElseThrow();
    assertThat(st.outlets()).isEqualTo(2);
    assertThat(st.kinds()).containsExactlyInAnyOrder("direct", "indirect");
    assertThat(st.text()).isEqualTo("لن نرفع الضرائب على المواطنين هذا العام تحت أي ظرف");
    assertThat(st.medium()).isEqualTo("الصحيفة");
  }

  @Test
  void quotesWithoutAKnownSpeakerComeLastUnderAPlainHeading() {
    List<Document> ds = List.of(
        Docs.doc("u1", "صحيفة أ", "2024-03-10").para("وقال: «سنواصل العمل على خفض العجز في الميزانية».")
            .quote(null, null, "سنواصل العمل على خفض العجز في الميزانية", "direct", null).build(),
        Docs.doc("u2", "صحيفة ب", "2024-03-10").para("وقال سامي الحداد: «الميزانية خطوة أولى نحو الإصلاح».")
            .person("سامي الحداد", BudgetStory.SPEAKER)
            .quote("سامي الحداد", BudgetStory.SPEAKER, "الميزانية خطوة أولى نحو الإصلاح", "direct", null).build());
    StoryDigest u = digestOf("s-unknown", ds, BudgetStory.entities());
    assertThat(u.quotes()).extracting(StoryDigest.SpeakerStatements::speaker).containsExactly("سامي الحداد", "?");
    assertThat(DigestMarkdown.render(List.of(u))).contains("**speaker not identified**").doesNotContain("**?**");
  }

  @Test
  void anUnlinkedSpeakerSpelledTwoWaysIsOneSpeaker() {
    List<Document> ds = List.of(
        Docs.doc("e1", "صحيفة أ", "2024-03-10").para("وحذرت السفارة الأميركية رعاياها من أن المدينة «هدف محتمل».")
            .quote("السفارة الأميركية", null, "هدف محتمل", "direct", null).build(),
        Docs.doc("e2", "صحيفة ب", "2024-03-10").para("وقالت السفارة الأمريكية إن الطرق «ستغلق طوال الزيارة».")
            .quote("السفارة الأمريكية", null, "ستغلق طوال الزيارة", "direct", null).build(),
        Docs.doc("e3", "صحيفة ج", "2024-03-10").para("وقالت السفارة الاميركية: «نتابع الوضع عن كثب».")
            .quote("السفارة الاميركية", null, "نتابع الوضع عن كثب", "direct", null)
            .para("وقالت السفارة البريطانية: «لا تغيير في النصائح».")
            .quote("السفارة البريطانية", null, "لا تغيير في النصائح", "direct", null).build());
    StoryDigest u = digestOf("s-embassy", ds, BudgetStory.entities());
    assertThat(u.quotes()).extracting(StoryDigest.SpeakerStatements::speaker)
        .containsExactly("السفارة الأميركية", "السفارة البريطانية");
    assertThat(u.quotes().get(0).statements()).hasSize(3);
  }

  @Test
  void anInstitutionNamedInShortAndInFullIsOneSpeaker() {
    List<Document> ds = List.of(
        Docs.doc("m1", "صحيفة أ", "2024-03-10").para("وقالت وزارة الصحة في بيان: «لا إصابات جديدة اليوم».")
            .quote("وزارة الصحة", null, "لا إصابات جديدة اليوم", "direct", null).build(),
        Docs.doc("m2", "صحيفة ب", "2024-03-10").para("وقالت وزارة الصحة العراقية إن «المستشفيات جاهزة».")
            .quote("وزارة الصحة العراقية", null, "المستشفيات جاهزة", "direct", null).build(),
        Docs.doc("m3", "صحيفة ج", "2024-03-10").para("وقالت وزارة الخارجية: «نتابع الأمر».")
            .quote("وزارة الخارجية", null, "نتابع الأمر", "direct", null)
            .para("وقالت وزارة الخارجية الإيرانية: «لا تعليق».").quote("وزارة الخارجية الإيرانية", null, "لا تعليق", "direct", null)
            .para("وقالت وزارة الخارجية التركية: «ندين الهجوم».").quote("وزارة الخارجية التركية", null, "ندين الهجوم", "direct", null)
            .build());
    StoryDigest u = digestOf("s-ministry", ds, BudgetStory.entities());
    assertThat(u.quotes()).extracting(StoryDigest.SpeakerStatements::speaker).containsExactlyInAnyOrder(
        "وزارة الصحة العراقية", "وزارة الخارجية", "وزارة الخارجية الإيرانية", "وزارة الخارجية التركية");
  }

  @Test
  void differentFiguresForTheSameQuantityConflict() {
    Quantity usd = g.figures().stream().filter(q -> "USD".equals(q.unit())).findFirst().orElseThrow();
    assertThat(usd.conflict()).isTrue();
    assertThat(usd.agreement()).isFalse();
    assertThat(usd.values()).extracting(v -> v.value()).containsExactly(500e6, 450e6);
    assertThat(usd.values().get(0).outlets()).containsExactly("وكالة الأنباء", "صحيفة الشرق");
    Divergence d = divergence("figure");
    assertThat(d.positions()).extracting(Position::stance).containsExactly("500000000", "450000000");
  }

  @Test
  void oppositeClaimsByDifferentActorsAreADivergence() {
    Divergence d = divergence("claim");
    assertThat(d.about()).contains("تقدم");
    Position neg = d.positions().get(0);
    Position pos = d.positions().get(1);
    assertThat(neg.stance()).isEqualTo("negated");
    assertThat(neg.citations()).extracting(Citation::documentId).containsExactly("a1");
    assertThat(neg.actor()).isEqualTo("خالد العمري");
    assertThat(pos.stance()).isEqualTo("asserted");
    assertThat(pos.citations()).extracting(Citation::documentId).contains("b2", "c3");
  }

  @Test
  void aNegatedOrAssertedModalVerbIsNoClaim() {
    // "cannot" in one column against "one can say" in two others opposes nothing about the story
    List<Document> ds = List.of(
        Docs.doc("m1", "صحيفة أ", "2024-03-10").headline("هل يمكن تجاهل العجز؟").para("قال الكاتب خالد العمري إنه لا يمكن للحكومة تجاهل العجز في الميزانية هذا العام.")
            .person("خالد العمري", BudgetStory.MINISTER)
            .quote("خالد العمري", BudgetStory.MINISTER, "لا يمكن للحكومة تجاهل العجز في الميزانية هذا العام", "indirect", null).build(),
        Docs.doc("m2", "صحيفة ب", "2024-03-10").para("وقال سامي الحداد إنه يمكن القول إن الميزانية الجديدة خطوة أولى نحو الإصلاح.")
            .person("سامي الحداد", BudgetStory.SPEAKER)
            .quote("سامي الحداد", BudgetStory.SPEAKER, "يمكن القول إن الميزانية الجديدة خطوة أولى نحو الإصلاح", "indirect", null).build(),
        Docs.doc("m3", "صحيفة ج", "2024-03-11").para("ويرى ماجد السالم أنه يمكن القول إن الميزانية تأخرت كثيرا هذا العام.")
            .person("ماجد السالم", BudgetStory.MP)
            .quote("ماجد السالم", BudgetStory.MP, "يمكن القول إن الميزانية تأخرت كثيرا هذا العام", "indirect", null).build());
    StoryDigest modal = digestOf("s-modal", ds, BudgetStory.entities());
    assertThat(modal.divergences()).noneMatch(d -> d.kind().equals("claim") && d.about().contains("مكن"));
  }

  @Test
  void aWordNegatedInNarrationIsNoClaim() {
    // "declined to be named" (narration) against a source that "revealed" something: not an opposition
    List<Document> ds = List.of(
        Docs.doc("n1", "صحيفة أ", "2024-03-10").para("ونقل مسؤول فضل عدم الكشف عن اسمه أن الوزارة أوقفت صرف الميزانية.").build(),
        Docs.doc("n2", "صحيفة ب", "2024-03-10").headline("الحداد يكشف وقف صرف الميزانية").para("وكشف سامي الحداد أن الوزارة أوقفت صرف الميزانية منذ أسبوع.")
            .person("سامي الحداد", BudgetStory.SPEAKER).build(),
        Docs.doc("n3", "صحيفة ج", "2024-03-11").para("كما كشف ماجد السالم أن صرف الميزانية توقف منذ أسبوع.")
            .person("ماجد السالم", BudgetStory.MP).build());
    StoryDigest narration = digestOf("s-narr", ds, BudgetStory.entities());
    assertThat(narration.divergences()).noneMatch(d -> d.kind().equals("claim"));
  }

  static List<Document> operations(String first, String second, String third) {
    return List.of(
        Docs.doc("o1", "صحيفة أ", "2024-03-10").headline("الجيش يواصل العملية في الشمال")
            .para("وقال خالد العمري: «" + first + "».")
            .quote("خالد العمري", BudgetStory.MINISTER, first, "direct", null).build(),
        Docs.doc("o2", "صحيفة ب", "2024-03-10").headline("عملية جديدة في الشمال")
            .para("وقال سامي الحداد إن " + second + ".")
            .quote("سامي الحداد", BudgetStory.SPEAKER, second, "indirect", null).build(),
        Docs.doc("o3", "صحيفة ج", "2024-03-11").headline("عملية الشمال مستمرة")
            .para("وأكد ماجد السالم أن " + third + ".")
            .quote("ماجد السالم", BudgetStory.MP, third, "indirect", null).build());
  }

  @Test
  void notMerelyNegatesNothing() {
    // "not merely one operation" asserts operations, as the other two sources do
    StoryDigest ops = digestOf("s-ops", operations("هذه ليست مجرد عملية واحدة وسوف تستمر",
        "العملية ستتوسع نحو الغرب", "العملية حققت أهدافها الأولى"), BudgetStory.entities());
    assertThat(ops.divergences()).noneMatch(d -> d.kind().equals("claim"));
  }

  @Test
  void aCountedNounAfterItsNumberIsNoClaim() {
    // one source says there is no operation; the others count operations of another kind: no opposition
    StoryDigest ops = digestOf("s-count", operations("لا عملية عسكرية في المدينة",
        "الجيش نفذ 15 عملية في الشمال", "الجيش نفذ 12 عملية منذ بدء الحملة"), BudgetStory.entities());
    assertThat(ops.divergences()).noneMatch(d -> d.kind().equals("claim"));
    // the same negation against two sources asserting it is one
    StoryDigest opposed = digestOf("s-opposed", operations("لا عملية عسكرية في المدينة",
        "العملية العسكرية بدأت في المدينة", "العملية العسكرية تتواصل في المدينة"), BudgetStory.entities());
    assertThat(opposed.divergences()).anyMatch(d -> d.kind().equals("claim"));
  }

  @Test
  void thePartnerAfterMaaInANegatedClauseIsNotDenied() {
    // "without coordinating with the forces" denies the coordination, not the forces
    List<Document> ds = operations("بدأت العملية من دون التنسيق مع قوات الشمال",
        "قوات الشمال دخلت المدينة", "قوات الشمال تواصل العملية").stream()
        .map(d -> d.withMetadata("قوات الشمال في " + d.headline(), d.published(), d.outlet(), List.of(), null, null))
        .toList();
    StoryDigest ops = digestOf("s-adjunct", ds, BudgetStory.entities());
    assertThat(ops.divergences()).noneMatch(d -> d.kind().equals("claim"));
    // denying the forces themselves is a claim
    List<Document> denied = operations("لم تدخل قوات الشمال المدينة",
        "قوات الشمال دخلت المدينة", "قوات الشمال تواصل العملية").stream()
        .map(d -> d.withMetadata("قوات الشمال في " + d.headline(), d.published(), d.outlet(), List.of(), null, null))
        .toList();
    assertThat(digestOf("s-denied", denied, BudgetStory.entities()).divergences())
        .anyMatch(d -> d.kind().equals("claim"));
  }

  @Test
  void thousandsGroupedWithADotAreTheSameFigure() {
    // one outlet groups thousands with a dot: 363.869 workers is 363,869, not a thousandfold disagreement
    List<Document> ds = List.of(
        Docs.doc("t1", "صحيفة أ", "2024-03-10").para("وشمل البرنامج 363.869 عاملا في المرحلة الثامنة من حماية الأجور.")
            .figure("363.869 عاملا", 363.869, null, "worker").build(),
        Docs.doc("t2", "صحيفة ب", "2024-03-10").para("وشمل البرنامج 363869 عاملا في المرحلة الثامنة من حماية الأجور.")
            .figure("363869 عاملا", 363869, null, "worker").build(),
        Docs.doc("t3", "صحيفة ج", "2024-03-10").para("ويشمل البرنامج 363869 عاملا في المرحلة الثامنة من برنامج حماية الأجور.")
            .figure("363869 عاملا", 363869, null, "worker").build());
    StoryDigest u = digestOf("s-grouped", ds, BudgetStory.entities());
    Quantity workers = u.figures().stream().filter(q -> "worker".equals(q.counted())).findFirst().orElseThrow();
    assertThat(workers.values()).extracting(v -> v.value()).containsExactly(363869.0);
    assertThat(workers.conflict()).isFalse();
    assertThat(workers.agreement()).isTrue();
    assertThat(u.divergences()).noneMatch(d -> d.kind().equals("figure"));
  }

  @Test
  void oneStatementPrintedWithOtherPunctuationIsNoClaim() {
    // "لا يقبله دين ويدل" negates يدل in one copy; the comma of the other copies ends the negation's reach
    String bare = "هذا عمل لا يقبله إنسان ولا دين ويدل على عدم الإيمان عند منفذي الهجوم";
    String comma = "هذا عمل لا يقبله إنسان ولا دين، ويدل على عدم الإيمان عند منفذي الهجوم";
    List<Document> ds = List.of(
        Docs.doc("p1", "صحيفة أ", "2024-03-10").headline("المفتي: الهجوم لا يقبله دين ويدل على عدم الإيمان")
            .para("وقال خالد العمري: «" + bare + "».").quote("خالد العمري", BudgetStory.MINISTER, bare, "direct", null).build(),
        Docs.doc("p2", "صحيفة ب", "2024-03-10").para("وبين سامي الحداد أن " + comma + ".")
            .quote("سامي الحداد", BudgetStory.SPEAKER, comma, "indirect", null).build(),
        Docs.doc("p3", "صحيفة ج", "2024-03-11").para("وقال ماجد السالم: «" + comma + "».")
            .quote("ماجد السالم", BudgetStory.MP, comma, "direct", null).build());
    StoryDigest copies = digestOf("s-copies", ds, BudgetStory.entities());
    assertThat(copies.divergences()).noneMatch(d -> d.kind().equals("claim"));
  }

  @Test
  void figureValuesArePlainDigits() {
    assertThat(Divergences.fmt(2.063 * 1e9)).isEqualTo("2063000000");
    assertThat(Divergences.fmt(1340700000)).isEqualTo("1340700000");
    assertThat(Divergences.fmt(50.35)).isEqualTo("50.35");
    assertThat(Divergences.fmt(0.1 + 0.2)).isEqualTo("0.3");
    assertThat(Divergences.fmt(31e9)).isEqualTo("31000000000");
  }

  @Test
  void readingsAtTwoStatedClockTimesAreNoConflict() {
    // one outlet's price by 05:15 GMT, another's by 10:45 GMT: the market moved, the sources agree
    List<Document> ds = List.of(
        Docs.doc("k1", "صحيفة أ", "2024-03-10").para("وصعدت عقود الخام 36 سنتا إلى 50.35 دولار للبرميل بحلول الساعة 0515 بتوقيت جرينتش.")
            .figure("50.35 دولار", 50.35, "USD", null).figure("الساعة 0515", 5.25, "time", null).build(),
        Docs.doc("k2", "صحيفة ب", "2024-03-10").para("وصعدت عقود الخام 46 سنتا إلى 50.45 دولار للبرميل بحلول الساعة 1045 بتوقيت جرينتش.")
            .figure("50.45 دولار", 50.45, "USD", null).figure("الساعة 1045", 10.75, "time", null).build(),
        Docs.doc("k3", "صحيفة ج", "2024-03-10").para("وصعدت عقود الخام 46 سنتا إلى 50.45 دولار للبرميل بحلول الساعة 1045 بتوقيت جرينتش.")
            .figure("50.45 دولار", 50.45, "USD", null).figure("الساعة 1045", 10.75, "time", null).build());
    StoryDigest u = digestOf("s-market", ds, BudgetStory.entities());
    assertThat(u.divergences()).noneMatch(d -> d.kind().equals("figure"));
    assertThat(u.figures()).filteredOn(q -> "USD".equals(q.unit())).noneMatch(Quantity::conflict);
  }

  @Test
  void decimalsPrintedRightToLeftAreTheSameFigure() {
    // "5ر32 مليون" (ر as the decimal sign, read 32.5 million) copied as "5.32 مليون" by another outlet
    List<Document> ds = List.of(
        Docs.doc("r1", "صحيفة أ", "2024-03-10").para("وحل الممثل في المرتبة التاسعة بإيرادات بلغت 5ر32 مليون دولار هذا العام.")
            .figure("5ر32 مليون دولار", 32.5e6, "USD", null).build(),
        Docs.doc("r2", "صحيفة ب", "2024-03-10").para("وحل الممثل في المرتبة التاسعة بإيرادات بلغت 5.32 مليون دولار هذا العام.")
            .figure("5.32 مليون دولار", 5.32e6, "USD", null).build());
    StoryDigest u = digestOf("s-rtl", ds, BudgetStory.entities());
    assertThat(u.divergences()).noneMatch(d -> d.kind().equals("figure"));
    assertThat(PrintedValues.swappedReading("500.307 امتار", 500.307)).isCloseTo(307.5, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void aDecimalWrittenWithItsZerosIsTheFigureAnotherPrintsShort() {
    // "277,300 مليون" (read 277,300 million) and "277.3 مليون": one figure, written with and without zeros
    List<Document> ds = List.of(
        Docs.doc("z1", "صحيفة أ", "2024-03-10").para("وبلغت تكلفة المشروعات 277,300 مليون ريال هذا العام.")
            .figure("277,300 مليون ريال", 277_300e6, "SAR", null).build(),
        Docs.doc("z2", "صحيفة ب", "2024-03-10").para("وبلغت تكلفة المشروعات 277.3 مليون ريال هذا العام.")
            .figure("277.3 مليون ريال", 277.3e6, "SAR", null).build());
    StoryDigest u = digestOf("s-zeros", ds, BudgetStory.entities());
    assertThat(u.divergences()).noneMatch(d -> d.kind().equals("figure"));
  }

  @Test
  void twoSwappedDecimalsBothPrintedWithAPointTakeOneReading() {
    // two outlets print 31.3, a third 3.31 (its copy of 3ر31): one figure, read as the two print it
    List<Document> ds = new java.util.ArrayList<>();
    String[] printed = {"31.3", "31.3", "3.31"};
    for (int k = 0; k < 3; k++) {
      ds.add(Docs.doc("p" + k, "صحيفة " + k, "2024-03-10")
          .para("وبلغت حصة القروض العقارية " + printed[k] + " في المائة من إجمالي القروض.")
          .figure(printed[k] + " في المائة", Double.parseDouble(printed[k]), "percent", null).build());
    }
    StoryDigest u = digestOf("s-swap", ds, BudgetStory.entities());
    assertThat(u.divergences()).noneMatch(d -> d.kind().equals("figure"));
    Quantity q = u.figures().stream().filter(x -> "percent".equals(x.unit())).findFirst().orElseThrow();
    assertThat(q.values()).extracting(StoryDigest.FigureValue::value).containsExactly(31.3);
  }

  @Test
  void oneOutletsUpdatesAreNoConflict() {
    // an outlet's noon report and its closing report give two values: the market moved, no source disagrees
    List<Document> ds = List.of(
        Docs.doc("n1", "صحيفة أ", "2024-03-10").para("وتراجع المؤشر عند منتصف التداولات بنسبة بلغت نحو 1.2 في المائة.")
            .figure("1.2 في المائة", 1.2, "percent", null).build(),
        Docs.doc("n2", "صحيفة أ", "2024-03-11").para("وارتفع المؤشر عند منتصف التداولات بنسبة بلغت 0.4 في المائة.")
            .figure("0.4 في المائة", 0.4, "percent", null).build());
    StoryDigest u = digestOf("s-updates", ds, BudgetStory.entities());
    assertThat(u.divergences()).noneMatch(d -> d.kind().equals("figure"));
  }

  @Test
  void anOutletOnBothSidesIsNoConflictButTwoOtherOutletsAre() {
    // one outlet's two reports (two sessions one story joined) give 67 and 78 rising companies, another
    // outlet copies the first: the outlet does not disagree with itself; a third outlet's 70 does
    java.util.function.Function<String[], StoryDigest> digest = rows -> {
      List<Document> ds = new java.util.ArrayList<>();
      for (int k = 0; k < rows.length; k += 2) {
        ds.add(Docs.doc("m" + k, rows[k], "2024-03-10").para("وارتفعت أسهم " + rows[k + 1] + " شركة في السوق.")
            .figure(rows[k + 1] + " شركة", Double.parseDouble(rows[k + 1]), null, "شركة").build());
      }
      return digestOf("s-outlets", ds, BudgetStory.entities());
    };
    assertThat(digest.apply(new String[] {"صحيفة أ", "67", "صحيفة ب", "67", "صحيفة أ", "78"}).divergences())
        .noneMatch(d -> d.kind().equals("figure"));
    assertThat(digest.apply(new String[] {"صحيفة أ", "67", "صحيفة ب", "67", "صحيفة ج", "78"}).divergences())
        .anyMatch(d -> d.kind().equals("figure"));
  }

  @Test
  void anOppositionAboutSomethingNoHeadlineMentionsIsLeftOut() {
    // "the season" negated by one coach and asserted by another: a side remark, not what the story is about
    List<Document> ds = List.of(
        Docs.doc("h1", "صحيفة أ", "2024-03-10").headline("المدرب يطالب بتجديد عقد المهاجم")
            .para("وقال خالد العمري إنه لا يمكن بدء الموسم من دون لاعب مثله في الهجوم.")
            .quote("خالد العمري", BudgetStory.MINISTER, "لا يمكن بدء الموسم من دون لاعب مثله في الهجوم", "indirect", null).build(),
        Docs.doc("h2", "صحيفة ب", "2024-03-10").headline("تجديد عقد المهاجم لموسمين")
            .para("وقال سامي الحداد إن الموسم سيبدأ بمواجهة صعبة أمام المنافس التقليدي.")
            .quote("سامي الحداد", BudgetStory.SPEAKER, "الموسم سيبدأ بمواجهة صعبة أمام المنافس التقليدي", "indirect", null).build(),
        Docs.doc("h3", "صحيفة ج", "2024-03-11").headline("المهاجم يوقع عقدا جديدا")
            .para("وأكد ماجد السالم أن الموسم الجديد يحمل تحديات كبيرة للفريق.")
            .quote("ماجد السالم", BudgetStory.MP, "الموسم الجديد يحمل تحديات كبيرة للفريق", "indirect", null).build());
    StoryDigest side = digestOf("s-side", ds, BudgetStory.entities());
    assertThat(side.divergences()).noneMatch(d -> d.kind().equals("claim"));
  }

  @Test
  void aFigureOneArticleRepeatsIsOneRowCitedTwice() {
    List<Document> ds = List.of(
        Docs.doc("r1", "صحيفة أ", "2024-03-10").para("واستمرت عملية الإنقاذ 27 يوما في المنطقة الجبلية.")
            .para("وأشاد المحافظ بفرق الإنقاذ التي عملت سبعة وعشرين يوما في المنطقة الجبلية.")
            .figure("27 يوما", 27, "day", null).figure("سبعة وعشرين يوما", 27, "day", null).build(),
        Docs.doc("r2", "صحيفة ب", "2024-03-10").para("وانتهت عملية الإنقاذ في المنطقة الجبلية بعد جهود كبيرة.").build());
    StoryDigest g = digestOf("s-repeat", ds, List.of());
    assertThat(g.figures()).singleElement().satisfies(q -> {
      assertThat(q.values()).singleElement().satisfies(v -> assertThat(v.citations()).hasSize(2));
      assertThat(q.conflict()).isFalse();
    });
  }

  @Test
  void twoValuesOneArticleGivesAreNeverOneQuantityEvenThroughAThirdArticle() {
    String market = "وارتفعت أسهم 70 شركة وتراجعت أسهم 67 شركة في تداولات السوق السعودية أمس.";
    List<Document> ds = List.of(
        Docs.doc("x1", "صحيفة أ", "2024-03-10").para(market).figure("70 شركة", 70, null, "company")
            .figure("67 شركة", 67, null, "company").build(),
        Docs.doc("x2", "صحيفة ب", "2024-03-10").para(market).figure("70 شركة", 70, null, "company")
            .figure("67 شركة", 67, null, "company").build(),
        Docs.doc("x3", "صحيفة ج", "2024-03-10").para("وارتفعت أسهم 125 شركة في تداولات السوق السعودية أمس.")
            .figure("125 شركة", 125, null, "company").build());
    StoryDigest m = digestOf("s-market", ds, List.of());
    for (Quantity q : m.figures()) {
      var values = q.values().stream().map(v -> v.value()).toList();
      assertThat(values).as("one quantity's values").doesNotContainSequence(70.0, 67.0).doesNotContainSequence(67.0, 70.0);
    }
    // "125 rose" conflicts with "70 rose" (the same quantity told differently); "67 fell" stays apart
    assertThat(m.figures()).anySatisfy(q -> assertThat(q.values()).extracting(v -> v.value()).containsExactly(70.0, 125.0));
    assertThat(m.figures()).anySatisfy(q -> assertThat(q.values()).extracting(v -> v.value()).containsExactly(67.0));
  }

  @Test
  void figuresWhoseApproximationsOverlapDoNotConflict() {
    Figure moreThan100 = new Figure("أكثر من 100 قتيل", 100, null, "killed", "more_than", 0, 10);
    Figure exact120 = new Figure("120 قتيلا", 120, null, "killed", null, 0, 10);
    Figure exact90 = new Figure("90 قتيلا", 90, null, "killed", null, 0, 10);
    Figure about4 = new Figure("نحو أربع سنوات", 4, "year", null, "about", 0, 10);
    Figure moreThan3 = new Figure("أكثر من 3 سنوات", 3, "year", null, "more_than", 0, 10);
    assertThat(PrintedValues.compatible(moreThan100, exact120)).isTrue();
    assertThat(PrintedValues.compatible(moreThan100, exact90)).isFalse();
    assertThat(PrintedValues.compatible(about4, moreThan3)).isTrue();
    assertThat(PrintedValues.compatible(exact90, exact120)).isFalse();
    assertThat(PrintedValues.compatible(new Figure("نحو 20", 20, null, "killed", "about", 0, 4), new Figure("25", 25, null,
        "killed", null, 0, 2))).isFalse();
    String toll = "وأسفر الانفجار الذي وقع في السوق المركزية عن مقتل %s وإصابة العشرات بحسب الدفاع المدني.";
    List<Document> ds = List.of(
        Docs.doc("k1", "صحيفة أ", "2024-03-10").para(toll.formatted("أكثر من 100 شخص"))
            .figure("100 شخص", 100, null, "person", "more_than").build(),
        Docs.doc("k2", "صحيفة ب", "2024-03-10").para(toll.formatted("120 شخصا"))
            .figure("120 شخصا", 120, null, "person").build());
    assertThat(digestOf("s-toll", ds, List.of()).figures()).singleElement().satisfies(q -> {
      assertThat(q.values()).hasSize(2);
      assertThat(q.conflict()).isFalse();
      assertThat(q.agreement()).as("two different figures do not agree").isFalse();
    });
  }

  @Test
  void aRoundedFigureAgreesWithThePreciseOne() {
    assertThat(PrintedValues.roundingOf(fv(13e9, "13 مليار دولار"), fv(13.23e9, "13.23 مليار دولار"))).isTrue();
    assertThat(PrintedValues.roundingOf(fv(95, "95 في المائة"), fv(95.4, "95.4%"))).isTrue();
    assertThat(PrintedValues.roundingOf(fv(45e6, "٤٥ مليون يورو"), fv(45.5e6, "45٫5 مليون يورو"))).isTrue();
    assertThat(PrintedValues.roundingOf(fv(82500, "82.5 ألف صفقة"), fv(77189, "77,189 صفقة"))).isFalse();
    assertThat(PrintedValues.roundingOf(fv(14, "14 قتيلا"), fv(15, "15 قتيلا"))).isFalse();
    assertThat(PrintedValues.roundingOf(fv(5000, "خمسة آلاف"), fv(5200, "5200"))).isFalse(); // bare words state no precision
    // compound words count in their smallest order: millions here, so the exact amount rounds to them
    assertThat(PrintedValues.roundingOf(fv(2.047e9, "ملياران وسبعة وأربعون مليون ريال"), fv(2_047_318_455.0, "2.047.318.455 ريالا")))
        .isTrue();
    assertThat(PrintedValues.roundingOf(fv(2.047e9, "ملياران وسبعة وأربعون مليون ريال"), fv(2_049_318_455.0, "2.049.318.455 ريالا")))
        .isFalse();
    // a part after the smallest order counts finer: three thousand five hundred is no rounding of 3,900
    assertThat(PrintedValues.roundingOf(fv(3500, "ثلاثة آلاف وخمسمائة"), fv(3900, "3900"))).isFalse();
    // a decimal comma is read as the figures stage reads it: 2,5 million states tenths of a million
    assertThat(PrintedValues.roundingOf(fv(2.5e6, "2,5 مليون"), fv(2.53e6, "2.53 مليون"))).isTrue();
    assertThat(PrintedValues.roundingOf(fv(2.5e6, "2,5 مليون"), fv(2.4e6, "2.4 مليون"))).isFalse();
  }

  @Test
  void quantitiesAreNamedAsPrintedNotByTheirMatchingKey() {
    Quantity deals = new Quantity(null, "صفقه", List.of(fv(82500, "82.5 ألف صفقة"), fv(77189, "77189 صفقة")), false, true);
    assertThat(FigureLabels.label(deals)).isEqualTo("صفقة");
    Quantity money = new Quantity("USD", null, List.of(fv(5e8, "500 مليون دولار")), true, false);
    assertThat(FigureLabels.label(money)).isEqualTo("دولار");
    String md = DigestMarkdown.render(List.of(g));
    assertThat(md).contains("| دولار | 500 مليون دولار |").doesNotContain("| USD |");
  }

  /** The digest of a story made of these documents, in their order. */
  /** Whether the digest of these reports, as one story with the budget story's entities, shows a figure divergence. */
  static boolean figureDivergence(List<Document> ds) {
    return digestOf("s-figures", ds, BudgetStory.entities()).divergences().stream().anyMatch(d -> d.kind().equals("figure"));
  }

  static StoryDigest digestOf(String id, List<Document> ds, List<org.mizan.entities.Entity> entities) {
    var story = new org.mizan.stories.Story(id, "قصة", ds.stream().map(Document::id).toList(),
        ds.stream().map(Document::outlet).distinct().toList(), ds.get(0).published().value(),
        ds.get(ds.size() - 1).published().value(), List.of());
    return Synthesizer.digest(story, ds, entities);
  }

  private static StoryDigest.FigureValue fv(double value, String text) {
    return new StoryDigest.FigureValue(value, text, List.of("x"), List.of());
  }

  @Test
  void eveningVersusNextMorningIsATimeZoneDifference() {
    Divergence d = divergence("time");
    assertThat(d.positions()).extracting(Position::stance).containsExactlyInAnyOrder("2024-03-10 late", "2024-03-11 early");
    assertThat(d.note()).startsWith("likely a time-zone difference");
    assertThat(d.positions()).allSatisfy(p -> assertThat(p.citations()).hasSize(1));
  }

  @Test
  void anArticleDatingTwoMomentsInOneSentenceDisagreesWithNoOne() {
    Document a = Docs.doc("t1", "وكالة الأنباء", "2024-06-02")
        .para("وصل جثمان الفنان الراحل إلى العاصمة فجر اليوم الأحد على متن طائرة خاصة، وسيصلى عليه عصر اليوم الأحد في الجامع الكبير.")
        .date("فجر اليوم الأحد", "2024-06-02").date("عصر اليوم الأحد", "2024-06-02").build();
    Document b = Docs.doc("t2", "صحيفة المساء", "2024-06-02")
        .para("وصل جثمان الفنان الراحل إلى العاصمة فجر اليوم الأحد على متن طائرة خاصة قادما من الخارج.")
        .date("فجر اليوم الأحد", "2024-06-02").build();
    assertThat(digestOf("s-t", List.of(a, b), List.of()).divergences()).noneMatch(d -> d.kind().equals("time"));
    // a third outlet putting the arrival in the evening does disagree
    Document c = Docs.doc("t3", "موقع الخبر", "2024-06-02")
        .para("وصل جثمان الفنان الراحل إلى العاصمة مساء اليوم الأحد على متن طائرة خاصة قادما من الخارج.")
        .date("مساء اليوم الأحد", "2024-06-02").build();
    assertThat(digestOf("s-t", List.of(a, b, c), List.of()).divergences()).anyMatch(d -> d.kind().equals("time"));
  }

  @Test
  void coverageListsSourcesInPublicationOrderWithSyndication() {
    assertThat(g.coverage().firstReport()).isEqualTo("2024-03-10");
    assertThat(g.coverage().lastReport()).isEqualTo("2024-03-11");
    assertThat(g.coverage().sources()).extracting(s -> s.documentId()).containsExactly("a1", "b2", "c3");
    assertThat(g.coverage().sources().get(0).syndicatedWith()).containsExactly("b2");
    assertThat(g.coverage().sources().get(2).syndicatedWith()).isEmpty();
  }

  @Test
  void everyCitationIsVerifiedAndATamperedOneIsCaught() {
    assertThat(CitationCheck.violations(g, docs)).isEmpty();
    assertThat(CitationCheck.citations(g)).hasSizeGreaterThan(10);
    Citation c = g.summary().get(0).citations().get(0);
    Citation shifted = new Citation(c.documentId(), c.outlet(), c.start() + 1, c.end() + 1, c.text());
    StoryDigest bad = new StoryDigest(g.schemaVersion(), g.storyId(), g.label(), g.documents(),
        List.of(new SummarySentence(c.text(), List.of(shifted), 1)), List.of(), List.of(), List.of(), List.of(),
        g.coverage());
    assertThat(CitationCheck.violations(bad, docs)).singleElement().asString().contains(c.documentId());
  }

  @Test
  void storyWithoutItsDocumentsGivesAnEmptyDigest() {
    StoryDigest empty = Synthesizer.digest(BudgetStory.story(), List.of(), List.of());
    assertThat(empty.summary()).isEmpty();
    assertThat(empty.documents()).isEmpty();
    assertThat(CitationCheck.violations(empty, List.of())).isEmpty();
  }

  @Test
  void jsonRoundTrips() throws Exception {
    String json = Json.line(g);
    assertThat(json).startsWith("{\"schema_version\":1,\"story_id\":\"s-budget\"");
    StoryDigest back = Json.mapper().readValue(json, StoryDigest.class);
    assertThat(back).isEqualTo(g);
  }

  private Divergence divergence(String kind) {
    return g.divergences().stream().filter(d -> d.kind().equals(kind)).findFirst().orElseThrow(
        () -> new AssertionError("no " + kind + " divergence in " + g.divergences()));
  }
}
