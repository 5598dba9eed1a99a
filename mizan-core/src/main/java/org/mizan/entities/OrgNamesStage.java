package org.mizan.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.mizan.doc.Document;
import org.mizan.pipeline.DocumentStage;
import org.mizan.text.Clitics;
import org.mizan.text.Token;
import org.mizan.text.Tokenizer;

/**
 * {@code entities.orgs}: organisation names built on a head noun ({@code org-heads.txt}) that the
 * tagger misses: a bare head in construct with its name ({@code وزارة النقل}, {@code هيئة تقويم
 * التعليم}, {@code أمانة منطقة الرياض}, {@code جامعة الملك سعود الطبية}), or a definite head with an
 * adjective and an {@code ل} genitive ({@code الرئاسة العامة لرعاية الشباب}). The name runs on over
 * conjoined definite words, nisba and listed adjectives, and stops at anything else (verbs,
 * prepositions, punctuation, numbers). A span the tagger already covers with a person or place at
 * the head, or that a mention crosses, is left alone; mentions wholly inside the span are replaced.
 * An institution named after a person the tagger found ({@code مركز كينيدي}) is {@link EponymOrgNames}'.
 */
public final class OrgNamesStage implements DocumentStage {
  private static final int MAX_WORDS = 6;
  /** Continents, in matching form: the region a bloc's name may end in. */
  private static final java.util.Set<String> CONTINENTS = java.util.Set.of("اوروبا", "اسيا", "افريقيا");

  @Override
  public String name() {
    return "entities.orgs";
  }

  @Override
  public Document apply(Document doc) {
    String body = doc.body();
    List<Token> toks = Tokenizer.tokenize(body);
    List<Mention> mentions = new ArrayList<>(doc.mentions());
    boolean changed = headedPersonsAreOrganisations(mentions);
    changed |= EponymOrgNames.apply(body, mentions);
    changed |= NationalBodyNames.apply(body, toks, mentions);
    changed |= PhraseBodyNames.apply(body, toks, mentions);
    changed |= MediaTails.apply(body, toks, mentions);
    changed |= OrgNameRuns.apply(body, toks, mentions);
    changed |= LedGroupNames.apply(body, toks, mentions);
    for (int i = 0; i < toks.size(); i++) {
      // رئيس مجلس الوزراء, نائب رئيس هيئة X: the organisation is part of a person's title, not an
      // actor, unless the tagger already names it there (then only its span is completed)
      // or names a body in three words or more (رئيس مكتب سلامة الملاحة الكندي: a word of it is no person)
      boolean afterTitle = i > 0 && RoleStage.isTitle(toks.get(i - 1).norm()) && !taggedOrg(mentions, toks.get(i));
      int last = nameEnd(body, toks, i);
      if (last < 0) last = chainToPlace(body, toks, i, mentions);
      if (last < 0) last = forcesEnd(body, toks, i);
      // (an adjective of origin after a construct describes it: زعيم حزب X الكردي; الائتلاف الوطني السوري is the name)
      boolean described = last > i && endsInOrigin(toks.get(last).norm()) && !NameForms.isDefiniteCommon(toks.get(i).norm());
      // (a ل genitive after a title is the office's portfolio: وكيل وزارة X لشؤون Y); a definite head
      // with its adjectives names the body itself (رئيس الاتحاد الآسيوي)
      boolean definiteBody = toks.get(i).norm().startsWith("ال");
      if (last <= i || afterTitle && (!definiteBody && last - i - (described ? 1 : 0) < 2 || hasLamGenitive(toks, i + 1, last))) {
        continue;
      }
      int s = toks.get(i).start() + headClitics(toks.get(i)), e = toks.get(last).end();
      if (!replaceable(mentions, s, e, toks.get(i).end())) continue;
      mentions.removeIf(m -> m.overlaps(s, e));
      mentions.add(new Mention(s, e, body.substring(s, e), "ORG", null, null));
      changed = true;
      i = last;
    }
    changed |= quotedNamesOnAPlace(body, toks, mentions);
    changed |= quotedMediaNames(body, mentions);
    changed |= spelledAcronyms(body, toks, mentions);
    mentions.sort(Comparator.comparingInt(Mention::start));
    changed |= withAdjectives(body, toks, mentions);
    if (!changed) return doc;
    return doc.withMentions(mentions);
  }

