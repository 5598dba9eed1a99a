package org.mizan.flink;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mizan.doc.Document;
import org.mizan.doc.Json;
import org.mizan.doc.RawArticle;
import org.mizan.pipeline.Pipelines;
import org.mizan.stories.Story;
import org.mizan.testing.Fixtures;

/** The job's parts on their own: event times, Kafka messages, the changelog, state serialization. */
class PartsTest {
  @TempDir Path tmp;

  @Test
  void eventTimeComesFromTheDateInAnyIsoForm() {
    assertThat(EventTimes.parse("2015-08-01")).isEqualTo(1438387200000L);
    assertThat(EventTimes.parse("2015-08-01T07:51:35")).isEqualTo(1438387200000L + (7 * 3600 + 51 * 60 + 35) * 1000L);
    assertThat(EventTimes.parse("2015-08-01T10:51:35+03:00")).isEqualTo(EventTimes.parse("2015-08-01T07:51:35"));
    assertThat(EventTimes.parse("2015-08-01 07:51:35")).isEqualTo(EventTimes.parse("2015-08-01T07:51:35"));
    assertThat(EventTimes.parse("2015-08-01T07:51:35Z[UTC]")).isEqualTo(1438387200000L);
    assertThat(EventTimes.parse("أمس")).isNull();
    assertThat(EventTimes.parse(null)).isNull();
  }

  @Test
  void eventTimesOrderArticlesAsTheDigestDoes() {
    // the seeds carry a date-time, two dates and two undated articles; reversed, so that ties and
    // the undated-last rule both matter
    List<RawArticle> raws = new java.util.ArrayList<>();
    for (Path seed : Fixtures.seedFiles()) raws.add(JobRuns.ingest(List.of(seed.toString())).get(0));
    java.util.Collections.reverse(raws);
    List<Document> docs = new java.util.ArrayList<>();
    List<DocRecord> records = new java.util.ArrayList<>();
    for (RawArticle raw : raws) {
      Document d = Pipelines.standard().analyse(raw, p -> {});
      docs.add(d);
      records.add(DocRecord.of(d, "*", EventTimes.of(d, raw)));
    }
    List<String> digestOrder = org.mizan.stories.StoryClustering.inTimeOrder(docs).stream().map(Document::id).toList();
    records.sort(java.util.Comparator.comparingLong(r -> r.eventTime)); // stable, as the digest's sort
    assertThat(records.stream().map(r -> r.id).toList()).isEqualTo(digestOrder);
    assertThat(records.get(2).eventTime).isEqualTo(EventTimes.parse("2025-12-06"));
    assertThat(records.get(3).eventTime).isEqualTo(EventTimes.UNDATED);
    assertThat(records.get(4).eventTime).isEqualTo(EventTimes.UNDATED);
  }

  @Test
  void kafkaMessagesBecomeArticlesOrOneLineProblems() {
    ArticleRecord ok = KafkaArticles.parse(
        "{\"id\":\"a1\",\"title\":\"عنوان\",\"content\":\"سطر أول\\n\\nسطر ثان\",\"url\":\"http://x/1\","
            + "\"published\":\"2015-08-01\"}", "news/0@7", "news");
    assertThat(ok.problem).isNull();
    RawArticle raw = ok.raw();
    assertThat(raw.id()).isEqualTo("a1");
    assertThat(raw.input()).isEqualTo("news/0@7");
    assertThat(raw.lines()).containsExactly("سطر أول", "سطر ثان");
    assertThat(raw.meta()).containsEntry(RawArticle.TITLE, "عنوان").containsEntry(RawArticle.PUBLISHED, "2015-08-01");
    assertThat(ok.scope).isEqualTo("news");

    assertThat(KafkaArticles.parse("not json", "news/0@8", "news").problem).isEqualTo("not JSON");
    assertThat(KafkaArticles.parse("[1]", "news/0@9", "news").problem).isEqualTo("not a JSON object");
    assertThat(KafkaArticles.parse("{\"title\":\"x\"}", "news/0@10", "news").problem).contains("no text");
  }

