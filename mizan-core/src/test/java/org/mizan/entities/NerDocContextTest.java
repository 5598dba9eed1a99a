package org.mizan.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Document-level features of the second tagging pass, from first-pass tags of nearby sentences. */
class NerDocContextTest {
  private final NerFeatures features = new NerFeatures(Map.of(), Map.of());

  private NerFeatures.Sentence sentence(String text) {
    return features.sentence(text.split(" "));
  }

  @Test
  void aWordTaggedElsewhereInTheWindowCarriesThatType() {
    List<NerFeatures.Sentence> sents = List.of(
        sentence("وصل هنري فالمور إلى المدينة"),
        sentence("وقال فالمور إن الزيارة ناجحة"),
        sentence("ثم غادر الوفد"));
    int[] first = {0, 1, 2, 0, 0}; // B-PER I-PER on the first mention only
    List<int[]> tags = List.of(first, new int[5], new int[3]);
    int[][][] f = NerDocContext.features(sents, tags, 1);
    int taggedPer = NerFeatures.mix(310, 1);
    assertThat(f[1][1]).contains(taggedPer); // فالمور in sentence 2: tagged PER in sentence 1
    assertThat(f[0][2]).doesNotContain(taggedPer); // its own tag does not count as evidence
    assertThat(f[1][3]).doesNotContain(taggedPer); // an unrelated word
  }

  @Test
  void evidenceOutsideTheWindowIsNotSeen() {
    List<NerFeatures.Sentence> sents = List.of(
        sentence("وصل فالمور"), sentence("ثم غادر الوفد"), sentence("ثم غادر الوفد"), sentence("وقال فالمور"));
    List<int[]> tags = List.of(new int[] {0, 1}, new int[3], new int[3], new int[2]);
    int taggedPer = NerFeatures.mix(310, 1);
    assertThat(NerDocContext.features(sents, tags, 1)[3][1]).doesNotContain(taggedPer);
    assertThat(NerDocContext.features(sents, tags, 3)[3][1]).contains(taggedPer);
  }

  @Test
  void aMultiWordNameTaggedElsewhereMarksTheTokensOfTheSamePhrase() {
    List<NerFeatures.Sentence> sents = List.of(
        sentence("فاز نادي ستيوا بوخارست أمس"), sentence("وخسر ستيوا بوخارست اليوم"));
    List<int[]> tags = List.of(new int[] {0, 0, 3, 4, 0}, new int[] {0, 0, 5, 0});
    int[][][] f = NerDocContext.features(sents, tags, 2);
    // in sentence 2 the first pass read only بوخارست, as a place; the phrase ستيوا بوخارست is an ORG elsewhere
    assertThat(f[1][1]).contains(NerFeatures.mix(320, 1 * 5 + 2)); // first word of a 2-word ORG
    assertThat(f[1][2]).contains(NerFeatures.mix(320, 3 * 5 + 2)); // last word of it
  }
}
