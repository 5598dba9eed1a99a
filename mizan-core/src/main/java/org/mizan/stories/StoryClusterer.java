package org.mizan.stories;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mizan.doc.Document;
import org.mizan.doc.Paragraph;

/**
 * Incremental story clustering: each article joins the best matching live story or starts a new
 * one. The match combines tf-idf cosine with the story centroid, time decay since the story was
 * last seen, agreement of the event numbers (counts, amounts, scores), and copied paragraphs. Time
 * and numbers are what tell apart recurring actors in different events (the same minister, the same
 * market, the same club on different days). Two stories merge when an article links both and
 * their centroids agree. Same articles in the same order give the same stories and ids.
 *
 * <p>This class runs the loop and decides; its parts live beside it: the evidence for a candidate
 * ({@link JoinScoring}, over {@link EventAgreement}, {@link Counterparts}, {@link ActorConflict},
 * {@link Issuers}, {@link NameMatch}), the vetoes ({@link JoinVetoes}), the bookkeeping of joins and
 * merges ({@link StoryJoins}), copied text ({@link CopyLinks}), the saved form ({@link
 * ClustererSnapshot}) and the switchable rules ({@link StoryOptions}).
 */
public final class StoryClusterer {

  /**
   * Tuning of the clusterer (defaults tuned on the dev half of eval/stories only).
   *
   * @param threshold minimum score to join a story
   * @param tauHours time decay constant: the similarity is multiplied by exp(-gap / tau)
   * @param windowHours a story not seen for this long takes no more articles
   * @param numberWeight added when the article and story share an event number, taken off when both have numbers and share none
   * @param copyBoost added (times the copy similarity) when the article copies paragraphs of an article of the story
   * @param mergeThreshold centroid cosine (time-decayed) above which two stories linked by one article merge
   * @param keepTerms terms kept per article vector
   * @param indexedTerms centroid terms indexed per story for candidate retrieval
   * @param queryTerms article terms looked up in the index
   * @param candidates candidates scored in full per article
   * @param headlineWeight share of the headline cosine (with the story's headlines) in the text similarity
   * @param graceHours time gap without decay (an outlet's print edition the next day is not a later event)
   * @param floor an article whose body matches the story at least {@code floorBody} scores at least
   *     {@code floor} × that match, however old the story: a story that develops over days keeps
   *     articles that match it closely
   * @param floorBody body cosine from which the floor applies
   * @param counterpartWeight share of the score taken off when the article and the story disagree on
   *     who or where (see {@link Counterparts#counterpartConflict}): the same actor with another counterpart, place
   *     or company; 1 makes the conflict a veto
   * @param dateWeight added when the article's lead states an event day of the story, taken off when
   *     both state event days and share none (only within {@link #DATE_HORIZON_HOURS} of the story: later,
   *     time decay already speaks, and a developing story states new days)
   * @param entityWeight added times the share of the article's lead entities the story already names
   * @param actorWeight share of the score taken off when the article's headline actor is not the
   *     story's (see {@link ActorConflict#actorConflict}): the same kind of event by another ministry, governor or
   *     company; 1 makes it a veto
   * @param actorYoung the actor conflict applies to stories of at most this many articles (default:
   *     any size; a big story names many entities, so it rarely fires there, but a template story
   *     such as "X holds an Eid party" would otherwise take every actor once it has four articles)
   */
  public record Params(double threshold, double tauHours, double windowHours, double numberWeight, double copyBoost,
      double mergeThreshold, int keepTerms, int indexedTerms, int queryTerms, int candidates, double headlineWeight,
      double graceHours, double floor, double floorBody, double counterpartWeight, double dateWeight, double entityWeight,
      double actorWeight, int actorYoung) {
    static final double COUNTERPART = 1.0;
    static final double DATE = 0.10;
    static final double ENTITY = 0.05;
    static final double ACTOR = 1.0;
    static final int ACTOR_YOUNG = Integer.MAX_VALUE;
    public static final Params DEFAULT = new Params(0.18, 24, 24 * 7, 0.10, 0.3, 0.5, 60, 20, 15, 30, 0.7, 12, 0.4, 0.4,
        COUNTERPART, DATE, ENTITY, ACTOR, ACTOR_YOUNG);

    /** The parameters as before the actor conflict, which takes its default weight. */
    public Params(double threshold, double tauHours, double windowHours, double numberWeight, double copyBoost,
        double mergeThreshold, int keepTerms, int indexedTerms, int queryTerms, int candidates, double headlineWeight,
        double graceHours, double floor, double floorBody, double counterpartWeight, double dateWeight,
        double entityWeight) {
      this(threshold, tauHours, windowHours, numberWeight, copyBoost, mergeThreshold, keepTerms, indexedTerms,
          queryTerms, candidates, headlineWeight, graceHours, floor, floorBody, counterpartWeight, dateWeight,
          entityWeight, ACTOR, ACTOR_YOUNG);
    }

    /** The parameters as before counterpart, event-day and entity evidence, which take their default weights. */
    public Params(double threshold, double tauHours, double windowHours, double numberWeight, double copyBoost,
        double mergeThreshold, int keepTerms, int indexedTerms, int queryTerms, int candidates, double headlineWeight,
        double graceHours, double floor, double floorBody) {
      this(threshold, tauHours, windowHours, numberWeight, copyBoost, mergeThreshold, keepTerms, indexedTerms,
          queryTerms, candidates, headlineWeight, graceHours, floor, floorBody, COUNTERPART, DATE, ENTITY, ACTOR,
          ACTOR_YOUNG);
    }
  }

