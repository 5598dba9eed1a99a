package org.mizan.stories;

import java.util.Map;
import java.util.Set;

/**
 * One article as the clusterer compares it with its candidate stories, computed once per article.
 *
 * @param features what clustering reads in it (without its time and event days when it is undated
 *     within the run: see {@link StoryClusterer})
 * @param vec its tf-idf vector
 * @param head its headline's tf-idf vector
 * @param vecEvent {@code vec} without its place names ({@link PlaceTerms#without})
 * @param headEvent {@code head} without its place names
 * @param issuers its headline issuer ({@link Issuers#of}); empty when the issuer rule is off
 * @param opening the terms of its headline and lead opening ({@link Issuers#opening}); empty when the issuer rule is off
 * @param persons the people it names anywhere ({@link StoryFeatures#persons})
 * @param day its publication day (epoch day), {@link Long#MIN_VALUE} when it has none
 * @param runEarliestHours the earliest publication time of the run so far (NaN when none)
 * @param recalled the past days its text recalls ({@link RecalledDays#of}); empty when undated or the rule is off
 * @param arrivals where its lead says the actor arrived ({@link ArrivalPlaces#of})
 * @param weekdays the weekdays its headline and lead name when it has no date at all ({@link StatedWeekdays}); else empty
 */
record IncomingArticle(StoryFeatures.Extracted features, Map<String, Float> vec, Map<String, Float> head,
    Map<String, Float> vecEvent, Map<String, Float> headEvent, Set<String> issuers, Set<String> opening,
    Set<String> persons, long day, double runEarliestHours, Set<String> recalled, Set<String> arrivals,
    Set<java.time.DayOfWeek> weekdays) {}
