package org.mizan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mizan.doc.Document;

class EvalStoriesGoldRowsTest {

  @TempDir
  Path dir;

  @Test
  void webPageRowsAndSaudiNewsNetRowsAreReadSideBySide() throws IOException {
    Path gold = dir.resolve("g.gold.jsonl");
    Files.writeString(gold, String.join("\n",
        "{\"url\": \"http://a.example/1\", \"day\": \"2015-08-01\", \"outlet\": \"okaz\", \"story\": \"s1\", \"split\": \"dev\"}",
        "{\"url\": \"http://b.example/2\", \"file\": \"pages/p.txt\", \"published\": \"2024-03-05\", \"outlet\": \"b\", \"story\": \"s2\", \"split\": \"test\"}"));
    List<EvalStoriesCommand.GoldRow> rows = EvalStoriesCommand.readGold(gold);
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).day()).isEqualTo("2015-08-01");
    assertThat(rows.get(0).file()).isNull();
    assertThat(rows.get(1).file()).isEqualTo("pages/p.txt");
    assertThat(rows.get(1).published()).isEqualTo("2024-03-05");
    assertThat(rows.get(1).outlet()).isEqualTo("b");
  }

  @Test
  void aWebOnlySetIsReadFromTheFilesBesideItWithItsPrintedDate() throws IOException {
    Files.createDirectories(dir.resolve("pages"));
    Files.writeString(dir.resolve("pages/p1.txt"), "الوزير يزور المدينة\nزار الوزير المدينة اليوم الاثنين وافتتح مشروعاً جديداً.\n");
    Files.writeString(dir.resolve("pages/p2.txt"), "افتتاح مشروع جديد\nافتتح الوزير مشروعاً جديداً في المدينة.\n");
    Path gold = dir.resolve("w.gold.jsonl");
    Files.writeString(gold, String.join("\n",
        "{\"url\": \"http://a.example/1\", \"file\": \"pages/p1.txt\", \"published\": \"2024-03-04\", \"outlet\": \"a\", \"story\": \"visit\", \"split\": \"dev\"}",
        "{\"url\": \"http://b.example/2\", \"file\": \"pages/p2.txt\", \"published\": \"2024-03-05\", \"outlet\": \"b\", \"story\": \"visit\", \"split\": \"dev\"}"));
    EvalStoriesCommand.Analysed an = EvalStoriesCommand.analyse(gold, dir.resolve("no-corpus-here"), null);
    assertThat(an.docs()).hasSize(2);
    assertThat(an.gold("dev").values()).containsOnly("visit");
    Document first = an.docs().values().iterator().next();
    assertThat(first.published().value()).startsWith("2024-03-04");
  }

  @Test
  void withPageDatesAPageIsDatedByWhatItPrintsAsADigestWouldDateIt() throws IOException {
    Files.createDirectories(dir.resolve("pages"));
    Files.writeString(dir.resolve("pages/p1.txt"), "الوزير يزور المدينة\nالأحد 03 مارس 2024 - 10:15\n"
        + "زار الوزير المدينة اليوم وافتتح مشروعاً جديداً للمياه بحضور عدد من المسؤولين والأهالي في الحي الشرقي.\n");
    Files.writeString(dir.resolve("pages/p2.txt"), "افتتاح مشروع جديد\n"
        + "افتتح الوزير مشروعاً جديداً للمياه في المدينة بحضور عدد من المسؤولين والأهالي في الحي الشرقي.\n");
    Path gold = dir.resolve("w.gold.jsonl");
    Files.writeString(gold, String.join("\n",
        "{\"url\": \"http://b.example/2\", \"file\": \"pages/p2.txt\", \"published\": \"2024-03-02\", \"outlet\": \"b\", \"story\": \"visit\", \"split\": \"dev\"}",
        "{\"url\": \"http://a.example/1\", \"file\": \"pages/p1.txt\", \"published\": \"2024-03-04\", \"outlet\": \"a\", \"story\": \"visit\", \"split\": \"dev\"}"));
    org.mizan.pipeline.Pipeline pipeline = org.mizan.pipeline.Pipelines.standard();
    List<Document> asGiven = List.copyOf(EvalStoriesCommand.analyse(gold, dir.resolve("none"), pipeline).docs().values());
    assertThat(asGiven.get(0).published().value()).startsWith("2024-03-02");
    List<Document> printed = List.copyOf(EvalStoriesCommand.analyse(gold, dir.resolve("none"), pipeline, true).docs().values());
    // the printed stamp, not the gold's date; the page that prints none is undated and read last
    assertThat(printed.get(0).published().value()).isEqualTo("2024-03-03T10:15");
    assertThat(printed.get(1).published().value()).isNull();
  }

  @Test
  void aWebPageRowWithoutItsDateIsAOneLineError() throws IOException {
    Path gold = dir.resolve("bad.gold.jsonl");
    Files.writeString(gold, "{\"url\": \"http://a.example/1\", \"file\": \"p.txt\", \"story\": \"s\"}\n");
    assertThatThrownBy(() -> EvalStoriesCommand.readGold(gold)).hasMessageContaining("needs url, file, published and story");
  }

  @Test
  void aPageOutsideTheGoldFilesFolderIsRefused() throws IOException {
    Path gold = dir.resolve("sub/out.gold.jsonl");
    Files.createDirectories(gold.getParent());
    Files.writeString(dir.resolve("secret.txt"), "نص");
    Files.writeString(gold, "{\"url\": \"http://a.example/1\", \"file\": \"../secret.txt\", \"published\": \"2024-01-01\", \"story\": \"s\"}\n");
    assertThatThrownBy(() -> EvalStoriesCommand.analyse(gold, dir, null)).hasMessageContaining("outside the gold file's folder");
  }
}
