package org.mizan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mizan.doc.RawArticle;
import org.mizan.ingest.SaudiNewsNet;
import picocli.CommandLine;

class BenchCorpusTest {
  @TempDir Path dir;

  private void day(String name, int articles) throws IOException {
    StringBuilder json = new StringBuilder("[");
    for (int i = 0; i < articles; i++) {
      if (i > 0) json.append(',');
      json.append("{\"source\":\"okaz\",\"url\":\"u").append(name).append(i)
          .append("\",\"date_extracted\":\"").append(name).append(" 10:00:00\",\"title\":\"عنوان\",\"content\":\"نص\"}");
    }
    try (OutputStream out = Files.newOutputStream(dir.resolve(name + ".zip")); ZipOutputStream z = new ZipOutputStream(out)) {
      z.putNextEntry(new ZipEntry(name + ".json"));
      z.write(json.append(']').toString().getBytes(StandardCharsets.UTF_8));
    }
  }

  /** Parses the options the way the bench commands get them (the mixin inside a command). */
  @CommandLine.Command(name = "t")
  static final class Host {
    @CommandLine.Mixin BenchCorpus corpus;
  }

  @Test
  void readsTheFirstDaysInDateOrderWithDayAndIndexIds() throws IOException {
    day("2015-07-22", 1);
    day("2015-07-21", 2);
    day("2015-07-23", 3);
    Host h = new Host();
    new CommandLine(h).parseArgs("--data", dir.toString(), "--days", "2", "--rounds", "5", "-q");
    List<RawArticle> raws = h.corpus.read(SaudiNewsNet::asText);
    assertThat(raws).extracting(RawArticle::id).containsExactly("2015-07-21/0", "2015-07-21/1", "2015-07-22/0");
    assertThat(h.corpus.daysRead).isEqualTo(2);
    assertThat(h.corpus.rounds).isEqualTo(5);

    new CommandLine(h).parseArgs("--data", dir.toString(), "--days", "9");
    assertThat(h.corpus.read(SaudiNewsNet::asText)).hasSize(6);
    assertThat(h.corpus.daysRead).isEqualTo(3);
  }
}
