package org.mizan.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The optional feature groups' per-sentence views: quotations and longest gazetteer matches. */
class NerFeaturesTest {
  private static final Map<String, Integer> GAZ = Map.of(
      "نادي", NerFeatures.ORG, "النجوم", NerFeatures.ORG, "نادي النجوم", NerFeatures.ORG,
      "نادي النجوم الرياضي", NerFeatures.ORG, "سامر", NerFeatures.PER, "سامر نوار", NerFeatures.PER);

  private static NerFeatures.Sentence sentence(int flags, String text) {
    return new NerFeatures(GAZ, Map.of(), Map.of(), flags).sentence(text.split(" "));
  }

  @Test
  void quotedWordsKnowTheirPlaceAndTheWordBeforeTheQuote() {
    NerFeatures.Sentence s = sentence(NerFeatures.QUOTE, "قدم برنامج « حكايات المساء الطويلة » ثم قال \" نعم \" و « مفتوح");
    assertThat(s.quotePos).containsExactly(0, 0, 0, 1, 2, 3, 0, 0, 0, 0, 4, 0, 0, 0, 0);
    assertThat(s.quoteLen[4]).isEqualTo(3);
    assertThat(s.quoteBefore[3]).isEqualTo(s.stem[1]); // برنامج
    assertThat(s.quoteBefore[10]).isEqualTo(s.stem[8]); // قال
  }

  @Test
  void longestGazetteerPhraseWinsLeftToRight() {
    NerFeatures.Sentence s = sentence(NerFeatures.GAZPOS, "فاز نادي النجوم الرياضي على سامر نوار");
    assertThat(s.matchPos).containsExactly(0, 1, 2, 3, 0, 1, 3);
    assertThat(s.matchBits[2]).isEqualTo(NerFeatures.ORG);
    assertThat(s.matchBits[6]).isEqualTo(NerFeatures.PER);
    // without the group nothing is marked, so models trained without it see the same features
    assertThat(sentence(0, "فاز نادي النجوم الرياضي").matchPos).containsOnly(0);
  }

  @Test
  void groupsAddFeaturesOnlyWhereTheyApply() {
    NerFeatures plain = new NerFeatures(GAZ, Map.of(), Map.of(), 0);
    NerFeatures both = new NerFeatures(GAZ, Map.of(), Map.of(), NerFeatures.QUOTE | NerFeatures.GAZPOS);
    String[] words = "قال سامر نوار إن « الخبر » صحيح".split(" ");
    int[] f = new int[NerFeatures.MAX_FEATURES];
    assertThat(both.extract(both.sentence(words), 0, f)).isEqualTo(plain.extract(plain.sentence(words), 0, f) + 1); // i+1 in a match
    assertThat(both.extract(both.sentence(words), 5, f)).isEqualTo(plain.extract(plain.sentence(words), 5, f) + 5); // quoted
    assertThat(both.extract(both.sentence(words), 7, f)).isEqualTo(plain.extract(plain.sentence(words), 7, f));
  }
}