  @Test
  void documentsSurviveTheirJsonLine() {
    for (Path seed : Fixtures.seedFiles()) {
      RawArticle raw = JobRuns.ingest(List.of(seed.toString())).get(0);
      Document d = Pipelines.standard().analyse(raw, p -> {});
      DocRecord r = DocRecord.of(d, "*", EventTimes.of(d, raw));
      assertThat(r.document()).isEqualTo(d.withoutRaw());
    }
  }

  @Test
  void changelogReplayKeepsTheLastFormOfEachLiveStory() {
    Story a1 = new Story("a", "A", List.of("d1"), List.of(), null, null, List.of());
    Story b1 = new Story("b", "B", List.of("d2"), List.of(), null, null, List.of());
    Story a2 = new Story("a", "A", List.of("d1", "d2", "d3"), List.of(), null, null, List.of());
    List<String> lines = List.of(
        Json.line(new StoryEvent("*", 3, StoryEvent.UPSERT, "a", a2)),
        Json.line(new StoryEvent("*", 2, StoryEvent.REMOVE, "b", null)),
        Json.line(new StoryEvent("*", 0, StoryEvent.UPSERT, "a", a1)),
        Json.line(new StoryEvent("*", 1, StoryEvent.UPSERT, "b", b1)),
        Json.line(new StoryEvent("other", 0, StoryEvent.UPSERT, "b", b1)));
    assertThat(Outputs.replay(lines)).containsExactly(a2, b1);
  }

  @Test
  void assignerStateRoundTripsThroughTheFlinkSerializer() throws Exception {
    StoryAssigner a = new TermOverlapAssigner.Factory().create();
    for (Path seed : Fixtures.seedFiles()) {
      a.add(Pipelines.standard().analyse(JobRuns.ingest(List.of(seed.toString())).get(0), p -> {}));
    }
    StoryAssignerSerializer ser = new StoryAssignerSerializer(new TermOverlapAssigner.Factory());
    DataOutputSerializer out = new DataOutputSerializer(256);
    ser.serialize(a, out);
    StoryAssigner back = ser.deserialize(new DataInputDeserializer(out.getCopyOfBuffer()));
    assertThat(back.stories()).isEqualTo(a.stories());
    assertThat(ser.copy(a).stories()).isEqualTo(a.stories());
    var snapshot = ser.snapshotConfiguration();
    DataOutputSerializer snap = new DataOutputSerializer(64);
    snapshot.writeSnapshot(snap);
    var restored = new StoryAssignerSerializer.Snapshot();
    restored.readSnapshot(1, new DataInputDeserializer(snap.getCopyOfBuffer()), getClass().getClassLoader());
    assertThat(restored.restoreSerializer()).isEqualTo(ser);
  }

  @Test
  void outputsOfAFinishedRunAreGatheredInOrder() throws Exception {
    Path docs = Files.createDirectories(tmp.resolve(MizanFlinkJob.DOCUMENTS).resolve("x"));
    Files.writeString(docs.resolve("documents-1.jsonl"), "{\"id\":\"2\",\"input\":\"b\"}\n{\"id\":\"1\",\"input\":\"a\"}\n");
    Files.writeString(docs.resolve(".documents-2.jsonl.inprogress"), "{\"id\":\"3\",\"input\":\"c\"}\n");
    Outputs.Result r = Outputs.read(tmp);
    assertThat(r.documents()).containsExactly("{\"id\":\"1\",\"input\":\"a\"}", "{\"id\":\"2\",\"input\":\"b\"}");
    Outputs.write(tmp, r);
    assertThat(Files.readAllLines(tmp.resolve("documents.jsonl"))).hasSize(2);
    Outputs.clear(tmp);
    assertThat(tmp.resolve(MizanFlinkJob.DOCUMENTS)).doesNotExist();
    assertThat(tmp.resolve("documents.jsonl")).exists();
  }

  @Test
  void inputsAreOrderedAsTheCliReadsThem() {
    List<String> names = new java.util.ArrayList<>(List.of("d/a.zip!a.json#10", "d/b.txt", "d/a.zip!a.json#2",
        "d/a.zip!a.json#1", "d/a.txt", "d/a.zip!a.json#02"));
    names.sort(InputOrder.INSTANCE);
    assertThat(names).containsExactly("d/a.txt", "d/a.zip!a.json#1", "d/a.zip!a.json#2", "d/a.zip!a.json#02",
        "d/a.zip!a.json#10", "d/b.txt");
  }
}
