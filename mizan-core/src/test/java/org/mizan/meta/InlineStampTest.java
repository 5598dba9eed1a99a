package org.mizan.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mizan.doc.Document;

/** A page flattened into one line: its byline's date and time, joined by a bar, are its stamp (invented pages). */
class InlineStampTest {

  @Test
  void aDateBarTimeInAFlattenedHeaderIsTheStamp() {
    String page = "الرئيسية اقتصاد وزير المالية يعلن موازنة العام المقبل بواسطة سامي العتيبي 14 مارس 2023 | 10:25 ص"
        + " كتب سامي العتيبي أعلن وزير المالية اليوم الثلاثاء موازنة العام المقبل التي ترفع الإنفاق على التعليم"
        + " والصحة، وقال في مؤتمر صحفي إن العجز سيتراجع خلال العامين القادمين بفضل زيادة الإيرادات غير النفطية.";
    Document d = PublicationDateTest.run(List.of(page), Map.of(), null);
    assertThat(d.published().value()).isEqualTo("2023-03-14T10:25");
  }

  @Test
  void aDateInRunningTextWithoutABarredTimeIsNot() {
    String page = "أعلن وزير المالية اليوم موازنة العام المقبل التي أقرها المجلس في 14 مارس 2023 بعد نقاش طويل، وقال"
        + " في مؤتمر صحفي إن العجز سيتراجع خلال العامين القادمين بفضل زيادة الإيرادات غير النفطية وترشيد الإنفاق.";
    Document d = PublicationDateTest.run(List.of(page), Map.of(), null);
    assertThat(d.published().value()).isNull();
  }
}