  /**
   * A person mention that opens with an organisation head or a group noun ({@code جماعة X}, {@code
   * حزب X}, {@code حركة X}), or is a definite head alone ({@code الديوان}), is that organisation: a
   * person's name never starts so.
   */
  private static boolean headedPersonsAreOrganisations(List<Mention> mentions) {
    boolean changed = false;
    for (int k = 0; k < mentions.size(); k++) {
      Mention m = mentions.get(k);
      if (!m.type().equals("PER")) continue;
      List<String> w = NameForms.words(m.text());
      if (w.isEmpty()) continue;
      // one word: only a definite head (الديوان | الملكي), which the name rule then completes
      if (w.size() == 1 && !(w.get(0).startsWith("ال") && EntityLexicon.ORG_HEADS.containsKey(w.get(0).substring(2)))) continue;
      for (String v : Clitics.variants(w.get(0))) {
        String bare = v.startsWith("ال") ? v.substring(2) : v;
        if (EntityLexicon.GROUP_NOUNS.contains(bare)
            || EntityLexicon.ORG_HEADS.containsKey(bare) && !"royal".equals(EntityLexicon.ORG_HEADS.get(bare))) {
          mentions.set(k, new Mention(m.start(), m.end(), m.text(), "ORG", null, null));
          changed = true;
          break;
        }
      }
    }
    return changed;
  }

  /**
   * A name in quote marks after a media noun ({@code قناة «العربية»}, {@code صحيفة "الحياة"}) or after
   * {@code لـ} ({@code قال لـ«عكاظ»}: the tatweel sets a name apart): an outlet, an organisation.
   */
  private static final java.util.regex.Pattern QUOTED_MEDIA = java.util.regex.Pattern.compile(
      "(?:(?<![\\p{IsArabic}])[وبلف]?(?:قناة|صحيفة|جريدة|مجلة|موقع|وكالة|شبكة|إذاعة|تلفزيون)\\s*|لـ\\s*"
          + "|(?<![\\p{IsArabic}])(?:" + String.join("|", EntityLexicon.lines("receipt-verbs.txt")) + ")\\s*)"
          + "[«»\"“”]([^«»\"“”\\n]{2,40})[«»\"“”]");

  private static boolean quotedMediaNames(String body, List<Mention> mentions) {
    boolean changed = false;
    java.util.regex.Matcher m = QUOTED_MEDIA.matcher(body);
    while (m.find()) {
      String name = m.group(1).strip();
      int s = body.indexOf(name, m.start(1));
      int e = s + name.length();
      if (name.isEmpty() || name.split("\\s+").length > 4) continue;
      // a quoted phrase (لـ«إنها الأوامر») is no name; short function words give it away (اليوم may be a name's: المصري اليوم)
      if (NameForms.words(name).stream().anyMatch(w -> w.length() <= 4 && EntityLexicon.STOPWORDS.contains(w))) continue;
      // the tagger's MISC guess of exactly the quoted words gives way; any other mention there stays
      mentions.removeIf(x -> x.start() == s && x.end() == e && x.type().equals("MISC"));
      if (Mention.anyOverlaps(mentions, s, e)) continue;
      mentions.add(new Mention(s, e, name, "ORG", null, null));
      changed = true;
    }
    return changed;
  }

  /**
   * A bare head, one to three indefinite nouns in construct, then a place: a council or armed
   * group named after its town ({@code مجلس شورى ثوار X}, {@code ميليشيا حماة X}); the last token's
   * index, or -1. The place is a tagged place word or a listed place; the nouns are no place heads,
   * verbs or function words.
   */
  static int chainToPlace(String body, List<Token> toks, int i, List<Mention> mentions) {
    // cheap tests first: an indefinite word and one more word must follow in the phrase
    if (i + 2 >= toks.size() || !NameForms.nextWord(body, toks, i + 1) || toks.get(i + 1).norm().startsWith("ال")
        || !NameForms.nextWord(body, toks, i + 2) || !isBareHead(toks.get(i).norm())) {
      return -1;
    }
    for (int j = i + 1; j <= i + 4 && NameForms.nextWord(body, toks, j); j++) {
      Token t = toks.get(j);
      if (j > i + 1 && isPlaceWord(t, mentions)) return j;
      String n = t.norm();
      // a preposition on a town head opens a phrase of place (الحزب | ببلدة X), no word of a name
      if ("بف".indexOf(n.charAt(0)) >= 0 && PlaceFramesStage.townHead(t)) return -1;
      if (n.length() < 3 || n.startsWith("ال") || n.startsWith("لل") || isStop(n) || LOCATIVES.contains(n) || org.mizan.text.VerbForms.isVerb(n)
          || EntityLexicon.NAME_HEADS.containsKey(n) || EntityLexicon.TAGGED_NAMES.containsKey(n)
          || Mention.anyOverlaps(mentions, t.start(), t.end()) || n.charAt(0) == 'و') {
        return -1;
      }
    }
    return -1;
  }

