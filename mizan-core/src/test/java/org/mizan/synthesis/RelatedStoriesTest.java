package org.mizan.synthesis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mizan.doc.Document;
import org.mizan.pipeline.Corpus;
import org.mizan.stories.RelatedStories;
import org.mizan.stories.Story;

/** A bombing and a condemnation of it are two stories that a reader of one should find from the other. */
class RelatedStoriesTest {
  private static final List<Document> BOMBING = List.of(
      Docs.doc("b1", "صحيفة أ", "2024-05-10T09:00").headline("تفجير انتحاري في مسجد الشهداء بمدينة الزهراء يقتل 12 مصليا")
          .para("قتل 12 مصليا في تفجير انتحاري استهدف مسجد الشهداء في مدينة الزهراء أثناء صلاة الجمعة، وأعلنت الشرطة فتح تحقيق في الحادث.")
          .build(),
      Docs.doc("b2", "صحيفة ب", "2024-05-10T10:00").headline("12 قتيلا بتفجير مسجد الشهداء في الزهراء")
          .para("أعلنت الشرطة مقتل 12 مصليا في تفجير انتحاري داخل مسجد الشهداء بمدينة الزهراء ظهر اليوم.").build());
  private static final List<Document> CONDEMNATION = List.of(
      Docs.doc("c1", "صحيفة ج", "2024-05-11T08:00").headline("وزارة الخارجية تدين تفجير مسجد الشهداء في الزهراء")
          .para("أدانت وزارة الخارجية التفجير الانتحاري الذي استهدف مسجد الشهداء في مدينة الزهراء وأودى بحياة 12 مصليا.")
          .build());
  private static final List<Document> MATCH = List.of(
      Docs.doc("m1", "صحيفة أ", "2024-05-10T21:00").headline("الفريق الأزرق يفوز على النجوم بهدفين")
          .para("فاز الفريق الأزرق على فريق النجوم بهدفين دون رد في المباراة التي أقيمت مساء أمس على الملعب البلدي.").build(),
      Docs.doc("m2", "صحيفة ب", "2024-05-10T22:00").headline("فوز الأزرق على النجوم")
          .para("حقق الفريق الأزرق فوزا على النجوم بهدفين نظيفين في الدوري.").build());

  private static Story story(String id, List<Document> docs) {
    return new Story(id, docs.get(0).headline(), docs.stream().map(Document::id).toList(),
        docs.stream().map(Document::outlet).distinct().toList(), null, null, List.of());
  }

  private static Corpus corpus() {
    List<Document> all = new ArrayList<>(BOMBING);
    all.addAll(CONDEMNATION);
    all.addAll(MATCH);
    return Corpus.of(all).withStories(List.of(story("bombing", BOMBING), story("condemnation", CONDEMNATION),
        story("match", MATCH)));
  }

  private static StoryDigest get(DigestReport r, String id) {
    return r.stories().stream().filter(g -> g.storyId().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void aReactionIsLinkedToItsEventBothWaysAndAnotherMatterIsNot() {
    DigestReport r = DigestReport.of(corpus());

    assertThat(get(r, "bombing").related()).extracting(RelatedStories.Link::storyId).containsExactly("condemnation");
    assertThat(get(r, "condemnation").related()).extracting(RelatedStories.Link::storyId).containsExactly("bombing");
    assertThat(get(r, "match").related()).isEmpty();
    RelatedStories.Link link = get(r, "bombing").related().get(0);
    // what they share, as the headlines write it
    assertThat(link.shared()).contains("الزهراء");
    assertThat(link.similarity()).isBetween(0.25, 1.0);
    assertThat(link.label()).isEqualTo(CONDEMNATION.get(0).headline());
  }

  @Test
  void everyReportShowsTheLinksAndLinksOnlyToStoriesItHolds() {
    DigestReport all = DigestReport.of(corpus());
    assertThat(DigestMarkdown.render(all)).contains("### Related stories\n\n- " + CONDEMNATION.get(0).headline()
        + " (`condemnation`; shared: ");
    assertThat(DigestHtml.page(all, corpus().documents())).contains("<h3>قصص ذات صلة</h3>").contains("href=\"#s-condemnation\"");
    assertThat(org.mizan.doc.Json.line(all)).contains("\"related\":[{\"story_id\":\"condemnation\"");

    // the single-outlet condemnation is left out of a two-outlet digest: no link may point to it
    DigestReport twoOutlets = DigestReport.of(corpus(), new Synthesizer(), 2);
    assertThat(twoOutlets.stories()).extracting(StoryDigest::storyId).containsExactlyInAnyOrder("bombing", "match");
    assertThat(get(twoOutlets, "bombing").related()).isEmpty();
  }

  private static List<Document> reception(String id, String headline, String official, String place, String more,
      String guestId) {
    Docs d = Docs.doc(id, "صحيفة " + id, "2024-04-11T09:00").headline(headline)
        .para("استقبل " + official + " المهنئين بعيد الفطر المبارك في " + place + ".").para(more);
    if (guestId != null) d.para("وحضر الاستقبال الشيخ سالم الهاشمي.").person("سالم الهاشمي", guestId);
    return List.of(d.build());
  }

  private static List<RelatedStories.Link> receptions(String guestA, String guestB) {
    List<Document> a = reception("r1", "أمير المنطقة الشمالية يستقبل المهنئين", "أمير المنطقة الشمالية", "قصر الإمارة", "وقدم أهالي القرى الشمالية التهاني، "
        + "وتحدث الأمير عن مشاريع الطرق الجديدة وخطط الزراعة في الوادي وبناء السدود وحفر الآبار للمزارعين.", guestA);
    List<Document> b = reception("r2", "محافظ المدينة الساحلية يحتفل بالعيد مع الأهالي", "محافظ المدينة الساحلية", "مقر المحافظة", "وألقى رئيس البلدية كلمة عن الميناء "
        + "وأعمال الصيد، وشهد الحفل عرضا للفرق الشعبية البحرية ومسابقة للسباحة بين الشباب على الشاطئ.", guestB);
    List<Document> all = new ArrayList<>(a);
    all.addAll(b);
    return RelatedStories.of(List.of(story("a", a), story("b", b)), all, List.of()).getOrDefault("a", List.of());
  }

  @Test
  void twoStoriesOfOneGenreAreRelatedOnlyThroughANameTheyShare() {
    // two Eid receptions are one genre, not one matter
    assertThat(receptions(null, null)).isEmpty();
    // the same guest, a linked entity, at both: related
    assertThat(receptions("e-guest", "e-guest")).extracting(RelatedStories.Link::storyId).containsExactly("b");
  }
}