  /**
   * Hours after a story's first report beyond which an article starts a new story. Without it a daily
   * report worded like the day before (a case count, a market close) chains day after day into one
   * story, each issue a day from the last. Chosen on the four labelled sets (48 / 72 / 96 / 168 tried:
   * 96 lowered none of them and raised three).
   */
  static final double SPAN_HOURS = 96;

  /** Publication gap (hours) within which two different stated event days mean two events. */
  public static final double DATE_HORIZON_HOURS = 48;
  private static final int MAX_LIVE = 200_000;

  private final StoryState state;
  private final Params params;
  /** The learned join decision, or null for the hand-set score and threshold. */
  private final JoinModel model;
  /** Which switchable rules are on (all, in the product). */
  private final StoryOptions options;
  private final CopyLinks copies;
  private final JoinScoring scoring;
  /** Teacher forcing (training only): gold story → its cluster. */
  private final Map<String, StoryCluster> forced = new HashMap<>();
  private double latestHours = Double.NaN;
  /**
   * The earliest publication time of this run. Saved, so a job restored from a checkpoint goes on with
   * it; a later run over a saved state starts its own ({@link #startNewRun}).
   */
  private double runEarliestHours = Double.NaN;
  private long added;
  /** Best candidate score of the last article added: the hand-set score without a model, else the margin (for tests and diagnostics). */
  double lastScore = Double.NaN;

  /**
   * A clusterer deciding joins within {@link #MODEL_HORIZON_HOURS} by the shipped learned decision
   * ({@link JoinModel#standard}; the hand-set score when none ships). Round 9 made it the default: left
   * out of its training one labelled set at a time, it scored the held-out set better on average than
   * the hand-set rules (docs/evaluation.md, Stories, round 9). {@link #handSet} keeps the rules alone.
   */
  public StoryClusterer(StoryState state, Params params) {
    this(state, params, JoinModel.standard());
  }

  /** A clusterer deciding every join by the hand-set score and {@link Params#threshold} (no learned model). */
  public static StoryClusterer handSet(StoryState state, Params params) {
    return new StoryClusterer(state, params, null);
  }

  /** @param model the join decision, or null for the hand-set score and {@link Params#threshold} */
  public StoryClusterer(StoryState state, Params params, JoinModel model) {
    this(state, params, model, StoryOptions.ALL);
  }

  /** As above, with only the switchable rules {@code options} turns on (comparisons; the product runs {@link StoryOptions#ALL}). */
  public StoryClusterer(StoryState state, Params params, JoinModel model, StoryOptions options) {
    this(state, params, model, options, new CopyLinks());
  }

