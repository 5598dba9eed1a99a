package org.mizan.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Amounts in two scaled parts joined by و (خمسة عشر مليون وأربعمائة ألف ريال = 15,400,000) and the
 * dual of a scale word in construct (مليونا ريال = 2,000,000). Invented sentences.
 */
class CompoundAmountsTest {
  private final FigureExtractor extractor = new FigureExtractor();

  private List<Figure> figures(String text) {
    return extractor.extract(text);
  }

  @Test
  void aSmallerScaledPartAfterWawBelongsToTheAmount() {
    assertThat(figures("واشترت الشركة الحصة بقيمة خمسة عشر مليون وأربعمائة ألف ريال."))
        .extracting(Figure::value, Figure::unit).containsExactly(tuple(15_400_000.0, "SAR"));
    assertThat(figures("وبلغت الأرباح 3 ملايين و500 ألف دولار."))
        .extracting(Figure::value, Figure::unit).containsExactly(tuple(3_500_000.0, "USD"));
    assertThat(figures("وقدرت الخسائر بنحو 2 مليار و 300 مليون ريال."))
        .extracting(Figure::value).containsExactly(2_300_000_000.0);
    assertThat(figures("وشارك في الموسم مليون وخمسمائة ألف حاج."))
        .extracting(Figure::value).containsExactly(1_500_000.0);
  }

  @Test
  void aPartInCompoundWordsOrWithItsUnitAfterItBelongsToTheAmount() {
    // one reader for every smaller part: scaled or not, digits or words, several in a row
    assertThat(figures("وبلغت تكلفة المشروعات مليارا وتسعة وخمسين مليون ريال."))
        .extracting(Figure::value, Figure::unit).containsExactly(tuple(1_059_000_000.0, "SAR"));
    assertThat(figures("وبلغ الدعم أربعة عشر مليونا وثمانمائة وخمسين ألف ريال."))
        .extracting(Figure::value, Figure::unit).containsExactly(tuple(14_850_000.0, "SAR"));
    assertThat(figures("ويصرف للعضو ثلاثة آلاف وخمسمائة ريال."))
        .extracting(Figure::value, Figure::unit).containsExactly(tuple(3_500.0, "SAR"));
    assertThat(figures("وبلغت الإيرادات 5 مليارات و200 مليون و300 ألف ريال."))
        .extracting(Figure::value, Figure::unit).containsExactly(tuple(5_200_300_000.0, "SAR"));
    assertThat(figures("ارتفع السعر إلى 281 ألفا و800 دولار.")).extracting(Figure::value, Figure::unit)
        .containsExactly(tuple(281_800.0, "USD"));
  }

  @Test
  void theScaleSaidAgainAfterAFractionBelongsToIt() {
    assertThat(figures("وأنفقت الجمعية سبعة ملايين ونصف مليون ريال.")).extracting(Figure::value, Figure::unit)
        .containsExactly(tuple(7_500_000.0, "SAR"));
  }

  @Test
  void digitsRestatedInWordsWithTheirScale() {
    // the digits count the millions the words name
    assertThat(figures("بتكلفة (5.5) خمسة ملايين وخمسمائة ألف ريال.")).extracting(Figure::value, Figure::unit)
        .containsExactly(tuple(5_500_000.0, "SAR"));
    assertThat(figures("ويصرف له (1500) ألف وخمسمائة ريال.")).extracting(Figure::value, Figure::unit)
        .containsExactly(tuple(1_500.0, "SAR"));
  }

  @Test
  void aScaleAfterTheTailOfADefiniteNumberIsNoAmount() {
    assertThat(figures("كما أن مبلغ المليون والثمانمائة ألف ريال سيدفع لاحقا")).extracting(Figure::value)
        .doesNotContain(1_000.0);
  }

  @Test
  void twoFiguresJoinedByWawStayTwo() {
    // a count and another count, or a larger part after the first: not one amount
    assertThat(figures("وقتل 15 ألف شخص و300 جريح في المعارك.")).extracting(Figure::value)
        .containsExactly(15_000.0, 300.0);
    assertThat(figures("وصدرت الشركة 500 ألف طن و3 ملايين برميل.")).extracting(Figure::value)
        .containsExactly(500_000.0, 3_000_000.0);
    // the two ends of a range
    assertThat(figures("وتتراوح الكلفة بين مليوني وثلاثة ملايين دولار.")).extracting(Figure::value)
        .doesNotContain(5_000_000.0);
    assertThat(figures("وقدرت الديون بنحو 3500 مليار وخمسة آلاف مليار ريال.")).extracting(Figure::value)
        .doesNotContain(3_500_000_005_000.0);
  }

  @Test
  void aBareMillionaBeforeACurrencyIsTwoMillion() {
    assertThat(figures("وخصص للفرع الأول أربعة ملايين، ومليونا ريال للفرع الثالث."))
        .extracting(Figure::value).containsExactly(4_000_000.0, 2_000_000.0);
    // with the tanween of the accusative it is one million
    assertThat(figures("وجمعت الجمعية مليونًا من التبرعات.")).extracting(Figure::value).containsExactly(1_000_000.0);
  }
}
