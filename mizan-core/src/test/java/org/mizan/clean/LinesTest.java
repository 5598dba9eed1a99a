package org.mizan.clean;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.mizan.text.Tokenizer;

class LinesTest {
  @Property(tries = 300)
  void wordCountAgreesWithTheTokenizer(@ForAll String s) {
    assertThat(Lines.words(s)).isEqualTo(Tokenizer.tokenize(s).size());
  }

  @Test
  void wordCountOnArabic() {
    String s = "قال الوزيرُ إن ١٢٫٥ مليون و2,000 شخص — (تقريباً) زاروا المعرض.";
    assertThat(Lines.words(s)).isEqualTo(Tokenizer.tokenize(s).size()).isEqualTo(11); // "و2,000" is two tokens
  }

  @Test
  void keyIgnoresPunctuationDiacriticsAndHamza() {
    assertThat(Lines.key("اقرأ أيضًا:")).isEqualTo("اقرا ايضا");
    assertThat(Lines.key("  العربيّة  ")).isEqualTo("العربيه");
  }

  @Test
  void bodyVersusTitleLike() {
    assertThat(Lines.isBody("كما وافق الناتو على عدم نشر قوات في أوكرانيا.")).isTrue();
    assertThat(Lines.isTitleLike("موسكو ترفض الخطة المعدلة")).isTrue();
    assertThat(Lines.isTitleLike("ما هي خطة السلام المقترحة؟")).isTrue();
  }

  @Test
  void aReportingVerbThenAQuoteIsRunningTextWithoutAStop() {
    // a quoted sentence a page prints with no full stop after its closing mark (round 28, quotes web2)
    assertThat(Lines.isBody("وتابع “لن نسمح بأي تأخير في صرف رواتب الموظفين هذا الشهر”")).isTrue();
    assertThat(Lines.isTitleLike("وزير المالية: “لن نسمح بأي تأخير في صرف رواتب الموظفين”")).isTrue();
  }
}
