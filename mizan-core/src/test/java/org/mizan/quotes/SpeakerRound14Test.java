package org.mizan.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mizan.quotes.TestMentions.persons;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mizan.entities.Mention;

/**
 * Round-14 rules (invented sentences): anonymity clauses after a description, titled and
 * organisation subjects of stance verbs, {@code جاء في بيان X}, quotes inside an inner أن clause,
 * and words that close a title or open an object rather than continue a name.
 */
class SpeakerRound14Test {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<String> direct(String text, List<Mention> mentions) {
    return TestMentions.direct(extractor.extract(text, mentions));
  }

  /** Mentions of the given type at each occurrence of each form. */
  private static List<Mention> typed(String text, String type, String... forms) {
    List<Mention> out = new ArrayList<>();
    for (String n : forms) {
      for (int at = text.indexOf(n); at >= 0; at = text.indexOf(n, at + 1)) {
        out.add(new Mention(at, at + n.length(), n, type, null, null, n));
      }
    }
    return out;
  }

  private static List<Mention> all(List<Mention> a, List<Mention> b) {
    List<Mention> out = new ArrayList<>(a);
    out.addAll(b);
    out.sort(Comparator.comparingInt(Mention::start));
    return out;
  }

  @Test
  void anAnonymityClauseAfterADescriptionIsNotTheName() {
    String text = "وقال مسؤول في وزارة الزراعة السودانية فضل عدم الكشف عن هويته \"سنرفع أسعار القمح بداية الموسم\". "
        + "وأضاف \"لن يتأثر المزارعون الصغار بهذا القرار\".";
    assertThat(direct(text, List.of())).containsExactly(
        "مسؤول في وزارة الزراعة السودانية: سنرفع أسعار القمح بداية الموسم",
        "مسؤول في وزارة الزراعة السودانية: لن يتأثر المزارعون الصغار بهذا القرار");
    String asked = "وقال مصدر حكومي طلب عدم ذكر اسمه «الاجتماع تأجل إلى الأسبوع المقبل».";
    assertThat(direct(asked, List.of())).containsExactly("مصدر حكومي: الاجتماع تأجل إلى الأسبوع المقبل");
  }

  @Test
  void aTitledPersonOfAStanceVerbSpeaksTheParticiplesQuote() {
    // the name opens with the letters of بأن and holds كي: the phrase rules cannot read it, the tagger can
    String text = "وقال الوزير عامر النجار إن «الحدود آمنة تماما». ودعا المبعوث الخاص للاتحاد الأفريقي بان كي سونغ "
        + "إلى وقف القتال، قائلا في بيان إن «التفاوض هو الطريق الوحيد للسلام».";
    List<Mention> ms = typed(text, "PER", "عامر النجار", "بان كي سونغ");
    ms.sort(Comparator.comparingInt(Mention::start));
    assertThat(direct(text, ms)).containsExactly("عامر النجار: الحدود آمنة تماما",
        "بان كي سونغ: التفاوض هو الطريق الوحيد للسلام");
  }

  @Test
  void anOrganisationSubjectOfAStanceVerbEndsWithTheTaggedName() {
    String text = "وقالت الحكومة الليبية إن \"الوضع مستقر في العاصمة\". من جهتها، استنكرت الأمانة العامة لرابطة الدول "
        + "المستقلة الهجوم وقالت إنها «تدين بشدة هذا العمل الجبان».";
    List<Mention> ms = typed(text, "ORG", "رابطة الدول المستقلة");
    assertThat(direct(text, ms)).containsExactly("الحكومة الليبية: الوضع مستقر في العاصمة",
        "الأمانة العامة لرابطة الدول المستقلة: تدين بشدة هذا العمل الجبان");
  }

  @Test
  void aStatementsWordsAreItsIssuers() {
    String text = "وجاء في بيان الجيش «قتل ثلاثة من عناصرنا في هجوم على نقطة تفتيش».";
    assertThat(direct(text, List.of())).containsExactly("الجيش: قتل ثلاثة من عناصرنا في هجوم على نقطة تفتيش");
    String issued = "وجاء في البيان الصادر عن وزارة الداخلية «تم توقيف خمسة مشتبه بهم في المدينة».";
    assertThat(direct(issued, List.of())).containsExactly("وزارة الداخلية: تم توقيف خمسة مشتبه بهم في المدينة");
  }

