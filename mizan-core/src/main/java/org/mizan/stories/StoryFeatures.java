package org.mizan.stories;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mizan.doc.Document;
import org.mizan.doc.Paragraph;
import org.mizan.entities.Mention;
import org.mizan.text.ArabicNormalization;
import org.mizan.text.Clitics;
import org.mizan.text.Sentences;
import org.mizan.text.Span;
import org.mizan.text.Token;
import org.mizan.text.Tokenizer;

/**
 * What story clustering looks at in one article: weighted terms (clitic-stripped stems of the
 * headline and lead, numbers, linked entities), the event numbers it states, its outlet, time and
 * headline. The headline and first paragraph weigh more: they say what the event is.
 */
public final class StoryFeatures {
  static final int BODY_TOKEN_BUDGET = 350;
  /** A short first paragraph: the lead runs on to this many characters. */
  static final int LEAD_CHARS = 200;
  private static final Set<String> STOPWORDS = loadStopwords();

  private StoryFeatures() {}

  /**
   * Raw term frequencies (before idf), event numbers and event days of one document.
   *
   * @param eventDates the days (ISO) the headline and lead say the event happened, see {@link EventDates}
   * @param entities the named people, places and organisations of the article (their in-document
   *     names, matching form); empty when no entity stage ran
   * @param leadEntities those named in the lead (the event's actors, counterpart and place)
   * @param headlineActors the people and organisations of the lead that the headline names, in
   *     headline order: who acts in the event (the ministry holding the party, the governor receiving)
   * @param places those of {@code entities} that name a place: a one-word place is not a shorter
   *     form of an organisation named after it ("الرياض", "أمانة منطقة الرياض"), while a one-word
   *     person or organisation is of a longer name containing it ("كيري", "جون كيري"; "الهلال", "نادي الهلال")
   * @param leadActor when the headline names no actor, the first person or organisation of the lead
   *     (else null): it becomes the story's actor when the article is the first of its story to have
   *     one, so that the story has an actor to compare the next articles with. It does not stand for
   *     the article itself: a lead's first name is often a player or a spokesman, not who acts
   *     (tried: it split match previews and a ministers' meeting on the recurring-actor gold)
   * @param titledActor when the headline opens with a title of office instead of a name ("ولي العهد
   *     يستقبل …", "وزير الخارجية: …"), the lead's first person, who holds it; else null. Two such
   *     headlines with different holders are two events even when both name the same visitor and each
   *     article's attendance list names the other's holder (see {@link ActorConflict#actorConflict})
   * @param namedByTitle people of the lead the headline names by their title only: the words just
   *     before the name in the lead ("… مع وزير الدفاع الأمريكي جيمس ميلر") stand together in the
   *     headline ("… يجتمع مع وزير الدفاع الأمريكي"). Protocol headlines name the visitor or caller
   *     that way, so it is the counterpart of the event as surely as a name in the headline
   * @param hours publication time (hours since 1970); when the article has none, the time of the
   *     latest full date its text states (see {@link StatedDates#statedHours}), else NaN. Only for time decay
   *     and window: {@code time} stays the publication time the story reports.
   */
  public record Extracted(String docId, String outlet, double hours, String time, String headline,
      Map<String, Double> tf, Map<String, Double> headlineTf, Set<String> numbers, Set<String> eventDates,
      Set<String> entities, Set<String> leadEntities, List<String> headlineActors, Set<String> places,
      String leadActor, String titledActor, Set<String> namedByTitle) {

    /** Without people named by title. */
    public Extracted(String docId, String outlet, double hours, String time, String headline,
        Map<String, Double> tf, Map<String, Double> headlineTf, Set<String> numbers, Set<String> eventDates,
        Set<String> entities, Set<String> leadEntities, List<String> headlineActors, Set<String> places,
        String leadActor, String titledActor) {
      this(docId, outlet, hours, time, headline, tf, headlineTf, numbers, eventDates, entities, leadEntities,
          headlineActors, places, leadActor, titledActor, Set.of());
    }

    /** Without a titled actor. */
    public Extracted(String docId, String outlet, double hours, String time, String headline,
        Map<String, Double> tf, Map<String, Double> headlineTf, Set<String> numbers, Set<String> eventDates,
        Set<String> entities, Set<String> leadEntities, List<String> headlineActors, Set<String> places,
        String leadActor) {
      this(docId, outlet, hours, time, headline, tf, headlineTf, numbers, eventDates, entities, leadEntities,
          headlineActors, places, leadActor, null);
    }

    /** Without entity types: no entity is known to be a place (any shorter or fuller form of a name matches). */
    public Extracted(String docId, String outlet, double hours, String time, String headline,
        Map<String, Double> tf, Map<String, Double> headlineTf, Set<String> numbers, Set<String> eventDates,
        Set<String> entities, Set<String> leadEntities, List<String> headlineActors) {
      this(docId, outlet, hours, time, headline, tf, headlineTf, numbers, eventDates, entities, leadEntities,
          headlineActors, Set.of(), null);
    }

    /** Whether {@link #hours} is estimated from the text rather than the publication time. */
    public boolean timeEstimated() {
      return !Double.isNaN(hours) && Double.isNaN(Times.hours(time));
    }

    /** The article without its time and event days (an undated article within its run: see {@link StoryClusterer}). */
    Extracted withoutTime() {
      return new Extracted(docId, outlet, Double.NaN, time, headline, tf, headlineTf, numbers, Set.of(), entities,
          leadEntities, headlineActors, places, leadActor, titledActor, namedByTitle);
    }

    /** The article without the time estimated for it, its event days kept (it joins a story of its run). */
    Extracted withoutEstimate() {
      return new Extracted(docId, outlet, Double.NaN, time, headline, tf, headlineTf, numbers, eventDates, entities,
          leadEntities, headlineActors, places, leadActor, titledActor, namedByTitle);
    }

    /** Without headline actors (the actor conflict then never fires). */
    public Extracted(String docId, String outlet, double hours, String time, String headline,
        Map<String, Double> tf, Map<String, Double> headlineTf, Set<String> numbers, Set<String> eventDates,
        Set<String> entities, Set<String> leadEntities) {
      this(docId, outlet, hours, time, headline, tf, headlineTf, numbers, eventDates, entities, leadEntities, List.of());
    }

    /** Without event days (they then never count for or against a story). */
    public Extracted(String docId, String outlet, double hours, String time, String headline,
        Map<String, Double> tf, Map<String, Double> headlineTf, Set<String> numbers) {
      this(docId, outlet, hours, time, headline, tf, headlineTf, numbers, Set.of(), Set.of(), Set.of());
    }
  }

