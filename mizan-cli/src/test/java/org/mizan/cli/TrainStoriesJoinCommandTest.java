package org.mizan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.mizan.testing.Fixtures;

class TrainStoriesJoinCommandTest {

  @Test
  void leavingOneSetOutOfOneSetIsAOneLineError() {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    int code;
    try {
      System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
      String gold = Fixtures.repoRoot().resolve("eval/stories/saudinewsnet-recurring.gold.jsonl").toString();
      code = Mizan.execute("train", "stories-join", "--gold", gold, "--leave-one-out", "--out", "target/never-written.tsv");
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
    assertThat(code).isNotZero();
    String msg = e.toString(StandardCharsets.UTF_8).strip();
    assertThat(msg.lines()).hasSize(1);
    assertThat(msg).contains("--leave-one-out needs at least two --gold sets");
    assertThat(java.nio.file.Path.of("target/never-written.tsv")).doesNotExist();
  }

  @Test
  void thePlateauRuleChoosesTheBroadTopOverANarrowPeak() {
    // a narrow peak at index 1, a broad top around index 5
    double[] means = {0.80, 0.92, 0.80, 0.85, 0.89, 0.90, 0.89, 0.84};
    TrainStoriesJoinCommand c = new TrainStoriesJoinCommand();
    assertThat(c.chooseThreshold(means)).isEqualTo(1);
    c.thresholdBy = "plateau";
    assertThat(c.chooseThreshold(means)).isEqualTo(5);
  }
}
