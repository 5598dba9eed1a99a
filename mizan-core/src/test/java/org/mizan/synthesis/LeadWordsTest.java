package org.mizan.synthesis;

import static org.assertj.core.api.Assertions.assertThat;

import org.mizan.text.ArabicNormalization;
import org.junit.jupiter.api.Test;

/** The stems of the words naming a figure: the shared clitic stripper, then one bare proclitic. */
class LeadWordsTest {
  private static String stem(String word) {
    return LeadWords.stem(ArabicNormalization.normalize(word));
  }

  @Test
  void aCliticChainEndingInTheArticleGoesWhole() {
    assertThat(stem("وبالأرباح")).isEqualTo(ArabicNormalization.normalize("أرباح"));
    assertThat(stem("فالإيرادات")).isEqualTo(ArabicNormalization.normalize("إيرادات"));
  }

  @Test
  void aBareProcliticGoesAndThreeLettersStay() {
    assertThat(stem("وأرباحها")).isEqualTo(ArabicNormalization.normalize("أرباحها"));
    assertThat(stem("الذي")).isEqualTo(ArabicNormalization.normalize("الذي"));
  }
}