  public static Extracted extract(Document d) {
    return extract(d, Double.NaN);
  }

  /**
   * As {@link #extract(Document)}, with the clock of the stream the article arrives in (hours; the
   * latest publication time seen, NaN when none). An article with no publication time and no full
   * date is placed at the day its headline and lead state when read against that clock ({@code 3
   * ديسمبر}, {@code الخميس}: the nearest such day), else at the clock itself: news arrives about when
   * it is written, and an article left without any time would otherwise be as close to a story of
   * months ago as to today's.
   */
  public static Extracted extract(Document d, double clockHours) {
    return extract(d, clockHours, StoryOptions.ALL);
  }

  /** As {@link #extract(Document, double)}, with the number and event-day rules of {@code options}. */
  public static Extracted extract(Document d, double clockHours, StoryOptions options) {
    Map<String, Double> tf = new HashMap<>();
    Set<String> numbers = new LinkedHashSet<>();
    String headline = headline(d);
    Map<String, Double> headlineTf = new HashMap<>();
    addText(headline, 1.0, headlineTf, new LinkedHashSet<>(), options);
    addTerms(d, tf, numbers, options);
    String time = d.published() == null ? null : d.published().value();
    String lead = d.paragraphs().isEmpty() ? null : d.paragraphs().get(0).text();
    double hours = Times.hours(time);
    if (Double.isNaN(hours)) hours = StatedDates.statedHours(d.headline(), d);
    if (Double.isNaN(hours) && !Double.isNaN(clockHours)) {
      hours = StatedDates.statedHours(d.headline(), d, java.time.LocalDate.ofEpochDay((long) Math.floor(clockHours / 24)));
      if (Double.isNaN(hours)) hours = clockHours;
    }
    // an undated article's relative days ("أمس") are read against the day it states, its best estimate
    String anchor = !Double.isNaN(Times.hours(time)) || Double.isNaN(hours) ? time : Times.iso(hours);
    Set<String> days = EventDates.of(d.headline(), lead, anchor, options.latestDay());
    Set<String> entities = new LinkedHashSet<>();
    Set<String> places = new LinkedHashSet<>();
    Set<String> leadEntities = new LinkedHashSet<>();
    Map<String, Integer> actorAt = new HashMap<>();
    Set<String> byTitle = new LinkedHashSet<>();
    String firstActor = null;
    String firstPerson = null;
    String normHeadline = ArabicNormalization.normalize(headline);
    List<Token> headlineTokens = Tokenizer.tokenize(headline);
    int leadEnd = Math.max(LEAD_CHARS, lead == null ? 0 : lead.length());
    for (Mention m : d.mentions()) {
      if ("MISC".equals(m.type())) continue;
      String key = ArabicNormalization.normalize(m.canonical() != null ? m.canonical() : Clitics.strip(m.text()));
      if (key.length() < 2) continue;
      entities.add(key);
      if ("LOC".equals(m.type())) places.add(key);
      if (m.start() >= leadEnd) continue;
      leadEntities.add(key);
      if (!"PER".equals(m.type()) && !"ORG".equals(m.type())) continue;
      // the lead's mention as written (clitics stripped) or its canonical name, wherever the headline has it
      int at = normHeadline.indexOf(key);
      if (at < 0) at = normHeadline.indexOf(ArabicNormalization.normalize(Clitics.strip(m.text())));
      if (at < 0 && "ORG".equals(m.type())) at = HeadlineTitles.shortOrgName(key, headlineTokens);
      if (at >= 0) actorAt.merge(key, at, Math::min);
      else if ("PER".equals(m.type()) && (HeadlineTitles.titleInHeadline(d.body(), m.start(), headlineTokens)
          || HeadlineTitles.titleInHeadline(m.text(), headlineTokens))) byTitle.add(key);
      if (firstActor == null) firstActor = key;
      if (firstPerson == null && "PER".equals(m.type())) firstPerson = key;
    }
    List<String> actors = new ArrayList<>(actorAt.keySet());
    actors.sort(java.util.Comparator.comparing((String k) -> actorAt.get(k)).thenComparing(k -> k));
    // "ولي العهد يستقبل …": the headline names its actor by title; the lead names the holder first
    // not "وزير الخارجية: …": a statement, often one party's account of a meeting others report too
    String titled = firstPerson != null && headline.indexOf(':') < 0 && HeadlineTitles.opensWithTitle(headlineTokens)
        ? firstPerson : null;
    if (actors.isEmpty() && titled != null) actors.add(titled);
    return new Extracted(d.id(), d.outlet(), hours, time, headline, tf, headlineTf, numbers, days,
        entities, leadEntities, List.copyOf(actors), places, actors.isEmpty() ? firstActor : null, titled,
        Set.copyOf(byTitle));
  }

