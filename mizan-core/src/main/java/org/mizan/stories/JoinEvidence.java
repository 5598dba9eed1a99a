package org.mizan.stories;

import java.util.List;

/**
 * What the clusterer knows about one article against one candidate story: the hand-set score and
 * the evidence it is made of, plus a few facts the hand rules do not use (the story's size and span,
 * whether the outlet already reported it, whether the headline actors agree). {@link JoinModel}
 * weighs these.
 *
 * @param hand the hand-set score (see {@link JoinScoring#evidence})
 * @param body cosine of the article with the story centroid
 * @param headline cosine of the headline with the story's headlines
 * @param decayedText the text similarity (body and headline) times the time decay of the gap
 * @param gapHours hours between the article and the story's span (0 inside it or when unknown)
 * @param spanHours hours from the story's first report to the article (0 when unknown)
 * @param numbers +1 an event number agrees, −1 both state numbers and none agree, else 0
 * @param sameDay both state event days and share one
 * @param otherDay both state event days, share none, within {@link StoryClusterer#DATE_HORIZON_HOURS}
 * @param entityShare share of the article's lead entities the story names (0 without entities)
 * @param copy copied-paragraph similarity with an article of the story
 * @param copyLead the same for the article's lead paragraph only
 * @param missing share of the story's main lead entities the article never names ({@link Counterparts#missing})
 * @param swap a main lead entity of the story is missing and the article's lead names a person or
 *     organisation the story never named: another counterpart (the counterpart conflict without its
 *     headline condition)
 * @param headlineSwap {@code swap}, and the headlines swap a distinctive word ({@link Counterparts#headlineSwap})
 * @param counterpart the counterpart conflict ({@link Counterparts#counterpartConflict})
 * @param actor the headline-actor conflict ({@link ActorConflict#actorConflict})
 * @param sameActor one of the article's headline actors is a headline actor of the story
 * @param size articles in the story
 * @param sameOutlet the article's outlet already reported the story
 * @param undated the article has no publication time (not a feature: too rare in the labelled sets to weigh)
 * @param eventBody {@code body} without the article's place names ({@link PlaceTerms#of}): what
 *     the article shares with the story beyond where it happened
 * @param eventHeadline {@code headline} without the article's place names
 * @param issuer another body issues the article's statement than the story's ({@link Issuers#conflict}): a veto
 * @param personsApart the article and the story both name people and share none of them ({@link
 *     Counterparts#personsApart}): another convict, patient or victim in a template statement
 * @param templateDay another day's issue of a template report ({@link TemplateDays#otherIssue}): a veto
 * @param sharedName how rare a person named by both the article and the story is ({@link SharedNames#rarity}; 0 when none)
 * @param refersBack the article's text recalls the story's main event day, a day before its own publication
 *     ({@link RecalledDays#refersBack}): a follow-up looking back at the event
 * @param titledActors the headlines of both name their actor by title, so that {@code actor} compares the
 *     holders (protocol news: two holders receiving one visitor); not a feature ({@link ConfidentActor})
 */
record JoinEvidence(double hand, double body, double headline, double decayedText, double gapHours, double spanHours,
    int numbers, boolean sameDay, boolean otherDay, double entityShare, double copy, double copyLead, double missing, boolean swap, boolean headlineSwap, boolean counterpart,
    boolean actor, boolean sameActor, int size, boolean sameOutlet, boolean undated, double eventBody, double eventHeadline, boolean issuer,
    boolean personsApart, boolean templateDay, double sharedName, boolean refersBack, boolean titledActors) {

  /**
   * The headlines share nothing but place names, and most of the body match is place names: local
   * news of one city on different events.
   */
  boolean placeOnly() {
    return placeOnly(body, eventBody, eventHeadline);
  }

  static boolean placeOnly(double body, double eventBody, double eventHeadline) {
    return eventHeadline <= 1e-9 && body > 1e-9 && (body - eventBody) / body >= PLACE_ONLY_SHARE;
  }

  static final double PLACE_ONLY_SHARE = 0.5;

  /** The share of the body match that is only place names (0 without a match). */
  double placeShare() {
    return body <= 1e-9 ? 0 : Math.max(0, Math.min(1, (body - eventBody) / body));
  }

  /** Feature names, in the order of {@link #features}; the shipped model names them. */
  static final List<String> NAMES = List.of("hand", "body", "headline", "decayed_text", "gap_days", "span_days",
      "numbers_agree", "numbers_disagree", "same_day", "other_day", "entity_share", "copy_lead", "copy_other", "missing", "swap", "headline_swap",
      "counterpart", "actor_conflict", "same_actor", "log_size", "same_outlet", "same_outlet_later",
      "disagree_x_headline", "other_day_x_headline", "outlet_later_x_headline", "missing_x_headline", "hand_joins",
      "persons_apart", "shared_name", "refers_back");

  double[] features() {
    return new double[] {
      Math.max(-0.5, Math.min(1.5, hand)),
      body,
      headline,
      decayedText,
      Math.min(gapHours, 168) / 24,
      Math.min(Math.max(spanHours, 0), 96) / 24,
      numbers > 0 ? 1 : 0,
      numbers < 0 ? 1 : 0,
      sameDay ? 1 : 0,
      otherDay ? 1 : 0,
      entityShare,
      copyLead,
      // only a paragraph further down copied: boilerplate of a template, or wire background
      copyLead > 0 ? 0 : copy,
      missing,
      swap ? 1 : 0,
      headlineSwap ? 1 : 0,
      counterpart ? 1 : 0,
      actor ? 1 : 0,
      sameActor ? 1 : 0,
      Math.log1p(size),
      sameOutlet ? 1 : 0,
      // the outlet's own next report, a day on: a print edition, or a daily template's next issue
      sameOutlet && spanHours >= 12 ? 1 : 0,
      // worded alike yet another figure, another day, the outlet's next report, another counterpart:
      // the marks of a template's next issue or the same actor's next event, not of another outlet's report
      numbers < 0 ? headline : 0,
      otherDay ? headline : 0,
      sameOutlet && spanHours >= 12 ? headline : 0,
      missing * headline,
      // the hand-set decision itself: a linear model cannot draw the rules' step from the score alone
      hand >= StoryClusterer.Params.DEFAULT.threshold() ? 1 : 0,
      personsApart ? 1 : 0,
      sharedName,
      refersBack ? 1 : 0,
    };
  }
}
