package org.mizan.stories;

import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.mizan.text.ArabicNormalization;

/**
 * Whether the article and the story name different counterparts or people: the same actor with
 * another visitor, country, place or victim is another event. The counterpart conflict and the
 * stories kept apart by their counterparts are rules; the share of the story's counterparts the
 * article misses, a swapped headline word and the people named apart are evidence the model weighs.
 */
final class Counterparts {
  private Counterparts() {}

  /**
   * Whether the article names someone or somewhere else than the story does: the story's leads keep
   * naming an entity (at least twice and in at least 2/3 of them: the country congratulated, the
   * visitor received, the city of the incident) that the article never names, while the article's
   * headline names an entity of its lead that the story has never named. That is the same actor in
   * another event. Needs entity mentions (the entity stages); without them it never fires.
   */
  static boolean counterpartConflict(StoryFeatures.Extracted e, StoryCluster c) {
    return counterpartConflict(e, c, true);
  }

  /** As above; {@code byTitle}: a person the headline names by title only counts as named there (round 11). */
  static boolean counterpartConflict(StoryFeatures.Extracted e, StoryCluster c, boolean byTitle) {
    if (c.entityDocs == 0 || e.entities().isEmpty()) return false;
    Predicate<String> place = n -> e.places().contains(n) || c.places.contains(n);
    boolean missing = false;
    for (Map.Entry<String, Integer> en : c.leadEntities.entrySet()) {
      if (en.getValue() >= 2 && en.getValue() * 3 >= c.entityDocs * 2 && !NameMatch.namesAny(en.getKey(), e.entities(), place)) {
        missing = true;
        break;
      }
    }
    if (!missing) return false;
    String headline = ArabicNormalization.normalize(e.headline());
    for (String t : e.leadEntities()) {
      if (!headline.contains(t) && !(byTitle && e.namedByTitle().contains(t))) continue;
      if (!NameMatch.namesAny(t, c.entities.keySet(), place)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether two stories each keep naming, in at least 2/3 of their leads, someone (not a place) the
   * other never names: the same actor with two counterparts (two visitors received on one day), which
   * one article worded like both must not merge.
   */
  static boolean counterpartsApart(StoryCluster a, StoryCluster b) {
    return ownCounterpart(a, b) && ownCounterpart(b, a);
  }

  private static boolean ownCounterpart(StoryCluster a, StoryCluster b) {
    if (a.entityDocs == 0 || b.entityDocs == 0) return false;
    Predicate<String> place = n -> a.places.contains(n) || b.places.contains(n);
    for (Map.Entry<String, Integer> en : a.leadEntities.entrySet()) {
      if (en.getValue() * 3 >= a.entityDocs * 2 && !place.test(en.getKey()) && !NameMatch.namesAny(en.getKey(), b.entities.keySet(), place)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The share of the story's main lead entities (named in the leads of at least half of its articles
   * with entities, and of two) that the article never names: the counterpart, the place or the visitor
   * of the story's event missing from the article, a sign of the same actor in another event.
   */
  static double missing(StoryFeatures.Extracted e, StoryCluster c) {
    if (c.entityDocs == 0 || e.entities().isEmpty()) return 0;
    Predicate<String> place = n -> e.places().contains(n) || c.places.contains(n);
    int main = 0;
    int absent = 0;
    for (Map.Entry<String, Integer> en : c.leadEntities.entrySet()) {
      if (en.getValue() * 2 < c.entityDocs) continue;
      main++;
      if (!NameMatch.namesAny(en.getKey(), e.entities(), place)) absent++;
    }
    return main == 0 ? 0 : (double) absent / main;
  }

  /**
   * Whether the headlines swap a distinctive word: the article's headline has a rare word (idf ≥
   * {@link ActorConflict#ACTOR_MIN_IDF}) the story never used, while the story's headlines have one the article never
   * uses ("… من الرئيس الفرنسي", "… من رئيس الوزراء الإيطالي"): the counterpart named by title.
   */
  static boolean headlineSwap(StoryFeatures.Extracted e, StoryCluster c, Idf idf) {
    boolean fresh = false;
    for (String t : e.headlineTf().keySet()) {
      if (!Character.isDigit(t.charAt(0)) && idf.idf(t) >= ActorConflict.ACTOR_MIN_IDF && !c.headlines.containsKey(t)
          && !c.centroid.containsKey(t)) {
        fresh = true;
        break;
      }
    }
    if (!fresh) return false;
    for (String t : c.headlines.keySet()) {
      if (!Character.isDigit(t.charAt(0)) && idf.idf(t) >= ActorConflict.ACTOR_MIN_IDF && !e.tf().containsKey(t)) return true;
    }
    return false;
  }

  /** Whether the article's lead names a person or organisation (not a place) the story never named. */
  static boolean newLeadActor(StoryFeatures.Extracted e, StoryCluster c) {
    Predicate<String> place = n -> e.places().contains(n) || c.places.contains(n);
    for (String t : e.leadEntities()) {
      if (!e.places().contains(t) && !NameMatch.namesAny(t, c.entities.keySet(), place)) return true;
    }
    return false;
  }

  /**
   * Whether the article and the story both name people and none of the article's is one of the
   * story's (a shorter or fuller form of a name counts as the same person):
   * a template statement about someone else, another convict, patient or victim. Reports of one
   * event name some of the same people.
   */
  static boolean personsApart(Set<String> article, StoryCluster c) {
    if (article.isEmpty() || c.persons.isEmpty()) return false;
    Predicate<String> place = n -> false;
    for (String a : article) if (NameMatch.namesAny(a, c.persons.keySet(), place)) return false;
    return true;
  }

}
