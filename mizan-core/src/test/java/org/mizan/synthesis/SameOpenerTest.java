package org.mizan.synthesis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mizan.synthesis.SynthesizerTest.digestOf;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mizan.doc.Document;
import org.mizan.synthesis.StoryDigest.SummarySentence;

/** A summary line retelling a chosen one in other words, opened with the same verb on the same actor (invented articles). */
class SameOpenerTest {
  private static final String CHIEF = "per-chief";

  private static List<String> summary(List<Document> ds) {
    return digestOf("s-opener", ds, List.of()).summary().stream().map(SummarySentence::text).toList();
  }

  @Test
  void theSameCallInAnotherOutletsWordsIsToldOnce() {
    String first = "دعا رئيس المجلس الوطني سالم الكعبي في كلمة متلفزة أمس المواطنين إلى التهدئة وضبط النفس بعد مواجهات الحي القديم.";
    String again = "ودعا الكعبي، في أول خطاب له، المواطنين في الحي القديم إلى التهدئة ووقف المواجهات حفاظا على الأرواح.";
    List<Document> ds = List.of(
        Docs.doc("c1", "صحيفة أ", "2024-10-05").para(first)
            .para("وأغلقت الشرطة مداخل الحي القديم ونشرت دوريات في الشوارع المحيطة به طوال الليل.")
            .person("سالم الكعبي", CHIEF).build(),
        Docs.doc("c2", "صحيفة ب", "2024-10-05")
            .para("شهد الحي القديم في العاصمة مواجهات بين مجموعات من الشبان استمرت حتى ساعات الفجر الأولى.")
            .para(again)
            .person("الكعبي", CHIEF).build());
    List<String> lines = summary(ds);
    assertThat(lines).contains(first).doesNotContain(again);
  }

  @Test
  void twoAthletesMedalsToldAlikeAreTwoFacts() {
    String gold = "حقق العداء سامر الفلاني الميدالية الذهبية في سباق الجري الطويل بعد منافسة قوية مع عدائي المنتخبات الأخرى.";
    String silver = "وحقق العداء ماجد العلاني الميدالية الفضية في سباق الجري الطويل للناشئين في اليوم الثاني من البطولة.";
    List<Document> ds = List.of(
        Docs.doc("m1", "صحيفة أ", "2024-10-05").para(gold)
            .para("وتختتم البطولة الدولية لألعاب القوى يوم الجمعة المقبل بمشاركة أربعين منتخبا من القارات الخمس.")
            .person("سامر الفلاني", "per-gold").build(),
        Docs.doc("m2", "صحيفة ب", "2024-10-05")
            .para("واصل منتخب ألعاب القوى حصد الميداليات في البطولة الدولية المقامة في العاصمة بمشاركة واسعة.")
            .para(silver)
            .person("ماجد العلاني", "per-silver").build());
    assertThat(summary(ds)).contains(gold, silver);
  }

  @Test
  void oneActorsTwoResultsWithOtherNumbersAreTwoFacts() {
    String quarter = "سجلت شركة الواحة للإسمنت أرباحا صافية بلغت 120 مليون ريال خلال الربع الثاني مقارنة بالربع المماثل.";
    String half = "وسجلت شركة الواحة للإسمنت أرباحا صافية بلغت 310 ملايين ريال خلال النصف الأول مقارنة بالفترة المماثلة.";
    List<Document> ds = List.of(
        Docs.doc("n1", "صحيفة أ", "2024-10-05").para(quarter)
            .para("وعزت الشركة تراجع الأرباح إلى انخفاض أسعار البيع في السوق المحلية وارتفاع تكاليف الطاقة.")
            .person("شركة الواحة للإسمنت", "org-cement").build(),
        Docs.doc("n2", "صحيفة ب", "2024-10-05")
            .para("أعلنت شركات الإسمنت المدرجة في السوق نتائجها المالية للربع الثاني من العام الجاري أمس.")
            .para(half)
            .person("شركة الواحة للإسمنت", "org-cement").build());
    assertThat(summary(ds)).contains(quarter, half);
  }

  @Test
  void theOpenerIsTheFirstContentWordWithoutItsConjunction() {
    assertThat(SameOpener.opener(org.mizan.text.Tokenizer.tokenize("ودعا الملا إلى الوحدة")))
        .isEqualTo(SameOpener.opener(org.mizan.text.Tokenizer.tokenize("دعا زعيم الحركة إلى الوحدة")));
    assertThat(SameOpener.opener(org.mizan.text.Tokenizer.tokenize("وقال الوزير إن الخطة جاهزة"))).isEqualTo("قال");
    assertThat(SameOpener.opener(org.mizan.text.Tokenizer.tokenize("وكان الوزير قد أعلن الخطة"))).isNull();
  }
}