  private StoryClusterer(StoryState state, Params params, JoinModel model, StoryOptions options, CopyLinks copies) {
    this.state = state;
    this.params = params;
    this.model = model;
    this.options = options;
    this.copies = copies;
    this.scoring = new JoinScoring(params, state, options);
    this.recallWeighed = model != null && model.weight("refers_back") != 0;
  }

  /**
   * Whether the model weighs {@code refers_back}: reading the days an article's text recalls costs about a
   * quarter of the assignment time, so it is done only for a model that uses it, or in training.
   */
  private final boolean recallWeighed;

  public StoryClusterer(StoryState state) {
    this(state, Params.DEFAULT);
  }

  public StoryState state() {
    return state;
  }

  /** Assigns one article to a story and returns that story's id. */
  public String add(Document d) {
    return add(d, null, null);
  }

  /**
   * Training: hands {@code sink} the evidence against every candidate story; with {@code gold}, puts
   * the article in the cluster of that gold story (teacher forcing, no merges) instead of deciding.
   */
  String addObserved(Document d, String gold, java.util.function.BiConsumer<JoinEvidence, StoryCluster> sink) {
    observed = true;
    return add(d, gold, sink);
  }

  /** Whether {@link #addObserved} was used: the evidence then carries every feature, as for a model. */
  private boolean observed;

  /**
   * Hours within which the join model decides (gap between the article and the story's span). The
   * confusions it was trained against are there: two events of one actor on one day, a daily report's
   * next issue. The labelled sets hold few stories developing over more days (the seeds' follow-up
   * three days on is one), so beyond this the hand-set score decides, as without a model.
   */
  public static final double MODEL_HORIZON_HOURS = DATE_HORIZON_HOURS;

  /**
   * How far the evidence clears the join bar (≥ 0 joins): the model's probability minus its threshold
   * within {@link #MODEL_HORIZON_HOURS}, else the hand-set score minus its threshold; −∞ when the
   * story cannot take the article or a conflict set as a veto (weight 1) forbids it.
   */
  double margin(JoinEvidence ev) {
    if (ev == null) return Double.NEGATIVE_INFINITY;
    if (model == null || ev.gapHours() > MODEL_HORIZON_HOURS) return ev.hand() - params.threshold();
    if (JoinVetoes.vetoed(ev, params)) {
      // a confident model overrules the headline-actor conflict (the headlines' wording, not the event)
      return options.actorBar() && params.actorWeight() >= 1
          ? ConfidentActor.margin(ev, params, model.probability(ev.features()), model.threshold())
          : Double.NEGATIVE_INFINITY;
    }
    return model.probability(ev.features()) - model.threshold();
  }

  /** Whether the join model decides this candidate (training collects only those). */
  boolean modelDecides(JoinEvidence ev) {
    return ev != null && ev.gapHours() <= MODEL_HORIZON_HOURS && !JoinVetoes.vetoed(ev, params);
  }