  /** Adverbs of place and time that open a phrase, not a name's construct (مركز استقبال | قرب X). */
  private static final java.util.Set<String> LOCATIVES = java.util.Set.of("قرب", "بقرب", "عند", "داخل", "خارج", "حول",
      "بين", "امام", "خلف", "فوق", "تحت", "بعد", "قبل", "لدي", "نحو", "ضد", "عبر", "منذ", "قرابه", "جنوبي", "شمالي", "شرقي", "غربي");

  /** An indefinite organisation head or group noun, with or without و/ب/ل/ف (not the royal heads). */
  private static boolean isBareHead(String norm) {
    List<String> variants = Clitics.variants(norm);
    // a definite head governs no genitive (الجيش | مزاعم X: "the army [denied] X's claims")
    for (String v : variants) if (v.startsWith("ال")) return false;
    for (String v : variants) {
      String kind = EntityLexicon.ORG_HEADS.get(v);
      if (kind != null && !kind.equals("royal") && !kind.equals("origin") || EntityLexicon.GROUP_NOUNS.contains(v)) return true;
    }
    return false;
  }

  /** A one-word place mention on exactly this token, or a listed place the tagger left untagged. */
  private static boolean isPlaceWord(Token t, List<Mention> mentions) {
    for (Mention m : mentions) {
      if (m.overlaps(t.start(), t.end())) return m.type().equals("LOC") && m.start() == t.start() && m.end() == t.end();
    }
    return "LOC".equals(EntityLexicon.TAGGED_NAMES.get(t.norm()));
  }

  private static final String OPEN_QUOTES = "«\"“";
  private static final String CLOSE_QUOTES = "»\"”";

  /**
   * Two or three words in quote marks, an indefinite noun first and a place last ({@code «فجر X»},
   * {@code "درع X"}): the name of a group or campaign called after the place, an organisation, not
   * the place. Directions and place heads ({@code «شمال X»}, {@code «مدينة X»}) name places.
   */
  private static boolean quotedNamesOnAPlace(String body, List<Token> toks, List<Mention> mentions) {
    boolean changed = false;
    for (int k = 0; k < mentions.size(); k++) {
      Mention m = mentions.get(k);
      if (!m.type().equals("LOC") || m.end() >= body.length() || CLOSE_QUOTES.indexOf(body.charAt(m.end())) < 0) continue;
      int ti = firstTokenAt(toks, m.start());
      if (ti < 1 || toks.get(ti).end() != m.end()) continue;
      int first = -1;
      for (int j = ti - 1; j >= Math.max(0, ti - 2); j--) {
        if (!NameForms.nextWord(body, toks, j + 1)) break;
        int q = toks.get(j).start() - 1;
        if (q >= 0 && OPEN_QUOTES.indexOf(body.charAt(q)) >= 0) {
          first = j;
          break;
        }
      }
      if (first < 0) continue;
      String n = toks.get(first).norm();
      if (n.length() < 3 || n.startsWith("ال") || isStop(n) || EntityLexicon.NAME_HEADS.containsKey(n)
          || EntityLexicon.TAGGED_NAMES.containsKey(n) || org.mizan.text.VerbForms.isVerb(n)) continue;
      boolean clear = true;
      for (int j = first; j < ti; j++) clear &= !Mention.anyOverlaps(mentions, toks.get(j).start(), toks.get(j).end());
      if (!clear) continue;
      int s = toks.get(first).start();
      mentions.set(k, new Mention(s, m.end(), body.substring(s, m.end()), "ORG", null, null));
      changed = true;
    }
    return changed;
  }

