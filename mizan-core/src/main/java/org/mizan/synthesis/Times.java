package org.mizan.synthesis;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mizan.figures.TextDate;
import org.mizan.synthesis.StoryDigest.Citation;
import org.mizan.synthesis.StoryDigest.Divergence;
import org.mizan.synthesis.StoryDigest.Position;
import org.mizan.synthesis.StoryText.Sentence;
import org.mizan.text.Token;

/**
 * Different times given for the same event: similar sentences in different articles (compared
 * without their date words) whose resolved dates differ by at most a day, or fall on the same day
 * at different parts of the day. A one-day gap with the earlier side in the evening or the later
 * side in the morning is noted as a likely time-zone difference.
 */
final class Times {
  private static final double SAME_EVENT = 0.35;

  private Times() {}

  /**
   * A dated mention; {@code shaky} when only relative words ({@code صباح اليوم}, {@code أمس}) date it:
   * they are relative to a day the reader does not see for sure (a print edition's "yesterday" is
   * relative to the day it was written; an article with no stated date is dated by its retrieval).
   */
  private record Dated(int doc, LocalDate day, String part, String printed, Sentence sentence,
      Map<String, Double> vector, boolean shaky, boolean retrieved, boolean midnight) {}

  /**
   * Days a page can have waited before it was retrieved: an article with no stated date is dated by
   * its retrieval, so its relative words ({@code مساء اليوم}) may point up to this many days late.
   */
  private static final int RETRIEVAL_LAG = 2;