  /** The headline, else the first sentence of the body (cut to 120 characters). */
  public static String headline(Document d) {
    String printed = ClusterHeadline.of(d.headline());
    if (printed != null) return printed;
    for (Paragraph p : d.paragraphs()) {
      List<Span> s = Sentences.split(p.text());
      if (s.isEmpty()) continue;
      String first = p.text().substring(s.get(0).start(), s.get(0).end()).strip();
      return first.length() <= 120 ? first : first.substring(0, 120).strip() + "…";
    }
    return "";
  }

  /**
   * The raw term frequencies clustering weighs (before idf): the headline twice, the first paragraph
   * one and a half times, then the body up to {@link #BODY_TOKEN_BUDGET} tokens, and each linked
   * entity ({@code e:<id>}) once per mention.
   */
  public static Map<String, Double> terms(Document d) {
    Map<String, Double> tf = new HashMap<>();
    addTerms(d, tf, new LinkedHashSet<>(), StoryOptions.ALL);
    return tf;
  }

  private static void addTerms(Document d, Map<String, Double> tf, Set<String> numbers, StoryOptions options) {
    if (d.headline() != null && !d.headline().isBlank()) addText(d.headline(), 2.0, tf, numbers, options);
    int budget = BODY_TOKEN_BUDGET;
    boolean first = true;
    for (Paragraph p : d.paragraphs()) {
      if (budget <= 0) break;
      budget -= addTokens(Tokenizer.tokenize(p.text()), first ? 1.5 : 1.0, budget, tf, numbers, options);
      first = false;
    }
    for (Mention m : d.mentions()) {
      String key = m.entityId() != null ? m.entityId() : ArabicNormalization.normalize(m.text());
      tf.merge("e:" + key, 1.0, Double::sum);
    }
  }

