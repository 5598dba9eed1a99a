package org.mizan.synthesis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mizan.synthesis.SynthesizerTest.digestOf;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mizan.doc.Document;
import org.mizan.synthesis.StoryDigest.SpeakerStatements;

/** One statement under two "who said what" headings shows they are one speaker (invented articles). */
class SharedWordsHeadingsTest {
  private static final String SAID = "السفن ستعود إلى الرصيف الشمالي بعد انتهاء أعمال الصيانة نهاية الشهر الجاري";

  private static List<String> headings(StoryDigest g) {
    return g.quotes().stream().map(SpeakerStatements::speaker).toList();
  }

  @Test
  void theUnknownSpeakersCopyOfANamedStatementIsThatSpeakers() {
    List<Document> ds = List.of(
        Docs.doc("u1", "صحيفة أ", "2024-09-01").para("وأعلنت إدارة الميناء التجاري أن " + SAID + ".")
            .quote("إدارة الميناء التجاري", null, SAID, "indirect", null).build(),
        Docs.doc("u2", "صحيفة ب", "2024-09-01").para("وجاء في البيان أن " + SAID + ".")
            .quote(null, null, SAID, "indirect", null).build());
    StoryDigest g = digestOf("s-unknown", ds, BudgetStory.entities());
    assertThat(headings(g)).containsExactly("إدارة الميناء التجاري");
    assertThat(g.quotes().get(0).statements()).singleElement().satisfies(s -> assertThat(s.outlets()).isEqualTo(2));
  }

  @Test
  void wordsTwoSpeakersPrintLeaveTheUnknownCopyUnknown() {
    List<Document> ds = List.of(
        Docs.doc("w1", "صحيفة أ", "2024-09-01").para("وأعلنت إدارة الميناء التجاري أن " + SAID + ".")
            .quote("إدارة الميناء التجاري", null, SAID, "indirect", null).build(),
        Docs.doc("w2", "صحيفة ب", "2024-09-01").para("وقال مصدر ملاحي إن " + SAID + ".")
            .quote("مصدر ملاحي", null, SAID, "indirect", null).build(),
        Docs.doc("w3", "صحيفة ج", "2024-09-01").para("وجاء في البيان أن " + SAID + ".")
            .quote(null, null, SAID, "indirect", null).build());
    assertThat(headings(digestOf("s-two", ds, BudgetStory.entities())))
        .containsExactlyInAnyOrder("إدارة الميناء التجاري", "مصدر ملاحي", WhoSaidWhat.UNKNOWN);
  }

  @Test
  void aHeadingNamingPartOfAnotherWithItsWordsIsOneSpeaker() {
    List<Document> ds = List.of(
        Docs.doc("p1", "صحيفة أ", "2024-09-01").para("وأوضحت الشركة الوطنية للأسمنت أن " + SAID + ".")
            .quote("الشركة الوطنية للأسمنت", null, SAID, "indirect", null).build(),
        Docs.doc("p2", "صحيفة ب", "2024-09-01").para("وأكدت الشركة أن " + SAID + ".")
            .quote("الشركة", null, SAID, "indirect", null)
            .para("وقالت الشركة إن الأرباح سترتفع في الربع المقبل بفضل الطلب المحلي.")
            .quote("الشركة", null, "الأرباح سترتفع في الربع المقبل بفضل الطلب المحلي", "indirect", null).build());
    StoryDigest g = digestOf("s-part", ds, BudgetStory.entities());
    assertThat(headings(g)).containsExactly("الشركة الوطنية للأسمنت");
    assertThat(g.quotes().get(0).statements()).hasSize(2);
  }

  @Test
  void unrelatedNamesPrintingOneStatementStayApart() {
    List<Document> ds = List.of(
        Docs.doc("r1", "صحيفة أ", "2024-09-01").para("وأوضحت الشركة الوطنية للأسمنت أن " + SAID + ".")
            .quote("الشركة الوطنية للأسمنت", null, SAID, "indirect", null).build(),
        Docs.doc("r2", "صحيفة ب", "2024-09-01").para("وأكدت هيئة الموانئ أن " + SAID + ".")
            .quote("هيئة الموانئ", null, SAID, "indirect", null).build());
    assertThat(headings(digestOf("s-apart", ds, BudgetStory.entities()))).hasSize(2);
  }

  @Test
  void oneStatementInTwoWordingsUnderOneHeadingOfTwoSpellingsIsOneStatement() {
    // the quotes stage compares a statement's copies per printed speaker; the heading joins two spellings
    List<Document> ds = List.of(
        Docs.doc("g1", "صحيفة أ", "2024-09-01")
            .para("وقالت السفارة الأميركية إن القنصلية ستستأنف إصدار التأشيرات للطلاب الأسبوع المقبل بعد توقف دام شهرين.")
            .quote("السفارة الأميركية", null,
                "القنصلية ستستأنف إصدار التأشيرات للطلاب الأسبوع المقبل بعد توقف دام شهرين", "indirect", null).build(),
        Docs.doc("g2", "صحيفة ب", "2024-09-01")
            .para("وأعلنت السفارة الأمريكية أن القنصلية ستستأنف إصدار التأشيرات للطلاب والباحثين مطلع الأسبوع المقبل.")
            .quote("السفارة الأمريكية", null,
                "القنصلية ستستأنف إصدار التأشيرات للطلاب والباحثين مطلع الأسبوع المقبل", "indirect", null).build());
    StoryDigest g = digestOf("s-spellings", ds, BudgetStory.entities());
    assertThat(headings(g)).hasSize(1);
    assertThat(g.quotes().get(0).statements()).singleElement().satisfies(s -> assertThat(s.outlets()).isEqualTo(2));
  }

  @Test
  void nameWordsDropTheArticleAndTheLinksOfANasab() {
    assertThat(SharedWordsHeadings.nameWords("علي بن عمير الشهراني")).containsExactlyInAnyOrder("علي", "عمير", "شهراني");
    assertThat(SharedWordsHeadings.nameWords("علي بن عمير آل جرمان الشهراني"))
        .containsAll(SharedWordsHeadings.nameWords("علي بن عمير الشهراني"));
  }
}
