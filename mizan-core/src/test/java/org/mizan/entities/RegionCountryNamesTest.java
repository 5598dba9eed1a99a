package org.mizan.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mizan.entities.EntityStagesTest.doc;
import static org.mizan.entities.EntityStagesTest.typed;

import org.junit.jupiter.api.Test;

/** A region and the country printed right after it are one place. */
class RegionCountryNamesTest {
  private final PlaceFramesStage frames = new PlaceFramesStage();

  @Test
  void aRegionAndItsCountryAreOnePlace() {
    assertThat(typed(frames.apply(doc("a", "عاد النازحون إلى قراهم في سوران العراق بعد المعارك.", "LOC", "سوران", "LOC", "العراق"))))
        .containsExactly("LOC سوران العراق");
  }

  @Test
  void twoCountriesOrACountryAfterAConjunctionStayApart() {
    assertThat(typed(frames.apply(doc("a", "زار الوفد ليبيا تونس ثم عاد.", "LOC", "ليبيا", "LOC", "تونس"))))
        .containsExactly("LOC ليبيا", "LOC تونس");
    assertThat(typed(frames.apply(doc("b", "وصل إلى سوران والعراق يشهد معارك.", "LOC", "سوران", "LOC", "والعراق"))))
        .containsExactly("LOC سوران", "LOC والعراق");
  }

  @Test
  void theJoinedNameStandsForTheRegionAndAStateNameForNoRegion() {
    assertThat(RegionCountryNames.region("سوران العراق")).isEqualTo("سوران");
    assertThat(RegionCountryNames.region("جمهورية مصر")).isNull();
    assertThat(RegionCountryNames.region("المملكة الأردنية")).isNull();
    // a common noun in construct with a place names its own place, not a region called مطار or جنوب
    assertThat(RegionCountryNames.region("مطار القاهرة")).isNull();
    assertThat(RegionCountryNames.region("جنوب السودان")).isNull();
    assertThat(RegionCountryNames.region("جنوب إفريقيا")).isNull();
  }

  @Test
  void aBareRegionTakesTheOneCountryItsDocumentNamesAndTwoCountriesKeepTheirRegionsApart() {
    ResolveStage resolve = new ResolveStage();
    // one document: the region alone is the region of the country printed with it
    org.mizan.doc.Document one = resolve.apply(frames.apply(doc("a",
        "عاد النازحون إلى سوران العراق بعد المعارك، وقال مسؤول في إقليم سوران إن المنطقة هادئة.",
        "LOC", "سوران", "LOC", "العراق")));
    assertThat(one.mentions()).extracting(Mention::canonical).containsExactly("سوران العراق", "سوران العراق");
    // the regions of two countries are two places, and the region alone belongs to neither
    org.mizan.doc.Document two = resolve.apply(frames.apply(doc("b",
        "زار الوفد جرمو العراق ثم جرمو تركيا، وقال إن جرمو تعاني.", "LOC", "جرمو", "LOC", "العراق", "LOC", "تركيا")));
    assertThat(two.mentions()).extracting(Mention::canonical).containsExactly("جرمو العراق", "جرمو تركيا", "جرمو");
  }
}