  static List<Divergence> find(StoryText st, List<StoryDates.Dated> dates) {
    List<Dated> items = new ArrayList<>();
    for (StoryDates.Dated x : dates) {
      TextDate td = x.date();
      int d = x.doc();
      if (x.value().length() < 10 || !x.value().matches("\\d{4}-\\d{2}-\\d{2}.*")) continue;
      Sentence s = st.at(d, td.start());
      if (s == null || s.subheading()) continue;
      LocalDate day;
      try {
        day = LocalDate.parse(x.value().substring(0, 10));
      } catch (RuntimeException e) {
        continue;
      }
      String part = partOfDay(s, td);
      String printed = part == null || td.text().contains(part) ? td.text() : part + " " + td.text();
      boolean shaky = relativeOnly(td.text());
      boolean retrieved = st.doc(s).published() != null && st.doc(s).published().inferred();
      items.add(new Dated(d, day, partKind(part), printed, s, withoutDate(s, td), shaky, retrieved, midnight(s, td)));
    }
    // union same-event items across articles
    int n = items.size();
    DisjointSets sets = new DisjointSets(n);
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        Dated a = items.get(i);
        Dated b = items.get(j);
        if (a.doc() == b.doc() || Math.abs(ChronoUnit.DAYS.between(a.day(), b.day())) > 1) continue;
        if (StoryText.cosine(a.vector(), b.vector()) >= SAME_EVENT) sets.join(i, j);
      }
    }
    Map<Integer, List<Dated>> groups = sets.groups(items);
    List<Divergence> out = new ArrayList<>();
    for (List<Dated> g : groups.values()) {
      Map<String, List<Dated>> byTime = new LinkedHashMap<>();
      for (Dated x : g) byTime.computeIfAbsent(x.day() + "|" + (x.part() == null ? "" : x.part()), k -> new ArrayList<>()).add(x);
      if (!sourcesDisagree(g)) continue;
      List<Position> ps = new ArrayList<>();
      for (List<Dated> same : byTime.values()) {
        Set<Integer> seen = new LinkedHashSet<>();
        List<Citation> cites = new ArrayList<>();
        for (Dated x : same) if (seen.add(x.sentence().index())) cites.add(Summarizer.cite(st, x.sentence()));
        Dated h = same.get(0);
        ps.add(new Position(h.day() + (h.part() == null ? "" : " " + h.part()), h.printed(), null, cites));
      }
      out.add(new Divergence("time", g.get(0).sentence().text(), ps, note(g)));
    }
    return out;
  }

  /**
   * True when two articles of the group give times that cannot both hold: different days, or the same
   * day at different parts of it (a day without a part fits any part of it). An article that gives
   * both times (one sentence dating two moments: arrival at dawn, prayer in the afternoon) disagrees
   * with no one.
   */
  private static boolean sourcesDisagree(List<Dated> g) {
    Map<Integer, List<Dated>> byDoc = new LinkedHashMap<>();
    for (Dated x : g) byDoc.computeIfAbsent(x.doc(), k -> new ArrayList<>()).add(x);
    List<List<Dated>> docs = new ArrayList<>(byDoc.values());
    for (int i = 0; i < docs.size(); i++) {
      for (int j = i + 1; j < docs.size(); j++) {
        boolean fits = false;
        for (Dated a : docs.get(i)) for (Dated b : docs.get(j)) fits |= compatible(a, b);
        if (!fits) return true;
      }
    }
    return false;
  }

  /**
   * Whether two dated mentions can both hold. A shaky one within a day of the other always can: an
   * outlet crawled the morning after it printed "this morning" is read a day late, a print edition's
   * "yesterday" was written the day before it is dated, and on real days nearly every one-day
   * "disagreement" with a relative date was one of these.
   */
  private static boolean compatible(Dated a, Dated b) {
    // a relative-only date may be a day off; منتصف ليلة الخميس is the turn of a day, late on one and early on the next
    boolean dayLoose = a.shaky() || b.shaky() || a.midnight() || b.midnight();
    if (dayLoose && Math.abs(ChronoUnit.DAYS.between(a.day(), b.day())) <= 1) return true;
    if (lateByRetrieval(a, b) || lateByRetrieval(b, a)) return true;
    return a.day().equals(b.day()) && (a.part() == null || b.part() == null || a.part().equals(b.part()));
  }

  /**
   * Whether {@code a}'s relative words, read against a retrieval time that stands in for its article's
   * date, may name {@code b}'s day: up to {@link #RETRIEVAL_LAG} days earlier (the page waited before
   * it was retrieved) or a day later.
   */
  private static boolean lateByRetrieval(Dated a, Dated b) {
    long ahead = ChronoUnit.DAYS.between(b.day(), a.day());
    return a.shaky() && a.retrieved() && ahead >= -1 && ahead <= RETRIEVAL_LAG;
  }

  /** Whether a date is written with relative words only: no weekday, no digit, no month. */
  static boolean relativeOnly(String text) {
    if (StoryDates.weekday(text) != null || text.chars().anyMatch(Character::isDigit)) return false;
    List<Token> toks = org.mizan.text.Tokenizer.tokenize(text);
    for (int i = 0; i < toks.size(); i++) if (org.mizan.figures.Months.isMonthAt(toks, i)) return false;
    return true;
  }

  /** A likely explanation: a time-zone difference when the days are one apart with evening vs morning. */
  private static String note(List<Dated> g) {
    LocalDate min = g.stream().map(Dated::day).min(LocalDate::compareTo).orElseThrow();
    LocalDate max = g.stream().map(Dated::day).max(LocalDate::compareTo).orElseThrow();
    if (ChronoUnit.DAYS.between(min, max) != 1) return null;
    boolean lateEarly = g.stream().anyMatch(x -> x.day().equals(min) && "late".equals(x.part()));
    boolean earlyLate = g.stream().anyMatch(x -> x.day().equals(max) && "early".equals(x.part()));
    if (lateEarly || earlyLate) {
      return "likely a time-zone difference: the same moment falls in the evening of one day and the "
          + "morning of the next depending on the outlet's time zone";
    }
    return "one day apart: possibly a time-zone or publication-day reference difference";
  }

  /** Whether {@code منتصف} ("the middle of", with a night word: midnight) is printed in or just before the date. */
  private static boolean midnight(Sentence s, TextDate td) {
    List<Token> toks = s.tokens();
    for (int i = 0; i + 1 < toks.size(); i++) {
      Token t = toks.get(i);
      if (t.end() <= td.start() - 20 || t.start() >= td.end()) continue;
      boolean middle = t.norm().equals("منتصف") || t.norm().equals("بمنتصف");
      if (middle && NIGHT.contains(toks.get(i + 1).norm())) return true;
    }
    return false;
  }

  private static final Set<String> NIGHT = Set.of("ليل", "ليله", "الليل", "الليله", "ليلا");

  /** The part-of-day word printed in or just before the date, or null. */
  private static String partOfDay(Sentence s, TextDate td) {
    List<Token> toks = s.tokens();
    for (int i = 0; i < toks.size(); i++) {
      Token t = toks.get(i);
      if (t.end() <= td.start() - 20 || t.start() >= td.end()) continue;
      if (Lexicon.PART_OF_DAY.containsKey(t.stem()) || Lexicon.PART_OF_DAY.containsKey(t.norm())) return t.text();
    }
    return null;
  }

  private static String partKind(String part) {
    if (part == null) return null;
    String k = Lexicon.PART_OF_DAY.get(org.mizan.text.ArabicNormalization.normalize(part));
    if (k == null) k = Lexicon.PART_OF_DAY.get(org.mizan.text.Clitics.strip(org.mizan.text.ArabicNormalization.normalize(part)));
    return k;
  }

  /** The sentence vector without the date's own words (and part-of-day words), renormalized. */
  private static Map<String, Double> withoutDate(Sentence s, TextDate td) {
    Map<String, Double> v = new HashMap<>(s.vector());
    for (Token t : s.tokens()) {
      boolean inDate = t.start() >= td.start() && t.end() <= td.end();
      if (inDate || Lexicon.PART_OF_DAY.containsKey(t.norm()) || Lexicon.PART_OF_DAY.containsKey(t.stem())) {
        String k = StoryText.key(t);
        if (k != null) v.remove(k);
      }
    }
    double norm = 0;
    for (double w : v.values()) norm += w * w;
    if (norm == 0) return Map.of();
    double len = Math.sqrt(norm);
    v.replaceAll((k, w) -> w / len);
    return v;
  }

}
