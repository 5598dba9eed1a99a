package org.mizan.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Forms met on modern web news (round 14): Maghreb month names, a scale word with no digit, a percent
 * sign printed before its digits, counted spans of years, martyrs counted as the killed, a weekday joined
 * to its date by في or الموافق, and a cardinal عشرة after إلى. Invented sentences, one rule each.
 */
class FiguresRound14Test {
  private final FigureExtractor extractor = new FigureExtractor();
  private final DateExtractor dates = new DateExtractor();
  /** A Monday. */
  private static final LocalDate MONDAY = LocalDate.of(2024, 3, 4);

  private static String show(Figure f) {
    return f.value() + " " + f.unit() + " " + f.counted();
  }

  private List<String> figures(String text) {
    return extractor.extract(text).stream().map(FiguresRound14Test::show).toList();
  }

  private List<String> values(String text) {
    return dates.extract(text, MONDAY).stream().map(TextDate::value).toList();
  }

  @Test
  void maghrebMonthNamesAreMonths() {
    assertThat(values("وتراجعت المبيعات في جويلية 2023 بعد ارتفاعها في جوان 2022")).containsExactly("2023-07", "2022-06");
    assertThat(values("وصدر القرار يوم 12 أوت 2023")).containsExactly("2023-08-12");
    assertThat(values("ونشر التقرير في فيفري")).containsExactly("2024-02");
    assertThat(values("وسجلت الشركة أرباحا في غشت وشتنبر 2023")).containsExactly("2023-08", "2023-09");
    // ماي is also a name (تيريزا ماي): a month only with a day, a year or شهر
    assertThat(values("وقالت ماي إن الحكومة ستصمد")).isEmpty();
    assertThat(values("وانطلقت الحملة في شهر ماي الماضي")).containsExactly("2023-05");
    // جوان is also a name: a month only with a day, a year, شهر or a time preposition closed by punctuation
    assertThat(values("وغرمت المحكمة شركة (لي جوان) 30 ألف دولار")).isEmpty();
    assertThat(figures("وغرمت المحكمة شركة (لي جوان) 30 مليون دولار")).containsExactly("3.0E7 USD null");
    assertThat(values("وبلغ التضخم 5 بالمائة في جوان، ثم تراجع")).singleElement().asString().endsWith("-06");
  }

  @Test
  void trillionWithNoDigitIsOneTrillion() {
    assertThat(figures("وبلغت قيمة الصفقات تريليون دولار هذا العام")).containsExactly("1.0E12 USD null");
    assertThat(figures("وخصصت الحكومة تريليوني دينار عراقي للمشاريع")).containsExactly("2.0E12 IQD null");
  }

  @Test
  void percentSignBeforeTheDigitsIsPercent() {
    assertThat(figures("وارتفعت أسعار الخبز بنسبة %12 خلال الشهر")).containsExactly("12.0 percent null");
    assertThat(figures("وتراجع النمو إلى ٪1.5 فقط")).containsExactly("1.5 percent null");
    // a sign after its own number does not reach the next one
    assertThat(figures("صعد المؤشر 3% 40 مرة")).startsWith("3.0 percent null");
  }

  @Test
  void countedSpanOfYearsNamesAYear() {
    assertThat(values("وقال إنه هاجر إلى كندا قبل نحو خمس سنوات")).containsExactly("2019");
    assertThat(values("وتقيم الأسرة في المخيم منذ ثلاثة أعوام")).containsExactly("2021");
    assertThat(values("وأغلق المصنع منذ عامين")).containsExactly("2022");
    // a round year and a year number are no span: قبل عام, منذ عام 2011
    assertThat(values("وتخرج قبل عام من الجامعة")).isEmpty();
    assertThat(values("ويعمل في الشركة منذ عام 2011")).isEmpty();
    // more than N years names no single year
    assertThat(values("وغادر قبل أكثر من ست سنوات")).isEmpty();
    // a record or a first time "in N years" is no year N years ago
    assertThat(values("وسجلت الصادرات أعلى مستوى لها منذ سبع سنوات")).isEmpty();
    assertThat(values("واتفق الطرفان للمرة الأولى منذ 20 عاما على الحدود")).isEmpty();
  }

  @Test
  void martyrsAreTheKilled() {
    assertThat(figures("وسقط 7 شهداء و20 جريحا في القصف")).containsExactly("7.0 null killed", "20.0 null wounded");
  }

  @Test
  void weekdayJoinedToItsDateIsOneDate() {
    assertThat(dates.extract("وقع الانفجار مساء أمس الأحد في 3 آذار قرب المرفأ", MONDAY))
        .extracting(TextDate::text, TextDate::value).containsExactly(org.assertj.core.groups.Tuple.tuple(
            "مساء أمس الأحد في 3 آذار", "2024-03-03"));
    assertThat(values("أعلنت الوزارة اليوم الاثنين الموافق 4 مارس 2024 خطتها")).containsExactly("2024-03-04");
    // a numeric Hijri date after الموافق stays a date of its own
    assertThat(values("أعلنت الوزارة اليوم الاثنين الموافق 23/8/1445هـ خطتها")).hasSize(2);
  }

  @Test
  void wholeAfterAPartCountsTheSameNoun() {
    assertThat(figures("ونجح 45 طالبا من أصل 60 في الامتحان")).containsExactly("45.0 null student", "60.0 null student");
    // with no part counted before it, the whole names nothing
    assertThat(figures("وقال إن النتيجة جاءت من أصل 60")).isEmpty();
  }

  @Test
  void tenAfterToIsACardinal() {
    assertThat(figures("وارتفع عدد الضحايا إلى عشرة أشخاص")).containsExactly("10.0 null person");
    // the tail of an ordinal teen is still no count
    assertThat(figures("وحل في المرتبة الخامسة عشرة")).isEmpty();
    assertThat(figures("في اليوم الثالث عشر من الإضراب")).isEmpty();
  }
}
