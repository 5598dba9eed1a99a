package org.mizan.synthesis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RougeTest {
  // the worked example of Lin (2004) / common ROUGE tutorials
  private final Rouge.Scores s = Rouge.score("the cat was found under the bed", "the cat was under the bed");

  @Test
  void rouge1CountsClippedUnigrams() {
    assertThat(s.rouge1().recall()).isEqualTo(1.0);
    assertThat(s.rouge1().precision()).isCloseTo(6.0 / 7, within(1e-12));
    assertThat(s.rouge1().f1()).isCloseTo(12.0 / 13, within(1e-12));
  }

  @Test
  void rouge2CountsBigrams() {
    // reference bigrams: the cat, cat was, was under, under the, the bed -> candidate has 4 of 5
    assertThat(s.rouge2().recall()).isCloseTo(4.0 / 5, within(1e-12));
    assertThat(s.rouge2().precision()).isCloseTo(4.0 / 6, within(1e-12));
  }

  @Test
  void rougeLUsesTheLongestCommonSubsequence() {
    assertThat(s.rougeL().recall()).isEqualTo(1.0);
    assertThat(s.rougeL().precision()).isCloseTo(6.0 / 7, within(1e-12));
    Rouge.Scores swapped = Rouge.score("a b c d", "b a d c");
    assertThat(swapped.rougeL().recall()).isEqualTo(0.5); // LCS length 2 of 4
    assertThat(swapped.rouge1().f1()).isEqualTo(1.0);
    assertThat(swapped.rouge2().f1()).isEqualTo(0.0);
  }

  @Test
  void arabicIsComparedInNormalizedForm() {
    Rouge.Scores a = Rouge.score("أعلنت الحكومةُ الميزانيةَ", "اعلنت الحكومة الميزانية");
    assertThat(a.rouge1().f1()).isEqualTo(1.0);
    assertThat(a.rougeL().f1()).isEqualTo(1.0);
    assertThat(Rouge.score("", "نص").rouge1().f1()).isEqualTo(0.0);
    assertThat(Rouge.score("a a a a", "a b").rouge1().precision()).isEqualTo(0.25); // clipped
  }
}
