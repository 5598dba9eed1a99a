package org.mizan.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Disk full and read-only disks: a clear error, and the store keeps every acknowledged article. */
class StoreFaultsTest {
  @TempDir Path data;

  @Test
  void aFullDiskFailsTheBatchCleanlyAndKeepsEveryCommittedArticle() throws Exception {
    Path index = data.resolve("index");
    Files.createDirectories(index);
    List<String> acked = new ArrayList<>();
    int failures = 0;
    // several disk sizes, so the failure lands in different places (segment data, commit point)
    for (long budget : new long[] {20_000, 60_000, 150_000, 400_000}) {
      FaultyDirectory dir = new FaultyDirectory(FSDirectory.open(index), Long.MAX_VALUE, false);
      MizanStore store = MizanStore.openForWriting(data, dir);
      dir.setBudget(budget);
      try {
        for (int i = 0; i < 400; i++) {
          long n = budget * 1000 + i;
          acked.addAll(store.add(List.of(TestArticles.generated("f" + n, n)), List.of()).added());
        }
      } catch (StoreException e) {
        failures++;
        assertThat(e.getMessage()).startsWith("cannot write store " + data).contains("No space left on device")
            .doesNotContain("\n");
      } finally {
        store.close();
      }
      try (MizanStore ro = MizanStore.openReadOnly(data, 0)) {
        for (String id : acked) assertThat(ro.document(id)).as(id).isPresent();
      }
    }
    assertThat(failures).isEqualTo(4);
    // space freed: the same store takes writes again
    try (MizanStore store = MizanStore.openForWriting(data)) {
      assertThat(store.add(List.of(TestArticles.generated("after", 7)), List.of()).added()).containsExactly("after");
      assertThat(store.stats().documents()).isEqualTo(acked.size() + 1);
    }
  }

  @Test
  void aReadOnlyDiskIsReportedByName() throws Exception {
    try (MizanStore store = MizanStore.openForWriting(data)) {
      store.add(List.of(TestArticles.generated("a", 1)), List.of());
    }
    FaultyDirectory dir = new FaultyDirectory(FSDirectory.open(data.resolve("index")), Long.MAX_VALUE, true);
    try (MizanStore store = MizanStore.openForWriting(data, dir)) {
      assertThatThrownBy(() -> store.add(List.of(TestArticles.generated("b", 2)), List.of()))
          .isInstanceOf(StoreException.class).hasMessageContaining("Read-only file system");
    } catch (StoreException e) {
      assertThat(e.getMessage()).startsWith("cannot open store " + data).contains("Read-only file system");
    }
    try (MizanStore ro = MizanStore.openReadOnly(data, 0)) {
      assertThat(ro.document("a")).isPresent();
      assertThat(ro.document("b")).isEmpty();
    }
  }
}
