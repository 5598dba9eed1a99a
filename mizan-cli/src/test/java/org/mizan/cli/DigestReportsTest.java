package org.mizan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mizan.doc.Json;
import org.mizan.testing.Fixtures;

class DigestReportsTest {
  @TempDir static Path tmp;
  private static Path out;

  @BeforeAll
  static void digest() {
    out = tmp.resolve("out");
    assertThat(Mizan.execute("digest", "-q", "-o", out.toString(), Fixtures.seedsDir().toString())).isZero();
  }

  @Test
  void writesSchemaVersionedJsonMarkdownAndHtmlDeterministically() throws Exception {
    JsonNode json = Json.mapper().readTree(out.resolve("digest.json").toFile());
    assertThat(json.get("schema_version").asInt()).isEqualTo(1);
    assertThat(json.get("stories")).isNotEmpty();
    assertThat(json.get("stories").get(0).get("summary")).isNotEmpty();
    assertThat(Files.readString(out.resolve("digest.md"))).startsWith("# Mizan digest");
    assertThat(Files.readString(out.resolve("digest.html"))).contains("<html dir=\"rtl\" lang=\"ar\">");
    Path again = tmp.resolve("again");
    assertThat(Mizan.execute("digest", "-q", "-o", again.toString(), Fixtures.seedsDir().toString())).isZero();
    for (String f : new String[] {"digest.json", "digest.md", "digest.html"}) {
      assertThat(Files.readString(again.resolve(f))).as(f).isEqualTo(Files.readString(out.resolve(f)));
    }
  }

  @Test
  void evalSummaryScoresAgainstTheSeedReferences() {
    String printed = capture(() -> assertThat(Mizan.execute("eval", "summary", "--refs",
        Fixtures.repoRoot().resolve("examples/refs/summary").toString(), "--digest",
        out.resolve("digest.json").toString())).isZero());
    assertThat(printed).contains("mean over 1 stories").containsPattern("F1 +0\\.\\d{4} 0\\.\\d{4} 0\\.\\d{4}");
  }

  @Test
  void evalSummaryWithoutRefsDirIsAOneLineError() {
    assertThat(Mizan.execute("eval", "summary", "--refs", tmp.resolve("none").toString(), "--digest",
        out.resolve("digest.json").toString())).isEqualTo(Mizan.NOTHING_PROCESSED);
    assertThat(Mizan.execute("eval", "summary", "--refs", tmp.toString(), "--digest",
        tmp.resolve("missing.json").toString())).isEqualTo(Mizan.NOTHING_PROCESSED);
  }

  private static String capture(Runnable r) {
    PrintStream old = System.out;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
    try {
      r.run();
    } finally {
      System.setOut(old);
    }
    return buf.toString(StandardCharsets.UTF_8);
  }
}
