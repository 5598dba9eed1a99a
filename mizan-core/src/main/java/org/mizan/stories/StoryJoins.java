package org.mizan.stories;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The bookkeeping of story clustering: an article joining a story, and two stories merging, update
 * every summary a story keeps (centroid, headlines, numbers, names, days, actors, issuers, people,
 * copy links, labels). The decisions are the clusterer's; this class only records them.
 */
final class StoryJoins {
  private StoryJoins() {}

  /**
   * Adds the article to story {@code c}: its vectors, numbers, names, days and actors join the story's.
   *
   * @param arrival the article's arrival order ({@link StoryState#nextOrder})
   * @param touched the clusterer's article count, for retiring idle stories
   * @param issuers the article's headline issuer ({@link Issuers#of}), or null when the issuer rule is off
   * @param persons the people the article names ({@link StoryFeatures#persons})
   */
  static void join(StoryCluster c, StoryFeatures.Extracted e, Map<String, Float> vec, Map<String, Float> head,
      boolean statedHeadline, long arrival, long touched, Set<String> issuers, Set<String> persons) {
    c.documents.add(e.docId());
    c.arrivals.add(arrival);
    if (e.outlet() != null && !e.outlet().isBlank()) c.outlets.add(e.outlet());
    if (e.timeEstimated()) {
      c.addTime(e.time(), Double.NaN);
      c.addEstimatedTime(e.hours());
    } else {
      c.addTime(e.time(), e.hours());
    }
    c.addVector(vec);
    c.addHeadline(head);
    c.addNumbers(e.numbers());
    c.addEntities(e.entities(), e.leadEntities());
    c.addPlaces(e.places());
    c.addEventDates(e.eventDates());
    c.addHeadlineActors(e.headlineActors());
    if (e.titledActor() != null) c.addTitledActors(List.of(e.titledActor()));
    if (issuers != null) c.addIssuers(issuers);
    c.addPersons(persons);
    if (e.leadActor() != null && c.headlineActors.isEmpty()) c.addHeadlineActors(List.of(e.leadActor()));
    c.touched = touched;
    c.offerLabel(e.headline(), statedHeadline, c.arrivals.get(c.arrivals.size() - 1), vec);
  }

  /** Merges the later-created of two stories into the earlier one (so ids stay the oldest); returns the one kept. */
  static StoryCluster merge(StoryCluster a, StoryCluster b, StoryState state) {
    StoryCluster keep = a.order <= b.order ? a : b;
    StoryCluster gone = keep == a ? b : a;
    keep.absorbDocuments(gone);
    keep.outlets.addAll(gone.outlets);
    keep.addTimes(gone);
    for (Map.Entry<String, Float> en : gone.centroid.entrySet()) keep.centroid.merge(en.getKey(), en.getValue(), Float::sum);
    keep.norm = -1;
    keep.addHeadline(gone.headlines);
    keep.addNumbers(gone.numbers);
    keep.addEntities(gone);
    keep.addPlaces(gone.places);
    keep.addEventDates(gone.eventDates.keySet());
    keep.addHeadlineActors(gone.headlineActors.keySet());
    keep.addTitledActors(gone.titledActors.keySet());
    keep.addIssuers(gone.issuers.keySet());
    for (Map.Entry<String, Integer> en : gone.persons.entrySet()) keep.persons.merge(en.getKey(), en.getValue(), Integer::sum);
    ArrivalPlaces.count(keep.destinations, gone.destinations.keySet());
    if (gone.weekdays != null && !gone.weekdays.isEmpty()) {
      if (keep.weekdays == null) keep.weekdays = new java.util.HashMap<>();
      for (Map.Entry<String, Integer> en : gone.weekdays.entrySet()) keep.weekdays.merge(en.getKey(), en.getValue(), Integer::sum);
    }
    keep.links.addAll(gone.links);
    keep.docAgency.putAll(gone.docAgency);
    keep.absorbLabels(gone);
    state.merged(gone, keep);
    return keep;
  }
}