  @Test
  void aQuoteInAnInnerClauseIsTheOuterSpeakers() {
    String text = "أعلنت الرئاسة الفرنسية الخميس ان باريس تعتبر ان الخلاف قد \"انتهى بشكل نهائي\" بعد الاتفاق.";
    List<Mention> ms = typed(text, "LOC", "باريس");
    assertThat(direct(text, ms)).containsExactly("الرئاسة الفرنسية: انتهى بشكل نهائي");
  }

  @Test
  void aPermanentEnvoysCountryIsNoName() {
    // the tagger's "مصر الدائم" (country + permanent) is dropped; the envoy is the name after the title
    String text = "وقال مندوب تونس الدائم لدى الجامعة العربية السفير كمال الهاشمي في تصريح للصحفيين: \"اللجنة ستجتمع غدا لبحث الأزمة\".";
    List<Mention> ms = persons(text, "تونس الدائم", "كمال الهاشمي");
    assertThat(direct(text, ms)).containsExactly("كمال الهاشمي: اللجنة ستجتمع غدا لبحث الأزمة");
  }

  @Test
  void aVerbalNounBehindBaIsNotAFamilyName() {
    String text = "وطالب النائب حسن الجبوري بوضع الوزارة \"تحت رقابة البرلمان المباشرة\" حتى نهاية العام.";
    assertThat(direct(text, persons(text, "حسن الجبوري"))).containsExactly("حسن الجبوري: تحت رقابة البرلمان المباشرة");
  }

  @Test
  void aFeminineTitleOpensThePhraseThatRunsOnToTheName() {
    String text = "وقال وزير الصحة إن الوضع صعب. وقالت مندوبة الصحة بقابس ليلى الزواري \"سجلنا تراجعا كبيرا في عدد الإصابات\".";
    assertThat(direct(text, persons(text, "ليلى الزواري"))).containsExactly("ليلى الزواري: سجلنا تراجعا كبيرا في عدد الإصابات");
  }

  @Test
  void aReportingVerbWithAnObjectPronounReadsLikeAStanceVerb() {
    String text = "ونشرت الوزارة القائمة أمس وأعلنها وزير الخارجية سامي الحداد داعيا الى خوض “المعركة ضد الفساد في كل المؤسسات”.";
    assertThat(direct(text, persons(text, "سامي الحداد"))).containsExactly("سامي الحداد: المعركة ضد الفساد في كل المؤسسات");
  }

  @Test
  void adjectivesAfterADescriptionHeadAreNoPerson() {
    // the tagger reads the two adjectives of an unnamed source as a person before a colon
    String text = "ومن جهته قال مصدر عسكري تركي: إن \"العملية ستستمر حتى تحقيق أهدافها\".";
    assertThat(direct(text, persons(text, "عسكري تركي"))).containsExactly("مصدر عسكري تركي: العملية ستستمر حتى تحقيق أهدافها");
  }

  @Test
  void afterKanaTheSubjectStandsBeforeTheStanceVerbAndThePersonAfterItIsTheObject() {
    String text = "وكان الرئيس حسن الكاظمي قد دعا رئيس الحكومة سامي الحداد الجمعة إلى أن «يكون أكثر حزما في محاربة الفساد».";
    assertThat(direct(text, persons(text, "حسن الكاظمي", "سامي الحداد")))
        .containsExactly("حسن الكاظمي: يكون أكثر حزما في محاربة الفساد");
    // a name the tagger cut (its first word left out) decides nothing here
    String cut = "وكانت آنا ماريا فيلدر قد قالت في بيان «حاولت حل القضية من دون تصعيد».";
    assertThat(direct(cut, persons(cut, "ماريا فيلدر"))).noneMatch(q -> q.startsWith("ماريا فيلدر:"));
  }

  @Test
  void aStatementIssuedBySomeoneIsTheirs() {
    String text = "وأفاد بيان صادر عن وزارة الداخلية، بأن «قوة أمنية أوقفت ثلاثة مطلوبين في المدينة».";
    assertThat(direct(text, List.of())).containsExactly("وزارة الداخلية: قوة أمنية أوقفت ثلاثة مطلوبين في المدينة");
    // the past verb as well as the participle: بيان صدر عن
    String past = "وأفاد بيان صدر عن وزارة الداخلية أنه «تم توقيف عشرين شخصا في المداهمات».";
    assertThat(direct(past, List.of())).containsExactly("وزارة الداخلية: تم توقيف عشرين شخصا في المداهمات");
  }
}
