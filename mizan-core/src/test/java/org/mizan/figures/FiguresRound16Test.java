package org.mizan.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Forms met on modern web news (round 16): rates of a currency pair counted in the pair's quote currency,
 * a bare rate after the pair, a weekday and its date across a semicolon. Invented sentences, one rule each.
 */
class FiguresRound16Test {
  private final FigureExtractor extractor = new FigureExtractor();
  private final DateExtractor dates = new DateExtractor();
  /** A Wednesday. */
  private static final LocalDate WEDNESDAY = LocalDate.of(2024, 10, 9);

  private static String show(Figure f) {
    return f.value() + " " + f.unit() + " " + f.counted() + " " + f.approx();
  }

  private List<String> figures(String text) {
    return extractor.extract(text).stream().map(FiguresRound16Test::show).toList();
  }

  @Test
  void aBaseCurrencyAgainstTheDollarIsQuotedInDollars() {
    assertThat(figures("وارتفع الجنيه الإسترليني في التعاملات الآسيوية 1.2710 مقابل الدولار")).containsExactly("1.271 USD null null");
    assertThat(figures("وهبط اليورو إلى 1.0790 أمام الدولار")).containsExactly("1.079 USD null null");
  }

  @Test
  void theDollarAgainstAnotherCurrencyIsQuotedInThatOne() {
    assertThat(figures("وسجل الدولار 151.30 مقابل الين الياباني")).containsExactly("151.3 JPY null null");
  }

  @Test
  void aWeakerCurrencyAgainstTheDollarStaysItsOwnUnit() {
    assertThat(figures("وبلغ الروبل 91 مقابل الدولار")).containsExactly("91.0 RUB null null");
    assertThat(figures("وهبطت الليرة التركية إلى 34 لكل دولار")).containsExactly("34.0 TRY null null");
  }

  @Test
  void aBareNumberAfterAPairIsARateInItsQuoteCurrency() {
    assertThat(figures("وسجل سعر صرف اليورو أمام الدولار في ختام التعاملات 1.0840، بعد بيانات التضخم"))
        .containsExactly("1.084 USD null null");
  }

  @Test
  void aBareNumberFarFromAPairIsNoRate() {
    assertThat(figures("وتراجع اليورو أمام الدولار بعد أن أعلن البنك المركزي الأوروبي قرارا جديدا بشأن الفائدة فجاء 1.0840")).isEmpty();
  }

  @Test
  void aWeekdayAndItsDateAcrossASemicolonAreOneDate() {
    List<TextDate> ds = dates.extract("أعلنت الهيئة اليوم الأربعاء؛ الموافق 9 أكتوبر 2024 نتائج الفرز", WEDNESDAY);
    assertThat(ds).extracting(TextDate::value).containsExactly("2024-10-09");
    assertThat(ds.get(0).text()).isEqualTo("اليوم الأربعاء؛ الموافق 9 أكتوبر 2024");
  }

  private List<String> values(String text) {
    return dates.extract(text, WEDNESDAY).stream().map(TextDate::value).toList();
  }

  @Test
  void aDateAfterAPublicationLabelIsThePagesStamp() {
    assertThat(values("صورة من موقع الحادث قسم الأخبار منشور الثلاثاء 8 أكتوبر 2024 ووصلت فرق الإنقاذ يوم الأحد"))
        .containsExactly("2024-10-06");
  }

  @Test
  void aDateOnAShortUpdateLineIsThePagesStamp() {
    assertThat(values("تحديث 08 10:15 2024 أكتوبر\nوأعلنت البلدية في سبتمبر خطة جديدة")).containsExactly("2024-09");
  }

  @Test
  void theYearBeforeFollowedByItsNumberIsABareYear() {
    assertThat(values("سجلت البلاد 900 حالة عام 2023، أي ضعف ما سجل في العام السابق 2022")).isEmpty();
    assertThat(values("وتراجعت الصادرات مقارنة بالعام الماضي")).containsExactly("2023");
  }
}
