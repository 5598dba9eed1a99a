package org.mizan.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mizan.clean.CleaningTestSupport.P1;
import static org.mizan.clean.CleaningTestSupport.P2;
import static org.mizan.clean.CleaningTestSupport.reason;
import static org.mizan.clean.CleaningTestSupport.run;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mizan.doc.Document;

/** Rows of a price table printed as lines between paragraphs (figures round 16): invented rows. */
class TableRowLinesTest {
  static final String HEADLINE = "أسعار الفضة في الأسواق المحلية مع بداية تعاملات الأسبوع";
  static final String ROW = "سبيكة فضة كبيرة: الشراء 4150 جنيه | البيع 4210 جنيه";

  @Test
  void aPriceRowBetweenParagraphsStaysInTheBody() {
    Document d = run(List.of(HEADLINE, P1, ROW, "خاتم فضة عيار 925: الشراء 95 جنيه | البيع 101 جنيه", P2));
    assertThat(reason(d, ROW)).isNull();
    assertThat(d.body()).contains("4150 جنيه").contains("101 جنيه");
  }

  @Test
  void aLongTitleLineBetweenParagraphsIsStillALink() {
    String link = "المحافظ يفتتح جسرا جديدا على النهر ويعد بطرق أخرى قريبا في الريف";
    Document d = run(List.of(HEADLINE, P1, link, P2));
    assertThat(reason(d, link)).isEqualTo("related-link");
  }

  @Test
  void cellsWithoutNumbersAreNoRow() {
    assertThat(SectionStructure.dataRow("الرئيسية | أخبار | اقتصاد")).isFalse();
    assertThat(SectionStructure.dataRow("الشراء 6752 | البيع")).isFalse();
    assertThat(SectionStructure.dataRow("الشراء 6752 ليرة | البيع 6822 ليرة")).isTrue();
  }

  @Test
  void aPriceTableAfterTheTextStaysInTheBody() {
    String header = "الرقم السلعة السعر بالجنيه";
    Document d = run(List.of(HEADLINE, P1, P2, header, "1 أرز 3.5", "2 عدس أحمر 12", "3 سكر 6"));
    assertThat(reason(d, header)).isNull();
    assertThat(reason(d, "2 عدس أحمر 12")).isNull();
    assertThat(d.body()).contains("1 أرز 3.5").contains("3 سكر 6");
  }

  @Test
  void tagsAfterTheTextAreStillRemoved() {
    Document d = run(List.of(HEADLINE, P1, P2, "أسعار السلع", "الأسواق المحلية", "التموين"));
    assertThat(reason(d, "الأسواق المحلية")).isNotNull();
  }
}
