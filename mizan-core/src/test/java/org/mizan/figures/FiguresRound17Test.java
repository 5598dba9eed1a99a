package org.mizan.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Forms met on modern web news (round 17): weight and currency forms the tables lacked, the currency of a
 * Sudanese page's bare pound, fuel grades, a repeated one, the overnight rate, bounds after the figure, a range's
 * shared approximation and clock times after "until". Invented sentences, one rule each.
 */
class FiguresRound17Test {
  private final FigureExtractor extractor = new FigureExtractor();

  private List<String> figures(String text) {
    return extractor.extract(text).stream().map(f -> f.value() + " " + f.unit() + " " + f.counted() + " " + f.approx()).toList();
  }

  @Test
  void kilogramsAbbreviatedAreKilograms() {
    assertThat(figures("وضبطت الشرطة 3.5 كغم من الحشيش")).containsExactly("3.5 kg null null");
  }

  @Test
  void shekelsInEitherSpellingAreIsraeliShekels() {
    assertThat(figures("وبلغ سعر الكيلو 28 شيقل والعلبة 9 شيكلا")).containsExactly("28.0 ILS null null", "9.0 ILS null null");
  }

  @Test
  void basisPointsAreOneUnit() {
    assertThat(figures("وخفض البنك الفائدة 50 نقطة أساس")).containsExactly("50.0 bp null null");
  }

  @Test
  void aPoundQualifiedAsSudaneseIsTheSudanesePound() {
    assertThat(figures("وبلغ سعر الريال 410 جنيه سوداني")).containsExactly("410.0 SDG null null");
  }

  @Test
  void aBarePoundOnASudanesePageIsTheSudanesePound() {
    assertThat(figures("وقال تاجر في الخرطوم إن كيس الدقيق بلغ 9000 جنيه")).containsExactly("9000.0 SDG null null");
  }

  @Test
  void aBarePoundStaysEgyptianWhereEgyptIsNamedOrNoCountryIs() {
    assertThat(figures("وقال تاجر في القاهرة إن شحنات الأرز إلى السودان بلغت 9000 جنيه للطن"))
        .containsExactly("9000.0 EGP null null");
    assertThat(figures("وبلغ سعر كيس الدقيق 9000 جنيه")).containsExactly("9000.0 EGP null null");
  }

  @Test
  void aFuelGradeBesideItsNameIsNoFigure() {
    assertThat(figures("وقررت اللجنة رفع سعر البنزين أوكتان 95 ليصبح (1010) فلسا")).containsExactly("1010.0 fils null null");
    assertThat(figures("وتراجع سعر 98 أوكتان في المحطات")).isEmpty();
  }

  @Test
  void aNumberAfterAFuelThatAPriceUnitFollowsIsAPrice() {
    assertThat(figures("وبلغ سعر لتر البنزين 14 جنيها")).containsExactly("14.0 EGP null null");
  }

  @Test
  void oneAfterANounADigitCountsIsNoSecondFigure() {
    assertThat(figures("وسجلت المستشفيات 0 حالة وفاة واحدة أمس")).containsExactly("0.0 null case null");
    assertThat(figures("إذ نال 12 مرشحا صوت واحد فقط")).containsExactly("12.0 null مرشح null", "1.0 null vote null");
  }

  @Test
  void oneAfterANounWithLIsTheBaseOfARate() {
    assertThat(figures("وثبت البنك سعر الإيداع لليلة واحدة عند 12%")).containsExactly("12.0 percent null null");
  }

  @Test
  void aBoundAfterTheFigureIsItsApproximation() {
    assertThat(figures("وبيع الكيلو بسعر 40 قرشا فأكثر")).containsExactly("40.0 piastre null at_least");
  }

  @Test
  void anApproximationBeforeARangeIsSharedByBothEnds() {
    assertThat(figures("وتراوح سعر الكيلو نحو 10 إلى 15 قرشا")).containsExactly("10.0 piastre null about", "15.0 piastre null about");
  }

  @Test
  void untilAClockTimeIsNoUpperBound() {
    assertThat(figures("وبقيت المراكز مفتوحة حتى الساعة 8:30 مساء")).containsExactly("20.5 time null null");
  }

  @Test
  void aWrittenDateWithABareClockTimeIsThePagesStamp() {
    String text = "نعرض لكم تفاصيل الخبر ليوم الأحد 8 مارس 2026 10:45 صباحاً\nوعقد المجلس جلسته يوم الخميس 5 مارس 2026 عند الساعة 9:30";
    assertThat(figures(text)).containsExactly("9.5 time null null");
    assertThat(new DateExtractor().extract(text, java.time.LocalDate.of(2026, 3, 8))).extracting(TextDate::value)
        .containsExactly("2026-03-05");
  }

  @Test
  void aUnitAfterANamedNumberMakesItAMeasure() {
    assertThat(figures("ويبلغ طول الطريق 18 كلم")).containsExactly("18.0 km null null");
    assertThat(figures("وأغلقت الشرطة الطريق 18 أمام السيارات")).isEmpty();
  }
}