  /** The token starting exactly at {@code offset}, or -1. */
  private static int firstTokenAt(List<Token> toks, int offset) {
    int lo = RoleStage.firstTokenAtOrAfter(toks, offset);
    return lo < toks.size() && toks.get(lo).start() == offset ? lo : -1;
  }

  /** Latin letter names as Arabic spells them (بي, سي, إف, آي …), in matching form. */
  private static final java.util.Set<String> LETTER_NAMES = java.util.Set.of("بي", "سي", "دي", "جي", "تي", "اي", "ايه",
      "اف", "ام", "ان", "اس", "ال", "كيه", "كي", "واي", "يو", "اتش", "ار", "زد", "او", "اكس", "في");
  /** Letter names that are also function words (إن, أو, في, كي, ال): a run needs another letter too. */
  private static final java.util.Set<String> WEAK_LETTERS = java.util.Set.of("ان", "او", "في", "كي", "ال", "اي");
  private static final java.util.Set<String> EDGE_WORDS = java.util.Set.of("في", "او");

  /**
   * An acronym spelled out in letter names, spaced or dotted ({@code بي بي سي}, {@code سي إن إن},
   * {@code إف.بي.آي}): three or more letter names in a row, at least one no function word, name a
   * broadcaster or an agency. Mentions inside the run (the tagger's {@code بي}) give way to it.
   */
  private static boolean spelledAcronyms(String body, List<Token> toks, List<Mention> mentions) {
    boolean changed = false;
    for (int i = 0; i < toks.size(); i++) {
      if (!LETTER_NAMES.contains(toks.get(i).norm())) continue;
      int last = i;
      boolean strong = !WEAK_LETTERS.contains(toks.get(i).norm());
      while (last + 1 < toks.size() && LETTER_NAMES.contains(toks.get(last + 1).norm())
          && body.substring(toks.get(last).end(), toks.get(last + 1).start()).matches("[ .]{0,2}")
          && !body.substring(toks.get(last).end(), toks.get(last + 1).start()).isEmpty()
          && !(EDGE_WORDS.contains(toks.get(last + 1).norm()) && body.charAt(toks.get(last + 1).start() - 1) == ' '
              && last + 2 < toks.size() && LETTER_NAMES.contains(toks.get(last + 2).norm()))) {
        last++;
        strong |= !WEAK_LETTERS.contains(toks.get(last).norm());
      }
      int end = last, first = i;
      // في / أو spaced off at an edge is the preposition or the conjunction (في بي بي سي), not a letter
      while (first < end && EDGE_WORDS.contains(toks.get(first).norm()) && body.charAt(toks.get(first).end()) == ' ') first++;
      while (end > first && EDGE_WORDS.contains(toks.get(end).norm()) && body.charAt(toks.get(end).start() - 1) == ' ') end--;
      if (end - first < 2 || !strong) {
        i = last;
        continue;
      }
      int s = toks.get(first).start(), e = toks.get(end).end();
      boolean crossed = false;
      for (Mention m : mentions) crossed |= m.overlaps(s, e) && (m.start() < s || m.end() > e);
      if (!crossed) {
        mentions.removeIf(m -> m.overlaps(s, e));
        mentions.add(new Mention(s, e, body.substring(s, e), "ORG", null, null));
        changed = true;
      }
      i = last;
    }
    return changed;
  }

  private static boolean taggedOrg(List<Mention> mentions, Token head) {
    for (Mention m : mentions) if (m.type().equals("ORG") && m.overlaps(head.start(), head.end())) return true;
    return false;
  }

  /**
   * An organisation mention that ends in a definite common word runs on over the nisba and listed
   * adjectives after it: the tagger often stops at {@code الاتحاد} in {@code الاتحاد الأوروبي}.
   */
  private static boolean withAdjectives(String body, List<Token> toks, List<Mention> mentions) {
    boolean changed = false;
    int ti = 0;
    for (int k = 0; k < mentions.size(); k++) {
      Mention m = mentions.get(k);
      if (!m.type().equals("ORG")) continue;
      while (ti < toks.size() && toks.get(ti).end() < m.end()) ti++;
      if (ti >= toks.size() || toks.get(ti).end() != m.end()) continue;
      int last = ti;
      while (last - ti < 3 && NameForms.nextWord(body, toks, last + 1) && isAdjective(toks.get(last + 1))
          && NameForms.orgKeepsNisba(toks.get(last).norm(), toks.get(last + 1).norm())
          && !Mention.anyOverlaps(mentions, toks.get(last + 1).start(), toks.get(last + 1).end())) {
        last++;
      }
      if (last == ti) continue;
      int e = toks.get(last).end();
      mentions.set(k, m.withSpan(m.start(), e, body.substring(m.start(), e)));
      changed = true;
    }
    return changed;
  }

