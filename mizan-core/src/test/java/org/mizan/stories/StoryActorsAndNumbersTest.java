package org.mizan.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mizan.doc.Document;
import org.mizan.doc.Published;
import org.mizan.doc.RawArticle;
import org.mizan.entities.Mention;
import org.mizan.text.ArabicNormalization;

/** The headline-actor conflict and counted numbers of story clustering, on invented articles. */
class StoryActorsAndNumbersTest {

  static final String PARTY = "أقامت %s مساء أمس حفل معايدة لمنسوبيها بمناسبة عيد الفطر المبارك، بحضور عدد من "
      + "المسؤولين والموظفين، حيث تبادل الحضور التهاني والتبريكات بهذه المناسبة السعيدة، وتضمن الحفل كلمات وقصائد.";

  /** An Eid party article of {@code org}, which the entity stages tagged in the lead. */
  static Document party(String id, String outlet, String org, String headline) {
    String lead = PARTY.formatted(org);
    int at = lead.indexOf(org);
    RawArticle raw = new RawArticle(id, id, "text", List.of(lead), Map.of());
    return Document.of(raw)
        .withMetadata(headline, new Published("2015-07-23T08:00", "test", 1, false), outlet, List.of(), null, null)
        .withMentions(List.of(new Mention(at, at + org.length(), org, "ORG", null, null)));
  }

  static StoryClusterer.Params withActorWeight(double w) {
    StoryClusterer.Params d = StoryClusterer.Params.DEFAULT;
    return new StoryClusterer.Params(d.threshold(), d.tauHours(), d.windowHours(), d.numberWeight(), d.copyBoost(),
        d.mergeThreshold(), d.keepTerms(), d.indexedTerms(), d.queryTerms(), d.candidates(), d.headlineWeight(),
        d.graceHours(), d.floor(), d.floorBody(), d.counterpartWeight(), d.dateWeight(), d.entityWeight(), w,
        d.actorYoung());
  }

  @Test
  void theHeadlineActorIsAPersonOrOrganisationOfTheLeadThatTheHeadlineNames() {
    StoryFeatures.Extracted e = StoryFeatures.extract(
        party("a", "o", "وزارة النقل", "وزارة النقل تقيم حفل معايدة لمنسوبيها"));
    assertThat(e.headlineActors()).containsExactly(ArabicNormalization.normalize("وزارة النقل"));
    // a headline that does not name the organisation has no actor
    assertThat(StoryFeatures.extract(party("b", "o", "وزارة النقل", "حفل معايدة لمنسوبي الوزارة")).headlineActors())
        .isEmpty();
  }

  @Test
  void theSameKindOfEventByAnotherActorStartsAnotherStory() {
    Document transport = party("t", "jazirah", "وزارة النقل", "وزارة النقل تقيم حفل معايدة لمنسوبيها");
    Document municipality = party("m", "jazirah", "أمانة منطقة الرياض", "أمانة منطقة الرياض تقيم حفل معايدة لمنسوبيها");
    Document transport2 = party("t2", "yaum", "وزارة النقل", "وزارة النقل تعايد منسوبيها");
    // without the rule the template joins the two parties: the test would not show anything otherwise
    Map<String, String> blind = new StoryClusterer(StoryState.inMemory(), withActorWeight(0))
        .addAll(List.of(transport, municipality));
    assertThat(blind.get("m")).isEqualTo(blind.get("t"));
    Map<String, String> out = new StoryClusterer(StoryState.inMemory())
        .addAll(List.of(transport, municipality, transport2));
    assertThat(out.get("m")).isNotEqualTo(out.get("t"));
    // another outlet's report of the same party joins it
    assertThat(out.get("t2")).isEqualTo(out.get("t"));
  }

