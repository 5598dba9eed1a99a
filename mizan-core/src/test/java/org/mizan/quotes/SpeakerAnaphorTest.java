package org.mizan.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mizan.doc.Document;
import org.mizan.doc.RawArticle;
import org.mizan.entities.Entity;
import org.mizan.entities.Mention;
import org.mizan.pipeline.Corpus;

/** {@code وقالت الوزارة}: an institution named by its head alone is the document's one such organisation. */
class SpeakerAnaphorTest {
  private static final Entity HEALTH = new Entity("o1", "وزارة الصحة", "ORG", List.of("وزارة الصحة"), List.of(),
      List.of("a"), 1);
  private static final Entity FINANCE = new Entity("o2", "وزارة المالية", "ORG", List.of("وزارة المالية"), List.of(),
      List.of("a"), 1);

  private static Quote said(String speaker, int at) {
    return new Quote(new Quote.Speaker(speaker, null, null), "ستبدأ الحملة الأسبوع المقبل", "indirect", "وقالت", null,
        at, at + 20);
  }

  private static List<Quote> linked(List<Mention> mentions, Quote q) {
    Document d = Document.of(new RawArticle("a", "a", "text", List.of("x"), Map.of())).withMentions(mentions)
        .withQuotes(List.of(q));
    return new SpeakerLinker().apply(Corpus.of(List.of(d)).withEntities(List.of(HEALTH, FINANCE)))
        .documents().get(0).quotes();
  }

  @Test
  void theHeadAloneIsTheOrganisationNamedBefore() {
    Mention health = new Mention(10, 21, "وزارة الصحة", "ORG", "o1", null, "وزارة الصحة");
    Quote q = linked(List.of(health), said("الوزارة", 100)).get(0);
    assertThat(q.speaker().canonical()).isEqualTo("وزارة الصحة");
    assertThat(q.speaker().entityId()).isEqualTo("o1");
  }

  @Test
  void twoCandidatesOrNoneBeforeLeaveThePrintedHead() {
    Mention health = new Mention(10, 21, "وزارة الصحة", "ORG", "o1", null, "وزارة الصحة");
    Mention finance = new Mention(40, 53, "وزارة المالية", "ORG", "o2", null, "وزارة المالية");
    assertThat(linked(List.of(health, finance), said("الوزارة", 100)).get(0).speaker().entityId()).isNull();
    assertThat(linked(List.of(health), said("الوزارة", 5)).get(0).speaker().entityId()).isNull();
    assertThat(linked(List.of(health), said("الهيئة", 100)).get(0).speaker().entityId()).isNull();
  }

  @Test
  void aLastWordStandsForTheOneNameEndingWithItOnlyWhenTheArticleNamesIt() {
    Entity council = new Entity("o3", "مجلس كبار الخبراء", "ORG", List.of(), List.of(), List.of("b"), 1);
    Quote q = new Quote(new Quote.Speaker("الخبراء", null, null), "الكوكب أقدم مما كان يعتقد", "indirect", "وقال",
        null, 100, 120);
    Document d = Document.of(new RawArticle("a", "a", "text", List.of("x"), Map.of())).withQuotes(List.of(q));
    Corpus run = Corpus.of(List.of(d)).withEntities(List.of(council));
    assertThat(new SpeakerLinker().apply(run).documents().get(0).quotes().get(0).speaker().entityId()).isNull();
    Mention named = new Mention(10, 27, "مجلس كبار الخبراء", "ORG", "o3", null, "مجلس كبار الخبراء");
    Corpus namedRun = Corpus.of(List.of(d.withMentions(List.of(named)))).withEntities(List.of(council));
    assertThat(new SpeakerLinker().apply(namedRun).documents().get(0).quotes().get(0).speaker().entityId()).isEqualTo("o3");
  }
}
