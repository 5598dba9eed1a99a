package org.mizan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.mizan.testing.Fixtures;

class EvalEntitiesCommandTest {
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

  @Test
  void theSeedGoldEntitiesAreAllFoundMergedAndKeptApart() {
    String gold = Fixtures.repoRoot().resolve("mizan-core/src/test/resources/gold/seeds.gold.json").toString();
    String out = run("eval", "entities", "--gold", gold, "--seeds", Fixtures.seedsDir().toString());
    assertThat(out).contains("found, right type       75/75").contains("forms merged            25/25")
        .contains("wrong merges            0");
  }

  @Test
  void aMissingGoldFileIsAOneLineError() {
    assertThat(Mizan.execute("eval", "entities", "--gold", "no-such-gold.json")).isEqualTo(Mizan.FAILURE);
  }
}
