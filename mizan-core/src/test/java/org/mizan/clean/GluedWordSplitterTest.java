package org.mizan.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GluedWordSplitterTest {
  private final GluedWordSplitter splitter = new GluedWordSplitter();

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "تفاؤل بالبيت الأبيضوكان مسؤول قد قال ذلك|تفاؤل بالبيت الأبيض|وكان مسؤول قد قال ذلك",
      "إعلانوأضاف المصدر أن الاجتماعات مستمرة|إعلان|وأضاف المصدر أن الاجتماعات مستمرة",
      "ارتفاع الأسعاروقال الوزير إن الحكومة تتابع|ارتفاع الأسعار|وقال الوزير إن الحكومة تتابع",
      "نتائج الاجتماعفيما أكدت الوزارة أن|نتائج الاجتماع|فيما أكدت الوزارة أن",
      "اقرأ أيضاًبوتين: روسيا ستواصل|اقرأ أيضاً|بوتين: روسيا ستواصل",
      "مقالات أخرى للكاتبحين يصمت الشعراء|مقالات أخرى للكاتب|حين يصمت الشعراء",
      "مقالات أخرى للكاتبهل يصمت الشعراء|مقالات أخرى للكاتب|هل يصمت الشعراء",
  })
  void splitsGluedParagraphs(String line, String first, String second) {
    assertThat(splitter.split(line)).containsExactly(first, second);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "والدته وزوجته ووزير الخارجية وفريقه",
      "الموافقة على الاتفاقية والتوقيع عليها",
      "المستوصفات والمستشفيات الحكومية",
      "عبدالله بن عبدالعزيز وأبوظبي",
      "التفاوض والفوضى والوفود والفوز",
      "فولوديمير زيلينسكي وكوبيانس وبوكروفسك",
      "وبالتالي فإن المفاوضات متوقفة",
      "أن ترتاح بما سيوفره لها من حياة كريمة",
      "قال إن الحكومة ستوفر السكن وسيفتح المعبر",
      "كلف المجلس المدراء بالوزارات المختلفة بمتابعة الملف", // a preposition and the article are no word of their own
  })
  void keepsRealWords(String line) {
    assertThat(splitter.split(line)).isEqualTo(List.of(line));
  }
}
