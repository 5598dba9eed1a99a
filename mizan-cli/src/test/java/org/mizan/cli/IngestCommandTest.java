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

class IngestCommandTest {

  /** Runs the command line capturing stdout and stderr: {exit code, out, err}. */
  static Object[] run(String... args) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
      int code = Mizan.execute(args);
      return new Object[] {code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8)};
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
  }

  @Test
  void ingestingTwiceStoresOnceAndAcknowledgesEachArticle(@TempDir Path tmp) {
    String data = tmp.resolve("data").toString();
    Object[] first = run("ingest", "-q", "--acks", "--data", data, Fixtures.seedsDir().toString());
    assertThat(first[0]).as("%s", first[2]).isEqualTo(Mizan.OK);
    assertThat(((String) first[1]).lines().filter(l -> l.startsWith("stored ")).count()).isEqualTo(5);
    assertThat((String) first[1]).contains("added 5, already stored 0").contains("5 articles, 1 stories");
    Object[] again = run("ingest", "-q", "--data", data, Fixtures.seedsDir().toString());
    assertThat(again[0]).as("%s", again[2]).isEqualTo(Mizan.OK);
    assertThat((String) again[1]).contains("added 0, already stored 5").contains("5 articles, 1 stories");
  }

  @Test
  void badInputsAndArchivesGiveOneLineErrors(@TempDir Path tmp) throws Exception {
    Object[] missing = run("ingest", "-q", "--data", tmp.resolve("d").toString(), tmp.resolve("nope").toString());
    assertThat(missing[0]).isEqualTo(Mizan.NOTHING_PROCESSED);
    assertThat((String) missing[2]).contains("nope: no such file or directory");

    Path file = Files.writeString(tmp.resolve("file"), "x");
    Object[] notDir = run("ingest", "-q", "--data", file.toString(), Fixtures.seedsDir().toString());
    assertThat(notDir[0]).isEqualTo(Mizan.FAILURE);
    assertThat(((String) notDir[2]).strip()).startsWith("mizan: cannot create data directory " + file).doesNotContain("\n");

    Object[] noArchive = run("serve", "--data", tmp.resolve("none").toString(), "--port", "0");
    assertThat(noArchive[0]).isEqualTo(Mizan.FAILURE);
    assertThat((String) noArchive[2]).contains("no Mizan store in");
    assertThat(run("serve", "--port", "70000")[0]).isEqualTo(Mizan.USAGE);
    assertThat(run("ingest", "--batch", "0", "x")[0]).isEqualTo(Mizan.USAGE);
  }
}