  /**
   * Letters of و/ب/ل/ف before a bare head (لوكالة → وكالة): left out of the span, as the in-document
   * resolution strips only clitics before the article. Clitics before a definite head stay.
   */
  private static int headClitics(Token t) {
    String norm = t.norm();
    for (String v : Clitics.variants(norm)) {
      if (v.startsWith("ال") && EntityLexicon.ORG_HEADS.containsKey(v.substring(2))) return 0;
      if (EntityLexicon.ORG_HEADS.containsKey(v) || FORCES.equals(v)) {
        int drop = norm.length() - v.length();
        // the raw token may carry marks: skip that many letters, not chars
        int k = 0;
        String text = t.text();
        while (drop > 0 && k < text.length()) {
          if (org.mizan.text.ArabicNormalization.isArabicLetter(text.charAt(k))) drop--;
          k++;
        }
        while (k < text.length() && !org.mizan.text.ArabicNormalization.isArabicLetter(text.charAt(k))) k++;
        return k;
      }
    }
    return 0;
  }

  /** No mention crosses the span, and none at its head is a person or place. */
  private static boolean replaceable(List<Mention> mentions, int s, int e, int headEnd) {
    for (Mention m : mentions) {
      if (!m.overlaps(s, e)) continue;
      if (m.start() < s || m.end() > e) return false;
      if (m.overlaps(s, headEnd) && !"ORG".equals(m.type())) return false;
    }
    return true;
  }

  /** The head of a named armed or security body, in matching form; kept out of org-heads.txt, whose words are tagger features. */
  private static final String FORCES = "قوات";
  /** Adjectives that name a unit of forces though they are no nisba ({@code قوات الطوارئ الخاصة}), in matching form. */
  private static final java.util.Set<String> FORCE_ADJECTIVES = java.util.Set.of("الخاصه");
  /** Nisba adjectives that say whose side forces are on, not which body (قوات الجيش الموالية), in matching form. */
  private static final java.util.Set<String> FORCE_SIDES = java.util.Set.of("الموالي", "المواليه", "الحكومي", "الحكوميه",
      "النظامي", "النظاميه", "الشرعي", "الشرعيه");

  /**
   * {@code قوات} + a definite noun + an adjective that is no origin: a named body ({@code قوات الطوارئ
   * الخاصة}, {@code قوات الدفاع الذاتي}); without one it is a generic force ({@code قوات الأمن},
   * {@code قوات النظام}), and an adjective of origin only says whose ({@code قوات الأمن التركية}).
   * The last token's index, or -1.
   */
  static int forcesEnd(String body, List<Token> toks, int i) {
    String head = toks.get(i).norm();
    // an indefinite head, clitics allowed (وقوات); القوات الأمريكية الخاصة names no body
    if (!head.endsWith(FORCES) || head.length() > FORCES.length() + 2 || !Clitics.variants(head).contains(FORCES)
        || head.contains("ال") || !NameForms.nextWord(body, toks, i + 1)
        || !isNameWord(toks.get(i + 1).norm()) || !NameForms.nextWord(body, toks, i + 2)) {
      return -1;
    }
    String adjective = toks.get(i + 2).norm();
    boolean names = FORCE_ADJECTIVES.contains(adjective)
        || isAdjective(toks.get(i + 2)) && !originAfterArticle(adjective) && !FORCE_SIDES.contains(adjective);
    return names ? i + 2 : -1;
  }

