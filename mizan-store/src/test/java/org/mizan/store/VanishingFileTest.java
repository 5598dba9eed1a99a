package org.mizan.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mizan.ingest.Ingestor;
import org.mizan.pipeline.Pipelines;
import org.mizan.pipeline.Problem;
import org.mizan.testing.Fixtures;

/** A file that disappears while a directory is being ingested: one clear problem, the rest stored. */
class VanishingFileTest {
  @TempDir Path tmp;

  @Test
  void aFileDeletedMidBatchIsReportedAndTheOthersAreStored() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("in"));
    for (Path seed : Fixtures.seedFiles()) Files.copy(seed, in.resolve(seed.getFileName()));
    Path victim = in.resolve(Fixtures.seedFiles().get(3).getFileName());
    List<Problem> problems = new ArrayList<>();
    try (MizanStore store = MizanStore.openForWriting(tmp.resolve("data"))) {
      ArchiveIngest ingest = new ArchiveIngest(store, Pipelines.standard(), 2, r -> {}, problems::add);
      new Ingestor().read(List.of(in.toString()), raw -> {
        ingest.accept(raw);
        try {
          Files.deleteIfExists(victim); // vanishes after the directory was listed
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }, problems::add);
      ingest.flush();
      assertThat(ingest.added()).isEqualTo(4);
      assertThat(store.stats().documents()).isEqualTo(4);
    }
    assertThat(problems).hasSize(1);
    assertThat(problems.get(0).input()).isEqualTo(victim.toString());
    assertThat(problems.get(0).toString()).doesNotContain("\n").doesNotContain("Exception:");
  }
}
