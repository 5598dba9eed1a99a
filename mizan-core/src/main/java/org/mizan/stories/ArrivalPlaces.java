package org.mizan.stories;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mizan.doc.Document;
import org.mizan.entities.Mention;
import org.mizan.text.ArabicNormalization;
import org.mizan.text.Clitics;
import org.mizan.text.Token;
import org.mizan.text.Tokenizer;

/**
 * Where an article's lead says a person arrived: the first place named after an arrival verb of the
 * same sentence ("وصل الرئيس ... إلى أنقرة", "لدى وصوله إلى أبو ظبي", "حطت الطائرة في الدوحة"). One
 * actor's tour stops in a new capital every day or two, and each stop's reports name the earlier stops
 * ("قادماً من السعودية") and the next ones, so words, people and time alone join the stops; the place
 * arrived at tells them apart.
 */
final class ArrivalPlaces {
  private ArrivalPlaces() {}

  private static final Set<String> VERBS = WordLists.load("/org/mizan/stories/arrival-verbs.txt", false);
  /** Tokens from the arrival verb to its place at most (the subject with its titles comes between). */
  static final int WINDOW = 12;

  /**
   * The lead's arrival places (normalized names, as {@link StoryFeatures} keys entities): for each
   * arrival verb of the lead, the first place mention after it in its sentence within {@link #WINDOW}
   * tokens, introduced as where one arrives, with the places chained to it, skipping a place of
   * origin ("قادماً من الرياض"); none when a number comes first ("وصل عدد الضحايا إلى 50": a count
   * reached, not a place) or no person arrives.
   */
  static Set<String> of(Document d) {
    if (d.paragraphs().isEmpty()) return Set.of();
    String body = d.body();
    int leadEnd = Math.min(body.length(), Math.max(StoryFeatures.LEAD_CHARS, d.paragraphs().get(0).text().length()));
    List<Token> toks = Tokenizer.tokenize(body.substring(0, leadEnd));
    List<Mention> places = new java.util.ArrayList<>();
    for (Mention m : d.mentions()) if ("LOC".equals(m.type()) && m.start() < leadEnd) places.add(m);
    places.sort(java.util.Comparator.comparingInt(Mention::start));
    Set<String> out = new LinkedHashSet<>();
    for (int i = 0; i < toks.size(); i++) {
      if (!arrivalVerb(toks.get(i).norm())) continue;
      int j = i + 1;
      for (Mention m : places) {
        if (m.start() < toks.get(i).end()) continue;
        if (sentenceEnds(body, toks.get(i).end(), m.start())) break;
        boolean number = false;
        for (; j < toks.size() && toks.get(j).start() < m.start(); j++) {
          number |= toks.get(j).isNumber();
        }
        if (number || j - i - 1 > WINDOW) break;
        if (origin(toks, m.start()) || !(j == i + 1 || introduced(toks, m))) continue;
        if (!personArrives(d.mentions(), body, toks, i, m.start())) break;
        // the first place and the places chained to it ("في مطار إيسنبوغا بأنقرة")
        int last = m.end();
        for (Mention n : places) {
          if (n.start() < m.start() || (n != m && (gap(toks, last, n.start()) > CHAIN || origin(toks, n.start())))) continue;
          String key = ArabicNormalization.normalize(n.canonical() != null ? n.canonical() : Clitics.strip(n.text()));
          if (key.length() >= 2) out.add(key);
          last = Math.max(last, n.end());
        }
        break;
      }
    }
    return out;
  }

  /**
   * Whether the article arrives somewhere else than the story: both name where the actor arrived, none
   * of the article's places is one of the story's, and the story's leads never name the article's
   * (a country's report "وصل إلى تركيا" beside a capital's "وصل إلى أنقرة" still names Ankara in its
   * lead, mostly). Another stop of the tour, another event.
   */
  static boolean otherStop(Set<String> article, StoryCluster c) {
    if (article.isEmpty() || c.destinations.isEmpty()) return false;
    java.util.function.Predicate<String> place = n -> true;
    for (String a : article) {
      if (NameMatch.namesAny(a, c.destinations.keySet(), place)) return false;
      if (NameMatch.namesAny(a, c.leadEntities.keySet(), place)) return false;
    }
    return true;
  }

