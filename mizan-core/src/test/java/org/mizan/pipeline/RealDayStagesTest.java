package org.mizan.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.mizan.doc.RawArticle;

/**
 * Every document stage survives real articles: the first 200 articles of one SaudiNewsNet day (read from
 * {@code ../shared}, skipped when absent) runs through the digest's pipeline and no stage throws.
 * Rules tuned on invented sentences meet text shapes they never saw here (a name opening the text,
 * a number at its end), and a stage that throws drops the article from the digest.
 */
class RealDayStagesTest {
  @Test
  void noStageThrowsOnARealDay() throws Exception {
    Path zip = org.mizan.testing.Fixtures.requireSharedData("saudinewsnet").resolve("2015-07-24.zip");
    Assumptions.assumeTrue(Files.exists(zip), zip + " is absent: test skipped");
    // read as the digest reads a day: every article, the outlets' repeated lines learned over all of them
    List<RawArticle> all = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    new org.mizan.ingest.Ingestor().read(List.of(zip.toString()), all::add, problems::add);
    List<RawArticle> raws = all.subList(0, Math.min(200, all.size()));
    Pipeline pipeline = Pipelines.standard(null, null, org.mizan.clean.RepeatedLines.learn(all));
    List<org.mizan.doc.Document> docs = pipeline.analyseAll(raws, 2, problems::add, () -> {});
    assertThat(problems).filteredOn(p -> p.reason().contains("failed in stage")).isEmpty();
    assertThat(docs.size()).isGreaterThan(raws.size() * 9 / 10);
  }
}