  /** Index of the last token of the organisation name headed by token {@code i}, or -1. */
  static int nameEnd(String body, List<Token> toks, int i) {
    String head = toks.get(i).norm();
    String kind = null;
    boolean definite = false;
    for (String v : Clitics.variants(head)) {
      if (v.startsWith("ال") && EntityLexicon.ORG_HEADS.containsKey(v.substring(2))) {
        kind = EntityLexicon.ORG_HEADS.get(v.substring(2));
        definite = true;
        break;
      }
      if (EntityLexicon.ORG_HEADS.containsKey(v)) {
        kind = EntityLexicon.ORG_HEADS.get(v);
        break;
      }
    }
    if (kind == null) return -1;
    int j = i + 1;
    int last;
    if (definite) {
      if (kind.equals("royal")) return -1;
      // الهيئة العامة للغذاء: adjectives, then the genitive that names it
      int adjectives = 0;
      while (NameForms.nextWord(body, toks, j) && isAdjective(toks.get(j))) {
        adjectives++;
        j++;
      }
      if (adjectives == 0) return -1;
      last = NameForms.nextWord(body, toks, j) ? genitive(body, toks, j) : -1;
      if (last < 0 && NameForms.nextWord(body, toks, j)) last = lamGenitive(body, toks, j);
      if (last < 0 && kind.equals("adjective")) last = j - 1; // الحزب الجمهوري
      if (last < 0 && kind.equals("national") && NATIONAL.contains(toks.get(i + 1).norm())) last = j - 1; // المؤتمر الوطني العام
      if (last < 0 && kind.equals("origin") && anyOrigin(toks, i + 1, j)) last = j - 1; // الخطوط الجوية الماليزية
      if (last < 0) return -1;
    } else if (NameForms.nextWord(body, toks, j) && isHonorific(toks.get(j).norm())
        && personName(body, toks, j + 1) > 0) {
      last = personName(body, toks, j + 1);
      if (NameForms.nextWord(body, toks, last + 1) && toks.get(last + 1).norm().startsWith("لل")) {
        int g = genitive(body, toks, last + 1); // مركز الملك سلمان للإغاثة
        if (g > 0) last = g;
      }
    } else if (kind.equals("royal") || kind.equals("origin")) {
      return -1; // خطوط السكك الحديدية: lines, not an airline
    } else if (NameForms.nextWord(body, toks, j) && isRegion(toks.get(j).norm())) {
      if (!NameForms.nextWord(body, toks, j + 1) || isStop(toks.get(j + 1).norm())) return -1;
      last = j + 1;
    } else if (NameForms.nextWord(body, toks, j) && (isNameWord(toks.get(j).norm()) && !CaseEndings.nominativePlural(toks.get(j).norm())
        || isHonorific(toks.get(j).norm()))) {
      last = j; // an honorific alone names it too (جامعة الإمام), though الامام folds to the stopword أمام
    } else if (NameForms.nextWord(body, toks, j) && isMasdar(toks.get(j).norm())
        && NameForms.nextWord(body, toks, j + 1) && isNameWord(toks.get(j + 1).norm())) {
      last = j + 1; // هيئة تقويم التعليم
    } else {
      return -1;
    }
    // run on over conjoined names and adjectives (والدواء, الإسلامية, العامة)
    boolean pair = false;
    while (last - i < MAX_WORDS && NameForms.nextWord(body, toks, last + 1)) {
      String n = toks.get(last + 1).norm();
      boolean conjoined = n.startsWith("وال") && isNameWord(n.substring(1)) && !startsAnotherName(n.substring(3));
      // after a definite head's adjectives a conjoined word starts the next name (الاتحاد الأوروبي | والأمم المتحدة)
      if (conjoined && definite && last == j - 1) break;
      if (!conjoined && describesName(toks.get(last).norm(), n)) break;
      if (!conjoined && !isAdjective(toks.get(last + 1))) {
        int g = lamGenitive(body, toks, last + 1); // مجلس التعاون | لدول الخليج العربية
        if (g < 0) g = fieldGenitive(body, toks, last + 1); // مفوضية الأمم المتحدة | لحقوق الإنسان
        if (g < 0) break;
        last = g;
        continue;
      }
      last++;
      pair |= conjoined;
    }
    // a pair of conjoined nouns names its field, then its continent: منظمة الأمن والتعاون | في أوروبا (a
    // country after في is where a body sits, not its name: وزارة الصحة والسكان في X)
    if (pair && NameForms.nextWord(body, toks, last + 1) && toks.get(last + 1).norm().equals("في")
        && NameForms.nextWord(body, toks, last + 2) && CONTINENTS.contains(toks.get(last + 2).norm())
        && last + 2 - i <= MAX_WORDS) {
      last += 2;
    }
    return last;
  }

