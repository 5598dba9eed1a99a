package org.mizan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.mizan.testing.Fixtures;

class EvalQuotesCommandTest {
  private static String run(String... args) {
    PrintStream old = System.out;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
    try {
      assertThat(Mizan.execute(args)).isZero();
    } finally {
      System.setOut(old);
    }
    return buf.toString(StandardCharsets.UTF_8);
  }

  private static String gold() {
    return Fixtures.repoRoot().resolve("mizan-core/src/test/resources/gold/seeds.gold.json").toString();
  }

  @Test
  void quotesOnTheSeedsFindEveryGoldQuoteAndGroup() {
    String out = run("eval", "quotes", "--gold", gold(), "--seeds", Fixtures.seedsDir().toString(),
        "--heldout", Path.of("no-such-file.json").toString());
    assertThat(out).contains("recall, right speaker   14/14").contains("cross-source groups     2/2");
  }

  @Test
  void figuresOnTheSeedsFindEveryGoldFigure() {
    String out = run("eval", "figures", "--gold", gold(), "--seeds", Fixtures.seedsDir().toString());
    assertThat(out).contains("13/13");
  }

  @Test
  void aMissingGoldFileIsAOneLineError() {
    assertThat(Mizan.execute("eval", "quotes", "--gold", "no-such-gold.json")).isEqualTo(Mizan.FAILURE);
  }
}
