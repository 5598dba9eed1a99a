package org.mizan.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mizan.doc.Document;
import org.mizan.pipeline.DocumentStage;
import org.mizan.text.Clitics;
import org.mizan.text.Token;
import org.mizan.text.Tokenizer;
import org.mizan.text.WordList;

/**
 * {@code entities.clubs}: in a match report or transfer story, a city's name stands for its club
 * ({@code فاز على لاتسيو}, {@code قادما من باليرمو}). In a document that prints three or more words of
 * team sport ({@code sport-words.txt}), a place named in one word that is no country, continent or
 * listed city (إيطاليا, whose adjective إيطالي is a nationality, stays a place) becomes an
 * organisation when the document never prints it as a place: after a locative word ({@code في},
 * {@code مدينة}, {@code العاصمة}: {@code locative-words.txt}), with ب/في glued on ({@code بميونيخ}), or
 * before a feminine adjective of origin ({@code برشلونة الإسبانية}).
 */
public final class ClubNamesStage implements DocumentStage {
  private static final Set<String> SPORT_WORDS = WordList.normalized(ClubNamesStage.class, "sport-words.txt");
  private static final Set<String> LOCATIVE = WordList.normalized(ClubNamesStage.class, "locative-words.txt");
  private static final int MIN_SPORT_WORDS = 3;
  private static final Set<String> CLUB_PREFIXES = WordList.normalized(ClubNamesStage.class, "club-prefixes.txt");

  @Override
  public String name() {
    return "entities.clubs";
  }

  /** A one-word definite person after a supporters' word in a sports story is a club: {@link FanClubNames}. */
  private static Document withFanClubs(Document doc) {
    if (!FanClubNames.mayName(doc.body())
        || doc.mentions().stream().noneMatch(m -> m.type().equals("PER") && m.text().startsWith("ال") && m.text().indexOf(' ') < 0)) {
      return doc;
    }
    List<Token> toks = Tokenizer.tokenize(doc.body());
    if (!aboutSport(toks)) return doc;
    List<Mention> out = FanClubNames.apply(doc.body(), toks, doc.mentions());
    return out == doc.mentions() ? doc : doc.withMentions(out);
  }

  @Override
  public Document apply(Document doc) {
    doc = withClubPrefixes(doc);
    doc = withFanClubs(doc);
    if (doc.mentions().stream().noneMatch(m -> m.type().equals("LOC"))) return doc;
    String body = doc.body();
    List<Token> toks = Tokenizer.tokenize(body);
    if (!aboutSport(toks)) return doc;
    Map<String, Boolean> club = new HashMap<>(); // key -> every mention reads as a club
    Set<String> keys = new HashSet<>();
    for (Mention m : doc.mentions()) keys.add(PropagateStage.bareKey(m.text()));
    int ti = 0;
    for (Mention m : doc.mentions()) {
      if (!m.type().equals("LOC") || NameForms.words(m.text()).size() > 1 && !clubSuffixed(m.text())
          || !Tokenizer.tokenize(m.text()).get(0).isArabic()) {
        continue;
      }
      while (ti < toks.size() && toks.get(ti).end() <= m.start()) ti++;
      String key = PropagateStage.bareKey(m.text());
      boolean asClub = !isCountry(key) && !placeReading(body, toks, ti, m, keys);
      club.merge(key, asClub, Boolean::logicalAnd);
    }
    List<Mention> out = new ArrayList<>();
    boolean changed = false;
    for (Mention m : doc.mentions()) {
      if (m.type().equals("LOC") && club.getOrDefault(PropagateStage.bareKey(m.text()), false)) {
        m = new Mention(m.start(), m.end(), m.text(), "ORG", m.entityId(), m.role(), m.canonical());
        changed = true;
      }
      out.add(m);
    }
    return changed ? doc.withMentions(out) : doc;
  }

  /**
   * A one-word place or organisation right after a word that opens club names ({@code club-prefixes.txt}:
   * {@code أتلتيكو | مدريد}) is the club, that word included; a و before it stays out.
   */
  static Document withClubPrefixes(Document doc) {
    String body = doc.body();
    List<Mention> out = new ArrayList<>(doc.mentions());
    boolean changed = false;
    for (int k = 0; k < out.size(); k++) {
      Mention m = out.get(k);
      if (m.type().equals("PER") || NameForms.words(m.text()).size() > 1 || m.start() < 3) continue;
      int e = m.start();
      while (e > 0 && body.charAt(e - 1) == ' ') e--;
      if (e == m.start() || e == 0) continue;
      int s = e;
      while (s > 0 && !Character.isWhitespace(body.charAt(s - 1))) s--;
      String word = org.mizan.text.ArabicNormalization.normalize(body.substring(s, e));
      if (!CLUB_PREFIXES.contains(word) && word.startsWith("و") && CLUB_PREFIXES.contains(word.substring(1))) s++;
      else if (!CLUB_PREFIXES.contains(word)) continue;
      final int from = s;
      if (Mention.anyOverlaps(doc.mentions(), from, e)) continue;
      out.set(k, new Mention(from, m.end(), body.substring(from, m.end()), "ORG", m.entityId(), m.role(), null));
      changed = true;
    }
    return changed ? doc.withMentions(out) : doc;
  }