  @Test
  void aShorterOrFullerNameOfTheSameActorIsNoConflict() {
    StoryCluster c = new StoryCluster("st", 0);
    c.addEntities(Set.of("جون كيري", "الدوحه"), Set.of("جون كيري"));
    c.addHeadlineActors(List.of("جون كيري"));
    StoryFeatures.Extracted kerry = new StoryFeatures.Extracted("d", "o", 0, null, "كيري يلتقي الوزراء", Map.of(),
        Map.of(), Set.of(), Set.of(), Set.of("كيري"), Set.of("كيري"), List.of("كيري"));
    assertThat(ActorConflict.actorConflict(kerry, c)).isFalse();
    StoryFeatures.Extracted other = new StoryFeatures.Extracted("d", "o", 0, null, "لافروف يلتقي الوزراء", Map.of(),
        Map.of(), Set.of(), Set.of(), Set.of("لافروف"), Set.of("لافروف"), List.of("لافروف"));
    assertThat(ActorConflict.actorConflict(other, c)).isTrue();
    // an article whose headline names no actor never conflicts
    StoryFeatures.Extracted none = new StoryFeatures.Extracted("d", "o", 0, null, "اجتماع في الدوحة", Map.of(),
        Map.of(), Set.of(), Set.of(), Set.of("لافروف"), Set.of("لافروف"), List.of());
    assertThat(ActorConflict.actorConflict(none, c)).isFalse();
  }

  @Test
  void aOneWordPlaceIsNotAShorterFormOfAnOrganisationNamedAfterIt() {
    // the story: the Riyadh municipality's party; the article: the transport ministry's, held "بالرياض"
    StoryCluster municipality = new StoryCluster("st", 0);
    municipality.addEntities(Set.of("امانه منطقه الرياض"), Set.of("امانه منطقه الرياض"));
    municipality.addHeadlineActors(List.of("امانه منطقه الرياض"));
    StoryFeatures.Extracted transport = new StoryFeatures.Extracted("d", "o", 0, null, "وزارة النقل تقيم حفل معايدة",
        Map.of(), Map.of(), Set.of(), Set.of(), Set.of("وزاره النقل", "الرياض"), Set.of("وزاره النقل"),
        List.of("وزاره النقل"), Set.of("الرياض"), null);
    assertThat(ActorConflict.actorConflict(transport, municipality)).isTrue();
    // a club's one-word name stands for the club's longer name
    StoryCluster club = new StoryCluster("st2", 1);
    club.addEntities(Set.of("نادي الهلال", "النمسا"), Set.of("نادي الهلال"));
    club.addHeadlineActors(List.of("نادي الهلال"));
    club.addPlaces(List.of("النمسا"));
    StoryFeatures.Extracted hilal = new StoryFeatures.Extracted("d", "o", 0, null, "الهلال يواجه العين وديا",
        Map.of(), Map.of(), Set.of(), Set.of(), Set.of("الهلال", "العين"), Set.of("الهلال", "العين"),
        List.of("الهلال"), Set.of(), null);
    assertThat(ActorConflict.actorConflict(hilal, club)).isFalse();
  }

  @Test
  void aHeadlineNamingAnOrganisationWithoutItsHeadStillNamesItsActor() {
    String lead = "أقامت وزارة الخدمة المدنية مساء أمس حفل معايدة لمنسوبيها بمناسبة عيد الفطر المبارك.";
    int at = lead.indexOf("وزارة الخدمة المدنية");
    Document d = Document.of(new RawArticle("c", "c", "text", List.of(lead), Map.of()))
        .withMetadata("«الخدمة المدنية» تعايد منسوبيها", Published.UNKNOWN, "o", List.of(), null, null)
        .withMentions(List.of(new Mention(at, at + "وزارة الخدمة المدنية".length(), "وزارة الخدمة المدنية", "ORG",
            null, null)));
    assertThat(StoryFeatures.extract(d).headlineActors())
        .containsExactly(ArabicNormalization.normalize("وزارة الخدمة المدنية"));
  }

  @Test
  void aStoryWhoseFirstHeadlineNamesNoActorTakesItsLeadsFirstOrganisation() {
    // the first report's headline names nobody; its lead names the organisation holding the party
    Document first = party("f", "jazirah", "هيئة تقويم التعليم", "حفل معايدة لمنسوبي الهيئة");
    Document transport = party("t", "jazirah", "وزارة النقل", "وزارة النقل تقيم حفل معايدة لمنسوبيها");
    Document again = party("a", "yaum", "هيئة تقويم التعليم", "هيئة تقويم التعليم تعايد منسوبيها");
    Map<String, String> out = new StoryClusterer(StoryState.inMemory()).addAll(List.of(first, transport, again));
    assertThat(out.get("t")).isNotEqualTo(out.get("f"));
    assertThat(out.get("a")).isEqualTo(out.get("f"));
  }

