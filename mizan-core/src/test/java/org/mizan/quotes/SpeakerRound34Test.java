package org.mizan.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mizan.quotes.TestMentions.persons;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round-34 rules (invented sentences), from the misses of web-test5 (dev data).
 * Each test fails with its rule disabled.
 */
class SpeakerRound34Test {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<String> direct(String text, String... names) {
    return TestMentions.direct(extractor.extract(text, persons(text, names)));
  }

  @Test
  void aSpeakerLineEndingInAColonAnnouncesTheQuoteOnTheNextLine() {
    String text = "افتتح المعرض صباح اليوم في المدينة القديمة بحضور عدد من الزوار.\n"
        + "وقال وزير الثقافة سامر الحداد:\n"
        + "“إن هذا المعرض يفتح الباب أمام الفنانين الشباب لعرض أعمالهم على الجمهور الواسع”.";
    assertThat(direct(text, "سامر الحداد")).containsExactly(
        "سامر الحداد: إن هذا المعرض يفتح الباب أمام الفنانين الشباب لعرض أعمالهم على الجمهور الواسع");
  }

  @Test
  void aStatementFromABodyIsThatBodysEvenWithARelativeClauseBeforeTheQuote() {
    String text = "وجاء في بيان عن الرابطة، حصلت \"الصحيفة\" على نسخة منه \"إن الرابطة تطالب بفتح تحقيق عاجل في أسباب انقطاع المياه عن الأحياء الشرقية\".";
    assertThat(direct(text)).containsExactly(
        "الرابطة: إن الرابطة تطالب بفتح تحقيق عاجل في أسباب انقطاع المياه عن الأحياء الشرقية");
  }
}