  static boolean arrivalVerb(String norm) {
    if (VERBS.contains(norm)) return true;
    return norm.length() > 3 && (norm.charAt(0) == 'و' || norm.charAt(0) == 'ف') && VERBS.contains(norm.substring(1));
  }

  /** Places chained to the arrival place when at most this many words part them. */
  static final int CHAIN = 1;

  /** Whether the word before the place at {@code start} makes it a place of origin ("من", "قادماً"). */
  private static boolean origin(List<Token> toks, int start) {
    String before = null;
    for (Token t : toks) {
      if (t.start() >= start) break;
      if (t.end() <= start) before = t.norm();
    }
    return before != null && (before.equals("من") || before.startsWith("قادم"));
  }

  /**
   * Whether a preposition of arriving introduces the place at {@code start}: "إلى" or "في" at most
   * {@value #INTRO} words before it ("إلى العاصمة الإماراتية أبو ظبي"), or a "ب" clitic on its own
   * word ("بأنقرة"). A place the arrival clause names otherwise is not where the actor arrived
   * ("وصول قوات ضمن التحالف بقيادة السعودية").
   */
  private static boolean introduced(List<Token> toks, Mention m) {
    int k = -1;
    for (int t = 0; t < toks.size() && toks.get(t).start() <= m.start(); t++) k = t;
    if (k < 0) return false;
    Token own = toks.get(k);
    // the clitic outside the mention ("ب" + "أنقرة") or inside it ("بأنقرة", canonical "أنقرة")
    String word = own.norm().startsWith("و") && own.norm().length() > 2 ? own.norm().substring(1) : own.norm();
    String name = ArabicNormalization.normalize(m.canonical() != null ? m.canonical() : m.text());
    if (word.startsWith("ب") && !name.startsWith("ب")) return true;
    for (int t = k - 1; t >= 0 && t >= k - INTRO; t--) {
      String n = toks.get(t).norm();
      if (n.equals("الي") || n.equals("الى") || n.equals("في")) return true;
    }
    return false;
  }

  /**
   * Whether a person arrives: a person mention between the arrival verb and the place, or ending at
   * most {@value #INTRO} words before the verb ("مستقبلي ترامب عند وصوله إلى"), in the same sentence.
   * A visit is a person's; a shipment, a unit or a piece of wreckage arriving is no tour's stop.
   */
  private static boolean personArrives(List<Mention> mentions, String body, List<Token> toks, int verb, int placeStart) {
    int from = toks.get(Math.max(0, verb - INTRO)).start();
    for (Mention p : mentions) {
      if (!"PER".equals(p.type()) || p.end() <= from || p.start() >= placeStart) continue;
      if (!sentenceEnds(body, Math.min(p.end(), toks.get(verb).start()), placeStart)) return true;
    }
    return false;
  }

  /** Words a preposition may stand before its place ("في العاصمة القطرية الدوحة"). */
  static final int INTRO = 3;

  /** Whole tokens between two offsets. */
  private static int gap(List<Token> toks, int from, int to) {
    int n = 0;
    for (Token t : toks) if (t.start() >= from && t.end() <= to) n++;
    return n;
  }

  /** Whether a sentence ends between the two offsets (a stop, question mark, line break). */
  private static boolean sentenceEnds(String body, int from, int to) {
    for (int k = from; k < to && k < body.length(); k++) {
      char ch = body.charAt(k);
      if (ch == '.' || ch == '\n' || ch == '؟' || ch == '!' || ch == '?') return true;
    }
    return false;
  }

  /** Adds names to a story's count map (for {@link StoryCluster#destinations}). */
  static void count(Map<String, Integer> into, Iterable<String> names) {
    for (String n : names) into.merge(n, 1, Integer::sum);
  }
}