  private static void addText(String text, double weight, Map<String, Double> tf, Set<String> numbers,
      StoryOptions options) {
    addTokens(Tokenizer.tokenize(text), weight, Integer.MAX_VALUE, tf, numbers, options);
  }

  /** Adds up to {@code budget} tokens; returns how many were used. */
  private static int addTokens(List<Token> tokens, double weight, int budget, Map<String, Double> tf,
      Set<String> numbers, StoryOptions options) {
    int used = 0;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (used >= budget) break;
      String term = term(t);
      if (term == null) continue;
      used++;
      tf.merge(term, weight, Double::sum);
      if (t.isNumber() && EventNumbers.isFigure(tokens, i, term, options)) numbers.add(EventNumbers.eventNumber(term, tokens, i));
    }
    return used;
  }

  /** The matching form of a token for clustering, or null for function words and noise. */
  static String term(Token t) {
    if (t.isNumber()) return number(t.norm());
    String s = t.stem();
    if (s.length() < 2 || STOPWORDS.contains(t.norm()) || STOPWORDS.contains(s)) return null;
    return s;
  }

  /**
   * Numbers without group separators, decimal point as '.'; {@code 3,000} and {@code 3000} match. A
   * single comma before one or two final digits is a decimal comma ({@code 7,8}, {@code 3,75}, as
   * Maghreb and French-wire copy prints them): groups of thousands have three digits.
   */
  static String number(String norm) {
    StringBuilder b = new StringBuilder(norm.length());
    int comma = norm.indexOf(',');
    boolean decimalComma = comma > 0 && comma == norm.lastIndexOf(',') && norm.indexOf('.') < 0
        && norm.indexOf('٫') < 0 && norm.length() - comma - 1 >= 1 && norm.length() - comma - 1 <= 2;
    for (int i = 0; i < norm.length(); i++) {
      char c = norm.charAt(i);
      if (Character.isDigit(c)) b.append(c);
      else if ((c == '.' || c == '٫' || (c == ',' && decimalComma)) && b.length() > 0) b.append('.');
    }
    return b.toString();
  }

  /** The people a document names anywhere (its PER mentions), in the matching form of {@link #extract}'s entities. */
  static Set<String> persons(Document d) {
    Set<String> out = new LinkedHashSet<>();
    for (Mention m : d.mentions()) {
      if (!"PER".equals(m.type())) continue;
      String key = ArabicNormalization.normalize(m.canonical() != null ? m.canonical() : Clitics.strip(m.text()));
      if (key.length() >= 2) out.add(key);
    }
    return out;
  }

  /** Distinct terms of a document, for document frequencies. */
  static Set<String> distinct(Extracted e) {
    return new HashSet<>(e.tf().keySet());
  }

  private static Set<String> loadStopwords() {
    return WordLists.load("/org/mizan/stories/stopwords.txt", true);
  }

  static List<String> tokensForShingles(String text) {
    List<String> out = new ArrayList<>();
    for (Token t : Tokenizer.tokenize(text)) out.add(t.isNumber() ? number(t.norm()) : t.norm());
    return out;
  }
}
