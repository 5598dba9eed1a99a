package org.mizan.stories;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A story while clustering runs: the mutable working form behind {@link Story}. Its centroid is the
 * sum of its articles' unit term vectors, pruned to the strongest terms so long stories stay small.
 */
public final class StoryCluster {
  static final int MAX_TERMS = 150;
  static final int MAX_NUMBERS = 48;
  static final int LABEL_CANDIDATES = 4;
  /** Words a headline needs to say what happened, not only who (see {@link #terse}). */
  static final int TELLING_WORDS = 4;
  /** Terms kept of a label candidate's article vector. */
  static final int LABEL_TERMS = 30;

  /** Two articles of the story that share copied paragraphs. */
  public record Link(String doc, String otherDoc, double similarity, List<Integer> paragraphs,
      List<Integer> otherParagraphs, boolean exact, String agency) {}

  String id;
  long order;
  List<String> documents = new ArrayList<>();
  List<Long> arrivals = new ArrayList<>();
  Set<String> outlets = new LinkedHashSet<>();
  String firstSeen;
  String lastSeen;
  double firstHours = Double.NaN;
  double lastHours = Double.NaN;
  Map<String, Float> centroid = new HashMap<>();
  Map<String, Float> headlines = new HashMap<>();
  Set<String> numbers = new LinkedHashSet<>();
  /** How many of the story's articles name each entity (in their lead, anywhere), and how many articles named any. */
  Map<String, Integer> leadEntities = new HashMap<>();
  Map<String, Integer> entities = new HashMap<>();
  int entityDocs;
  /** Event days stated by the story's articles, with how many articles state each. */
  Map<String, Integer> eventDates = new HashMap<>();
  /** People and organisations the story's headlines name as actors, with how many articles name each. */
  Map<String, Integer> headlineActors = new HashMap<>();
  /** Holders of the titles its headlines open with ("ولي العهد يستقبل …"), with how many articles name each. */
  Map<String, Integer> titledActors = new HashMap<>();
  /** Words of the issuers its headlines put before a stance verb ({@link Issuers}), with how many articles name each. */
  Map<String, Integer> issuers = new HashMap<>();
  /** Those of {@link #entities} that name a place (see {@link StoryFeatures.Extracted#places}). */
  Set<String> places = new LinkedHashSet<>();
  /** People the story's articles name anywhere in their text, with how many articles name each. */
  Map<String, Integer> persons = new HashMap<>();
  /** Where the story's leads say its actor arrived ({@link ArrivalPlaces}), with how many articles say each. */
  Map<String, Integer> destinations = new HashMap<>();
  /** The weekdays its articles' headlines and leads name ({@link StatedWeekdays}), with how many name each (null in older saved states). */
  Map<String, Integer> weekdays = new HashMap<>();
  /** The story's label: the headline of {@link #labelCandidates} most central to the story now. */
  String label;
  /** The label's vector in states saved before {@link #labelCandidates}: read once, then emptied. */
  Map<String, Float> labelVector = new HashMap<>();
  /**
   * The headlines that may label the story, most central first: the {@link #LABEL_CANDIDATES} most
   * central so far, re-ranked against the centroid as articles join, so the label of a small story
   * does not depend on the order its articles came in.
   */
  List<LabelCandidate> labelCandidates = new ArrayList<>();
  List<Link> links = new ArrayList<>();
  Map<String, String> docAgency = new HashMap<>();
  boolean retired;
  transient long touched;
  transient double norm = -1;
  transient double headlineNorm = -1;
  transient List<String> indexed = List.of();

  /**
   * An article's headline with the strongest terms of its vector; {@code stated} when the article
   * printed it (else it is its first sentence, which labels a story only when none printed one).
   */
  static final class LabelCandidate {
    String headline;
    boolean stated = true;
    long arrival;
    Map<String, Float> vector = new HashMap<>();

    LabelCandidate() {}

    LabelCandidate(String headline, boolean stated, long arrival, Map<String, Float> vector) {
      this.headline = headline;
      this.stated = stated;
      this.arrival = arrival;
      this.vector = vector;
    }
  }

  StoryCluster() {}

  StoryCluster(String id, long order) {
    this.id = id;
    this.order = order;
  }

  public String id() {
    return id;
  }

  public List<String> documents() {
    return documents;
  }

  double norm() {
    if (norm < 0) {
      double s = 0;
      for (float v : centroid.values()) s += (double) v * v;
      norm = Math.sqrt(s);
    }
    return norm;
  }

  /** Cosine of a unit vector with the centroid. */
  double cosine(Map<String, Float> unit) {
    double n = norm();
    if (n == 0) return 0;
    double dot = 0;
    for (Map.Entry<String, Float> e : unit.entrySet()) {
      Float c = centroid.get(e.getKey());
      if (c != null) dot += (double) c * e.getValue();
    }
    return dot / n;
  }

