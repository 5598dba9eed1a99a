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
  void minOutletsLeavesSingleSourceStoriesOutOfTheDigestButNotOutOfStories(@TempDir Path tmp) throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    for (Path seed : Files.list(Fixtures.seedsDir()).sorted().toList()) Files.copy(seed, in.resolve(seed.getFileName()));
    Files.writeString(in.resolve("match.txt"), "فوز فريق النجوم على فريق الشروق في الدوري\n\n"
        + "حقق فريق النجوم فوزا ثمينا على ضيفه فريق الشروق بهدفين مقابل هدف واحد في المباراة التي جرت مساء أمس "
        + "على الملعب البلدي ضمن الجولة الخامسة من الدوري المحلي، ليرتقي إلى المركز الثالث في جدول الترتيب.\n");
    Path out = tmp.resolve("o");
    assertThat(Mizan.execute("digest", "-q", "--min-outlets", "2", "-o", out.toString(), in.toString())).isZero();
    assertThat(Files.readAllLines(out.resolve("stories.jsonl"))).hasSize(2);
    String json = Files.readString(out.resolve("digest.json"));
    assertThat(json).contains("\"min_outlets\" : 2").contains("\"stories_left_out\" : 1");
    assertThat(Files.readString(out.resolve("digest.md"))).contains("1 other story is left out").doesNotContain("فريق النجوم");
    assertThat(Mizan.execute("digest", "-q", "--min-outlets", "0", "-o", out.toString(), in.toString()))
        .isEqualTo(Mizan.USAGE);
  }

  @Test
  void aDigestWrittenInsideItsInputFolderIsNotReadBackByTheNextRun(@TempDir Path tmp) throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    for (Path seed : Files.list(Fixtures.seedsDir()).sorted().toList()) Files.copy(seed, in.resolve(seed.getFileName()));
    Path out = in.resolve("out");
    assertThat(Mizan.execute("digest", "-q", "-o", out.toString(), in.toString())).isZero();
    String first = Files.readString(out.resolve("documents.jsonl"));
    assertThat(Mizan.execute("digest", "-q", "-o", out.toString(), in.toString())).isZero();
    assertThat(Files.readAllLines(out.resolve("documents.jsonl"))).hasSize(5);
    assertThat(Files.readString(out.resolve("documents.jsonl"))).isEqualTo(first);
    // an output folder written by an older version, without the marker, is recognised by its files
    Files.delete(out.resolve(".mizan-digest"));
    Path old = Files.move(out, in.resolve("old"));
    assertThat(Mizan.execute("digest", "-q", "-o", tmp.resolve("o2").toString(), in.toString())).isZero();
    assertThat(Files.readAllLines(tmp.resolve("o2").resolve("documents.jsonl"))).hasSize(5);
    assertThat(Mizan.execute("digest", "-q", "-o", tmp.resolve("o3").toString(), old.toString()))
        .isEqualTo(Mizan.NOTHING_PROCESSED);
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