  /**
   * An adjective of origin after a proper name ({@code حزب الله | اللبناني}) describes the body: the
   * name is complete without it; after a common noun it may be part of it ({@code الطاقة الذرية الإيرانية},
   * see {@link NameForms#orgKeepsNisba}).
   */
  static boolean describesName(String prev, String adjective) {
    if (NameForms.isDefiniteCommon(prev) || !adjective.startsWith("ال")) return false;
    String bare = adjective.substring(2);
    if (bare.endsWith("ه")) bare = bare.substring(0, bare.length() - 1);
    return NameForms.isOrigin(bare);
  }

  /**
   * A conjoined word that opens a second name or group rather than continuing this one: another
   * head (حزب X والاتحاد ...), or a plural nisba (X والحوثيين).
   */
  private static boolean startsAnotherName(String bare) {
    return EntityLexicon.ORG_HEADS.containsKey(bare) || bare.endsWith("يين") || bare.endsWith("يون");
  }

  private static boolean isStop(String n) {
    return EntityLexicon.ORG_NAME_STOPS.contains(n) || EntityLexicon.STOPWORDS.contains(n) || RoleStage.isTitle(n);
  }

  /** A definite word that can name an institution (النقل, الشباب), not a time word or title. */
  private static boolean isNameWord(String n) {
    return n.startsWith("ال") && n.length() >= 4 && !isStop(n);
  }

  /** A nisba (الطبية, الإسلامية; not a plural in ى like المرضى, which folds to the same ending) or a listed adjective. */
  static boolean isAdjective(Token t) {
    String n = t.norm();
    if (!isNameWord(n)) return false;
    if (EntityLexicon.ORG_NAME_ADJECTIVES.contains(n)) return true;
    return NameForms.isNisba(n) && lastLetter(t.text()) != 'ى';
  }

  private static char lastLetter(String text) {
    for (int k = text.length() - 1; k >= 0; k--) {
      if (!org.mizan.text.ArabicNormalization.isMark(text.charAt(k)) && text.charAt(k) != 'ـ') return text.charAt(k);
    }
    return 0;
  }

  /** An indefinite noun in construct (تقويم, رعاية): long enough not to be a short verb, no imperfect prefix. */
  private static boolean isMasdar(String n) {
    // س opens a future verb only before an imperfect prefix (سيعقد, ستبحث); سلامة is a noun, one the
    // corpus prints with the article too (a foreign name such as وكالة سبوتنيك never is)
    if (n.length() < 5) return false;
    boolean future = n.charAt(0) == 'س' && ("يتنا".indexOf(n.charAt(1)) >= 0
        || org.mizan.clean.Vocabulary.shipped().count("ال" + n) == 0);
    // a place head is no field (مركز مدينة X is a town's centre)
    return n.length() >= 5 && !n.startsWith("ال") && "ين".indexOf(n.charAt(0)) < 0 && !future && !isStop(n)
        && !"LOC".equals(EntityLexicon.NAME_HEADS.get(n));
  }

  private static boolean isHonorific(String n) {
    return n.equals("الملك") || n.equals("الامير") || n.equals("الاميره") || n.equals("الامام") || n.equals("الشيخ");
  }

  private static boolean isRegion(String n) {
    return n.equals("منطقه") || n.equals("محافظه");
  }

  /** After an honorific: a name, then any {@code بن} + name links; the last token's index or -1. */
  private static int personName(String body, List<Token> toks, int j) {
    if (!NameForms.nextWord(body, toks, j) || !isPersonPart(toks.get(j).norm())) return -1;
    int last = j;
    while (NameForms.nextWord(body, toks, last + 1) && NameForms.nextWord(body, toks, last + 2)
        && (toks.get(last + 1).norm().equals("بن") || toks.get(last + 1).norm().equals("ابن"))
        && isPersonPart(toks.get(last + 2).norm())) {
      last += 2;
    }
    return last;
  }

  private static boolean isPersonPart(String n) {
    return n.length() >= 3 && !n.startsWith("ال") && !isStop(n) && !n.equals("بن");
  }