  /** Cosine of two centroids. */
  double cosine(StoryCluster other) {
    double n = norm() * other.norm();
    if (n == 0) return 0;
    Map<String, Float> small = centroid.size() <= other.centroid.size() ? centroid : other.centroid;
    Map<String, Float> big = small == centroid ? other.centroid : centroid;
    double dot = 0;
    for (Map.Entry<String, Float> e : small.entrySet()) {
      Float c = big.get(e.getKey());
      if (c != null) dot += (double) c * e.getValue();
    }
    return dot / n;
  }

  /**
   * Drops what only matching needs (centroid, headline terms, numbers, entities, event days, headline actors), once
   * the story is retired and can no longer be joined or merged: a state fed for months then keeps
   * only the few fields a story's record shows.
   */
  void compact() {
    // shared immutable empties: a retired story is never changed again, and a million-article stream
    // retires hundreds of thousands of them (about 0.7 KB each as fresh empty maps and sets)
    centroid = Map.of();
    headlines = Map.of();
    numbers = Set.of();
    leadEntities = Map.of();
    entities = Map.of();
    eventDates = Map.of();
    headlineActors = Map.of();
    titledActors = Map.of();
    issuers = Map.of();
    places = Set.of();
    persons = Map.of();
    destinations = Map.of();
    weekdays = Map.of();
    labelVector = Map.of();
    labelCandidates = List.of();
    norm = -1;
    headlineNorm = -1;
  }

  /** Offers an article's headline (printed, or its first sentence) and picks the label anew. */
  void offerLabel(String headline, boolean stated, long arrival, Map<String, Float> vector) {
    keepOldLabel();
    if (headline != null && !headline.isBlank()) {
      labelCandidates.add(new LabelCandidate(headline, stated, arrival, Vectors.truncate(vector, LABEL_TERMS)));
    }
    relabel();
  }

  /** Takes the other story's label candidates and picks the label anew. */
  void absorbLabels(StoryCluster other) {
    keepOldLabel();
    other.keepOldLabel();
    labelCandidates.addAll(other.labelCandidates);
    relabel();
  }

  /** A state saved before label candidates kept only the label and its vector. */
  private void keepOldLabel() {
    if (labelCandidates.isEmpty() && label != null && !labelVector.isEmpty()) {
      labelCandidates.add(new LabelCandidate(label, true, -1, labelVector));
      labelVector = new HashMap<>();
    }
  }

  /**
   * Printed headlines before first sentences, telling headlines before terse ones, then the most
   * central first (ties: the earlier article); the rest dropped; the first labels the story.
   */
  private void relabel() {
    if (labelCandidates.isEmpty()) return;
    Map<LabelCandidate, Double> score = new java.util.IdentityHashMap<>();
    for (LabelCandidate l : labelCandidates) score.put(l, cosine(l.vector));
    labelCandidates.sort(java.util.Comparator.comparing((LabelCandidate l) -> !l.stated)
        .thenComparing(l -> terse(l.headline))
        .thenComparingDouble(l -> -score.get(l)).thenComparingLong(l -> l.arrival));
    while (labelCandidates.size() > LABEL_CANDIDATES) labelCandidates.remove(labelCandidates.size() - 1);
    label = labelCandidates.get(0).headline;
  }

  /**
   * A headline of fewer than {@link #TELLING_WORDS} words: a column name or a bare title
   * ("ولي العهد") that says who but not what happened, so it labels a story only when no article
   * printed more.
   */
  static boolean terse(String headline) {
    int words = 0;
    for (String w : headline.split("\\s+")) if (w.codePoints().anyMatch(Character::isLetterOrDigit)) words++;
    return words < TELLING_WORDS;
  }

