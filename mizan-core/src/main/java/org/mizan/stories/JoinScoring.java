package org.mizan.stories;

import java.util.Map;

/**
 * The evidence for an article joining a candidate story ({@link JoinEvidence}): text similarity
 * decayed by the time gap, agreement of figures and stated days, shared entities, copied text, the
 * conflicts and vetoes, and the hand-set score they add up to. The learned model reads the same
 * evidence; which of the two decides is the clusterer's choice.
 */
final class JoinScoring {
  private final StoryClusterer.Params params;
  private final StoryState state;
  private final StoryOptions options;

  JoinScoring(StoryClusterer.Params params, StoryState state, StoryOptions options) {
    this.params = params;
    this.state = state;
    this.options = options;
  }

  /**
   * The evidence for the article joining story {@code c}, with the hand-set score; null when the
   * story cannot take it (out of the window, or beyond {@link StoryClusterer#SPAN_HOURS} from its
   * first report).
   *
   * @param copy the similarity of the article's text copied from the story's articles
   * @param copyLead the same for its first paragraph
   * @param recurring the days each term appeared on so far
   * @param weighed whether to compute what only the learned model weighs
   */
  JoinEvidence evidence(IncomingArticle article, StoryCluster c, double copy, double copyLead, RecurringTerms recurring,
      boolean weighed) {
    StoryFeatures.Extracted e = article.features();
    Map<String, Float> vec = article.vec();
    Map<String, Float> head = article.head();
    double gap = Double.isNaN(e.hours()) ? gapBeforeRun(article.runEarliestHours(), c) : gap(e.hours(), c);
    if (gap > params.windowHours()) return null;
    double span = Double.isNaN(e.hours()) || Double.isNaN(c.firstHours) ? 0 : e.hours() - c.firstHours;
    if (span > StoryClusterer.SPAN_HOURS) return null;
    double hw = params.headlineWeight();
    double body = c.cosine(vec);
    double headline = c.headlineCosine(head);
    double text = (1 - hw) * body + hw * headline;
    double decayed = text * Math.exp(-Math.max(0, gap - params.graceHours()) / params.tauHours());
    double s = decayed;
    int numbers = e.numbers().isEmpty() || c.numbers.isEmpty() ? 0 : EventAgreement.numberAgreement(e.numbers(), c.numbers);
    boolean datesKnown = !e.eventDates().isEmpty() && !c.eventDates.isEmpty();
    // an article with no date at all names its event's weekday: a story naming it is its day's candidate
    boolean sameDay = datesKnown ? EventAgreement.sharesEventDay(e.eventDates(), c)
        : c.weekdays != null && StatedWeekdays.sharesWeekday(article.weekdays(), c.weekdays);
    boolean otherDay = datesKnown && !sameDay && gap <= StoryClusterer.DATE_HORIZON_HOURS;
    // the floor keeps a story that develops over days, not the next issue of a template report (a
    // market close, a daily case count): figures that disagree say another event. Stated days do
    // not: a developing story states new days (tried: it split the seeds' follow-up of 6 Dec)
    if (body >= params.floorBody() && numbers >= 0) s = Math.max(s, params.floor() * body);
    s += params.numberWeight() * numbers;
    if (sameDay) s += params.dateWeight();
    else if (otherDay) s -= params.dateWeight();
    double share = 0;
    if (!e.leadEntities().isEmpty() && c.entityDocs > 0) {
      int named = 0;
      for (String t : e.leadEntities()) if (c.entities.containsKey(t)) named++;
      share = (double) named / e.leadEntities().size();
    }
    s += params.entityWeight() * share;
    s += params.copyBoost() * copy;
    // another stop of a tour is the same actor at another place: the counterpart conflict's kind
    boolean counterpart = Counterparts.counterpartConflict(e, c, options.titledCounterpart())
        || ArrivalPlaces.otherStop(article.arrivals(), c)
        || (c.weekdays != null && StatedWeekdays.oneDay(c) && StatedWeekdays.otherWeekday(article.weekdays(), c.weekdays));
    if (params.counterpartWeight() != 0 && s > 0 && counterpart) s *= 1 - params.counterpartWeight();
    boolean actor = c.documents.size() <= params.actorYoung() && ActorConflict.actorConflict(e, c);
    if (params.actorWeight() != 0 && s > 0 && actor) s *= 1 - params.actorWeight();
    // another body's statement on the same trigger (a chain of condemnations): another event
    boolean issuer = options.issuers() && Issuers.conflict(article.issuers(), article.opening(), c);
    if (issuer) s = Math.min(s, 0);
    boolean sameActor = false;
    for (String a : e.headlineActors()) sameActor |= c.headlineActors.containsKey(a);
    boolean sameOutlet = e.outlet() != null && c.outlets.contains(e.outlet());
    if (JoinVetoes.nextIssue(numbers, sameOutlet, span, headline) || JoinVetoes.otherIssue(numbers, otherDay)) s = Math.min(s, 0);
    double eventBody = article.vecEvent() == vec ? body : c.cosine(article.vecEvent());
    double eventHeadline = article.headEvent() == head ? headline : c.headlineCosine(article.headEvent());
    if (JoinEvidence.placeOnly(body, eventBody, eventHeadline)) s = Math.min(s, 0);
    // another day's issue of a template report (a forecast, a market session): another event
    boolean templateDay = options.templateDays() && TemplateDays.otherIssue(article.day(), e.eventDates(), vec, body, c, recurring);
    if (templateDay) s = Math.min(s, 0);
    // what only the model weighs is computed only for it (assignment throughput)
    double missing = weighed ? Counterparts.missing(e, c) : 0;
    boolean swap = missing > 0 && Counterparts.newLeadActor(e, c);
    return new JoinEvidence(s, body, headline, decayed, gap, span, numbers, sameDay, otherDay, share, copy, copyLead,
        missing, swap, swap && Counterparts.headlineSwap(e, c, state.idf()), counterpart, actor, sameActor, c.documents.size(), sameOutlet, Double.isNaN(Times.hours(e.time())),
        eventBody, eventHeadline, issuer, weighed && options.persons() && Counterparts.personsApart(article.persons(), c), templateDay, weighed && options.sharedNames() ? SharedNames.rarity(article.persons(), c, state.idf()) : 0,
        weighed && RecalledDays.refersBack(article.recalled(), c), actor && e.titledActor() != null && !c.titledActors.isEmpty());
  }

  /** For an article of unknown time: how long before this run's first publication the story was last seen (0 when unknown). */
  private static double gapBeforeRun(double runEarliestHours, StoryCluster c) {
    if (Double.isNaN(runEarliestHours) || Double.isNaN(c.lastHours) || c.lastHours >= runEarliestHours) return 0;
    return runEarliestHours - c.lastHours;
  }

  private static double gap(double hours, StoryCluster c) {
    if (Double.isNaN(hours) || Double.isNaN(c.lastHours)) return 0;
    if (hours > c.lastHours) return hours - c.lastHours;
    if (hours < c.firstHours) return c.firstHours - hours;
    return 0;
  }
}
