package org.mizan.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mizan.doc.Document;
import org.mizan.doc.Published;
import org.mizan.doc.RawArticle;
import org.mizan.entities.Mention;

/** The event-day and counterpart evidence of story clustering, on invented articles. */
class StoryEvidenceTest {

  static Document article(String id, String when, String headline, String lead) {
    RawArticle raw = new RawArticle(id, id, "text", List.of(lead), Map.of());
    return Document.of(raw).withMetadata(headline, new Published(when, "test", 1, false), "outlet-" + id, List.of(),
        null, null);
  }

  @Test
  void todayOnlineAndYesterdayInPrintNameTheSameEventDay() {
    // 2 Aug 2015 was a Sunday
    assertThat(EventDates.of("المجلس البلدي يعقد جلسته", "عقد المجلس البلدي اليوم الأحد جلسته الاعتيادية", "2015-08-02T21:00"))
        .containsExactly("2015-08-02");
    assertThat(EventDates.of(null, "عقد المجلس البلدي أمس الأحد جلسته الاعتيادية", "2015-08-03T06:00"))
        .containsExactly("2015-08-02");
    assertThat(EventDates.of(null, "عقد المجلس البلدي أمس جلسته", "2015-08-04")).containsExactly("2015-08-03");
  }

  @Test
  void datesFarFromPublicationOrWithoutADayAreNotEventDays() {
    assertThat(EventDates.of(null, "تأسس المجلس في 3 مارس 2001 وعقد أول جلساته في شهر مايو", "2015-08-02")).isEmpty();
    assertThat(EventDates.of(null, "عقد المجلس البلدي أمس جلسته", null)).isEmpty();
  }

  static final String COUNCIL = "عقد المجلس البلدي في محافظة الخرج %s جلسته الاعتيادية برئاسة رئيس المجلس، وناقش "
      + "تقارير لجنة الخدمات ومشاريع الطرق والحدائق وطلبات الأهالي المحالة من البلدية.";

  /** The hand-set score of {@code last} against the story of {@code first}, with the given event-day weight. */
  static double scoreAfter(Document first, Document last, double dateWeight) {
    StoryClusterer.Params d = StoryClusterer.Params.DEFAULT;
    var p = new StoryClusterer.Params(d.threshold(), d.tauHours(), d.windowHours(), d.numberWeight(), d.copyBoost(),
        d.mergeThreshold(), d.keepTerms(), d.indexedTerms(), d.queryTerms(), d.candidates(), d.headlineWeight(),
        d.graceHours(), d.floor(), d.floorBody(), d.counterpartWeight(), dateWeight, d.entityWeight());
    StoryClusterer c = new StoryClusterer(StoryState.inMemory(), p, null); // the hand-set score itself
    c.add(first);
    c.add(last);
    return c.lastScore;
  }

  @Test
  void aPrintEditionStatingTheSameDayScoresHigherAndAnotherDayNextDayScoresLower() {
    Document sun = article("sun", "2015-08-02T20:00", "بلدي الخرج يعقد جلسته الاعتيادية", COUNCIL.formatted("اليوم الأحد"));
    Document print = article("print", "2015-08-03T06:00", "بلدي الخرج يعقد جلسته الاعتيادية", COUNCIL.formatted("أمس الأحد"));
    Document mon = article("mon", "2015-08-03T20:00", "بلدي الخرج يعقد جلسته الاعتيادية", COUNCIL.formatted("اليوم الاثنين"));
    assertThat(scoreAfter(sun, print, 0.05)).isCloseTo(scoreAfter(sun, print, 0) + 0.05, within(1e-9));
    assertThat(scoreAfter(sun, mon, 0.05)).isCloseTo(scoreAfter(sun, mon, 0) - 0.05, within(1e-9));
  }

