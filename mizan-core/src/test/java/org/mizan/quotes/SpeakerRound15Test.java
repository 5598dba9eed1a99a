package org.mizan.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mizan.quotes.TestMentions.persons;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round-15 rules (invented sentences): a subjectless reporting verb continues the person subject of
 * the clause it belongs to, even when that clause's verb reports nothing; العام after an office's
 * noun is part of its name, not the year.
 */
class SpeakerRound15Test {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<String> direct(String text, String... names) {
    return TestMentions.direct(extractor.extract(text, persons(text, names)));
  }

  @Test
  void anAgencyCreditedAfterAQuoteDoesNotTakeOverTheSpeaker() {
    String text = "وصرح المبعوث سامي الحداد بأن «الحوار مستمر بين الأطراف كلها» بحسب ما أفادت وكالة الأنباء الوطنية. "
        + "وقال في هذا الصدد: «لقد اطلعنا على مختلف الأفكار من أجل العودة إلى الحوار».";
    assertThat(direct(text, "سامي الحداد")).containsExactly("سامي الحداد: الحوار مستمر بين الأطراف كلها",
        "سامي الحداد: لقد اطلعنا على مختلف الأفكار من أجل العودة إلى الحوار");
  }

  @Test
  void aVerbDescribingReportsRightBeforeItIsNoCue() {
    // "reports indicating that": the reports' verb has no subject to look for further back
    String text = "وقالت المندوبة إن بلادها تشعر بقلق بالغ إزاء تقارير تفيد بأن القائد زار المنطقة، وقالت للصحفيين "
        + "\"هذه تقارير مقلقة للغاية لكننا ما زلنا نتحرى عن الحقائق\".";
    assertThat(direct(text)).noneMatch(q -> q.contains("تشعر"));
  }

  @Test
  void aStatementOfABodyIsNotItsOwnSpeaker() {
    // "بيان للبعثة" is the mission's statement: the mission speaks, not a "statement of the mission"
    String text = "وذكر بيان للبعثة الدولية أن \"عدد الضحايا بلغ مئة شخص خلال الشهر الماضي\".";
    assertThat(direct(text)).containsExactly("البعثة الدولية: عدد الضحايا بلغ مئة شخص خلال الشهر الماضي");
  }

  @Test
  void aSubjectlessVerbContinuesTheSubjectOfANonReportingVerb() {
    String text = "قال الوزير كريم العتيبي إن «المعرض سيفتتح في موعده». وأثنى المدير العام سامي الحداد على جهود "
        + "المنظمين، حيث قال: «العمل كان متقنا للغاية هذا العام».";
    assertThat(direct(text, "كريم العتيبي", "سامي الحداد")).containsExactly(
        "كريم العتيبي: المعرض سيفتتح في موعده", "سامي الحداد: العمل كان متقنا للغاية هذا العام");
  }

  @Test
  void aVerbOpeningItsSentenceContinuesThePreviousSentencesSubject() {
    String text = "وقال المتحدث باسم الشرطة نادر الشمري إن «التحقيق مستمر منذ أسبوع». وألقى رئيس البلدية وليد الكعبي كلمة أمام "
        + "السكان في الساحة. وقال \"سنعيد بناء كل ما دمرته السيول\".";
    assertThat(direct(text, "نادر الشمري", "وليد الكعبي")).containsExactly(
        "نادر الشمري: التحقيق مستمر منذ أسبوع", "وليد الكعبي: سنعيد بناء كل ما دمرته السيول");
  }

  @Test
  void aFeminineVerbDoesNotContinueAMansClause() {
    String text = "وقالت الوزيرة هدى السالم إن «الخطة جاهزة». واستقبل المحافظ وليد الكعبي الوفد في مكتبه. "
        + "وقالت \"سنبدأ التنفيذ الشهر المقبل\".";
    assertThat(direct(text, "هدى السالم", "وليد الكعبي")).doesNotContain("وليد الكعبي: سنبدأ التنفيذ الشهر المقبل");
  }

  @Test
  void publicEndsAnOfficesNameButTheYearDoesNot() {
    String office = "إلى ذلك، قالت المديرية العامة للأمن العام، في بيان: «تم توقيف شخصين في المطار بعد التحقيق معهما».";
    assertThat(direct(office)).containsExactly("المديرية العامة للأمن العام: تم توقيف شخصين في المطار بعد التحقيق معهما");
    String prosecutor = "وقال النائب العام في بيان: «تمت إحالة المتهمين إلى المحكمة الجنائية».";
    assertThat(direct(prosecutor)).containsExactly("النائب العام: تمت إحالة المتهمين إلى المحكمة الجنائية");
    String year = "وأعلنت الوزارة العام الماضي أن «الخطة ستنفذ على ثلاث مراحل متتالية».";
    assertThat(direct(year)).containsExactly("الوزارة: الخطة ستنفذ على ثلاث مراحل متتالية");
  }

  @Test
  void aWordThatCannotBeAWholeNameIsNoSpeaker() {
    // the tagger's one-word "names": an adverb glued to بـ, the first part of a compound name
    String adverb = "وجاء في نص المقابلة أن الوزير قال بالفرنسية «لن نتراجع عن هذا القرار أبدا».";
    assertThat(direct(adverb, "بالفرنسية")).doesNotContain("بالفرنسية: لن نتراجع عن هذا القرار أبدا");
    String cut = "وكشف ولد الحاج خلال مؤتمر صحافي، قائلا: «نحن مستعدون للتفاوض في أي وقت».";
    assertThat(direct(cut, "ولد")).doesNotContain("ولد: نحن مستعدون للتفاوض في أي وقت");
  }

  @Test
  void aStanceVerbsObjectFollowingItsSubjectIsNoPartOfTheName() {
    String called = "ودعا وزير الخارجية سامي الحداد الدول الأعضاء إلى «التحرك العاجل لوقف نزيف الدم».";
    assertThat(direct(called, "سامي الحداد")).containsExactly("سامي الحداد: التحرك العاجل لوقف نزيف الدم");
    String demanded = "وطالب الرئيس سامي الحداد المجتمع الدولي بـ«التحرك الفوري لوقف المجازر».";
    assertThat(direct(demanded, "سامي الحداد")).containsExactly("سامي الحداد: التحرك الفوري لوقف المجازر");
  }
}
