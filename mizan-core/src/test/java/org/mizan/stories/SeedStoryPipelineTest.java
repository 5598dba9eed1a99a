package org.mizan.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mizan.doc.Document;
import org.mizan.doc.RawArticle;
import org.mizan.ingest.Ingestor;
import org.mizan.pipeline.Corpus;
import org.mizan.pipeline.Pipeline;
import org.mizan.pipeline.Pipelines;
import org.mizan.testing.Fixtures;

/** The seeds through the whole standard pipeline (cleaned bodies, entities): still one story. */
class SeedStoryPipelineTest {
  @Test
  void theFiveCleanedSeedArticlesFormOneStoryAndTheReadAlsoTailIsNotAStory() {
    List<RawArticle> raws = new ArrayList<>();
    new Ingestor().read(Fixtures.seedFiles().stream().map(Path::toString).toList(), raws::add, p -> {});
    Pipeline pipeline = Pipelines.standard();
    List<Document> docs = new ArrayList<>();
    for (RawArticle r : raws) docs.add(pipeline.analyse(r, p -> {}));
    assertThat(docs).doesNotContainNull().hasSize(5);
    Corpus out = pipeline.synthesise(docs);
    assertThat(out.stories()).singleElement()
        .satisfies(s -> assertThat(s.documents()).hasSize(5)
            .containsExactlyElementsOf(StoryClustering.inTimeOrder(docs).stream().map(Document::id).toList()));
  }
}
