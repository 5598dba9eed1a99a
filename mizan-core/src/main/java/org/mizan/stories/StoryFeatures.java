package org.mizan.stories;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
  private static final Set<String> HEADLINE_TITLES = load("/org/mizan/stories/headline-titles.txt", false);

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
   *     latest full date its text states (see {@link #statedHours}), else NaN. Only for time decay
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
    if (Double.isNaN(hours)) hours = statedHours(d.headline(), d);
    if (Double.isNaN(hours) && !Double.isNaN(clockHours)) {
      hours = statedHours(d.headline(), d, java.time.LocalDate.ofEpochDay((long) Math.floor(clockHours / 24)));
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
      if (at < 0 && "ORG".equals(m.type())) at = shortOrgName(key, headlineTokens);
      if (at >= 0) actorAt.merge(key, at, Math::min);
      else if ("PER".equals(m.type()) && (titleInHeadline(d.body(), m.start(), headlineTokens)
          || titleInHeadline(m.text(), headlineTokens))) byTitle.add(key);
      if (firstActor == null) firstActor = key;
      if (firstPerson == null && "PER".equals(m.type())) firstPerson = key;
    }
    List<String> actors = new ArrayList<>(actorAt.keySet());
    actors.sort(java.util.Comparator.comparing((String k) -> actorAt.get(k)).thenComparing(k -> k));
    // "ولي العهد يستقبل …": the headline names its actor by title; the lead names the holder first
    // not "وزير الخارجية: …": a statement, often one party's account of a meeting others report too
    String titled = firstPerson != null && headline.indexOf(':') < 0 && opensWithTitle(headlineTokens)
        ? firstPerson : null;
    if (actors.isEmpty() && titled != null) actors.add(titled);
    return new Extracted(d.id(), d.outlet(), hours, time, headline, tf, headlineTf, numbers, days,
        entities, leadEntities, List.copyOf(actors), places, actors.isEmpty() ? firstActor : null, titled,
        Set.copyOf(byTitle));
  }

  /**
   * Whether two words of a name's title, among the {@value #TITLE_WORDS} words just before it in the
   * body with no punctuation between them and the name ("سفير جمهورية فرنسا لدى المملكة بيير دوران",
   * "وزير الدفاع الأمريكي جيمس ميلر"), follow each other in the headline too ("يستقبل سفير جمهورية
   * فرنسا"). Stopwords and numbers are no title ("مع", "لدى", "أمس").
   */
  static boolean titleInHeadline(String body, int nameStart, List<Token> headline) {
    int from = Math.max(0, nameStart - 100);
    List<Token> before = Tokenizer.tokenize(body.substring(from, nameStart));
    int first = before.size();
    // back from the name while only letters and spaces lie between
    while (first > 0 && before.size() - first < TITLE_WORDS && lettersOnly(body, from + before.get(first - 1).end(),
        first == before.size() ? nameStart : from + before.get(first).start())) {
      first--;
    }
    for (int i = first; i + 1 < before.size(); i++) if (pairInHeadline(before.get(i), before.get(i + 1), headline)) return true;
    return false;
  }

  static final int TITLE_WORDS = 4;

  private static boolean lettersOnly(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char ch = s.charAt(i);
      if (!Character.isLetter(ch) && !Character.isWhitespace(ch) && Character.getType(ch) != Character.NON_SPACING_MARK) return false;
    }
    return true;
  }

  /** The same for a mention that holds its title ("وزير الدفاع الأمريكي جيمس ميلر"): its first two of at least three words. */
  static boolean titleInHeadline(String mention, List<Token> headline) {
    List<Token> t = Tokenizer.tokenize(mention);
    return t.size() >= 3 && pairInHeadline(t.get(0), t.get(1), headline);
  }

  private static boolean pairInHeadline(Token a, Token b, List<Token> headline) {
    if (term(a) == null || term(b) == null || a.isNumber() || b.isNumber()) return false;
    for (int i = 0; i + 1 < headline.size(); i++) {
      if (headline.get(i).stem().equals(a.stem()) && headline.get(i + 1).stem().equals(b.stem())) return true;
    }
    return false;
  }

  /** Whether the headline's first word is a title of office (see {@code headline-titles.txt}). */
  static boolean opensWithTitle(List<Token> headline) {
    for (Token t : headline) {
      if (t.isNumber()) return false;
      if (t.norm().isEmpty()) continue;
      return HEADLINE_TITLES.contains(t.norm()) || HEADLINE_TITLES.contains(Clitics.strip(t.norm()));
    }
    return false;
  }

  /**
   * When an article has no publication time: the time (midnight) of the latest full date (day,
   * month and year: {@code 3 ديسمبر 2025}, {@code 2025-12-03}) its headline and lead state (the
   * first paragraph, at least the first {@value #STATED_LEAD_CHARS} characters of the body); NaN when
   * they state none. News states its event's day early; further down come photo captions, background
   * and deadlines ("صورة أرشيفية - 12 نوفمبر"), which say nothing about when this article was written.
   */
  static double statedHours(String headline, Document d) {
    String body = d.body();
    int end = Math.min(body.length(), Math.max(STATED_LEAD_CHARS,
        d.paragraphs().isEmpty() ? 0 : d.paragraphs().get(0).text().length()));
    return latestFullDate((headline == null ? "" : headline) + "\n\n" + body.substring(0, end));
  }

  static final int STATED_LEAD_CHARS = 300;

  /**
   * The time (midnight) of the latest day its headline and lead state when read against {@code
   * clock} (a day and month without year, a weekday, أمس); NaN when they state none.
   */
  static double statedHours(String headline, Document d, java.time.LocalDate clock) {
    String body = d.body();
    int end = Math.min(body.length(), Math.max(STATED_LEAD_CHARS,
        d.paragraphs().isEmpty() ? 0 : d.paragraphs().get(0).text().length()));
    String text = (headline == null ? "" : headline) + "\n\n" + body.substring(0, end);
    double best = Double.NaN;
    for (org.mizan.figures.TextDate t : DATES.extract(text, clock)) {
      if (!t.resolved() || t.value() == null || t.value().length() != 10) continue;
      double h = Times.hours(t.value());
      if (!Double.isNaN(h) && (Double.isNaN(best) || h > best)) best = h;
    }
    return best;
  }

  private static final org.mizan.figures.DateExtractor DATES = new org.mizan.figures.DateExtractor();

  private static double latestFullDate(String text) {
    double best = Double.NaN;
    if (text == null || text.isBlank()) return best;
    for (org.mizan.figures.TextDate t : DATES.extract(text, null)) {
      if (!t.resolved() || t.value() == null || t.value().length() != 10) continue;
      double h = Times.hours(t.value());
      if (!Double.isNaN(h) && (Double.isNaN(best) || h > best)) best = h;
    }
    return best;
  }


  /**
   * Where the headline names an organisation by the end of its name, without its head and
   * qualifiers ("الخدمة المدنية" for "وزارة الخدمة المدنية", "«الغذاء والدواء»" for "الهيئة العامة
   * للغذاء والدواء"): the offset of the headline token where the organisation's last two words
   * (clitic-stripped) follow each other; -1 when it does not, or the name has fewer than three words.
   */
  static int shortOrgName(String org, List<Token> headline) {
    List<Token> name = Tokenizer.tokenize(org);
    if (name.size() < 3) return -1;
    String a = name.get(name.size() - 2).stem();
    String b = name.get(name.size() - 1).stem();
    for (int i = 0; i + 1 < headline.size(); i++) {
      if (headline.get(i).stem().equals(a) && headline.get(i + 1).stem().equals(b)) return headline.get(i).start();
    }
    return -1;
  }

  /** The headline, else the first sentence of the body (cut to 120 characters). */
  public static String headline(Document d) {
    if (d.headline() != null && !d.headline().isBlank()) return d.headline().strip();
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
      if (t.isNumber() && isEventNumber(term) && !(options.periods() && countsPeriod(tokens, i))
          && !(options.levels() && statesLevel(tokens, i, term)) && !(options.dateParts() && datePart(tokens, i, term))) {
        numbers.add(eventNumber(term, tokens, i));
      }
    }
    return used;
  }

  /**
   * A two-digit whole number with what it counts ("63|مستفيد", "63|مليون"): 63 graduates and 63
   * million dollars are not the same figure, and small numbers recur by chance. Longer numbers and
   * decimals (a closing index, 11.8 %) are specific enough alone and keep their bare form, so that
   * "11.8 %" and "11.8 في المائة" still agree.
   */
  static String eventNumber(String n, List<Token> tokens, int i) {
    if (n.length() > 2 || n.indexOf('.') >= 0) return n;
    String unit = i + 1 < tokens.size() && !tokens.get(i + 1).isNumber() ? tokens.get(i + 1).stem() : "";
    return n + "|" + unit;
  }

  /** The matching form of a token for clustering, or null for function words and noise. */
  static String term(Token t) {
    if (t.isNumber()) return number(t.norm());
    String s = t.stem();
    if (s.length() < 2 || STOPWORDS.contains(t.norm()) || STOPWORDS.contains(s)) return null;
    return s;
  }

  /** Numbers without group separators, decimal point as '.'; {@code 3,000} and {@code 3000} match. */
  static String number(String norm) {
    StringBuilder b = new StringBuilder(norm.length());
    for (int i = 0; i < norm.length(); i++) {
      char c = norm.charAt(i);
      if (Character.isDigit(c)) b.append(c);
      else if ((c == '.' || c == '٫') && b.length() > 0) b.append('.');
    }
    return b.toString();
  }

  /** The number of an event number, without what it counts. */
  static String bareNumber(String eventNumber) {
    int bar = eventNumber.indexOf('|');
    return bar < 0 ? eventNumber : eventNumber.substring(0, bar);
  }

  /**
   * Whether the number at {@code i} counts a span of time ("24 ساعة", "10 أيام"): the period a report
   * covers, which every issue of a daily bulletin repeats, not a figure of its event.
   */
  static boolean countsPeriod(List<Token> tokens, int i) {
    if (i + 1 >= tokens.size()) return false;
    Token unit = tokens.get(i + 1);
    return PERIOD_UNITS.contains(unit.norm()) || PERIOD_UNITS.contains(unit.stem());
  }

  /**
   * Whether the whole number at {@code i} is a level a word before it sets ("فوق 50 دولارا", "دون
   * 1100 دولار"): the price level a daily market report repeats on many days, so two days' reports
   * would agree on it. Decimals stay figures (a close, "عند مستوى 1129.60").
   */
  static boolean statesLevel(List<Token> tokens, int i, String number) {
    if (i == 0 || number.indexOf('.') >= 0) return false;
    if (levelWord(tokens.get(i - 1))) return true;
    // "أعلى قليلا من 50 دولارا", "أدنى من 1100": a comparative two or three words before, bridged by من/عن
    String prev = tokens.get(i - 1).norm();
    if (!prev.equals("من") && !prev.equals("عن")) return false;
    for (int k = i - 2; k >= Math.max(0, i - 3); k--) if (levelWord(tokens.get(k))) return true;
    return false;
  }

  private static boolean levelWord(Token t) {
    return LEVEL_WORDS.contains(t.norm()) || LEVEL_WORDS.contains(Clitics.strip(t.norm()));
  }

  /**
   * Whether the short number at {@code i} is the day or month of a written date: another number
   * follows at once ("14/10/1436هـ", the ministries' statement dates). Two statements of one month share
   * its number, which says nothing about their events.
   */
  static boolean datePart(List<Token> tokens, int i, String number) {
    return number.length() <= 2 && i + 1 < tokens.size() && tokens.get(i + 1).isNumber();
  }

  private static final Set<String> LEVEL_WORDS = load("/org/mizan/stories/level-words.txt", false);

  private static final Set<String> PERIOD_UNITS = load("/org/mizan/stories/period-units.txt", true);

  /** Numbers that identify an event (a count, an amount), not years or single digits. */
  static boolean isEventNumber(String n) {
    if (n.length() < 2) return false;
    if (n.length() == 4 && (n.startsWith("19") || n.startsWith("20") || n.startsWith("14"))) return false;
    return true;
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
    return load("/org/mizan/stories/stopwords.txt", true);
  }

  /** A word list (normalized; with {@code stripped} also each word without its clitics). */
  private static Set<String> load(String resource, boolean stripped) {
    try (InputStream in = StoryFeatures.class.getResourceAsStream(resource)) {
      Set<String> out = new HashSet<>();
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        line = line.strip();
        if (line.isEmpty() || line.startsWith("#")) continue;
        String n = ArabicNormalization.normalize(line);
        out.add(n);
        if (stripped) out.add(Clitics.strip(n));
      }
      return Set.copyOf(out);
    } catch (IOException | NullPointerException e) {
      throw new IllegalStateException("cannot read " + resource, e);
    }
  }

  static List<String> tokensForShingles(String text) {
    List<String> out = new ArrayList<>();
    for (Token t : Tokenizer.tokenize(text)) out.add(t.isNumber() ? number(t.norm()) : t.norm());
    return out;
  }
}