  /** Takes the other story's documents, keeping arrival order. */
  void absorbDocuments(StoryCluster other) {
    List<String> docs = new ArrayList<>();
    List<Long> arr = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < documents.size() || j < other.documents.size()) {
      boolean mine = j >= other.documents.size()
          || (i < documents.size() && arrivals.get(i) <= other.arrivals.get(j));
      docs.add(mine ? documents.get(i) : other.documents.get(j));
      arr.add(mine ? arrivals.get(i++) : other.arrivals.get(j++));
    }
    documents = docs;
    arrivals = arr;
  }

  /** Cosine of a unit headline vector with the sum of the story's headline vectors. */
  double headlineCosine(Map<String, Float> unit) {
    if (headlineNorm < 0) {
      double s = 0;
      for (float v : headlines.values()) s += (double) v * v;
      headlineNorm = Math.sqrt(s);
    }
    return headlineNorm == 0 ? 0 : Vectors.dot(unit, headlines) / headlineNorm;
  }

  void addHeadline(Map<String, Float> unit) {
    for (Map.Entry<String, Float> e : unit.entrySet()) headlines.merge(e.getKey(), e.getValue(), Float::sum);
    if (headlines.size() > MAX_TERMS) headlines = Vectors.truncate(headlines, MAX_TERMS / 2);
    headlineNorm = -1;
  }

  void addVector(Map<String, Float> unit) {
    for (Map.Entry<String, Float> e : unit.entrySet()) centroid.merge(e.getKey(), e.getValue(), Float::sum);
    prune();
    norm = -1;
  }

  /**
   * One more article's publication time: it widens the time span matching decays over and the first
   * and last seen times the story reports.
   */
  void addTime(String iso, double hours) {
    if (Double.isNaN(hours)) {
      if (firstSeen == null) firstSeen = iso;
      if (lastSeen == null) lastSeen = iso;
      return;
    }
    addEstimatedTime(hours);
    double first = Times.hours(firstSeen);
    double last = Times.hours(lastSeen);
    if (firstSeen == null || Double.isNaN(first) || hours < first) firstSeen = iso;
    if (lastSeen == null || Double.isNaN(last) || hours > last) lastSeen = iso;
  }

  /**
   * A time estimated for an undated article (from the dates its text states): it widens the span
   * time decay is measured from, but not the first and last seen times the story reports.
   */
  void addEstimatedTime(double hours) {
    if (Double.isNaN(hours)) return;
    if (Double.isNaN(firstHours) || hours < firstHours) firstHours = hours;
    if (Double.isNaN(lastHours) || hours > lastHours) lastHours = hours;
  }

  /** Takes the other story's time span and its first and last seen times. */
  void addTimes(StoryCluster other) {
    addEstimatedTime(other.firstHours);
    addEstimatedTime(other.lastHours);
    if (other.firstSeen != null) {
      double mine = Times.hours(firstSeen);
      double theirs = Times.hours(other.firstSeen);
      if (firstSeen == null || (!Double.isNaN(theirs) && (Double.isNaN(mine) || theirs < mine))) firstSeen = other.firstSeen;
    }
    if (other.lastSeen != null) {
      double mine = Times.hours(lastSeen);
      double theirs = Times.hours(other.lastSeen);
      if (lastSeen == null || (!Double.isNaN(theirs) && (Double.isNaN(mine) || theirs > mine))) lastSeen = other.lastSeen;
    }
  }

  void addPlaces(java.util.Collection<String> names) {
    for (String n : names) if (places.size() < MAX_TERMS || places.contains(n)) places.add(n);
  }

  void addPersons(java.util.Collection<String> names) {
    for (String n : names) if (persons.size() < MAX_TERMS || persons.containsKey(n)) persons.merge(n, 1, Integer::sum);
  }

  void addNumbers(Set<String> ns) {
    for (String n : ns) if (numbers.size() < MAX_NUMBERS) numbers.add(n);
  }

  /** Counts one more article's entities (those of its lead apart); articles without entities are not counted. */
  void addEntities(java.util.Collection<String> all, java.util.Collection<String> lead) {
    if (all.isEmpty()) return;
    entityDocs++;
    for (String t : all) if (entities.size() < MAX_TERMS * 2 || entities.containsKey(t)) entities.merge(t, 1, Integer::sum);
    for (String t : lead) if (leadEntities.size() < MAX_TERMS || leadEntities.containsKey(t)) leadEntities.merge(t, 1, Integer::sum);
  }

  void addEntities(StoryCluster other) {
    entityDocs += other.entityDocs;
    for (Map.Entry<String, Integer> e : other.entities.entrySet()) entities.merge(e.getKey(), e.getValue(), Integer::sum);
    for (Map.Entry<String, Integer> e : other.leadEntities.entrySet()) leadEntities.merge(e.getKey(), e.getValue(), Integer::sum);
  }

  void addHeadlineActors(Iterable<String> actors) {
    for (String a : actors) {
      if (headlineActors.size() < MAX_NUMBERS || headlineActors.containsKey(a)) headlineActors.merge(a, 1, Integer::sum);
    }
  }

  void addTitledActors(Iterable<String> actors) {
    for (String a : actors) {
      if (titledActors.size() < MAX_NUMBERS || titledActors.containsKey(a)) titledActors.merge(a, 1, Integer::sum);
    }
  }

  void addIssuers(Iterable<String> words) {
    for (String w : words) if (issuers.size() < MAX_NUMBERS || issuers.containsKey(w)) issuers.merge(w, 1, Integer::sum);
  }

  void addEventDates(Iterable<String> days) {
    for (String d : days) if (eventDates.size() < MAX_NUMBERS || eventDates.containsKey(d)) eventDates.merge(d, 1, Integer::sum);
  }

  /** The strongest {@code k} centroid terms, strongest first (ties by term, for determinism). */
  List<String> topTerms(int k) {
    List<Map.Entry<String, Float>> es = new ArrayList<>(centroid.entrySet());
    es.sort(Vectors.STRONGEST_FIRST);
    List<String> out = new ArrayList<>(Math.min(k, es.size()));
    for (int i = 0; i < es.size() && i < k; i++) out.add(es.get(i).getKey());
    return out;
  }

  private void prune() {
    if (centroid.size() <= MAX_TERMS * 2) return;
    List<Map.Entry<String, Float>> es = new ArrayList<>(centroid.entrySet());
    es.sort(Vectors.STRONGEST_FIRST);
    Map<String, Float> kept = new HashMap<>();
    for (int i = 0; i < MAX_TERMS; i++) kept.put(es.get(i).getKey(), es.get(i).getValue());
    centroid = kept;
  }
}
