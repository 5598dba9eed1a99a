package org.mizan.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LinesTest {
  @Test
  void splitsAtEveryKindOfLineBreakAndCollapsesSpaces() {
    assertThat(Lines.of("  سطر\u00A0 أول \r\nسطر\tثان\u2028ثالث\n\n\n")).containsExactly("سطر أول", "سطر ثان", "ثالث");
  }

  @Test
  void dropsControlsBrokenSurrogatesAndStrayBomsButKeepsBidiMarksAndJoiners() {
    assertThat(Lines.of("\uFEFFأ\u0000ب\uD800ج\u200Fد\u200De\uD83D\uDE00")).containsExactly("أبج\u200Fد\u200De\uD83D\uDE00");
  }

  @Test
  void keepsRealDiacriticsButCutsStackedMarkFloods() {
    assertThat(Lines.of("مُحَمَّدٌ")).containsExactly("مُحَمَّدٌ");
    assertThat(Lines.of("ب" + "\u0651".repeat(100_000) + " ت")).containsExactly("ب\u0651\u0651\u0651\u0651 ت");
  }
}
