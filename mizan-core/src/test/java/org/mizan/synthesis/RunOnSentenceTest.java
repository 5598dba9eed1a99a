package org.mizan.synthesis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mizan.doc.Document;
import org.mizan.stories.Story;
import org.mizan.synthesis.StoryDigest.SummarySentence;
import org.mizan.synthesis.StoryDigest.TimelineEvent;
import org.mizan.text.Span;

/** An outlet that prints a whole report with no full stop (or an unclosed quote) gets readable pieces. */
class RunOnSentenceTest {
  /** One invented run-on paragraph: clauses glued by commas and "و" with no full stop anywhere. */
  private static final String RUN_ON = String.join(" ",
      "عقد مجلس الإدارة اليوم الأحد اجتماعا طارئا لبحث مطالب العمال المعتصمين أمام مقر الشركة منذ أسبوعين،",
      "وذكر المكتب الإعلامي للشركة في بيان له أن «المجلس سيبحث زيادة الأجور وتحسين ظروف العمل في المصانع",
      "وانطلقت الاعتصامات في المصنع الرئيسي بالمدينة الصناعية وشارك فيها المئات من العمال والفنيين",
      "وطالب المعتصمون بزيادة الرواتب وتثبيت العقود المؤقتة وتحسين وسائل النقل إلى المصانع البعيدة",
      "وكان رئيس مجلس الإدارة قد وعد السبت بدراسة المطالب خلال أيام قليلة مع النقابة والوزارة المختصة",
      "فيما دعت النقابة العمال إلى الاستمرار في الاعتصام حتى تتحقق المطالب كلها دون استثناء أو تأجيل",
      "كما تظاهر عشرات العمال في مدينة الميناء احتجاجا على تأخر صرف الرواتب لشهرين متتاليين",
      "وفي مدينة الجنوب تجمع العمال أمام مكتب العمل وطالبوا بمحاسبة المسؤولين عن التأخير",
      "ويأتي ذلك في وقت تشهد فيه البلاد موجة من الاحتجاجات العمالية في قطاعات مختلفة");

  @Test
  void aRunOnSentenceIsCutIntoClausesThatCoverItInOrder() {
    List<Span> pieces = ClauseCutter.cut(RUN_ON, new Span(0, RUN_ON.length()));
    assertThat(RUN_ON.split("\\s+").length).isGreaterThan(2 * ClauseCutter.MAX_WORDS);
    assertThat(pieces).hasSizeGreaterThanOrEqualTo(3);
    int at = 0;
    for (Span p : pieces) {
      assertThat(p.start()).isGreaterThanOrEqualTo(at);
      assertThat(RUN_ON.substring(at, p.start()).replaceAll("[\\s،,]", "")).isEmpty(); // nothing skipped
      assertThat(p.of(RUN_ON).split("\\s+").length).isBetween(12, ClauseCutter.MAX_WORDS);
      at = p.end();
    }
    assertThat(RUN_ON.substring(at).trim()).isEmpty();
    // the first piece ends at the comma that ends its clause, without the comma
    assertThat(pieces.get(0).of(RUN_ON)).endsWith("منذ أسبوعين");
    // later pieces open at a clause opener
    assertThat(pieces.stream().skip(1).map(p -> p.of(RUN_ON).split(" ")[0]))
        .allMatch(w -> w.startsWith("و") || w.equals("فيما") || w.equals("كما"));
  }

  @Test
  void aShortSentenceIsLeftWhole() {
    String s = "وقال الوزير إن الحكومة ستدرس المطالب، وإن الاجتماع المقبل سيعقد الأسبوع القادم.";
    assertThat(ClauseCutter.cut(s, new Span(0, s.length()))).containsExactly(new Span(0, s.length()));
  }

  @Test
  void theDigestOfARunOnReportQuotesNoLineLongerThanAClause() {
    Document a = Docs.doc("r1", "صحيفة العمال", "2024-05-12").para(RUN_ON).date("اليوم الأحد", "2024-05-12").build();
    Document b = Docs.doc("r2", "وكالة الأنباء", "2024-05-12")
        .para("عقد مجلس إدارة الشركة اليوم الأحد اجتماعا طارئا لبحث مطالب العمال المعتصمين أمام مقرها.")
        .para("وطالب المعتصمون بزيادة الرواتب وتثبيت العقود المؤقتة وتحسين وسائل النقل.")
        .date("اليوم الأحد", "2024-05-12").build();
    Story story = new Story("s-run", "اعتصام العمال", List.of("r1", "r2"), List.of("صحيفة العمال", "وكالة الأنباء"),
        "2024-05-12", "2024-05-12", List.of());
    StoryDigest g = Synthesizer.digest(story, List.of(a, b), List.of());
    assertThat(g.summary()).isNotEmpty();
    for (SummarySentence s : g.summary()) assertThat(words(s.text())).isLessThanOrEqualTo(ClauseCutter.MAX_WORDS);
    assertThat(g.timeline()).isNotEmpty();
    for (TimelineEvent e : g.timeline()) assertThat(words(e.text())).isLessThanOrEqualTo(ClauseCutter.MAX_WORDS);
    // the pieces are still the article's words, cited at their offsets
    Map<String, Document> byId = Map.of("r1", a, "r2", b);
    for (SummarySentence s : g.summary()) {
      var c = s.citations().get(0);
      assertThat(byId.get(c.documentId()).body().substring(c.start(), c.end())).isEqualTo(s.text());
    }
  }

  private static int words(String s) {
    return s.trim().split("\\s+").length;
  }
}
