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

class EvalCleaningCommandTest {

  private static String[] run(String... args) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
      int code = Mizan.execute(args);
      return new String[] {String.valueOf(code), o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8)};
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
  }

  @Test
  void seedGoldPassesThroughTheCommand() {
    Path gold = Fixtures.repoRoot().resolve("mizan-core/src/test/resources/gold/seeds.gold.json");
    String[] r = run("eval", "cleaning", "--gold", gold.toString(), Fixtures.seedsDir().toString());
    assertThat(r[0]).isEqualTo("0");
    assertThat(r[1]).contains("gold checks: 71/71 passed").contains("headline accuracy: 5/5")
        .contains("date accuracy: 5/5").contains("outlet accuracy: 5/5");
  }

  @Test
  void withoutInputsThePagesTheGoldNamesAreRead() {
    Path gold = Fixtures.repoRoot().resolve("eval/cleaning/pages/dev.gold.json");
    String[] r = run("eval", "cleaning", "--gold", gold.toString());
    assertThat(r[1]).contains("documents: 9").doesNotContain("no input matches");
  }

  @Test
  void missingInputIsAFailedCheckAndUnreadableGoldOneLine(@TempDir Path tmp) throws Exception {
    Path gold = Fixtures.repoRoot().resolve("mizan-core/src/test/resources/gold/seeds.gold.json");
    String[] r = run("eval", "cleaning", "--gold", gold.toString(), Fixtures.seed("000").toString());
    assertThat(r[0]).isEqualTo("1");
    assertThat(r[1]).contains("FAIL 001 input: no input matches this gold id");
    Path bad = Files.writeString(tmp.resolve("bad.json"), "{not json");
    String[] b = run("eval", "cleaning", "--gold", bad.toString());
    assertThat(b[0]).isEqualTo("3");
    assertThat(b[2].strip().lines()).hasSize(1).first().asString().startsWith("mizan: " + bad);
  }

  @Test
  void referenceDateIsValidatedAndMarksInferredDates(@TempDir Path tmp) throws Exception {
    String[] bad = run("digest", "--reference-date", "yesterday", "-o", tmp.resolve("o").toString(),
        Fixtures.seedsDir().toString());
    assertThat(bad[0]).isEqualTo("2");
    assertThat(bad[2]).contains("'yesterday' is not a date");
    String[] ok = run("digest", "-q", "--reference-date", "2025-12-04", "-o", tmp.resolve("o").toString(),
        Fixtures.seed("001").toString());
    assertThat(ok[0]).isEqualTo("0");
    String json = Files.readString(tmp.resolve("o/documents.jsonl"));
    // the reference date is a Thursday, but the article says "this Wednesday morning": it appeared the day before
    assertThat(json).contains("\"published\":{\"value\":\"2025-12-03\"").contains("\"inferred\":true")
        .contains("\"weekday\":\"الأربعاء\"");
  }
}
