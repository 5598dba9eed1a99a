package org.mizan.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.assertj.core.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mizan.doc.RawArticle;
import org.mizan.pipeline.Problem;

/** Issue 3 item 8: each bad input gets one clear line naming it and the reason; the rest is read. */
class IngestorBadInputTest {
  static final String GOOD = "أعلنت الحكومة اليوم خطة جديدة للإصلاح الاقتصادي.";
  final List<RawArticle> articles = new ArrayList<>();
  final List<Problem> problems = new ArrayList<>();

  void read(Path... inputs) {
    new Ingestor().read(Arrays.stream(inputs).map(Path::toString).toList(), articles::add, problems::add);
  }

  Path good(Path dir) throws Exception {
    return Files.writeString(dir.resolve("good.txt"), GOOD);
  }

  void assertOnlyProblem(Path input, String reason) {
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.input()).isEqualTo(input.toString());
      assertThat(p.reason()).contains(reason);
      assertThat(p.toString()).doesNotContain("\n").doesNotContain("Exception").doesNotContain("\tat ");
    });
    assertThat(articles).extracting(a -> a.lines().get(0)).contains(GOOD);
  }

  @Test
  void emptyFile(@TempDir Path tmp) throws Exception {
    Path f = Files.createFile(tmp.resolve("empty.txt"));
    read(f, good(tmp));
    assertOnlyProblem(f, "empty file");
  }

  @Test
  void whiteSpaceOnlyFile(@TempDir Path tmp) throws Exception {
    Path f = Files.writeString(tmp.resolve("blank.txt"), " \n\t\n  \u00A0\n");
    read(f, good(tmp));
    assertOnlyProblem(f, "empty file");
  }

  @Test
  void binaryFile(@TempDir Path tmp) throws Exception {
    byte[] b = new byte[10_000];
    new Random(7).nextBytes(b);
    Path f = Files.write(tmp.resolve("data.txt"), b);
    read(f, good(tmp));
    assertOnlyProblem(f, "not an article: looks like binary data");
  }

  @Test
  void imageNamedLikeAnArticle(@TempDir Path tmp) throws Exception {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0};
    Path f = Files.write(tmp.resolve("article.html"), png);
    byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0};
    Path g = Files.write(tmp.resolve("photo.txt"), jpeg);
    read(f, g, good(tmp));
    assertThat(problems).extracting(Problem::toString)
        .containsExactly(f + ": not an article: looks like a PNG image", g + ": not an article: looks like a JPEG image");
  }

  @Test
  void truncatedUtf8IsReadWithAWarning(@TempDir Path tmp) throws Exception {
    byte[] full = (GOOD + " الكرملين").getBytes(StandardCharsets.UTF_8);
    Path f = Files.write(tmp.resolve("cut.txt"), Arrays.copyOf(full, full.length - 1));
    read(f);
    assertThat(problems).singleElement().satisfies(p -> assertThat(p.reason()).contains("truncated UTF-8"));
    assertThat(articles).singleElement().satisfies(a -> assertThat(a.lines().get(0)).isEqualTo(GOOD + " الكرملي"));
  }

  @Test
  void fiftyMegabyteTextFileIsRefusedWithoutReadingItAll(@TempDir Path tmp) throws Exception {
    Path f = tmp.resolve("huge.txt");
    byte[] line = (GOOD + "\n").getBytes(StandardCharsets.UTF_8);
    try (OutputStream out = Files.newOutputStream(f)) {
      for (long written = 0; written < 50L << 20; written += line.length) out.write(line);
    }
    read(f, good(tmp));
    assertOnlyProblem(f, "too large for one text article (more than 16 MB)");
  }

  @Test
  void decompressionBombStopsAtTheStreamLimit(@TempDir Path tmp) throws Exception {
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream g = new GZIPOutputStream(gz)) {
      byte[] line = ("{\"text\": \"" + GOOD + "\"}\n").getBytes(StandardCharsets.UTF_8);
      for (int i = 0; i < 40_000; i++) g.write(line);
    }
    Path f = Files.write(tmp.resolve("bomb.jsonl.gz"), gz.toByteArray());
    new Ingestor(new Ingestor.Limits(1 << 20, 1 << 20), InputStream::nullInputStream)
        .read(List.of(f.toString()), articles::add, problems::add);
    assertThat(problems).singleElement().satisfies(p -> assertThat(p.reason()).contains("more than 1 MB"));
    assertThat(articles.size()).isBetween(1000, 20_000); // what came before the limit is kept
  }

  @Test
  void malformedHtmlIsReadForWhatItHas(@TempDir Path tmp) throws Exception {
    Path f = Files.writeString(tmp.resolve("broken.html"),
        "<html><head><title>عنوان</title><body><div><p>" + GOOD + "<p><b>فقرة ثانية لم تغلق <div <i>>");
    read(f);
    assertThat(problems).isEmpty();
    assertThat(articles).singleElement().satisfies(a -> {
      assertThat(a.format()).isEqualTo("html");
      assertThat(a.lines()).contains(GOOD);
    });
  }

  @Test
  void directoryOfTenThousandFilesIsReadInNameOrder(@TempDir Path tmp) throws Exception {
    Path dir = Files.createDirectory(tmp.resolve("many"));
    for (int i = 0; i < 10_000; i++) Files.writeString(dir.resolve(String.format("%05d.txt", i)), "خبر رقم " + i);
    Files.createFile(dir.resolve("09999-empty.txt"));
    read(dir);
    assertThat(articles).hasSize(10_000);
    assertThat(articles.get(0).input()).endsWith("00000.txt");
    assertThat(articles.get(9_999).lines()).containsExactly("خبر رقم 9999");
    assertThat(problems).extracting(Problem::reason).containsExactly("empty file");
  }

  @Test
  void unreadableFile(@TempDir Path tmp) throws Exception {
    Path f = Files.writeString(tmp.resolve("secret.txt"), GOOD);
    Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("---------"));
    try {
      Assumptions.assumeThat(Files.isReadable(f))
          .as("running as root, which can read a chmod 000 file: test skipped (see brokenLink for the IO path)")
          .isFalse();
      read(f, good(tmp));
      assertOnlyProblem(f, "permission denied");
    } finally {
      Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-------"));
    }
  }

  @Test
  void aFileThatFailsWhenReadEvenForRoot(@TempDir Path tmp) throws Exception {
    Path mem = Path.of("/proc/self/mem"); // opens, but reading at offset 0 is an I/O error, as root too
    Assumptions.assumeThat(Files.exists(mem)).as("no /proc/self/mem on this system: test skipped").isTrue();
    read(mem, good(tmp));
    assertOnlyProblem(mem, "cannot read");
  }

  @Test
  void brokenLinkAndMissingFile(@TempDir Path tmp) throws Exception {
    Path link = Files.createSymbolicLink(tmp.resolve("link.txt"), tmp.resolve("gone.txt"));
    Path missing = tmp.resolve("missing.txt");
    read(link, missing, good(tmp));
    assertThat(problems).extracting(Problem::toString)
        .containsExactly(link + ": broken symbolic link", missing + ": no such file or directory");
  }

  @Test
  void hostileNamesPrintAsOneHonestLine(@TempDir Path tmp) throws Exception {
    Path newline = Files.createFile(tmp.resolve("evil\nmizan: all good.txt"));
    Path bidi = Files.createFile(tmp.resolve("invoice\u202Etxt.exe"));
    Path dash = Files.createFile(tmp.resolve("-rf"));
    read(newline, bidi, dash, good(tmp));
    assertThat(problems).hasSize(3);
    assertThat(problems).extracting(Problem::toString).allSatisfy(s -> assertThat(s).doesNotContain("\n", "\u202E"));
    assertThat(problems.get(0).toString()).contains("evil\\nmizan: all good.txt: empty file");
    assertThat(problems.get(1).toString()).contains("invoice\\u202Etxt.exe");
    assertThat(articles).hasSize(1);
  }

  @Test
  void aDirectoryLinkLoopIsNotFollowed(@TempDir Path tmp) throws Exception {
    Path dir = Files.createDirectory(tmp.resolve("d"));
    good(dir);
    Files.createSymbolicLink(dir.resolve("loop"), dir);
    read(dir);
    assertThat(articles).hasSize(1);
    assertThat(problems).isEmpty();
  }

  @Test
  void nonWebUrlInputsAreRefusedClearly() {
    new Ingestor().read(List.of("ftp://example.com/a"), articles::add, problems::add);
    assertThat(problems).singleElement().satisfies(p -> assertThat(p.reason()).contains("unsupported URL scheme 'ftp:'"));
  }
}
