package org.mizan.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mizan.figures.FigureShow.values;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Junk of round 12 seen in a day's digest: a group named by two numbers joined by زائد, telephone numbers,
 * one in set phrases, a number before a given name, an editor's bracketed correction of today. Invented
 * sentences, one rule each; publication is {@link FigureShow#WEDNESDAY} (2025-08-13).
 */
class FiguresRound12Test {
  private final FigureExtractor extractor = new FigureExtractor();

  private List<String> texts(String text) {
    return extractor.extract(text).stream().map(Figure::text).toList();
  }

  @Test
  void twoNumbersJoinedByPlusNameAGroup() {
    assertThat(texts("وبحث الوزير مع مجموعة ثلاثة زائد اثنين ملف المياه")).isEmpty();
    assertThat(texts("واجتمع ممثلو الدول الأربع زائد واحد في جنيف")).isEmpty();
    // a number plus a noun is an amount still
    assertThat(texts("ويحصل كل أسرة على خمسة كيلوغرامات سكر زائد لتر من الزيت")).containsExactly("خمسة كيلوغرامات");
  }

  @Test
  void aTelephoneNumberIsNoCount() {
    assertThat(texts("ودعت البلدية السكان إلى الاتصال على الرقم المجاني 19955 لاستقبال الشكاوى")).isEmpty();
    assertThat(texts("ويمكن الإبلاغ عبر الرقم 811 أو الهاتف المجاني (19955) للمخالفات")).isEmpty();
    // a counted noun after the number keeps it a count
    assertThat(texts("وبلغ الرقم 320 قتيلا")).containsExactly("320 قتيلا");
  }

  @Test
  void aVerbOrConjunctionOpeningTheNextClauseIsNoCountedThing() {
    // session 20 (lead), from the synth3 round's reading of 2015-07-25 and 08-09
    assertThat(texts("وبلغ عدد الطلبات 1200 تمت معالجتها بالكامل")).isEmpty();
    assertThat(texts("وسجلت الإحصاءات «23» فيما سجل العام الماضي 40 حالة")).containsExactly("40 حالة");
    // the noun left to the context counts instead
    assertThat(texts("وبلغ عدد الحالات 31 كانت معظمها في المدن")).containsExactly("31");
  }

  @Test
  void oneInASetPhraseCountsNothing() {
    assertThat(texts("ووقف أبناء القرية صفا واحدا خلف المزارعين")).isEmpty();
    assertThat(texts("ودعا الجميع إلى النظر إلى القضيتين نظرة واحدة")).isEmpty();
    assertThat(texts("وانهار الجسر دفعة واحدة، وقال المهندس بكلمة واحدة إن الخطأ جسيم")).isEmpty();
    assertThat(texts("ولم يخسر الفريق سوى مباراة واحدة")).containsExactly("مباراة واحدة");
  }

  @Test
  void aNumberBeforeAGivenNameCountsNothing() {
    assertThat(texts("وقال مدير مهرجان الربيع 12 خالد العتيبي إن الإقبال كبير")).isEmpty();
    assertThat(texts("وضمت قائمة المطلوبين 14 اسما، أبرزهم: 3 محمد سالم")).containsExactly("14 اسما");
  }

  @Test
  void anEditorsBracketedYesterdayCorrectsToday() {
    assertThat(values("وقال المتحدث إن الحادث وقع صباح اليوم ( أمس) الثلاثاء قرب المدينة")).containsExactly("2025-08-12");
    assertThat(values("وقال المتحدث إن القوات تقدمت اليوم (أمس) نحو المدينة")).containsExactly("2025-08-12");
  }
}
