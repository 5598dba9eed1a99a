package org.mizan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
  void aPageNamedByFileIsReadBesideTheAnnotationFile(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("p1.txt"), "الرئيسية | أخبار\nوزير المالية: الموازنة متوازنة\n"
        + "قال وزير المالية سامر الخطيب إن \"الموازنة الجديدة متوازنة ولا عجز فيها هذا العام\".\n", StandardCharsets.UTF_8);
    Path gold = dir.resolve("web.json");
    Files.writeString(gold, "{\"articles\": [{\"id\": \"w1\", \"file\": \"p1.txt\", \"url\": \"https://example.org/1\","
        + " \"quotes\": [{\"speaker\": \"سامر الخطيب\", \"forms\": [\"سامر الخطيب\"],"
        + " \"snippet\": \"الموازنة الجديدة متوازنة\"}]}]}", StandardCharsets.UTF_8);
    String out = run("eval", "quotes", "--gold", gold(), "--seeds", Fixtures.seedsDir().toString(),
        "--heldout", gold.toString(), "--data", dir.resolve("no-corpus").toString());
    assertThat(out).contains("1 annotated quotes in 1 articles").contains("1/1");
    Files.writeString(gold, Files.readString(gold).replace("p1.txt", "../outside.txt"));
    assertThat(Mizan.execute("eval", "quotes", "--gold", gold(), "--seeds", Fixtures.seedsDir().toString(),
        "--heldout", gold.toString())).isEqualTo(Mizan.FAILURE);
  }

  @Test
  void aMissingGoldFileIsAOneLineError() {
    assertThat(Mizan.execute("eval", "quotes", "--gold", "no-such-gold.json")).isEqualTo(Mizan.FAILURE);
  }
}
