package org.mizan.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mizan.doc.Document;
import org.mizan.doc.Published;
import org.mizan.doc.RawArticle;
import org.mizan.entities.Mention;

/**
 * What two headlines share beyond names (round 13): another outlet's report of one event shares the
 * act or its object ("يعين … زعيما"), while the same actor's next event shares only the names
 * ("حركة الأنصار … الملا كريم").
 */
class StoryHeadlineWordsTest {
  static Document article(String id, String outlet, String when, String headline, String lead, List<String[]> names) {
    Document d = Document.of(new RawArticle(id, id, "text", List.of(lead), Map.of()))
        .withMetadata(headline, new Published(when, "test", 1, false), outlet, List.of(), null, null);
    List<Mention> ms = new ArrayList<>();
    for (String[] n : names) {
      int at = d.body().indexOf(n[0]);
      if (at >= 0) ms.add(new Mention(at, at + n[0].length(), n[0], n[1], null, null));
    }
    return d.withMentions(ms);
  }

  static final List<String[]> NAMES = List.of(new String[] {"حركة الأنصار", "ORG"}, new String[] {"الملا كريم", "PER"},
      new String[] {"قندوز", "LOC"});

  /** The evidence of {@code next} against the story of {@code first}. */
  static JoinEvidence evidence(Document first, Document next) {
    StoryClusterer c = new StoryClusterer(StoryState.inMemory(), StoryClusterer.Params.DEFAULT, null);
    c.addObserved(first, null, (ev, s) -> { });
    List<JoinEvidence> seen = new ArrayList<>();
    c.addObserved(next, null, (ev, s) -> seen.add(ev));
    assertThat(seen).hasSize(1);
    return seen.get(0);
  }

  static final Document NAMED = article("a1", "okaz", "2025-05-01T10:00", "حركة الأنصار تعين الملا كريم زعيما جديدا لها",
      "أعلنت حركة الأنصار اليوم تعيين الملا كريم زعيما جديدا لها خلفا لزعيمها الراحل بعد اجتماع لمجلس الشورى.", NAMES);

  @Test
  void anotherOutletsReportSharesMoreThanNames() {
    Document other = article("a2", "yaum", "2025-05-01T12:00", "الملا كريم زعيما لحركة الأنصار",
        "اختارت حركة الأنصار الملا كريم زعيما جديدا لها في اجتماع لمجلس الشورى بعد وفاة زعيمها.", NAMES);
    JoinEvidence ev = evidence(NAMED, other);
    assertThat(ev.headline()).isPositive();
    assertThat(ev.headlineWords()).isPositive();
    assertThat(ev.features()[JoinEvidence.NAMES.indexOf("same_actor_no_words")]).isZero();
  }

  @Test
  void theSameActorsNextEventSharesOnlyTheNames() {
    Document next = article("b1", "riyadh", "2025-05-03T10:00", "الملا كريم: حركة الأنصار تتبنى هجوم قندوز",
        "تبنت حركة الأنصار اليوم هجوما بسيارة مفخخة في مدينة قندوز أسفر عن مقتل عشرين شخصا، وفق بيان أصدره الملا كريم.",
        NAMES);
    JoinEvidence ev = evidence(NAMED, next);
    assertThat(ev.headline()).isPositive();
    assertThat(ev.headlineWords()).isZero();
    assertThat(ev.sameActor()).isTrue();
    assertThat(ev.features()[JoinEvidence.NAMES.indexOf("same_actor_no_words")]).isEqualTo(1.0);
  }

  @Test
  void nameTermsAreTheWordsOfPersonOrganisationAndPlaceNames() {
    assertThat(StoryClusterer.nameTerms(NAMED)).contains(StoryFeatures.term(org.mizan.text.Tokenizer.tokenize("كريم").get(0)))
        .doesNotContain(StoryFeatures.term(org.mizan.text.Tokenizer.tokenize("زعيما").get(0)));
  }
}
