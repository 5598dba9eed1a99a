package org.mizan.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DateParserTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "الأربعاء، 03 ديسمبر 2025|2025-12-03",
      "السبت 15 كانون الثاني 2022|2022-01-15",
      "2 تشرين الأول 2023|2023-10-02",
      "11 تشرين الثاني 2024|2024-11-11",
      "5 كانون الأول 2019|2019-12-05",
      "9 آب 2021|2021-08-09",
      "الخميس 4 جانفي 2024|2024-01-04",
      "12 فيفري 2023|2023-02-12",
      "7 أفريل 2022|2022-04-07",
      "1 ماي 2024|2024-05-01",
      "20 جوان 2021|2021-06-20",
      "14 يوليوز 2020|2020-07-14",
      "3 جويلية 2019|2019-07-03",
      "15 غشت 2023|2023-08-15",
      "16 أوت 2023|2023-08-16",
      "10 شتنبر 2022|2022-09-10",
      "8 نونبر 2021|2021-11-08",
      "25 دجنبر 2020|2020-12-25",
      "24 فبراير/شباط 2022|2022-02-24",
      "24 فبراير (شباط) 2022|2022-02-24",
      "6th, December 2025 GMT|2025-12-06",
      "December 6, 2025|2025-12-06",
      "2025-12-03T12:48:00+03:00|2025-12-03",
      "03/12/2025|2025-12-03",
      "2025/12/03|2025-12-03",
      "٣ ديسمبر ٢٠٢٥|2025-12-03",
      "١٢ جمادى الآخرة ١٤٤٧ هـ|2025-12-03",
      "1 رمضان 1446 هـ|2025-03-01",
      // both calendars printed: the civil date holds where the tabular Hijri one is a day or two off
      "الجمعة 21 جمادى الأولى 1447 هـ - 14 نوفمبر 2025 م|2025-11-14",
      "الخميس 22 جمادى الأولى 1447 هـ الموافق November 13, 2025|2025-11-13",
      // a civil date far from the Hijri one is another date: the Hijri stamp stays
      "1 رمضان 1446 هـ ذكرى 5 يونيو 1967|2025-03-01",
      "نُشر في 7 من أكتوبر عام 2023|2023-10-07",
      // numeric Hijri stamps of Saudi sites, year first or last
      "نشر في: 1447/06/13 هـ|2025-12-04",
      "13-06-1447هـ|2025-12-04",
      // a Hijri stamp beside a numeric civil one: the civil date holds
      "1447/06/13 هـ الموافق 2025/12/04 م|2025-12-04",
  })
  void readsDates(String text, String iso) {
    assertThat(DateParser.find(text)).get().extracting(DateParser.Found::date).isEqualTo(LocalDate.parse(iso));
  }

  @Test
  void readsClockTimesWithArabicMarkers() {
    assertThat(DateParser.time("12:48 م")).contains(LocalTime.of(12, 48));
    assertThat(DateParser.time("3:05 م")).contains(LocalTime.of(15, 5));
    assertThat(DateParser.time("09:30 ص")).contains(LocalTime.of(9, 30));
    assertThat(DateParser.time("١٠:١٥ مساءً")).contains(LocalTime.of(22, 15));
    assertThat(DateParser.find("آخر تحديث: 03/12/2025 - 14:20").get().time()).isEqualTo(LocalTime.of(14, 20));
  }

  @Test
  void theStampsTimeIsItsOwnNotTheUpdatesAndMayPrecedeTheDate() {
    assertThat(DateParser.find("7 مارس 2026 (آخر تحديث: 8 مارس 2026 09:10)").orElseThrow().time()).isNull();
    assertThat(DateParser.find("08:20 GMT 07.03.2026 (updated 09:10 GMT 07.03.2026)").orElseThrow().time())
        .isEqualTo(LocalTime.of(8, 20));
    assertThat(DateParser.find("آخر تحديث: 7 مارس 2026 09:10").orElseThrow().time()).isEqualTo(LocalTime.of(9, 10));
  }

  @Test
  void rejectsImpossibleOrPartialDates() {
    assertThat(DateParser.find("في تشرين الثاني/نوفمبر عام 2024")).isEmpty(); // no day: an event month, not a stamp
    assertThat(DateParser.find("31 فبراير 2024")).isEmpty();
    assertThat(DateParser.find("سيطرت على 701 كيلومتر")).isEmpty();
  }

  @Test
  void relativeStamps() {
    assertThat(DateParser.relative("منذ ساعتين")).contains(Duration.ofHours(2));
    assertThat(DateParser.relative("منذ 5 دقائق")).contains(Duration.ofMinutes(5));
    assertThat(DateParser.relative("قبل يومين")).contains(Duration.ofDays(2));
    assertThat(DateParser.relative("منذ ساعة")).contains(Duration.ofHours(1));
    assertThat(DateParser.relative("منذ عام 2014")).isEmpty();
  }

  @Test
  void datesInUrls() {
    assertThat(DateParser.fromUrl("https://example.com/news/2025/12/03/story")).contains(LocalDate.of(2025, 12, 3));
    assertThat(DateParser.fromUrl("https://example.com/a?id=9&date=2025-12-03")).contains(LocalDate.of(2025, 12, 3));
    assertThat(DateParser.fromUrl("http://www.okaz.com.sa/new/Issues/20150725/Con20150725785449.htm"))
        .contains(LocalDate.of(2015, 7, 25));
    assertThat(DateParser.fromUrl("https://example.com/article/410826")).isEmpty();
  }

  @Test
  void stampLinesAreOnlyDates() {
    assertThat(DateParser.isStamp("الأربعاء، 03 ديسمبر 2025")).isTrue();
    assertThat(DateParser.isStamp("12:48 م")).isTrue();
    assertThat(DateParser.isStamp("تاريخ النشر: 6th, December 2025 GMT")).isTrue();
    assertThat(DateParser.isStamp("آخر تحديث: الخميس 4 ديسمبر 2025 - 10:15 ص")).isTrue();
    assertThat(DateParser.isStamp("آخر تحديث: 2024-10-05T10:21:00+03:00")).isTrue();
    assertThat(DateParser.isStamp("نُشر بتاريخ 2024/10/05")).isTrue();
    assertThat(DateParser.isStamp("السبت 05 / 10 / 2024")).isTrue();
    assertThat(DateParser.find("السبت 05 / 10 / 2024").get().date()).isEqualTo(LocalDate.of(2024, 10, 5));
    assertThat(DateParser.find("آخر تحديث: 2024-10-05T10:21:00+03:00").get().time()).isEqualTo(LocalTime.of(10, 21));
    assertThat(DateParser.isStamp("ماركو روبيو - 12 نوفمبر 2025 - رويترز")).isFalse();
    assertThat(DateParser.isStamp("ومنذ غزو روسيا لأوكرانيا في 24 فبراير/شباط 2022، قُتل عشرات الآلاف")).isFalse();
  }
}
