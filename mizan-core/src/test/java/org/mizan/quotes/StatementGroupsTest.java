package org.mizan.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mizan.doc.Document;
import org.mizan.doc.RawArticle;
import org.mizan.entities.Entity;
import org.mizan.pipeline.Corpus;

class StatementGroupsTest {
  @Test
  void spellingAndDerivationVariantsMatch() {
    double s = StatementGroups.similarity("من الممكن مناقشة بعض الاقتراحات الأميركية",
        "من الممكن مناقشة بعض المقترحات الأمريكية");
    assertThat(s).isGreaterThan(0.8);
    assertThat(StatementGroups.similarity("وأعتقد أنّنا أحرزنا بعض التقدّم فيه", "وأعتقد أننا أحرزنا بعض التقدم فيه"))
        .isEqualTo(1.0);
    assertThat(StatementGroups.similarity("ستنخفض أسعار النفط في الربع الثالث", "لن نقبل بأي تسوية على حساب أرضنا"))
        .isLessThan(StatementGroups.THRESHOLD);
  }

  private static Document doc(String id, Quote... quotes) {
    Document d = Document.of(new RawArticle(id, id, "text", List.of("x"), Map.of()));
    return d.withQuotes(List.of(quotes));
  }

  private static Quote q(String speaker, String text) {
    return new Quote(new Quote.Speaker(speaker, null, null), text, "direct", "قال", null, 0, text.length());
  }

  @Test
  void groupsOnlyTheSameSpeakerAcrossDocuments() {
    Document a = doc("a", q("سامي العلي", "سنبدأ تنفيذ المشروع خلال العام المقبل بكل تأكيد"),
        q("هدى الناصر", "سنبدأ تنفيذ المشروع خلال العام المقبل بكل تأكيد"));
    Document b = doc("b", q("العلي", "سنبدأ بتنفيذ المشروع خلال العام المقبل"));
    Document c = doc("c", q("سامي العلي", "الأسعار ستبقى مستقرة حتى نهاية السنة"));
    List<StatementGroup> groups = StatementGroups.group(List.of(a, b, c));
    assertThat(groups).hasSize(1);
    StatementGroup g = groups.get(0);
    assertThat(g.speaker()).isEqualTo("سامي العلي");
    assertThat(g.members()).containsExactlyInAnyOrder(new StatementGroup.Member("a", 0), new StatementGroup.Member("b", 0));
    assertThat(g.documents()).isEqualTo(2);
  }

  @Test
  void speakerLinkerMapsNamesAndShortFormsToEntities() {
    Document a = doc("a", q("ماركو روبيو", "نص"), q("روبيو", "نص آخر"),
        new Quote(new Quote.Speaker(null, "مسؤول في البيت الأبيض", null), "نص", "direct", "قال", null, 0, 2));
    Entity rubio = new Entity("e1", "ماركو روبيو", "PER", List.of("روبيو", "ماركو روبيو"), List.of(), List.of("a"), 2);
    Corpus out = new SpeakerLinker().apply(Corpus.of(List.of(a)).withEntities(List.of(rubio)));
    List<Quote> qs = out.documents().get(0).quotes();
    assertThat(qs.get(0).speaker().entityId()).isEqualTo("e1");
    assertThat(qs.get(1).speaker().canonical()).isEqualTo("ماركو روبيو");
    assertThat(qs.get(1).speaker().entityId()).isEqualTo("e1");
    assertThat(qs.get(2).speaker().entityId()).isNull();
    assertThat(new SpeakerLinker().apply(Corpus.of(List.of(a))).documents().get(0)).isEqualTo(a);
  }
}
