package org.mizan.synthesis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mizan.synthesis.StoryDigest.FigureValue;
import org.mizan.synthesis.StoryDigest.Quantity;

/** How the report names a quantity: never by an internal English key. */
class FigureLabelsTest {
  private static Quantity quantity(String unit, String counted, String text) {
    return new Quantity(unit, counted, List.of(new FigureValue(50, text, List.of("وكالة"), List.of())), false, false);
  }

  @Test
  void aCountedThingWithoutAListedLabelIsNamedInArabic() {
    // the counted-noun table keys "member" by its forms عضو، عضوا، أعضاء; the article printed عضواً
    assertThat(FigureLabels.label(quantity(null, "member", "50 عضواً"))).isEqualTo("عضو");
    assertThat(FigureLabels.label(quantity(null, "country", "خمس دول"))).isEqualTo("دولة");
  }

  @Test
  void listedLabelsStillWin() {
    assertThat(FigureLabels.label(quantity("USD", null, "50 دولارا"))).isEqualTo("دولار");
    assertThat(FigureLabels.label(quantity(null, "killed", "50 قتيلا"))).isNotBlank().doesNotContain("killed");
  }

  @Test
  void unitsAndCurrenciesAreNamedInArabic() {
    assertThat(FigureLabels.label(quantity("mw", null, "30 ألف ميغاواط"))).isEqualTo("ميغاواط");
    assertThat(FigureLabels.label(quantity("QAR", null, "50 ريالا قطريا"))).isEqualTo("ريال قطري");
    assertThat(FigureLabels.label(quantity("JPY", null, "50 ينا"))).doesNotContainPattern("[A-Za-z]");
  }
}
