package org.mizan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mizan.testing.Fixtures;

class EvalFiguresHeldOutTest {
  private static String run(int code, String... args) {
    PrintStream old = System.out;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
    try {
      assertThat(Mizan.execute(args)).isEqualTo(code);
    } finally {
      System.setOut(old);
    }
    return buf.toString(StandardCharsets.UTF_8);
  }

  @Test
  void scoresFiguresAndDatesOfTheHeldOutDevSplit() {
    Path data = Fixtures.requireSharedData("saudinewsnet");
    Path dev = Fixtures.repoRoot().resolve("eval/figures/saudinewsnet-dev2.json");
    String out = run(Mizan.OK, "eval", "figures", "--heldout", dev.toString(), "--data", data.toString(), "--verbose");
    assertThat(out).contains("11 articles").contains("figure recall (value and unit)  31/31")
        .contains("dates resolved right            33/33");
  }

  @Test
  void aSnippetNotInItsArticleIsAOneLineError(@TempDir Path dir) throws IOException {
    Path data = Fixtures.requireSharedData("saudinewsnet");
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\"articles\": [{\"id\": \"x\", \"day\": \"2015-08-03\", "
        + "\"url\": \"http://www.al-jazirah.com/2015/20150803/sp3.htm\", "
        + "\"figures\": [{\"snippet\": \"not in the article at all\", \"value\": 1, \"unit\": \"day\"}]}]}");
    assertThat(Mizan.execute("eval", "figures", "--heldout", bad.toString(), "--data", data.toString()))
        .isEqualTo(Mizan.FAILURE);
    assertThat(Mizan.execute("eval", "figures", "--heldout", dir.resolve("none.json").toString()))
        .isEqualTo(Mizan.NOTHING_PROCESSED);
  }
}
