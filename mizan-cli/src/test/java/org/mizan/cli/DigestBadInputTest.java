package org.mizan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mizan.testing.Fixtures;

/** Exit codes and messages of {@code mizan digest} on bad input (issue 3 item 8). */
class DigestBadInputTest {

  /** Runs the command with stdin and stderr redirected; returns the exit code and stderr lines. */
  record Run(int code, List<String> err) {}

  static Run run(byte[] stdin, String... args) {
    PrintStream oldErr = System.err;
    InputStream oldIn = System.in;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try {
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      System.setIn(new ByteArrayInputStream(stdin));
      int code = Mizan.execute(args);
      return new Run(code, err.toString(StandardCharsets.UTF_8).lines().toList());
    } finally {
      System.setErr(oldErr);
      System.setIn(oldIn);
    }
  }

  @Test
  void badFilesAreReportedOneLineEachAndTheRestIsDigested(@TempDir Path tmp) throws Exception {
    Path in = Files.createDirectory(tmp.resolve("in"));
    Files.copy(Fixtures.seed("001"), in.resolve("a.txt"));
    Files.createFile(in.resolve("b-empty.txt"));
    Files.write(in.resolve("c.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0});
    Files.writeString(in.resolve("d.jsonl"), "{\"id\":\"ok\",\"text\":\"نص الخبر هنا.\"}\n{broken\n");
    Run r = run(new byte[0], "digest", "-q", "-o", tmp.resolve("out").toString(), in.toString());
    assertThat(r.code()).isEqualTo(Mizan.OK);
    assertThat(r.err()).containsExactly(
        "mizan: " + in.resolve("b-empty.txt") + ": empty file",
        "mizan: " + in.resolve("c.jpg") + ": not an article: looks like a JPEG image",
        "mizan: " + in.resolve("d.jsonl") + "#2: not valid JSON: " + r.err().get(2).replaceFirst(".*not valid JSON: ", ""));
    assertThat(Files.readAllLines(tmp.resolve("out/documents.jsonl"))).hasSize(2);
  }

  @Test
  void anOutletsSecondCopyOfOneTextIsNamedAndLeftOut(@TempDir Path tmp) throws Exception {
    Path in = Files.createDirectory(tmp.resolve("in"));
    Files.copy(Fixtures.seed("001"), in.resolve("a.txt"));
    Files.copy(Fixtures.seed("001"), in.resolve("b-copy.txt"));
    Files.copy(Fixtures.seed("002"), in.resolve("c.txt"));
    Run r = run(new byte[0], "digest", "-q", "-o", tmp.resolve("out").toString(), in.toString());
    assertThat(r.code()).isEqualTo(Mizan.OK);
    assertThat(r.err()).containsExactly("mizan: " + in.resolve("b-copy.txt")
        + ": skipped: the same outlet's same text as " + in.resolve("a.txt") + " (a re-post)");
    List<String> docs = Files.readAllLines(tmp.resolve("out/documents.jsonl"));
    assertThat(docs).hasSize(2).noneMatch(l -> l.contains("b-copy.txt"));
  }

  @Test
  void nothingProcessableExitsWithTheDocumentedCode(@TempDir Path tmp) throws Exception {
    Path empty = Files.createFile(tmp.resolve("empty.txt"));
    Run r = run(new byte[0], "digest", "-q", "-o", tmp.resolve("out").toString(), empty.toString());
    assertThat(r.code()).isEqualTo(Mizan.NOTHING_PROCESSED);
    assertThat(r.err()).containsExactly("mizan: " + empty + ": empty file", "mizan: nothing to digest");
  }

  @Test
  void dashReadsStandardInput(@TempDir Path tmp) throws Exception {
    byte[] seed = Files.readAllBytes(Fixtures.seed("002"));
    Run r = run(seed, "digest", "-q", "-o", tmp.toString(), "-");
    assertThat(r.code()).isEqualTo(Mizan.OK);
    assertThat(Files.readString(tmp.resolve("documents.jsonl"))).contains("\"input\":\"stdin\"");
  }

  @Test
  void parallelDigestIsByteIdenticalToSequential(@TempDir Path tmp) throws Exception {
    Path in = Files.createDirectory(tmp.resolve("in"));
    for (Path seed : Fixtures.seedFiles()) {
      // a sentence of its own in the first long paragraph of each copy: identical copies are re-posts
      String text = Files.readString(seed);
      String para = text.lines().filter(l -> l.length() > 150).findFirst().orElseThrow();
      for (int i = 0; i < 5; i++) {
        Files.writeString(in.resolve(i + "-" + seed.getFileName()),
            text.replace(para, para + " وهذه هي النسخة رقم " + (i + 1) + " من الخبر."));
      }
    }
    assertThat(run(new byte[0], "digest", "-q", "-j", "1", "-o", tmp.resolve("a").toString(), in.toString()).code()).isZero();
    assertThat(run(new byte[0], "digest", "-q", "-j", "4", "-o", tmp.resolve("b").toString(), in.toString()).code()).isZero();
    String a = Files.readString(tmp.resolve("a/documents.jsonl"));
    assertThat(a.lines()).hasSize(25);
    assertThat(Files.readString(tmp.resolve("b/documents.jsonl"))).isEqualTo(a);
  }
}
