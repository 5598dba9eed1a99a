package org.mizan.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mizan.figures.FigureShow.figures;
import static org.mizan.figures.FigureShow.values;

import org.junit.jupiter.api.Test;

/**
 * Forms of round 8: what "others" after a number adds to, digits glued by the Arabic comma, ست with a
 * proclitic, a definite cardinal before the percent sign, نحو before a vague quantity, a weekday in a
 * sentence about last week, a month after a future verb. Invented sentences, one rule each.
 */
class FiguresRound8Test {
  private final FigureExtractor extractor = new FigureExtractor();

  @Test
  void othersAddToTheWholeNotToAPartOfIt() {
    assertThat(figures("أدى التفجير إلى مقتل 20 شخصا بينهم 6 أطفال وإصابة 40 آخرين"))
        .containsExactly("20.0 null person", "6.0 null child", "40.0 null person");
  }

  @Test
  void masculineOthersAddToPeopleNotToThings() {
    assertThat(figures("قتل 3 مدنيين ودمرت الغارات 8 منازل وأصيب 4 آخرون"))
        .containsExactly("3.0 null civilian", "8.0 null house", "4.0 null civilian");
    // أخرى adds to things
    assertThat(figures("ودمرت الغارات 8 منازل وتضررت 5 أخرى")).containsExactly("8.0 null house", "5.0 null house");
  }

  @Test
  void digitsGluedByTheArabicCommaAreOneNumber() {
    assertThat(figures("وبلغت قيمة التعويضات (4،512،300 ريال) للملاك")).containsExactly("4512300.0 SAR null");
    assertThat(figures("واستفادت من البرنامج 12،640 أسرة")).containsExactly("12640.0 null اسره");
    assertThat(figures("وارتفعت النسبة إلى 63،5% في الربع الأول")).containsExactly("63.5 percent null");
    assertThat(figures("وسجل المتسابقون الأرقام 3، 5، 7 في الجولة")).isEmpty();
  }

  @Test
  void aWeekdayInASentenceAboutLastWeekIsLastWeeks() {
    // published on a Wednesday: the bare Wednesday is last week's, not the publication day
    assertThat(values("وخسرت الأسهم خمسة بالمئة الأسبوع الماضي بعد تراجع حاد يوم الأربعاء في طوكيو"))
        .containsExactly("2025-W32", "2025-08-06");
    assertThat(values("وقالت الوزارة يوم الأربعاء إن الصادرات زادت")).containsExactly("2025-08-13");
  }

  @Test
  void aMonthAfterAFutureVerbIsTheComingOne() {
    assertThat(values("وستعقد القمة المقبلة في الدوحة في ديسمبر")).containsExactly("2025-12");
    assertThat(values("وعقدت القمة السابقة في الدوحة في ديسمبر")).containsExactly("2024-12");
  }

  @Test
  void othersPassOverEveryPartJoinedByWaw() {
    assertThat(figures("وقتل 40 مدنيا بينهم 9 أطفال وخمس نساء وأصيب 120 آخرون"))
        .containsExactly("40.0 null civilian", "9.0 null child", "5.0 null woman", "120.0 null civilian");
  }

  @Test
  void sixWithAProcliticCounts() {
    assertThat(figures("وافتتحت الشركة المعمل بست خطوط تعبئة")).containsExactly("6.0 null خطوط");
    assertThat(figures("ووصلت وست شاحنات إلى المعبر")).containsExactly("6.0 null شاحنات");
    assertThat(figures("وانتقل المدافع إلى وست هام الإنكليزي")).isEmpty();
  }

  @Test
  void aDefiniteCardinalBeforeThePercentSignIsAPercentage() {
    assertThat(figures("ويملك المؤسسون الأربعين في المائة المتبقية من الأسهم")).containsExactly("40.0 percent null");
    assertThat(figures("واحتفلت الجامعة بالذكرى الأربعين لتأسيسها")).isEmpty();
  }

  @Test
  void aboutBeforeAVagueQuantityIsAbout() {
    assertThat(extractor.extract("وتجمع نحو مئات المتظاهرين أمام البرلمان")).extracting(Figure::approx).containsExactly("about");
    assertThat(extractor.extract("وتجمع مئات المتظاهرين أمام البرلمان")).extracting(Figure::approx).containsExactly("at_least");
  }
}