  @Test
  void beyondTheDateHorizonAnotherStatedDayIsLeftToTimeDecay() {
    Document sun = article("sun", "2015-08-02T20:00", "بلدي الخرج يعقد جلسته الاعتيادية", COUNCIL.formatted("اليوم الأحد"));
    Document thu = article("thu", "2015-08-06T20:00", "بلدي الخرج يعقد جلسته الاعتيادية", COUNCIL.formatted("اليوم الخميس"));
    assertThat(scoreAfter(sun, thu, 0.05)).isCloseTo(scoreAfter(sun, thu, 0), within(1e-9));
  }

  static StoryFeatures.Extracted extracted(String headline, Set<String> entities, Set<String> lead) {
    return new StoryFeatures.Extracted("d", "o", 0, null, headline, Map.of("term", 1.0), Map.of(), Set.of(), Set.of(),
        entities, lead);
  }

  static StoryFeatures.Extracted extracted(Set<String> entities, Set<String> lead) {
    return extracted("الملك يهنئ رئيس جامايكا بذكرى الاستقلال", entities, lead);
  }

  static StoryCluster story(List<Set<String>> leads) {
    StoryCluster c = new StoryCluster("st", 0);
    for (Set<String> l : leads) c.addEntities(l, l);
    return c;
  }

  @Test
  void theSameActorWithAnotherCounterpartConflicts() {
    // the story: the king congratulates Niger, named in every lead
    StoryCluster niger = story(List.of(Set.of("الملك", "النيجر"), Set.of("الملك", "النيجر"), Set.of("النيجر")));
    assertThat(Counterparts.counterpartConflict(extracted(Set.of("الملك", "جامايكا"), Set.of("الملك", "جامايكا")), niger))
        .isTrue();
    // another report of the same event names Niger somewhere: no conflict
    assertThat(Counterparts.counterpartConflict(
        extracted(Set.of("الملك", "جامايكا", "النيجر"), Set.of("الملك", "جامايكا")), niger)).isFalse();
    // an article naming nobody new: no conflict
    assertThat(Counterparts.counterpartConflict(extracted(Set.of("الملك"), Set.of("الملك")), niger)).isFalse();
    // without entity mentions the rule never fires
    assertThat(Counterparts.counterpartConflict(extracted(Set.of(), Set.of()), niger)).isFalse();
  }

  @Test
  void aNewEntityOnlyInTheLeadButNotInTheHeadlineIsNoConflict() {
    StoryCluster niger = story(List.of(Set.of("الملك", "النيجر"), Set.of("الملك", "النيجر"), Set.of("النيجر")));
    assertThat(Counterparts.counterpartConflict(
        extracted("الملك يبعث برقية تهنئة", Set.of("الملك", "جامايكا"), Set.of("الملك", "جامايكا")), niger)).isFalse();
  }

  @Test
  void aShorterNameOfAPlaceTheStoryNamesIsNoNewCounterpart() {
    // the story: the embassy in "جمهورية المالديف" opens, the ministry named in every lead
    StoryCluster embassy = story(List.of(Set.of("وزاره الخارجيه", "جمهوريه المالديف"),
        Set.of("وزاره الخارجيه", "جمهوريه المالديف")));
    embassy.addPlaces(List.of("جمهوريه المالديف"));
    StoryFeatures.Extracted print = new StoryFeatures.Extracted("d", "o", 0, null, "سفارة المملكة في المالديف تباشر أعمالها",
        Map.of("term", 1.0), Map.of(), Set.of(), Set.of(), Set.of("المالديف", "جمهوريه المالديف"),
        Set.of("المالديف", "جمهوريه المالديف"), List.of(), Set.of("المالديف", "جمهوريه المالديف"), null);
    assertThat(Counterparts.counterpartConflict(print, embassy)).isFalse();
    // another country in the headline is a new counterpart
    StoryFeatures.Extracted other = new StoryFeatures.Extracted("d", "o", 0, null, "سفارة المملكة في موريشيوس تباشر أعمالها",
        Map.of("term", 1.0), Map.of(), Set.of(), Set.of(), Set.of("موريشيوس"), Set.of("موريشيوس"), List.of(),
        Set.of("موريشيوس"), null);
    assertThat(Counterparts.counterpartConflict(other, embassy)).isTrue();
  }