  /**
   * A genitive with ل that goes on naming the body: ل + noun, a definite name word, then at least
   * one conjoined name or adjective ({@code لدول الخليج العربية}, {@code لقوى الثورة والمعارضة
   * السورية}); without that tail it is more likely a purpose ({@code لبحث الأمر}). Last index or -1.
   */
  private static int lamGenitive(String body, List<Token> toks, int j) {
    String n = toks.get(j).norm();
    // a verbal noun of purpose (لمناقشة, لتعزيز, لاستعراض) opens a clause, not a name
    if (!n.startsWith("ل") || n.startsWith("ال") || n.startsWith("لل") || n.length() < 4 || isStop(n.substring(1))
        || "متاإ".indexOf(n.charAt(1)) >= 0
        || !NameForms.nextWord(body, toks, j + 1) || !isNameWord(toks.get(j + 1).norm())) {
      return -1;
    }
    int last = j + 1, tail = 0;
    while (tail < 3 && NameForms.nextWord(body, toks, last + 1)) {
      String w = toks.get(last + 1).norm();
      boolean conjoined = w.startsWith("وال") && isNameWord(w.substring(1)) && !startsAnotherName(w.substring(3));
      if (!conjoined && !isAdjective(toks.get(last + 1))) break;
      last++;
      tail++;
    }
    return tail > 0 ? last : -1;
  }

  /** First adjectives that make a "national" head a name (الوطني, الشعبية), in matching form. */
  // (الرئاسي: a presidential council is a named body too, المجلس الرئاسي, not a council's description)
  private static final java.util.Set<String> NATIONAL = java.util.Set.of("الوطني", "الوطنيه", "الشعبي", "الشعبيه",
      org.mizan.text.ArabicNormalization.normalize("الرئاسي"));
  /**
   * Plural nouns whose ل genitive names a body's field ({@code لحقوق الإنسان}); not {@code لشؤون}, which
   * after a ministry names a deputy's portfolio (وكيل وزارة X لشؤون Y).
   */
  private static final java.util.Set<String> FIELDS = java.util.Set.of(org.mizan.text.ArabicNormalization.normalize("حقوق"));

  /** Whether a word in {@code [from, to]} opens with the preposition ل (لشؤون, للانتخابات). */
  private static boolean hasLamGenitive(List<Token> toks, int from, int to) {
    for (int k = from; k <= to; k++) {
      String n = toks.get(k).norm();
      if (n.startsWith("ل") && !n.startsWith("ال")) return true;
    }
    return false;
  }

  /** A definite adjective of origin ({@code الكردي}, {@code الأسترالية}). */
  static boolean endsInOrigin(String n) {
    return n.startsWith("ال") && originAfterArticle(n);
  }

  /** The word without its first two letters (the article) and its ta marbuta is an origin. */
  private static boolean originAfterArticle(String n) {
    return NameForms.isOrigin(n.substring(2, n.endsWith("ه") ? n.length() - 1 : n.length()));
  }

  /** Whether a token in {@code [from, to)} is an adjective of origin ({@code الماليزية}). */
  private static boolean anyOrigin(List<Token> toks, int from, int to) {
    for (int k = from; k < to; k++) if (originAfterArticle(toks.get(k).norm())) return true;
    return false;
  }

  /** ل + a field noun + a definite word ({@code لحقوق الإنسان}): the index of that word, or -1. */
  private static int fieldGenitive(String body, List<Token> toks, int j) {
    String n = toks.get(j).norm();
    if (!n.startsWith("ل") || !FIELDS.contains(n.substring(1))) return -1;
    return NameForms.nextWord(body, toks, j + 1) && isNameWord(toks.get(j + 1).norm()) ? j + 1 : -1;
  }

  /** {@code للغذاء} (definite genitive), or {@code لرعاية الشباب} (construct then its genitive); last index or -1. */
  private static int genitive(String body, List<Token> toks, int j) {
    String n = toks.get(j).norm();
    if (n.startsWith("لل") && n.length() >= 5 && !isStop("ال" + n.substring(2))) return j;
    if (n.startsWith("ل") && !n.startsWith("ال") && isMasdar(n.substring(1))
        && NameForms.nextWord(body, toks, j + 1) && isNameWord(toks.get(j + 1).norm())
        && !toks.get(j + 1).text().startsWith("آ")) { // آلية folds to a false article
      return j + 1;
    }
    return -1;
  }
}
