package org.mizan.synthesis;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.mizan.doc.Document;
import org.mizan.figures.Figure;
import org.mizan.synthesis.FigureTable.Item;
import org.mizan.synthesis.StoryText.Sentence;

/**
 * What the sentence around a figure says that tells two readings of a quantity apart, for {@link
 * FigureTable}: the figure's clause, the clock times and session moments it was read at, whether it is a
 * market reading, the days stated, the publication day and the period it covers; and whether two figures
 * are readings at different moments, days or periods, or a tally gone on.
 */
final class FigureContext {
  private FigureContext() {}

  /** The figure at sentence {@code s} of document number {@code d}, with what its sentence says around it. */
  static Item item(Document doc, int d, Figure f, Sentence s) {
    org.mizan.text.Span clause = clauseOf(s, f);
    return new Item(d, f, s, readingTimes(doc, s, clause), marketReading(f, s, clause), statedDays(doc, s),
        publishedMoment(doc), period(s, clause, f));
  }

  /**
   * Whether both values can be true as readings at two moments: read at other stated times (or a market
   * read at no common moment), on other stated days, or a running tally reported larger on a later day.
   */
  static boolean atOtherMoments(Item a, Item b) {
    return readAtOtherTimes(a, b) || readOnOtherDays(a, b) || tallyGoneOn(a, b);
  }

  /**
   * Whether two figures can both be true as readings at different moments: both sentences state a
   * moment and none is shared, or one is a market reading and they share no stated moment (a price an
   * outlet gives with no time is a reading of some moment of a moving market, not a second account).
   */
  private static boolean readAtOtherTimes(Item a, Item b) {
    boolean disjoint = java.util.Collections.disjoint(a.times(), b.times());
    if (a.market() || b.market()) return disjoint;
    return !a.times().isEmpty() && !b.times().isEmpty() && disjoint;
  }

  /**
   * Whether a figure is a reading of a market: an amount of money, cents, a percentage or points in a
   * clause with a verb of movement and a market word ({@code وارتفع سعر برنت 13 سنتا إلى 53.51 دولار}).
   */
  static boolean marketReading(Figure f, Sentence s, org.mizan.text.Span clause) {
    String u = f.unit();
    boolean priced = u != null && (u.matches("[A-Z]{3}") || u.equals("cent") || u.equals("percent"))
        || "نقطه".equals(f.counted()) || "point".equals(f.counted());
    if (!priced) return false;
    boolean moves = false;
    boolean market = false;
    for (org.mizan.text.Token t : s.tokens()) {
      if (t.start() < clause.start() || t.end() > clause.end()) continue;
      moves |= listed(Lexicon.PRICE_MOVES, t);
      market |= listed(Lexicon.MARKET_WORDS, t);
    }
    return moves && market;
  }

  /** Whether a word is listed as written, without its proclitics, or without a conjunction (ونزلت). */
  private static boolean listed(Set<String> words, org.mizan.text.Token t) {
    String n = t.norm();
    return words.contains(n) || words.contains(t.stem())
        || n.length() > 3 && (n.charAt(0) == 'و' || n.charAt(0) == 'ف') && words.contains(n.substring(1));
  }

  /**
   * The moments a figure was read at: the clock times its sentence states, and a session's open,
   * middle or close named in its own {@code clause} ({@code انخفض الخام عند التسوية سبعة سنتات}), as
   * {@link #OPEN}, {@link #MIDDAY}, {@link #CLOSE}. The clause matters: {@code …بحلول الساعة 0647
   * بعدما ارتفع ثمانية سنتات عند التسوية في الجلسة السابقة} dates only the second figure at a close.
   */
  private static Set<Double> readingTimes(Document d, Sentence s, org.mizan.text.Span clause) {
    Set<Double> out = new HashSet<>();
    for (Figure t : d.figures()) {
      if ("time".equals(t.unit()) && t.start() >= s.start() && t.end() <= s.end()) out.add(t.value());
    }
    String norm = org.mizan.text.ArabicNormalization.normalize(
        s.text().substring(clause.start() - s.start(), clause.end() - s.start()));
    for (var m : Lexicon.MARKET_MOMENTS.entrySet()) {
      if (norm.contains(m.getKey())) out.add(m.getValue().equals("close") ? CLOSE : m.getValue().equals("open") ? OPEN : MIDDAY);
    }
    return out.isEmpty() ? Set.of() : Set.copyOf(out);
  }

  /**
   * Whether both sentences state the day they report on and no day is shared: {@code قتل 18 شخصا الثلاثاء}
   * and {@code قتل 7 أشخاص الأربعاء} are two days' counts, not two accounts of one.
   */
  private static boolean readOnOtherDays(Item a, Item b) {
    return !a.days().isEmpty() && !b.days().isEmpty() && java.util.Collections.disjoint(a.days(), b.days());
  }