  /** Last words of English club names (سيتي، يونايتد), in matching form: in sports news the place so named is the club. */
  private static final Set<String> CLUB_SUFFIXES = Set.of("سيتي", "يونايتد", "البيون", "روفرز", "واندررز", "هوتسبير");

  /** A name of two or three words ending in a club suffix ({@code سوانزي سيتي}). */
  private static boolean clubSuffixed(String text) {
    List<String> w = NameForms.words(text);
    return w.size() <= 3 && CLUB_SUFFIXES.contains(w.get(w.size() - 1));
  }

  /** Whether the document prints at least three distinct words of team sport. */
  static boolean aboutSport(List<Token> toks) {
    Set<String> seen = new HashSet<>();
    for (Token t : toks) {
      for (String v : Clitics.variants(t.norm())) {
        if (SPORT_WORDS.contains(v)) {
          seen.add(v);
          break;
        }
      }
      if (seen.size() >= MIN_SPORT_WORDS) return true;
    }
    return false;
  }

  /** A word that opens club names before their city ({@code إنتر}, {@code أتلتيكو}), in matching form. */
  static boolean isClubPrefix(String norm) {
    return CLUB_PREFIXES.contains(norm);
  }

  /**
   * A country, continent or listed city: one of {@code places.txt} (which leaves out the cities that
   * name clubs), or a name whose adjective of origin is a listed nationality ({@code إيطاليا} →
   * {@code إيطالي}, {@code البرازيل} → {@code برازيلي}, {@code أوروبا} → {@code أوروبي}). The key has
   * lost its article with its clitics ({@code للقاهرة} → {@code قاهره}), so a listed name is also
   * looked up with the article put back ({@code القاهرة}, {@code النمسا}).
   */
  static boolean isCountry(String key) {
    for (String v : Clitics.variants(key)) {
      if (countryWord(v) || "LOC".equals(EntityLexicon.TAGGED_NAMES.get(v))
          || "LOC".equals(EntityLexicon.TAGGED_NAMES.get("ال" + v))) {
        return true;
      }
    }
    return false;
  }

  private static boolean countryWord(String v) {
    String w = v.startsWith("ال") ? v.substring(2) : v;
    if (w.length() < 3) return false;
    String stem = w.endsWith("ا") || w.endsWith("ه") ? w.substring(0, w.length() - 1) : w;
    // a feminine nisba names its country (السعودية: سعودي)
    return NameForms.isOrigin(stem + "ي") || NameForms.isOrigin(w + "ي") || NameForms.isOrigin(w)
        || w.endsWith("يه") && NameForms.isOrigin(stem)
        || w.endsWith("يا") && NameForms.isOrigin(w.substring(0, w.length() - 2) + "ي");
  }

  /**
   * The mention reads as the place itself: a locative word right before it, ب glued on (a listed place,
   * a place of the tagger's gazetteer, or a name the document prints bare), or a
   * feminine adjective of origin right after it.
   */
  private static boolean placeReading(String body, List<Token> toks, int first, Mention m, Set<String> keys) {
    String printed = NameForms.words(m.text()).get(0);
    int b = printed.startsWith("وب") ? 2 : printed.startsWith("ب") ? 1 : 0;
    if (b > 0 && printed.length() - b >= 3 && !EntityLexicon.TAGGED_NAMES.containsKey(printed)) {
      String rest = printed.substring(b);
      int gaz = NerModel.shipped().features().gazetteer().getOrDefault(rest, 0);
      if ("LOC".equals(EntityLexicon.TAGGED_NAMES.get(rest)) || keys.contains(rest) || (gaz & NerFeatures.LOC) != 0) {
        return true; // بميونيخ
      }
    }
    if (first > 0 && first < toks.size() && body.substring(toks.get(first - 1).end(), m.start()).isBlank()) {
      String prev = toks.get(first - 1).norm();
      for (String v : Clitics.variants(prev)) if (LOCATIVE.contains(v)) return true;
      // و/ف on a two-letter locative (وفي X), which the clitic reading leaves whole as too short
      if (prev.length() == 3 && "وف".indexOf(prev.charAt(0)) >= 0 && LOCATIVE.contains(prev.substring(1))) return true;
    }
    int after = first;
    while (after < toks.size() && toks.get(after).start() < m.end()) after++;
    if (after < toks.size() && body.substring(m.end(), toks.get(after).start()).isBlank()) {
      String n = toks.get(after).norm();
      return n.startsWith("ال") && n.endsWith("يه") && NameForms.isOrigin(n.substring(2, n.length() - 1));
    }
    return false;
  }
}
