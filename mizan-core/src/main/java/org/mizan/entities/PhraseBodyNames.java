package org.mizan.entities;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.mizan.text.ArabicNormalization;
import org.mizan.text.Clitics;
import org.mizan.text.Token;

/**
 * A government or political current named by a phrase ({@code حكومة الإنقاذ الوطني}, {@code تيار الغد},
 * {@code التيار الوطني الديمقراطي}): a head of {@code phrase-body-heads.txt}, indefinite, before a definite
 * common noun and its adjectives, or before a place and a definite noun ({@code تيار مصر الغد}); with the
 * article, before a national adjective. A person's name after the head ({@code حكومة X}) names the premier's
 * cabinet, no body of its own, so a word the tagger holds as a person or a place (alone) ends the rule.
 */
final class PhraseBodyNames {
  private static final Set<String> HEADS = new HashSet<>();
  private static final Set<String> DEFINITE = new HashSet<>(); // heads that name a body with the article too
  private static final Set<String> NATIONAL = Set.of("الوطني", "الوطنيه", "الشعبي", "الشعبيه");
  private static final int MAX_WORDS = 5;
  /** Complements that make a common phrase with the head (تيار الطلب: a flow), see {@code phrase-body-commons.txt}. */
  private static final Set<String> COMMONS = new HashSet<>();

  static {
    for (String line : EntityLexicon.lines("phrase-body-heads.txt")) {
      String[] c = line.split("\t");
      String h = ArabicNormalization.normalize(c[0].strip());
      HEADS.add(h);
      if (c.length > 1 && c[1].strip().equals("definite")) DEFINITE.add(h);
    }
    for (String line : EntityLexicon.lines("phrase-body-commons.txt")) COMMONS.add(ArabicNormalization.normalize(line.strip()));
  }

  private static final String[] CORES = HeadSuffixes.cores(HEADS);

  private PhraseBodyNames() {}

  /** Adds each such body as an ORG mention; whether any was added. */
  static boolean apply(String body, List<Token> toks, List<Mention> mentions) {
    boolean changed = false;
    for (int i = 0; i + 1 < toks.size(); i++) {
      String head = head(toks.get(i).norm());
      if (head == null || !NameForms.nextWord(body, toks, i + 1)) continue;
      boolean definite = head.startsWith("ال");
      int last = definite ? nationalEnd(body, toks, i) : phraseEnd(body, toks, i, mentions);
      if (last < 0) continue;
      Token h = toks.get(i);
      int s = h.start() + Math.max(0, h.text().length() - head.length()), e = toks.get(last).end();
      if (mentions.stream().anyMatch(m -> m.overlaps(s, e) && (m.start() < s || m.end() > e || m.type().equals("PER")))) continue;
      mentions.removeIf(m -> m.overlaps(s, e));
      mentions.add(new Mention(s, e, body.substring(s, e), "ORG", null, null));
      changed = true;
      i = last;
    }
    return changed;
  }

  /** Whether the word, as printed without clitics or article, is a listed head ({@code تيار}). */
  static boolean isHead(String word) {
    return HEADS.contains(ArabicNormalization.normalize(word));
  }

  /** The head as matched after proclitics, with its article if printed; null if the word is no head. */
  private static String head(String norm) {
    if (!HeadSuffixes.mayEnd(norm, CORES)) return null; // cheap test first: most words end in no head
    for (String v : Clitics.variants(norm)) {
      // indefinite only as printed: the variant that drops an article (الحكومة → حكومة) is no such head
      String before = norm.endsWith(v) ? norm.substring(0, norm.length() - v.length()) : "ال";
      if (HEADS.contains(v) && !before.endsWith("ال") && !before.endsWith("لل")) return v;
      if (v.startsWith("ال") && DEFINITE.contains(v.substring(2))) return v;
    }
    return null;
  }

  /** التيار الوطني الحر: the first adjective national, the others run on. */
  private static int nationalEnd(String body, List<Token> toks, int i) {
    if (!NATIONAL.contains(toks.get(i + 1).norm())) return -1;
    return adjectivesEnd(body, toks, i + 1, i);
  }

  /** حكومة الوفاق, حكومة الوحدة الوطنية, تيار ليبيا المستقبل; -1 before a person, a place alone or a stop word. */
  private static int phraseEnd(String body, List<Token> toks, int i, List<Mention> mentions) {
    int j = i + 1;
    Token next = toks.get(j);
    Mention at = mentionAt(mentions, next);
    if (at != null && at.type().equals("LOC") && at.end() == next.end() && NameForms.nextWord(body, toks, j + 1)) {
      j++; // a place, then the phrase: تيار ليبيا المستقبل
      next = toks.get(j);
      at = mentionAt(mentions, next);
    }
    if (at != null && !at.type().equals("ORG")) return -1;
    if (!commonNoun(next.norm()) || endsAPerson(mentions, next.norm())) return -1;
    // a place the lexicon lists (حكومة الأنبار), or the first word of a place the tagger holds from the
    // next word on (حكومة المملكة | العربية السعودية): the cabinet of a place, no name of its own
    if ("LOC".equals(EntityLexicon.TAGGED_NAMES.get(next.norm())) || opensPlace(body, toks, j, mentions)) return -1;
    return adjectivesEnd(body, toks, j, i);
  }

  private static int adjectivesEnd(String body, List<Token> toks, int last, int i) {
    // (an adjective of origin describes the body, it does not name it: حكومة الوفاق | الليبية)
    while (last + 1 - i < MAX_WORDS && NameForms.nextWord(body, toks, last + 1) && OrgNamesStage.isAdjective(toks.get(last + 1))
        && !OrgNamesStage.endsInOrigin(toks.get(last + 1).norm())) {
      last++;
    }
    return last;
  }

  /**
   * A definite word that is no stop word, title, nisba name, adjective of origin, listed common complement
   * (تيار الطلب) or nominative plural (a verb's subject: جيّش المضاربون).
   */
  private static boolean commonNoun(String n) {
    return n.startsWith("ال") && n.length() >= 4 && !EntityLexicon.STOPWORDS.contains(n) && !EntityLexicon.ORG_NAME_STOPS.contains(n)
        && !RoleStage.isTitle(n) && !EntityLexicon.ROLE_WORDS.contains(n) && !NameForms.isFamilyNisba(n) && !OrgNamesStage.endsInOrigin(n)
        && !COMMONS.contains(n) && !CaseEndings.nominativePlural(n);
  }

  /** The word after token {@code j} opens a place mention that does not cover {@code j}: {@code j} leads that name. */
  private static boolean opensPlace(String body, List<Token> toks, int j, List<Mention> mentions) {
    if (!NameForms.nextWord(body, toks, j + 1)) return false;
    Mention after = mentionAt(mentions, toks.get(j + 1));
    return after != null && after.type().equals("LOC") && after.start() == toks.get(j + 1).start();
  }

  /** The word closes a person's name elsewhere in the text, with or without its article (حكومة الدبيبة). */
  private static boolean endsAPerson(List<Mention> mentions, String word) {
    String bare = word.substring(2);
    for (Mention m : mentions) {
      if (!m.type().equals("PER")) continue;
      String[] w = ArabicNormalization.normalize(m.text()).split("\\s+");
      String end = w[w.length - 1];
      if (end.equals(word) || end.equals(bare)) return true;
    }
    return false;
  }

  private static Mention mentionAt(List<Mention> mentions, Token t) {
    for (Mention m : mentions) if (m.overlaps(t.start(), t.end())) return m;
    return null;
  }
}
