package org.mizan.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mizan.quotes.TestMentions.persons;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round-15 rules (invented sentences): a subjectless reporting verb continues the person subject of
 * the clause it belongs to, even when that clause's verb reports nothing.
 */
class SpeakerRound15Test {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<String> direct(String text, String... names) {
    return TestMentions.direct(extractor.extract(text, persons(text, names)));
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
}
