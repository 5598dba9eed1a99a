package org.mizan.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mizan.quotes.TestMentions.persons;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mizan.entities.Mention;

/**
 * Round-13 rules (invented sentences): quotes after stance and speech-act verbs, stray and
 * mismatched marks, quoted amounts, and {@code كتب} in a writing frame.
 */
class SpeakerRound13Test {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<String> direct(String text, List<Mention> mentions) {
    return TestMentions.direct(extractor.extract(text, mentions));
  }


  @Test
  void aQuoteInAStanceVerbsClauseIsItsSubjects() {
    String described = "ووصف وزير المالية سامر الخطيب الموازنة الجديدة بأنها «خطوة ضرورية لإنقاذ الاقتصاد الوطني».";
    assertThat(direct(described, persons(described, "سامر الخطيب")))
        .containsExactly("سامر الخطيب: خطوة ضرورية لإنقاذ الاقتصاد الوطني");
    String called = "ودعا رئيس البرلمان نادر الحلبي الحكومة إلى \"فتح تحقيق عاجل في صفقات الاستيراد\" قبل نهاية الشهر.";
    assertThat(direct(called, persons(called, "نادر الحلبي")))
        .containsExactly("نادر الحلبي: فتح تحقيق عاجل في صفقات الاستيراد");
  }

  @Test
  void aSpeechActVerbReportsAndSetsTheSpeaker() {
    String renewed = "وجدد المتحدث باسم الوزارة كريم الناصر «رفض بلاده أي تدخل في شؤون الدول المجاورة».";
    assertThat(direct(renewed, persons(renewed, "كريم الناصر")))
        .containsExactly("كريم الناصر: رفض بلاده أي تدخل في شؤون الدول المجاورة");
    // (d) a bare وقال after دان with a titled subject is that subject's, not the speaker before
    String condemned = "وقال قائد الشرطة مازن العبيدي إن \"المهاجم فجر نفسه قرب السوق\". ودان الرئيس عادل الزعبي "
        + "في بيان الهجوم على السوق. وقال: \"لن يفلت المجرمون من العقاب مهما طال الزمن\".";
    assertThat(direct(condemned, persons(condemned, "مازن العبيدي", "عادل الزعبي"))).containsExactly(
        "مازن العبيدي: المهاجم فجر نفسه قرب السوق", "عادل الزعبي: لن يفلت المجرمون من العقاب مهما طال الزمن");
  }

  @Test
  void aStanceSubjectThatRunsOnIntoTheObjectNamesNoOne() {
    // the NER knows only the one-word name; the rules would read "فرانكو باتخاذ إجراءات سريعة …"
    String text = "وطالب الرئيس فرانكو باتخاذ إجراءات سريعة لإنقاذ البلاد من الأزمة وحث الأحزاب على "
        + "«العمل معا من أجل الاستقرار».";
    assertThat(direct(text, persons(text, "فرانكو"))).isEmpty();
  }

  @Test
  void aDefiniteDescriptionOpensAPhraseThatRunsOnToTheName() {
    String text = "وقال الخبير الاقتصادي سامي العواد إن «الأسواق متوترة جدا هذه الأيام». بدوره، قال الخبير في شؤون "
        + "الطاقة الدولية العميد المتقاعد ماهر الخالدي إن «أسعار النفط ستبقى منخفضة لفترة طويلة».";
    assertThat(direct(text, persons(text, "سامي العواد", "ماهر الخالدي"))).containsExactly(
        "سامي العواد: الأسواق متوترة جدا هذه الأيام", "ماهر الخالدي: أسعار النفط ستبقى منخفضة لفترة طويلة");
  }

  @Test
  void strayClosingMarksPairWithEachOther() {
    String colon = "وقال الوزير جمال الصافي إن النمو سيتحسن.\n\nوأضاف:» الأسواق ستستعيد عافيتها خلال العام المقبل.»";
    assertThat(direct(colon, persons(colon, "جمال الصافي")))
        .containsExactly("جمال الصافي: الأسواق ستستعيد عافيتها خلال العام المقبل.");
    String dropped = "وأكد الوزير جمال الصافي أن الحكومة مستمرة في الإصلاح” وأن ” الضرائب الجديدة لن تمس ذوي الدخل المحدود”.";
    // (round 23: the first closer, its opener dropped, ends a quote that runs from the أن clause)
    assertThat(direct(dropped, persons(dropped, "جمال الصافي")))
        .containsExactly("جمال الصافي: الحكومة مستمرة في الإصلاح", "جمال الصافي: الضرائب الجديدة لن تمس ذوي الدخل المحدود");
    // a well-formed quote keeps its own marks: strays never pair across it
    String mixed = "وقال الوزير جمال الصافي «سنواصل العمل بكل قوة» ثم غادر» القاعة.";
    assertThat(direct(mixed, persons(mixed, "جمال الصافي"))).containsExactly("جمال الصافي: سنواصل العمل بكل قوة");
  }

  @Test
  void aBraceOpensAQuoteClosedByAGuillemet() {
    String text = "وقال المتحدث باسم الجيش فادي الخطيب إن العمليات {ستستمر حتى تطهير المنطقة بالكامل».";
    assertThat(direct(text, persons(text, "فادي الخطيب")))
        .containsExactly("فادي الخطيب: ستستمر حتى تطهير المنطقة بالكامل");
  }

  @Test
  void aQuotedAmountIsNoQuote() {
    String text = "وقال مسؤول حكومي إن الدولة خصصت \"86 مليون دولار\" لإعادة الإعمار.";
    assertThat(direct(text, List.of())).isEmpty();
    String count = "وقال مسؤول حكومي إن \"12 شخصا قتلوا\" في الهجوم.";
    assertThat(direct(count, List.of())).containsExactly("مسؤول حكومي: 12 شخصا قتلوا");
  }

  @Test
  void wroteReportsOnlyInAWritingFrame() {
    String tweet = "وكتب السيناتور جون هارلي في تغريدة على حسابه \"هذا الاتفاق خطأ تاريخي لن نقبل به\".";
    assertThat(direct(tweet, persons(tweet, "جون هارلي")))
        .containsExactly("جون هارلي: هذا الاتفاق خطأ تاريخي لن نقبل به");
    String banner = "وقال المنظم سعيد الراشد إن المسيرة سلمية. ورفع المحتجون لافتات كتب عليها «لا للفساد في مؤسسات الدولة».";
    assertThat(direct(banner, persons(banner, "سعيد الراشد"))).isEmpty();
  }
}