  /**
   * Whether a running tally ({@link Lexicon#RUNNING_TALLIES}: a toll, the wounded) was reported larger
   * later: on a later publication day (18 dead on one day and 25 the next is the toll rising; 25 then
   * 18 is not), or at a later stated time of the same day (wires update a toll within hours). Two
   * reports of one day with no time to order them are two accounts.
   */
  private static boolean tallyGoneOn(Item a, Item b) {
    Figure f = a.figure();
    if (f.counted() == null || !Lexicon.RUNNING_TALLIES.contains(f.counted())) return false;
    String pa = a.published();
    String pb = b.published();
    if (pa == null || pb == null) return false;
    if (pa.substring(0, 10).equals(pb.substring(0, 10))) {
      if (pa.length() < 16 || pb.length() < 16) return false;
      pa = pa.substring(0, 16);
      pb = pb.substring(0, 16);
    } else {
      pa = pa.substring(0, 10);
      pb = pb.substring(0, 10);
    }
    if (pa.equals(pb)) return false;
    Item early = pa.compareTo(pb) < 0 ? a : b;
    Item late = early == a ? b : a;
    return late.figure().value() > early.figure().value();
  }

  /**
   * Whether both figures state the period they cover and the periods differ: {@code خلال الأسبوع 120 حالة}
   * and {@code ليرتفع الإجمالي إلى 900 حالة} are a week's tally and the total, not two accounts of one count.
   */
  static boolean otherPeriods(Item a, Item b) {
    return a.period() != null && b.period() != null && !a.period().equals(b.period());
  }

  /**
   * The period a figure covers ({@link Lexicon#TALLY_PERIODS}): the phrase nearest before it in its own
   * clause, or null when the clause names none there.
   */
  static String period(Sentence s, org.mizan.text.Span clause, Figure f) {
    int from = clause.start() - s.start();
    int to = Math.min(f.start(), clause.end()) - s.start();
    if (to <= from) return null;
    String before = org.mizan.text.ArabicNormalization.normalize(s.text().substring(from, to));
    String period = null;
    int at = -1;
    for (var m : Lexicon.TALLY_PERIODS.entrySet()) {
      int k = before.lastIndexOf(m.getKey());
      if (k > at) {
        at = k;
        period = m.getValue();
      }
    }
    return period;
  }

  /** The days (ISO dates) the sentence states, as the dates stage resolved them. */
  private static Set<String> statedDays(Document d, Sentence s) {
    Set<String> out = new HashSet<>();
    for (org.mizan.figures.TextDate t : d.dates()) {
      if (t.start() >= s.start() && t.end() <= s.end() && t.value() != null && DAY.matcher(t.value()).matches()) {
        out.add(t.value());
      }
    }
    return out.isEmpty() ? Set.of() : Set.copyOf(out);
  }

  /**
   * The article's publication moment: its ISO day, with the time to the minute when the article states
   * it ({@code 2024-03-11T17:30}; a retrieval time standing in orders nothing), or null when the day is
   * unknown.
   */
  private static String publishedMoment(Document d) {
    String v = d.published() == null ? null : d.published().value();
    if (v == null || v.length() < 10 || !DAY.matcher(v.substring(0, 10)).matches()) return null;
    boolean stated = !d.published().inferred() && v.length() >= 16 && MINUTE.matcher(v.substring(10, 16)).matches();
    return stated ? v.substring(0, 16) : v.substring(0, 10);
  }

  private static final java.util.regex.Pattern DAY = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final java.util.regex.Pattern MINUTE = java.util.regex.Pattern.compile("T\\d{2}:\\d{2}");

  /** Session moments as reading times: no clock time is negative. */
  static final double OPEN = -1, MIDDAY = -2, CLOSE = -3;

  /** Words that open another clause of a market report: what follows is another reading. */
  private static final Set<String> CLAUSE_OPENERS = Set.of("بعدما", "بعد", "بينما", "فيما", "مقارنة", "مقابل",
      "وكان", "وكانت", "حيث");

  /**
   * The figure's clause, in body offsets: its sentence cut at commas, semicolons and {@link
   * #CLAUSE_OPENERS} around it.
   */
  static org.mizan.text.Span clauseOf(Sentence s, Figure f) {
    String t = s.text();
    List<int[]> w = ClauseCutter.words(t, new org.mizan.text.Span(0, t.length()));
    if (w.isEmpty()) return new org.mizan.text.Span(s.start(), s.end());
    int from = f.start() - s.start();
    int to = f.end() - s.start();
    int first = 0;
    while (first + 1 < w.size() && w.get(first)[1] <= from) first++;
    int last = first;
    while (last + 1 < w.size() && w.get(last + 1)[0] < to) last++;
    // an opener starts the clause it opens; a comma ends the one before it
    while (first > 0 && !opener(t, w.get(first)) && !endsClause(t, w.get(first - 1))) first--;
    while (last + 1 < w.size() && !endsClause(t, w.get(last)) && !opener(t, w.get(last + 1))) last++;
    return new org.mizan.text.Span(s.start() + w.get(first)[0], s.start() + w.get(last)[1]);
  }

  private static boolean opener(String t, int[] w) {
    return CLAUSE_OPENERS.contains(t.substring(w[0], w[1]));
  }

  private static boolean endsClause(String t, int[] w) {
    return ClauseCutter.clauseMark(t.charAt(w[1] - 1));
  }
}
