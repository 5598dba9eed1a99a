package org.mizan.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mizan.doc.Document;

/** A clusterer saved mid-stream and restored goes on exactly as the one that never stopped. */
class StoryClustererSnapshotTest {
  static final String WIRE = "واس - الرياض: أعلنت المديرية العامة للجوازات أنه بلغ عدد الإخوة الأشقاء من أبناء الجمهورية "
      + "اليمنية المصححين لأوضاع إقامتهم في المملكة 407516 حتى مساء اليوم، وذلك منذ بدء الحملة في جميع مناطق المملكة.";
  static final String COURT = "أحالت النيابة العامة الإماراتية 41 متهما من عدة جنسيات إلى المحكمة الاتحادية العليا في "
      + "قضية تنظيم إرهابي يسعى لإقامة دولة خلافة.";

  static List<Document> stream() {
    List<Document> docs = new ArrayList<>(StoryClustererTest.seeds());
    docs.add(StoryClustererTest.article("w1", "alyaum", "2015-08-02T10:00", "تصحيح أوضاع أكثر من 400 ألف يمني", WIRE,
        "وأوضحت المديرية أن العمل مستمر في مكاتب الجوازات لاستقبال المراجعين من الأشقاء اليمنيين خلال الأيام المقبلة."));
    docs.add(StoryClustererTest.article("x1", "alweeam", "2015-08-02T10:05", "الإمارات تحيل 41 متهما للمحاكمة", COURT));
    // saved here
    docs.add(StoryClustererTest.article("w2", "sabq", "2015-08-02T11:00", "الجوازات تصحح أوضاع 407 آلاف يمني",
        WIRE.replace("حتى مساء اليوم", "حتى اليوم"),
        "من جهة أخرى شهدت مكاتب الجوازات في عدد من المناطق إقبالا كبيرا من المراجعين خلال الأسبوع الماضي."));
    docs.add(StoryClustererTest.article("x2", "okaz", "2015-08-02T12:00", "الإمارات تحيل 41 متهما للمحاكمة", COURT));
    return docs;
  }

  static List<String> records(StoryClusterer c) {
    return c.state().all().stream().map(s -> org.mizan.doc.Json.line(StoryRecords.of(s))).toList();
  }

  @Test
  void aRestoredClustererAssignsTheRestAsTheUninterruptedOneAndKeepsFindingCopies() throws IOException {
    List<Document> docs = stream();
    int cut = docs.size() - 2;
    StoryClusterer whole = new StoryClusterer(StoryState.inMemory());
    List<String> expected = docs.stream().map(whole::add).toList();

    StoryClusterer first = new StoryClusterer(StoryState.inMemory());
    for (Document d : docs.subList(0, cut)) first.add(d);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    first.save(bytes);
    StoryClusterer restored = StoryClusterer.restore(new ByteArrayInputStream(bytes.toByteArray()),
        StoryClusterer.Params.DEFAULT, s -> s);
    List<String> rest = docs.subList(cut, docs.size()).stream().map(restored::add).toList();

    assertThat(rest).isEqualTo(expected.subList(cut, docs.size()));
    assertThat(records(restored)).isEqualTo(records(whole));
    // the copies made after the restore are still found: the wire copy and the exact duplicate
    assertThat(StoryRecords.of(restored.state().get(rest.get(0))).syndication()).singleElement()
        .satisfies(g -> assertThat(g.documents()).containsExactly("w1", "w2"));
    assertThat(StoryRecords.of(restored.state().get(rest.get(1))).syndication()).singleElement()
        .satisfies(g -> assertThat(g.kind()).isEqualTo("exact"));
  }

  @Test
  void aRetiredStoryKeepsItsRecordButNotWhatOnlyMatchingNeeds() throws IOException {
    StoryClusterer c = new StoryClusterer(StoryState.inMemory());
    String court = c.add(StoryClustererTest.article("x1", "alweeam", "2015-08-02T10:05", "الإمارات تحيل 41 متهما للمحاكمة", COURT));
    c.add(StoryClustererTest.article("x2", "okaz", "2015-08-02T12:00", "الإمارات تحيل 41 متهما للمحاكمة", COURT));
    String before = org.mizan.doc.Json.line(StoryRecords.of(c.state().get(court)));
    assertThat(c.state().get(court).centroid).isNotEmpty();

    // two months later the court story is out of the window: retired and compacted
    String later = c.add(StoryClustererTest.article("w1", "alyaum", "2015-10-02T10:00", "تصحيح أوضاع أكثر من 400 ألف يمني", WIRE));
    c.housekeeping(); // runs every 1,000 articles
    StoryCluster old = c.state().get(court);
    assertThat(old.retired).isTrue();
    assertThat(old.centroid).isEmpty();
    assertThat(old.entities).isEmpty();
    assertThat(org.mizan.doc.Json.line(StoryRecords.of(old))).isEqualTo(before);

    // the same court text now starts a new story rather than reviving the retired one
    String again = c.add(StoryClustererTest.article("x3", "sabq", "2015-10-02T11:00", "الإمارات تحيل 41 متهما للمحاكمة", COURT));
    assertThat(again).isNotEqualTo(court).isNotEqualTo(later);

    // and the compacted story survives a save and restore unchanged
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    c.save(bytes);
    StoryClusterer restored = StoryClusterer.restore(new ByteArrayInputStream(bytes.toByteArray()),
        StoryClusterer.Params.DEFAULT, s -> s);
    assertThat(org.mizan.doc.Json.line(StoryRecords.of(restored.state().get(court)))).isEqualTo(before);
  }

  @Test
  void somethingElseIsNotASnapshot() {
    assertThatThrownBy(() -> StoryClusterer.restore(new ByteArrayInputStream("not gzip".getBytes()),
        StoryClusterer.Params.DEFAULT, s -> s)).isInstanceOf(IOException.class);
  }
}