  @Test
  void aDayOneArticleOfTheStoryMentionsInPassingIsNotTheStorysDay() {
    String match = "فاز الفريق الأول لكرة القدم بنادي الساحل على ضيفه فريق الوادي بهدفين مقابل هدف في المباراة الودية "
        + "التي جمعتهما %s ضمن معسكره الإعدادي للموسم الجديد، وسجل الهدفين مهاجم الفريق وصانع ألعابه.";
    Document sun = article("sun", "2015-08-02T20:00", "الساحل يكسب الوادي وديا", match.formatted("اليوم الأحد"));
    Document sun2 = article("sun2", "2015-08-02T21:00", "الساحل يتغلب على الوادي",
        match.formatted("اليوم الأحد") + " ويلاقي الفريق نظيره فريق الجبل يوم الأربعاء المقبل.");
    Document sun3 = article("sun3", "2015-08-02T22:00", "فوز ودي للساحل على الوادي", match.formatted("اليوم الأحد"));
    String preview = "يخوض الفريق الأول لكرة القدم بنادي الساحل غدا الأربعاء مباراته الودية أمام فريق الجبل ضمن معسكره "
        + "الإعدادي للموسم الجديد، ويسعى المدرب إلى تجربة عناصره الجديدة قبل انطلاق الدوري.";
    Document tue = article("tue", "2015-08-04T18:00", "الساحل يلاقي الجبل غدا", preview);
    StoryClusterer.Params d = StoryClusterer.Params.DEFAULT;
    StoryClusterer c = new StoryClusterer(StoryState.inMemory(), d);
    String story = c.add(sun);
    assertThat(c.add(sun2)).isEqualTo(story);
    assertThat(c.add(sun3)).isEqualTo(story);
    StoryFeatures.Extracted e = StoryFeatures.extract(tue);
    assertThat(e.eventDates()).containsExactly("2015-08-05");
    // the story states Sunday three times and Wednesday once (in passing): Wednesday's preview gets no bonus
    StoryCluster s = c.state().get(story);
    assertThat(s.eventDates).containsEntry("2015-08-02", 3).containsEntry("2015-08-05", 1);
    assertThat(EventAgreement.sharesEventDay(e.eventDates(), s)).isFalse();
    assertThat(EventAgreement.sharesEventDay(Set.of("2015-08-02"), s)).isTrue();
  }

  @Test
  void aCounterpartNamedOnceIsNotYetTheStorysKey() {
    StoryCluster once = story(List.of(Set.of("الملك", "النيجر")));
    assertThat(Counterparts.counterpartConflict(extracted(Set.of("الملك", "جامايكا"), Set.of("جامايكا")), once)).isFalse();
  }

  @Test
  void entityMentionsBecomeTheArticlesEntitiesAndThoseOfItsLeadApart() {
    String lead = "استقبل ولي العهد في الرياض اليوم وزير خارجية النيجر.";
    String filler = "وتناول اللقاء العلاقات الثنائية وسبل تعزيزها في مختلف المجالات، إضافة إلى مستجدات الأوضاع في المنطقة. ";
    String later = filler.repeat(3) + "وكان الوزير قد زار جامايكا.";
    Document d = Document.of(new RawArticle("e", "e", "text", List.of(lead, later), Map.of()));
    int r = lead.indexOf("الرياض");
    int n = lead.indexOf("النيجر");
    int j = lead.length() + 2 + later.indexOf("جامايكا");
    d = d.withMentions(List.of(new Mention(r, r + 6, "الرياض", "LOC", null, null),
        new Mention(n, n + 6, "النيجر", "LOC", null, null), new Mention(j, j + 7, "جامايكا", "LOC", null, null),
        new Mention(0, 6, "استقبل", "MISC", null, null)));
    StoryFeatures.Extracted e = StoryFeatures.extract(d);
    // matching form, the article clitic stripped (as in-document resolution does for the canonical name)
    assertThat(e.entities()).containsExactly("رياض", "نيجر", "جامايكا");
    assertThat(e.leadEntities()).containsExactly("رياض", "نيجر");
  }
}
