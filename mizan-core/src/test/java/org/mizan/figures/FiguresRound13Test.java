package org.mizan.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Forms met on modern wire and web news (round 13): a definite compound cardinal after its noun, a
 * relative clause between a count's head noun and its number, the subject of a rise before إلى,
 * a night from one weekday to the next, a weekday range's end, a page's time stamp, and a span
 * glued to و. Invented sentences, one rule each.
 */
class FiguresRound13Test {
  private final FigureExtractor extractor = new FigureExtractor();
  private final DateExtractor dates = new DateExtractor();
  private static final LocalDate SATURDAY = LocalDate.of(2025, 3, 15);

  private static String show(Figure f) {
    return f.value() + " " + f.unit() + " " + f.counted();
  }

  private List<String> figures(String text) {
    return extractor.extract(text).stream().map(FiguresRound13Test::show).toList();
  }

  private List<String> values(String text) {
    return dates.extract(text, SATURDAY).stream().map(TextDate::value).toList();
  }

  @Test
  void definiteCompoundCardinalAfterItsNounCountsIt() {
    assertThat(figures("وسجلت المستشفيات 15 حالة خلال الساعات الأربع والعشرين الأخيرة"))
        .containsExactly("15.0 null case", "24.0 hour null");
    assertThat(figures("وزار الوفد المدن الخمس والثلاثين في جولته")).containsExactly("35.0 null city");
    // the ordinal's unit word (الرابعة) is no cardinal: a rank, no count
    assertThat(figures("وحل الفريق في المرتبة الرابعة والعشرين")).isEmpty();
  }

  @Test
  void relativeClauseAfterTheHeadNounLeavesItTheCount() {
    assertThat(figures("وقال إن عدد العمال الذين فقدوا وظائفهم بلغ 300 ألف"))
        .containsExactly("300000.0 null worker");
  }

  @Test
  void definiteSubjectBeforeToIsWhatTheNumberCounts() {
    assertThat(figures("وارتفع عدد القتلى في الفيضانات إلى 40، والجرحى إلى 115"))
        .containsExactly("40.0 null killed", "115.0 null wounded");
    assertThat(figures("وارتفعت الوفيات إلى 12، والإصابات إلى أكثر من 900")).containsExactly("900.0 null wounded");
    // not a counted thing: a price rising to a bare number names no unit
    assertThat(figures("وارتفعت الأسعار إلى 50")).isEmpty();
    // an object before a comma, not the subject: the patients who reached the hospitals, to 30
    assertThat(figures("وارتفع عدد من وصلوا المستشفيات، إلى 30")).isEmpty();
  }

  @Test
  void nightToTheNextDayIsTheEveningsDay() {
    // published on the Saturday: the Sunday after إلى is the night's end, not last Sunday
    assertThat(values("وقع الهجوم ليل السبت إلى الأحد في ضواحي المدينة")).containsExactly("2025-03-15");
    assertThat(values("واستمر القصف ليل الجمعة إلى السبت")).containsExactly("2025-03-14");
  }

  @Test
  void weekdayRangeEndFollowsItsStart() {
    assertThat(values("وتتواصل الاحتجاجات من السبت إلى الأحد")).containsExactly("2025-03-15", "2025-03-16");
  }

  @Test
  void clockTimeOfAPageStampIsNoFigure() {
    assertThat(figures("بقلم: سامي خليل 14-02-2024 09:30 صباحاً")).isEmpty();
    assertThat(figures("سياسة3-5-2022 | 18:05")).isEmpty();
    // a reported time says الساعة: still a figure after the date
    assertThat(figures("وفي 14-02-2024 الساعة 09:30 صباحا انطلقت القافلة")).containsExactly("9.5 time null");
  }

  @Test
  void numericDateOfAPageStampIsNoTextDate() {
    assertThat(values("بقلم: سامي خليل 14-02-2024 09:30 صباحاً")).isEmpty();
    assertThat(values("سياسة3-5-2022 | 18:05")).isEmpty();
    assertThat(values("وفي 14-02-2024 الساعة 09:30 صباحا انطلقت القافلة")).containsExactly("2024-02-14");
  }

  @Test
  void spanAfterGluedConjunctionIsADate() {
    assertThat(values("ومنذ يومين تتواصل الاشتباكات في المدينة")).containsExactly("2025-03-13");
    assertThat(values("وقبل ثلاثة أيام أعلنت الشرطة اعتقال المشتبه به")).containsExactly("2025-03-12");
  }
}