  private String add(Document d, String gold, java.util.function.BiConsumer<JoinEvidence, StoryCluster> sink) {
    Idf idf = state.idf();
    StoryFeatures.Extracted e = ActorConflict.distinctiveActors(StoryFeatures.extract(d, latestHours, options), idf);
    // no publication time and no full date in its text: its time is the stream's clock or the nearest
    // weekday its text names ("اليوم الاثنين": which Monday?). Within this run's span neither time nor
    // event days may speak against a story (a batch's undated report of last week's meeting); stories
    // older than the run keep their distance
    double stated = e.timeEstimated() ? StatedDates.statedHours(d.headline(), d) : Double.NaN;
    StoryFeatures.Extracted probe = e.timeEstimated() && !Double.isNaN(runEarliestHours)
        && Double.isNaN(stated) ? e.withoutTime() : e;
    idf.add(StoryFeatures.distinct(e));
    Map<String, Float> vec = Vectors.tfidf(e.tf(), idf, params.keepTerms());
    Map<String, Float> head = Vectors.tfidf(e.headlineTf(), idf, params.keepTerms());
    Set<String> places = PlaceTerms.of(d);
    Map<String, Float> vecEvent = PlaceTerms.without(vec, places);
    Map<String, Float> headEvent = PlaceTerms.without(head, places);
    // the publication clock only: a date an undated article states may be far off (a deadline)
    double published = e.timeEstimated() ? Double.NaN : e.hours();
    if (!Double.isNaN(published) && (Double.isNaN(latestHours) || published > latestHours)) latestHours = published;
    if (!Double.isNaN(published) && !(published >= runEarliestHours)) runEarliestHours = published;

    List<String> paras = new ArrayList<>();
    for (Paragraph p : d.paragraphs()) paras.add(p.text());
    List<SyndicationIndex.Match> matches = copies.add(e.docId(), e.outlet(), published, paras);
    String exactOf = copies.exactDuplicate();

    Map<StoryCluster, Double> copied = copies.copiedStories(exactOf, matches, false, state);
    // the lead copied says the same event; a copied boilerplate paragraph further down may be a template's
    Map<StoryCluster, Double> copiedLead = copies.copiedStories(exactOf, matches, true, state);

    String lead = d.paragraphs().isEmpty() ? null : d.paragraphs().get(0).text();
    // no publication time and no full date in its text: only its weekdays can tell another week's event
    boolean undated = options.weekdays() && Double.isNaN(published) && Double.isNaN(stated);
    Set<java.time.DayOfWeek> weekdays = options.weekdays() ? StatedWeekdays.of(d.headline(), lead) : Set.of();
    IncomingArticle a = new IncomingArticle(probe, vec, head, vecEvent, headEvent,
        options.issuers() ? Issuers.of(e.headline()) : Set.of(), options.issuers() ? Issuers.opening(e.headline(), lead) : Set.of(),
        StoryFeatures.persons(d), TemplateDays.epochDay(published), runEarliestHours,
        options.recalledDays() && !e.timeEstimated() && (observed || recallWeighed) ? RecalledDays.of(d) : Set.of(),
        ArrivalPlaces.of(d), undated ? weekdays : Set.of());
    Set<StoryCluster> cands = new LinkedHashSet<>(state.candidates(vec, params.queryTerms(), params.candidates()));
    cands.addAll(copied.keySet());
    StoryCluster best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    Map<StoryCluster, Double> scores = new LinkedHashMap<>();
    for (StoryCluster c : cands) {
      JoinEvidence ev = scoring.evidence(a, c, copied.getOrDefault(c, 0.0), copiedLead.getOrDefault(c, 0.0), recurring,
          model != null || observed);
      if (sink != null && ev != null) sink.accept(ev, c);
      double s = margin(ev);
      // figures both print say the same event where the wording kept the reports apart
      if (s < 0 && options.sharedFigures() && SharedFigures.vouch(ev, SharedFigures.decimals(e.numbers(), c.numbers))) s = 0;
      scores.put(c, s);
      if (s > bestScore || (s == bestScore && best != null && c.order < best.order)) {
        best = c;
        bestScore = s;
      }
    }
    StoryCluster story;
    lastScore = bestScore == Double.NEGATIVE_INFINITY ? bestScore : bestScore + (model == null ? params.threshold() : 0);
    if (gold != null) {
      story = forced.get(gold);
      if (story == null || state.get(story.id) != story) {
        story = new StoryCluster("st_" + e.docId(), state.nextOrder());
        forced.put(gold, story);
      }
    } else if (best != null && bestScore >= 0) {
      story = best;
    } else {
      story = new StoryCluster("st_" + e.docId(), state.nextOrder());
    }
    // an article placed by its text alone does not stretch the story's span to the stream's clock: the
    // clock is when the batch ends, not when last week's report appeared, and a stretched span would
    // let the story merge with the batch's latest one on the same actors
    StoryJoins.join(story, probe == e ? e : e.withoutEstimate(), vec, head, d.headline() != null && !d.headline().isBlank(), state.nextOrder(), added,
        options.issuers() ? a.issuers() : null, a.persons());
    ArrivalPlaces.count(story.destinations, a.arrivals());
    if (options.weekdays()) {
      if (story.weekdays == null) story.weekdays = new HashMap<>(); // a story of a state saved before weekdays
      StatedWeekdays.count(story.weekdays, weekdays);
    }
    for (Map.Entry<StoryCluster, Double> s : scores.entrySet()) {
      StoryCluster other = s.getKey();
      if (gold != null || other == story || other.retired || s.getValue() < 0) continue;
      if (state.get(other.id) != other) continue;
      if (mergeable(story, other)) story = StoryJoins.merge(story, other, state);
    }
    if (a.day() != Long.MIN_VALUE) recurring.add(e.tf().keySet(), a.day());
    state.put(story, params.indexedTerms());
    copies.link(story, e.docId(), d, exactOf, matches, state);
    copies.remember(e.docId(), story.id);
    if (++added % 1000 == 0) housekeeping();
    return story.id;
  }

