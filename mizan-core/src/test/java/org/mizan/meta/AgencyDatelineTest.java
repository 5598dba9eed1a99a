package org.mizan.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mizan.doc.Document;

class AgencyDatelineTest {
  static final String TEXT = "افتتح وزير النقل الطريق الدائري الجديد بطول ثلاثين كيلومترا، وقال إن المشروع سيخفف الازدحام في وسط المدينة خلال ساعات الذروة.";

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "'جدة 3 رجب 1447 هـ الموافق 23 ديسمبر 2025 م واس '|جدة|واس",
      "'دبي في 23 ديسمبر 2025 / وام / '|دبي|وام",
      "'الشارقة في 9 مارس / وام / '|الشارقة|وام",
      "'بيروت - 7 - 3 (كونا) -- '|بيروت|كونا",
      "'إربد 4 آذار (بترا) - '|إربد|بترا",
      "'نيويورك 02- واس '|نيويورك|واس",
  })
  void readsThePlaceAndTheAgencyOfAWireOpening(String opening, String place, String agency) {
    var o = AgencyDateline.read(opening + TEXT).orElseThrow();
    assertThat(o.place()).isEqualTo(place);
    assertThat(o.agency()).isEqualTo(agency);
    assertThat((opening + TEXT).substring(o.end())).isEqualTo(TEXT);
  }

  @Test
  void theDateOnlyWhenItHasAYear() {
    assertThat(AgencyDateline.read("دبي في 23 ديسمبر 2025 / وام / " + TEXT).orElseThrow().date().orElseThrow().date())
        .isEqualTo(LocalDate.of(2025, 12, 23));
    assertThat(AgencyDateline.read("الشارقة في 9 مارس / وام / " + TEXT).orElseThrow().date()).isEmpty();
  }

  @Test
  void noAgencyNoWireOpening() {
    assertThat(AgencyDateline.read("القاهرة 5 ديسمبر 2025 افتتح وزير النقل الطريق الدائري")).isEmpty();
    assertThat(AgencyDateline.read(TEXT)).isEmpty();
    assertThat(AgencyDateline.read("طرابلس 12 - 4 (الأهالي) - " + TEXT)).isEmpty();
  }

  @Test
  void thePipelineCutsTheOpeningAndDatesTheArticle() {
    Document d = PublicationDateTest.run(List.of("عنوان الخبر عن الطريق الدائري", "دبي في 23 ديسمبر 2025 / وام / " + TEXT),
        Map.of(), null);
    assertThat(d.dateline()).isEqualTo("دبي");
    assertThat(d.creditedSources()).contains("وام");
    assertThat(d.published().value()).isEqualTo("2025-12-23");
    assertThat(d.paragraphs().get(0).text()).isEqualTo(TEXT);
  }

  @Test
  void aWritersLabelIsNoPlace() {
    Document d = PublicationDateTest.run(List.of("عنوان الخبر عن الطريق الدائري", "كتب- سامر يوسف: " + TEXT), Map.of(), null);
    assertThat(d.dateline()).isNull();
    assertThat(d.byline()).isEqualTo("سامر يوسف");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      "'العربية - الرباط: '|الرباط|-|-",
      "'واس- الدمام: '|الدمام|-|واس",
      "'سامي العنزي - العربية - '|-|سامي العنزي|-",
      "'العربية – وكالات: '|-|-|وكالات",
      "'تقرير - سامي العنزي: '|-|سامي العنزي|-",
  })
  void anOpeningNamesThePublisherThePlaceOrTheWriter(String opening, String place, String writer, String agency) {
    Document d = PublicationDateTest.run(List.of("عنوان الخبر عن الطريق الدائري", opening + TEXT), Map.of(), null);
    assertThat(d.dateline()).isEqualTo(place);
    assertThat(d.byline()).isEqualTo(writer);
    if (agency != null) assertThat(d.creditedSources()).contains(agency);
    assertThat(d.paragraphs().get(0).text()).isEqualTo(TEXT);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      "More Share الخرج- واس|الخرج|واس",
      "واس - المدينة المنورة|المدينة المنورة|واس",
      "ينبع 03- واس|ينبع|واس",
  })
  void aDatelineLineAboveTheText(String line, String place, String agency) {
    Document d = PublicationDateTest.run(List.of("عنوان الخبر عن الطريق الدائري", line, TEXT), Map.of(), null);
    assertThat(d.dateline()).isEqualTo(place);
    assertThat(d.creditedSources()).contains(agency);
    assertThat(d.paragraphs()).extracting(p -> p.text()).containsExactly(TEXT);
  }
}