  @Test
  void aNameWrittenWithOrWithoutTheSpaceAfterAbdIsTheSameName() {
    java.util.function.Predicate<String> person = n -> true;
    assertThat(NameMatch.namesAny("سلمان بن عبد العزيز", Set.of("سلمان بن عبدالعزيز ال سعود"), person)).isTrue();
    assertThat(NameMatch.namesAny("سلمان بن عبد العزيز", Set.of("سلمان بن عبدالله"), person)).isFalse();
  }

  /** The default parameters without the counterpart conflict, which would tell the parties apart as well. */
  static StoryClusterer.Params actorOnly() {
    StoryClusterer.Params d = StoryClusterer.Params.DEFAULT;
    return new StoryClusterer.Params(d.threshold(), d.tauHours(), d.windowHours(), d.numberWeight(), d.copyBoost(),
        d.mergeThreshold(), d.keepTerms(), d.indexedTerms(), d.queryTerms(), d.candidates(), d.headlineWeight(),
        d.graceHours(), d.floor(), d.floorBody(), 0, d.dateWeight(), d.entityWeight(), d.actorWeight(), d.actorYoung());
  }

  /** Five outlets' reports of one ministry's Eid party. */
  static List<Document> fiveReportsOfOneParty() {
    List<Document> docs = new java.util.ArrayList<>();
    for (String o : new String[] {"jazirah", "yaum", "riyadh", "okaz", "madina"}) {
      docs.add(party("t" + o, o, "وزارة النقل", "وزارة النقل تقيم حفل معايدة لمنسوبيها"));
    }
    return docs;
  }

  @Test
  void theActorConflictHoldsForStoriesOfAnySize() {
    List<Document> docs = fiveReportsOfOneParty();
    docs.add(party("h", "jazirah", "وزارة الصحة", "وزارة الصحة تقيم حفل معايدة لمنسوبيها"));
    Map<String, String> out = new StoryClusterer(StoryState.inMemory(), actorOnly()).addAll(docs);
    assertThat(out.get("tokaz")).isEqualTo(out.get("tjazirah"));
    assertThat(out.get("h")).isNotEqualTo(out.get("tjazirah"));
  }

  @Test
  void aHeadlineNamingNobodyIsHeldToItsLeadsActorByAnEstablishedStory() {
    List<Document> docs = fiveReportsOfOneParty();
    // another outlet's report of the ministry's party, under a headline that names nobody: it joins
    docs.add(party("m", "sabq", "وزارة النقل", "حفل معايدة لمنسوبي الوزارة"));
    // another body's party, under a headline that names nobody either: it does not
    docs.add(party("n", "watan", "هيئة تقويم التعليم", "حفل معايدة لمنسوبي الهيئة"));
    Map<String, String> out = new StoryClusterer(StoryState.inMemory(), actorOnly()).addAll(docs);
    assertThat(out.get("n")).isNotEqualTo(out.get("tjazirah"));
    assertThat(out.get("m")).isEqualTo(out.get("tjazirah"));
  }

  static Set<String> numbers(String headline, String lead) {
    RawArticle raw = new RawArticle("n", "n", "text", List.of(lead), Map.of());
    return StoryFeatures.extract(Document.of(raw).withMetadata(headline, Published.UNKNOWN, "o", List.of(), null, null))
        .numbers();
  }

  @Test
  void aSmallNumberCountsSomethingAndOnlyTheSameThingMatches() {
    Set<String> graduates = numbers("تخريج 63 مستفيدا من برنامج الرعاية", "احتفل المركز بتخريج 63 مستفيدا.");
    Set<String> dollars = numbers("حكم يلزم شركة بدفع 63 مليون دولار", "قضت المحكمة بإلزام الشركة بدفع 63 مليون دولار.");
    Set<String> graduates2 = numbers("المركز يخرج 63 مستفيدًا", "تخرج 63 مستفيدا من البرنامج.");
    assertThat(graduates).isNotEmpty().doesNotContainAnyElementsOf(dollars);
    assertThat(graduates2).containsAnyElementsOf(graduates);
  }

  @Test
  void largeNumbersAndDecimalsMatchWhateverFollowsThem() {
    assertThat(numbers("نمو العمليات 11.8 %", "نمت العمليات 11.8 في المائة وبلغت 9372 عملية."))
        .contains("11.8", "9372");
    assertThat(numbers("المؤشر يغلق عند 9372 نقطة", "أغلق المؤشر عند 9372 نقطة.")).contains("9372");
  }
}
