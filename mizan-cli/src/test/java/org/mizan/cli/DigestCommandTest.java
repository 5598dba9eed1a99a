package org.mizan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mizan.testing.Fixtures;

class DigestCommandTest {

  @Test
  void digestOfTheSeedsWritesOneDocumentPerSeedAndIsByteIdenticalAcrossRuns(@TempDir Path tmp) throws Exception {
    Path a = tmp.resolve("a");
    Path b = tmp.resolve("b");
    assertThat(Mizan.execute("digest", "-q", "-o", a.toString(), Fixtures.seedsDir().toString())).isZero();
    assertThat(Mizan.execute("digest", "-q", "-o", b.toString(), Fixtures.seedsDir().toString())).isZero();
    assertThat(Files.readAllLines(a.resolve("documents.jsonl"))).hasSize(5);
    assertThat(Files.readString(a.resolve("documents.jsonl"))).isEqualTo(Files.readString(b.resolve("documents.jsonl")));
  }

  @Test
  void missingInputIsReportedAndExitsNonZero(@TempDir Path tmp) {
    assertThat(Mizan.execute("digest", "-q", "-o", tmp.toString(), tmp.resolve("nope").toString()))
        .isEqualTo(Mizan.NOTHING_PROCESSED);
  }

  @Test
  void unknownOptionIsAUsageError() {
    assertThat(Mizan.execute("digest", "--no-such-option", "x")).isEqualTo(Mizan.USAGE);
  }
}
