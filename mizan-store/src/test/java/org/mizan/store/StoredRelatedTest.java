package org.mizan.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mizan.doc.Document;
import org.mizan.doc.RawArticle;
import org.mizan.pipeline.Pipeline;
import org.mizan.pipeline.Pipelines;
import org.mizan.stories.RelatedStories;
import org.mizan.stories.Story;

/** A stored story's page links the stored stories about the same matter, found across the whole archive. */
class StoredRelatedTest {
  @TempDir Path data;

  private static final Pipeline PIPELINE = Pipelines.standard();

  private static Document article(String id, String outlet, String date, String title, String text) {
    RawArticle raw = new RawArticle(id, "test:" + id, "text", List.of(text),
        Map.of(RawArticle.TITLE, title, RawArticle.PUBLISHED, date, RawArticle.SOURCE, outlet,
            RawArticle.URL, "https://example.org/" + id));
    return PIPELINE.analyse(raw, problem -> {});
  }

  private static String storyOf(MizanStore store, Document d) {
    return store.stories(StoryQuery.ALL, 0, 100).items().stream().filter(s -> s.documents().contains(d.id()))
        .map(Story::id).findFirst().orElseThrow();
  }

  @Test
  void aMinistersSecondVisitMonthsLaterIsAnotherStoryAndARelatedOne() {
    Document first = article("v1", "صحيفة أ", "2024-03-01", "وزير الصحة يزور مستشفى النخيل العام في مدينة الواحة",
        "زار وزير الصحة اليوم مستشفى النخيل العام في مدينة الواحة واطلع على أقسام الطوارئ والعناية المركزة، ووجه بزيادة عدد الأسرة.");
    Document firstToo = article("v2", "صحيفة ب", "2024-03-01", "وزير الصحة في مستشفى النخيل بالواحة",
        "تفقد وزير الصحة مستشفى النخيل العام بمدينة الواحة اليوم، واستمع إلى شرح عن أقسام الطوارئ والعناية المركزة.");
    Document second = article("w1", "صحيفة أ", "2024-06-20", "وزير الصحة يدشن توسعة مستشفى النخيل العام في الواحة",
        "دشن وزير الصحة اليوم توسعة مستشفى النخيل العام في مدينة الواحة بعد ثلاثة أشهر من زيارته الأولى، وتضم التوسعة قسما جديدا للطوارئ.");
    Document secondToo = article("w2", "صحيفة ج", "2024-06-20", "تدشين توسعة مستشفى النخيل بالواحة",
        "افتتح وزير الصحة توسعة مستشفى النخيل العام بمدينة الواحة، وتشمل قسما جديدا للطوارئ وعشرين سريرا للعناية المركزة.");
    Document match = article("m1", "صحيفة ب", "2024-06-20", "الفريق الأزرق يفوز على النجوم بهدفين",
        "فاز الفريق الأزرق على فريق النجوم بهدفين دون رد في المباراة التي أقيمت مساء أمس على الملعب البلدي.");
    try (MizanStore store = MizanStore.openForWriting(data)) {
      store.add(new ArrayList<>(List.of(first, firstToo)), List.of());
      store.add(new ArrayList<>(List.of(second, secondToo, match)), List.of());
      String visit = storyOf(store, first);
      String opening = storyOf(store, second);
      String game = storyOf(store, match);
      // two events: the visit and, months later, the opening
      assertThat(storyOf(store, firstToo)).isEqualTo(visit);
      assertThat(opening).isNotEqualTo(visit);

      assertThat(store.storyDetail(visit).orElseThrow().digest().related())
          .extracting(RelatedStories.Link::storyId).containsExactly(opening);
      assertThat(store.storyDetail(opening).orElseThrow().digest().related())
          .extracting(RelatedStories.Link::storyId).containsExactly(visit);
      assertThat(store.storyDetail(game).orElseThrow().digest().related()).isEmpty();
    }
  }
}
