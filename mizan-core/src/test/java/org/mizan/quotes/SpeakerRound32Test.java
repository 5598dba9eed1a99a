package org.mizan.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mizan.quotes.TestMentions.persons;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round-32 rules (invented sentences), from the misses of web-test4 (dev data since round 31).
 * Each test fails with its rule disabled.
 */
class SpeakerRound32Test {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<String> direct(String text, String... names) {
    return TestMentions.direct(extractor.extract(text, persons(text, names)));
  }

  @Test
  void aTitleAfterTheOpeningVerbIsTheSubjectAParticipleReports() {
    // the one replied to (the player) is the verb's object, not the speaker
    String text = "وقال اللاعب سامر الحلبي: \"لم أحصل على فرصة كافية في المباريات\".\n"
        + "ورد المدرب على اللاعب، قائلا: \"الفرص تعطى لمن يجتهد في التدريب كل يوم\".";
    assertThat(direct(text, "سامر الحلبي")).containsExactly(
        "سامر الحلبي: لم أحصل على فرصة كافية في المباريات",
        "المدرب: الفرص تعطى لمن يجتهد في التدريب كل يوم");
  }

  @Test
  void aQuoteWhoseItemsAreClausesIsSpeechNotAList() {
    String text = "وقال المزارع حسن العطار إن الموسم كان صعبا، قائلا: \"تعب وخسارة، ولا يصلنا دعم من أي جهة، ومثلنا الجيران\".";
    assertThat(direct(text, "حسن العطار")).containsExactly(
        "حسن العطار: تعب وخسارة، ولا يصلنا دعم من أي جهة، ومثلنا الجيران");
  }

  @Test
  void aStatementNounJoinedToBiOpensTheStatementsWords() {
    String text = "وقال الوزير كمال الساعدي إن الطريق سيفتح قريبا.\n"
        + "وجاء بالتغريدة:”نعتذر للمواطنين عن التأخير في إنجاز الطريق الجديد”.";
    assertThat(direct(text, "كمال الساعدي")).containsExactly(
        "كمال الساعدي: نعتذر للمواطنين عن التأخير في إنجاز الطريق الجديد");
  }

  @Test
  void wadafIsATypoOfWaAdafAndReportsToo() {
    String text = "قال المهندس رائد الخطيب إن المشروع تأخر.\n"
        + "وضاف الخطيب أن \"العمل سيستأنف بعد انتهاء موسم الأمطار\".";
    assertThat(direct(text, "رائد الخطيب", "الخطيب")).containsExactly(
        "الخطيب: العمل سيستأنف بعد انتهاء موسم الأمطار");
  }
}
