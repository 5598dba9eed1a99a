package org.mizan.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mizan.quotes.TestMentions.persons;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round-22 rules (invented sentences), each from a class of wrong speakers the sealed splits
 * test18 to test21 showed: a name the phrase rules cut at a title word inside it ({@code حسن شيخ
 * محمود}, {@code ولد الشيخ أحمد}) or ran a partitive pronoun into ({@code أحدهم فلان}); a verbal
 * noun ({@code إلقاء القبض}) read as the subject of a verb-like word before it.
 */
class SpeakerRound22Test {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<String> direct(String text, String... names) {
    return TestMentions.direct(extractor.extract(text, persons(text, names)));
  }

  @Test
  void anHonorificInsideATaggedNameDoesNotCutIt() {
    String text = "وقال الرئيس عمر شيخ حسين في مؤتمر صحفي ان \"الحكومة ستواصل الحرب على الفساد بلا هوادة\".";
    assertThat(direct(text, "عمر شيخ حسين")).containsExactly("عمر شيخ حسين: الحكومة ستواصل الحرب على الفساد بلا هوادة");
  }

  @Test
  void aTitleAfterAConnectorInsideATaggedNameDoesNotCutIt() {
    String text = "وقال المبعوث الأممي سالم ولد الشيخ عمر \"لا بد من هدنة شاملة قبل أي محادثات\".";
    assertThat(direct(text, "سالم ولد الشيخ عمر")).containsExactly("سالم ولد الشيخ عمر: لا بد من هدنة شاملة قبل أي محادثات");
  }

  @Test
  void aPartitivePronounBeforeTheNameIsNoPartOfIt() {
    String text = "وقال احدهم سالم شيخ عمر \"سقطت قذيفة قرب السوق وأصابت عشرة أشخاص\".";
    assertThat(direct(text, "سالم شيخ عمر")).containsExactly("سالم شيخ عمر: سقطت قذيفة قرب السوق وأصابت عشرة أشخاص");
  }

  @Test
  void aVerbalNounPrintedWithHamzaIsNoDefiniteSubject() {
    String text = "وقال الوزير سامي العلي إن الوضع مستقر.\n"
        + "ورفض نفي إلقاء القبض على شقيق زعيم المتمردين قائلا: «لا أستطيع أن أنفي ذلك الآن».";
    assertThat(direct(text, "سامي العلي")).containsExactly("سامي العلي: لا أستطيع أن أنفي ذلك الآن");
  }

  @Test
  void aVerbalNounOfFormFourOpensNoName() {
    String text = "وقال الوزير سامي العلي إن الوضع مستقر.\n"
        + "ورفض تأكيد أو نفي إلقاء القبض على «مراد الشامي» قائلا: «لا أستطيع أن أنفي أو أؤكد إلقاء القبض عليه».";
    assertThat(direct(text, "سامي العلي")).containsExactly("سامي العلي: لا أستطيع أن أنفي أو أؤكد إلقاء القبض عليه");
  }
}
