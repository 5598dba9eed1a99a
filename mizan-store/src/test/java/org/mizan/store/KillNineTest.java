package org.mizan.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mizan.doc.Document;
import org.mizan.doc.Json;
import org.mizan.stories.Story;

/**
 * Kills an ingesting child process with SIGKILL at random moments, again and again on the same
 * store, and checks after each kill that the store opens, that every acknowledged article is there
 * whole, that every stored article belongs to a stored story, and that the story state file the
 * commit names holds exactly the stored articles.
 */
class KillNineTest {
  static final int ROUNDS = 6;
  @TempDir Path data;

  @Test
  void killingAnIngestAtRandomMomentsNeverLosesAnAcknowledgedArticle() throws Exception {
    Random random = new Random(42);
    List<String> acked = new ArrayList<>();
    int killedMidRun = 0;
    int statesChecked = 0;
    for (int round = 0; round < ROUNDS; round++) {
      long first = round * 100_000L;
      Process child = new ProcessBuilder(javaBin(), "-Xmx256m", "-XX:+UseSerialGC", "-Dmizan.stories.every=7", "-cp",
          System.getProperty("java.class.path"), CrashChild.class.getName(), data.toString(), Long.toString(first),
          "5000", Long.toString(random.nextLong()))
          .redirectError(ProcessBuilder.Redirect.DISCARD).start();
      List<String> roundAcks = new CopyOnWriteArrayList<>();
      CountDownLatch opened = new CountDownLatch(1);
      CountDownLatch firstAck = new CountDownLatch(1);
      Thread reader = new Thread(() -> {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
          for (String line; (line = r.readLine()) != null; ) {
            if (line.equals("OPEN")) opened.countDown();
            if (line.startsWith("ACK ")) {
              roundAcks.add(line.substring(4));
              firstAck.countDown();
            }
          }
        } catch (java.io.IOException e) {
          // the child died: its stdout closes
        }
      });
      reader.start();
      assertThat(opened.await(120, TimeUnit.SECONDS)).as("child opened the store").isTrue();
      // the kill lands at a random moment after the first commit (however slow the machine is)
      assertThat(firstAck.await(120, TimeUnit.SECONDS)).as("child acknowledged an article").isTrue();
      Thread.sleep(random.nextInt(1000));
      if (child.isAlive()) killedMidRun++;
      child.destroyForcibly(); // SIGKILL
      child.waitFor(30, TimeUnit.SECONDS);
      reader.join(10_000);
      acked.addAll(roundAcks);

      try (MizanStore store = MizanStore.openReadOnly(data, 0)) {
        for (String id : acked) {
          Document d = store.document(id).orElse(null);
          assertThat(d).as("acknowledged article %s after round %d", id, round).isNotNull();
          long n = Long.parseLong(id.substring(1));
          assertThat(Json.line(d)).isEqualTo(Json.line(TestArticles.generated(id, n).withoutRaw()));
        }
        long docs = store.stats().documents();
        assertThat(docs).isGreaterThanOrEqualTo(acked.size());
        long inStories = 0;
        for (Story s : store.stories(StoryQuery.ALL, 0, 10_000).items()) {
          for (String id : s.documents()) assertThat(store.document(id)).as("story %s member %s", s.id(), id).isPresent();
          inStories += s.documents().size();
        }
        assertThat(inStories).as("every stored article is in exactly one story").isEqualTo(docs);
      }
      // the story state the last commit names holds exactly the stored articles before its number
      String state = ArchiveStoriesTest.committedState(data);
      if (state != null) {
        statesChecked++;
        long upTo = Long.parseLong(state.replaceAll("\\D", ""));
        long inState = 0;
        try (var in = java.nio.file.Files.newInputStream(data.resolve(state))) {
          var clusterer = org.mizan.stories.StoryClusterer.restore(in, org.mizan.stories.StoryClusterer.Params.DEFAULT, s -> s);
          for (var c : clusterer.state().all()) inState += c.documents().size();
        }
        assertThat(inState).as("articles in the committed story state %s", state).isEqualTo(upTo);
      }
    }
    // killed mid-batch, restored from state files and replays: the stories of one uninterrupted run
    List<Document> stored = ArchiveStoriesTest.storedInOrder(data);
    try (MizanStore store = MizanStore.openReadOnly(data, 0)) {
      assertThat(ArchiveStoriesTest.stored(store)).isEqualTo(StoryJoining.assign(stored));
    }
    assertThat(statesChecked).as("rounds that found a committed state file").isGreaterThan(0);
    System.out.println("kill -9 rounds=" + ROUNDS + " killed mid-run=" + killedMidRun + " acknowledged=" + acked.size());
    assertThat(killedMidRun).as("kills that hit a running ingest").isGreaterThanOrEqualTo(ROUNDS - 1);
    assertThat(acked.size()).as("articles acknowledged over all rounds").isGreaterThan(ROUNDS);
  }

  private static String javaBin() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