  /** Assigns every article in order; returns article id → story id. */
  public Map<String, String> addAll(List<Document> docs) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Document d : docs) out.put(d.id(), add(d));
    for (Map.Entry<String, String> en : out.entrySet()) en.setValue(state.get(en.getValue()).id);
    return out;
  }

  /**
   * Whether two stories the article scored for merge: their centroids agree (time-decayed) and no
   * conflict keeps them apart (other headline actors, other main days, other counterparts, other issuers).
   */
  private boolean mergeable(StoryCluster story, StoryCluster other) {
    return decay(story, other) * story.cosine(other) >= params.mergeThreshold()
        && !(params.actorWeight() >= 1 && ActorConflict.actorConflict(story, other)) && !EventAgreement.otherDays(story, other)
        && !(options.titledCounterpart() && Counterparts.counterpartsApart(story, other))
        && !(options.issuers() && Issuers.apart(story, other));
  }

  /** Days on which each term appeared so far (see {@link RecurringTerms}). */
  private RecurringTerms recurring = new RecurringTerms();

  private double decay(StoryCluster a, StoryCluster b) {
    if (Double.isNaN(a.firstHours) || Double.isNaN(b.firstHours)) return 1;
    double g = Math.max(0, Math.max(a.firstHours - b.lastHours, b.firstHours - a.lastHours));
    return Math.exp(-g / params.tauHours());
  }

  /** Retires stories out of the window (every 1,000 articles; package-private for tests). */
  void housekeeping() {
    double cutoff = Double.isNaN(latestHours) ? Double.NEGATIVE_INFINITY : latestHours - params.windowHours();
    state.retire(cutoff, MAX_LIVE);
    copies.evict(cutoff);
  }

  /**
   * Writes everything the clusterer remembers (its {@link StoryState}, the copied-paragraph index of
   * recent articles as MinHash signatures, which article is in which story), gzipped and bounded by
   * the live window rather than by all articles ever seen. {@link #restore} gives a clusterer that
   * assigns every later article exactly as this one would (this one deciding by the default, learned
   * decision, as every clusterer that keeps state between runs does).
   */
  public void save(java.io.OutputStream out) throws java.io.IOException {
    new ClustererSnapshot(state, latestHours, added, runEarliestHours, copies, recurring).write(out);
  }

  /** A clusterer saved by {@link #save}; {@code decorate} may wrap its restored state (or return it). */
  public static StoryClusterer restore(java.io.InputStream in, Params params,
      java.util.function.UnaryOperator<StoryState> decorate) throws java.io.IOException {
    ClustererSnapshot s = ClustererSnapshot.read(in, decorate);
    // the default decision, as {@link #StoryClusterer(StoryState, Params)}: a restored clusterer goes on as the saved one
    StoryClusterer c = new StoryClusterer(s.state(), params, JoinModel.standard(), StoryOptions.ALL, s.copies());
    if (s.recurring() != null) c.recurring = s.recurring();
    c.latestHours = s.latestHours();
    c.added = s.added();
    c.runEarliestHours = s.runEarliestHours();
    return c;
  }

  /**
   * Makes what follows a new run over the stories so far: an undated article is then placed against
   * the older stories by its own estimated time again (see {@link #runEarliestHours}).
   */
  public void startNewRun() {
    runEarliestHours = Double.NaN;
  }

  /** Live stories right now (for benchmarks). */
  public int liveStories() {
    return state.liveCount();
  }
}
