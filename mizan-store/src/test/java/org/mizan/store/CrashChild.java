package org.mizan.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.mizan.doc.Document;

/**
 * Child process of {@link KillNineTest}: ingests generated articles in small batches and prints
 * {@code ACK id} for each one only after its batch's commit returned. Args: data dir, first index,
 * count, random seed.
 */
public final class CrashChild {
  public static void main(String[] args) {
    Path data = Path.of(args[0]);
    long first = Long.parseLong(args[1]);
    int count = Integer.parseInt(args[2]);
    Random r = new Random(Long.parseLong(args[3]));
    try (MizanStore store = MizanStore.openForWriting(data)) {
      System.out.println("OPEN");
      System.out.flush();
      long i = first;
      while (i < first + count) {
        int n = 1 + r.nextInt(4);
        List<Document> batch = new ArrayList<>();
        for (int k = 0; k < n; k++, i++) batch.add(TestArticles.generated(id(i), i));
        for (String id : store.add(batch, List.of()).added()) System.out.println("ACK " + id);
        System.out.flush();
      }
    }
    System.out.println("DONE");
  }

  static String id(long i) {
    return "c" + i;
  }
}
