package org.mizan.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Numbers in words with parts after و, alone and restating digits (invented sentences). */
class CompoundWordsTest {
  private final FigureExtractor extractor = new FigureExtractor();

  private List<String> figures(String text) {
    return extractor.extract(text).stream().map(f -> f.value() + " " + f.unit() + " " + f.counted()).toList();
  }

  @Test
  void digitsRestatedByWordsWithAScaleAndALastPartBeforeTheUnit() {
    // the last part's unit follows it: the whole amount is one figure, with dot-grouped digits too
    assertThat(figures("وبلغ وزن الشحنة (14.600) أربعة عشر ألفا وستمائة كيلو جرام")).containsExactly("14600.0 kg null");
    assertThat(figures("وبلغ وزن الشحنة (14600) أربعة عشر ألفا وستمائة كيلو جرام")).containsExactly("14600.0 kg null");
  }

  @Test
  void theArabicCommaBetweenDigitsBeforeAScaleIsTheDecimalSign() {
    assertThat(figures("وبلغت التكلفة الإجمالية للمشروعات 157،7 مليون ريال")).containsExactly("1.577E8 SAR null");
    assertThat(figures("وبلغت قيمة العقود 1،500 مليون ريال")).containsExactly("1.5E9 SAR null");
    // a list of numbers stays a list
    assertThat(figures("في الأعوام 3، 4 و5 ملايين")).doesNotContain("3.4E6 null null");
  }

  @Test
  void oneAndTwoArePartsAfterAHundred() {
    // number-words.tsv leaves واحد and اثنان out (they follow their noun), but after a hundred they are parts
    assertThat(figures("ووزن الحقيبة ثلاثمائة وواحد وعشرون كيلو جرام")).containsExactly("321.0 kg null");
    assertThat(figures("وتخرج (452) أربعمائة واثنان وخمسون طالبا")).containsExactly("452.0 null student");
  }

  @Test
  void aCompoundNumberOpeningWithAndIsAListItem() {
    // "eight rifles, and thirty-two magazines": the و opens the item, the two is still the unit
    assertThat(figures("وضبطت ثمانية أسلحة، واثنان وثلاثون مخزنا للطلقات")).contains("32.0 null مخزن");
  }

  @Test
  void commaInWordsOpensTheDecimals() {
    assertThat(figures("وضبطت ثلاثة وأربعين فاصلة ثمانية كيلوجرام من المتفجرات")).containsExactly("43.8 kg null");
    assertThat(figures("وبلغ النمو ثلاثة فاصلة خمسة وعشرين في المائة")).containsExactly("3.25 percent null");
  }
}
