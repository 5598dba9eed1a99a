package org.mizan.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HeldOutScoringTest {
  private static Figure fig(double value, String unit, String counted, String approx) {
    return new Figure("x", value, unit, counted, approx, 0, 1);
  }

  private static TextDate date(String text, String value) {
    return new TextDate(text, value, value != null, 0, text.length());
  }

  @Test
  void figuresPairOneToOneByValueAndAnyAcceptableUnit() {
    List<HeldOutScoring.GoldFigure> gold = List.of(
        new HeldOutScoring.GoldFigure("a", "3 أسابيع", 3, Set.of("week"), null),
        new HeldOutScoring.GoldFigure("a", "3 أسابيع", 3, Set.of("week"), null),
        new HeldOutScoring.GoldFigure("a", "نحو 230 مدنيا", 230, Set.of("civilian"), "about"),
        new HeldOutScoring.GoldFigure("a", "خمس صالات", 5, Set.of("صالة", "صالات"), null),
        new HeldOutScoring.GoldFigure("b", "2 مليار دينار", 2e9, Set.of("KWD", "dinar"), null));
    Map<String, List<Figure>> predicted = Map.of(
        "a", List.of(fig(3, "week", null, null), fig(230, null, "civilian", null), fig(5, null, "والصالات", null),
            fig(4, null, "شوال", null)),
        "b", List.of(fig(2e9, "dinar", null, null)));
    HeldOutScoring.FigureResult r = HeldOutScoring.scoreFigures(predicted, gold);
    // the single "3 week" prediction finds only one of the two gold figures
    assertThat(r.found()).isEqualTo(4);
    assertThat(r.gold()).isEqualTo(5);
    assertThat(r.predicted()).isEqualTo(5);
    assertThat(r.precision()).isEqualTo(0.8);
    assertThat(r.approxRight()).isEqualTo(3); // 230 was found without its "about"
    assertThat(r.approxWrong()).singleElement().asString().contains("230");
    assertThat(r.misses()).hasSize(1).first().asString().contains("3 أسابيع");
    assertThat(r.extras()).hasSize(1).first().asString().contains("شوال");
  }

  @Test
  void aFigureWithTheWrongUnitOrValueIsNotFound() {
    HeldOutScoring.GoldFigure g = new HeldOutScoring.GoldFigure("a", "40 كيلوغراما", 40, Set.of("kg"), null);
    assertThat(HeldOutScoring.matches(fig(40, "kg", null, null), g)).isTrue();
    assertThat(HeldOutScoring.matches(fig(40, null, "كيلوغراما", null), g)).isFalse();
    assertThat(HeldOutScoring.matches(fig(4, "kg", null, null), g)).isFalse();
    HeldOutScoring.GoldFigure clock = new HeldOutScoring.GoldFigure("a", "12:49", 12.8167, Set.of("time"), null);
    assertThat(HeldOutScoring.matches(fig(12.816666, "time", "GMT", null), clock)).isTrue();
  }

  @Test
  void datesAreLocatedByOverlappingTextAndRightByValue() {
    List<HeldOutScoring.GoldDate> gold = List.of(
        new HeldOutScoring.GoldDate("a", "يوم أمس", "2015-08-01"),
        new HeldOutScoring.GoldDate("a", "(أمس)", "2015-08-01"),
        new HeldOutScoring.GoldDate("a", "مايو (أيار) الماضي", "2015-05"),
        new HeldOutScoring.GoldDate("a", "4 شوال", "2015-07-20"));
    Map<String, List<TextDate>> predicted = Map.of("a", List.of(date("أمس", "2015-08-01"), date("أمس", "2015-08-01"),
        date("مايو", "2014-05"), date("أيار) الماضي", "2015-05"), date("العام الماضي", "2014")));
    HeldOutScoring.DateResult r = HeldOutScoring.scoreDates(predicted, gold);
    assertThat(r.located()).isEqualTo(3);
    assertThat(r.right()).isEqualTo(3); // the right-valued "أيار) الماضي" is preferred over "مايو"
    assertThat(r.accuracy()).isEqualTo(0.75);
    assertThat(r.predicted()).isEqualTo(5);
    assertThat(r.precision()).isEqualTo(0.6);
    assertThat(r.misses()).singleElement().asString().contains("4 شوال");
    assertThat(r.extras()).hasSize(2);
  }
}
