package org.mizan.entities;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.mizan.doc.Document;
import org.mizan.figures.Months;
import org.mizan.pipeline.DocumentStage;
import org.mizan.text.Clitics;
import org.mizan.text.Token;
import org.mizan.text.Tokenizer;

/**
 * {@code entities.junk}: drops one-word mentions that are not names in any news text: an adjective
 * of nationality standing alone ({@code روسي}, {@code الأمريكيون}: a description, not a person or a
 * place), a month name printed as a date ({@code ونيسان (إبريل)}, {@code 12 حزيران}), and a title
 * or kinship word with a pronoun or plural ending ({@code وقائدين}) that propagation tagged again,
 * a title, a name's head noun or a plural noun of places standing alone ({@code أمير}, {@code مدينة},
 * {@code كمناطق}), a number, and a
 * "person" that is one definite common noun ({@code المجموعة}), and the listed never-names (God in
 * invocations, currency units: {@code never-names.txt}) and never-phrases ({@code حسن الجوار}:
 * {@code never-phrases.txt}); a person's last word that is a common noun
 * joined by و ({@code X Y وحكومته}) is cut off, and a common noun run into a place through في
 * ({@code لقاءات في بلجيكا}) leaves the place; a person run into the dative ل of another person of the
 * document ({@code X لY}) is parted from it. A
 * nationality word that the document also prints as the last word of a person's name ({@code نبيل
 * العربي} … {@code العربي}) is that person's surname and stays.
 */
public final class JunkMentionsStage implements DocumentStage {
  private final NerFeatures lexicon;

  public JunkMentionsStage() {
    this(NerModel.shipped().features());
  }

  public JunkMentionsStage(NerFeatures lexicon) {
    this.lexicon = lexicon;
  }

  @Override
  public String name() {
    return "entities.junk";
  }

  @Override
  public Document apply(Document doc) {
    if (doc.mentions().isEmpty()) return doc;
    Set<String> surnames = new HashSet<>();
    // words of the document's persons as printed (بلاتر), with how many person mentions print each
    java.util.Map<String, Integer> personWordCount = new java.util.HashMap<>();
    Set<String> personWords = personWordCount.keySet();
    for (Mention m : doc.mentions()) {
      List<String> w = NameForms.words(m.text());
      if (m.type().equals("PER") && w.size() >= 2 && !isPluralNationality(w.get(w.size() - 1))) {
        surnames.add(Clitics.strip(w.get(w.size() - 1)));
      }
      if (m.type().equals("PER")) for (String x : w) personWordCount.merge(x, 1, Integer::sum);
    }
    String body = doc.body();
    java.util.function.BooleanSupplier sport = new java.util.function.BooleanSupplier() {
      private Boolean known; // the test tokenizes the whole body: once per document, when a club word asks

      @Override
      public boolean getAsBoolean() {
        if (known == null) known = ClubNamesStage.aboutSport(Tokenizer.tokenize(body));
        return known;
      }
    };
    List<Mention> out = new ArrayList<>();
    boolean dropped = false;
    for (Mention m : doc.mentions()) {
      List<Token> w = m.text().indexOf(' ') >= 0 ? List.of() : Tokenizer.tokenize(m.text());
      if (w.size() == 1 && (isJunk(body, m, w.get(0), surnames, personWords, sport) || isConstructNoun(doc, m, w.get(0)))) {
        dropped = true;
        continue;
      }
      // a "misc" word that is the family name of a person of the document (الشيخ X after غسان X) is that person
      if (w.size() == 1 && m.type().equals("MISC") && surnames.contains(Clitics.strip(m.text()))) {
        m = new Mention(m.start(), m.end(), m.text(), "PER", m.entityId(), m.role());
        dropped = true;
      }
      if (m.text().indexOf(' ') >= 0) {
        List<Token> words = Tokenizer.tokenize(m.text());
        if (isInvocation(words) || isNeverPhrase(words) || isGenericHeadPair(m, words)) {
          dropped = true;
          continue;
        }
        if (m.type().equals("PER") && isPossessedNoun(words.get(0).norm())) {
          // a common noun with a pronoun opens no name (كبير إدارييها التنفيذيين: "its chief executives")
          // (and the plural adjectives agreeing with it: التنفيذيين)
          int k = 1;
          while (k < words.size() && (isPossessedNoun(words.get(k).norm()) || isPluralNisba(words.get(k).norm()))) k++;
          dropped = true;
          if (k == words.size()) continue;
          Token rest = words.get(k);
          Mention cut = m.withSpan(m.start() + rest.start(), m.end(), m.text().substring(rest.start()));
          if (k == words.size() - 1 && isJunk(body, cut, rest, surnames, personWords, sport)) continue;
          m = cut;
          words = Tokenizer.tokenize(m.text());
        }
        Mention t = m.type().equals("PER") ? trimPerson(m, words) : placeAfterIn(m, words);
        // a noun joined by و that a later stage ran the person on into (X Y وحكومته): SpanRulesStage#conjoinedNoun
        if (t == m && m.type().equals("PER") && words.size() >= 3 && SpanRulesStage.conjoinedNoun(lexicon, words.get(words.size() - 1))) {
          int e = words.get(words.size() - 2).end();
          t = m.withSpan(m.start(), m.start() + e, m.text().substring(0, e));
        }
        dropped |= t != m;
        m = t;
        Mention other = m.type().equals("PER") ? dativePersonAfter(m, personWords) : null;
        if (other != null) {
          List<Token> kept = Tokenizer.tokenize(m.text());
          int e = m.start() + kept.get(kept.size() - 2).end();
          // one word left is a name only when another person of the document has it (معاكس لX: "counter to X")
          if (kept.size() > 2 || personWordCount.getOrDefault(kept.get(0).norm(), 0) > 1) {
            out.add(m.withSpan(m.start(), e, m.text().substring(0, e - m.start())));
          }
          out.add(other);
          dropped = true;
          continue;
        }
      }
      out.add(m);
    }
    return dropped ? doc.withMentions(out) : doc;
  }

  /**
   * The person a person's span ran on into through the dative ل ({@code أن يقدم X وY لZ الخطة}, "to Z"),
   * as a mention of its own, or null: the last word is ل + a word the document prints in a person's
   * name elsewhere, and the span keeps at least one word before it.
   */
  static Mention dativePersonAfter(Mention m, Set<String> personWords) {
    List<Token> w = Tokenizer.tokenize(m.text());
    if (w.size() < 2) return null;
    Token last = w.get(w.size() - 1);
    String n = last.norm();
    String rest = NameForms.dativeRest(n);
    if (rest == null || last.text().charAt(0) != 'ل' || !personWords.contains(rest)) return null;
    return new Mention(m.start() + last.start() + 1, m.start() + last.end(), last.text().substring(1), "PER", null, null);
  }

  /**
   * An organisation of one indefinite common word right before another mention ({@code مصادر من
   * بيت | X}, "from the house of X"): a noun in construct cut off from the name it governs, never a name
   * alone. Common: the corpus prints it with the article at least {@link #COMMON_COUNT} times, and the
   * gazetteer knows it as no name (it may be a word of persons' names: بيت).
   */
  private boolean isConstructNoun(Document doc, Mention m, Token t) {
    String n = t.norm();
    // an organisation only, and no -ية word: a country's name is printed with the article as an adjective (سورية)
    if (!m.type().equals("ORG") || n.startsWith("ال") || n.endsWith("يه") || n.length() < 3
        || EntityLexicon.TAGGED_NAMES.containsKey(n) || org.mizan.clean.Vocabulary.shipped().count("ال" + n) < COMMON_COUNT) {
      return false;
    }
    String body = doc.body();
    int next = m.end();
    while (next < body.length() && body.charAt(next) == ' ') next++;
    if (next == m.end()) return false;
    for (Mention o : doc.mentions()) if (o.start() == next) return true;
    return false;
  }

  /**
   * A body of two words that are both generic heads, the second with the article ({@code إدارة النادي},
   * "the club's management"): a common phrase naming no one body, unless the gazetteer knows it as a name.
   */
  static boolean isGenericHeadPair(Mention m, List<Token> words) {
    if (!m.type().equals("ORG") || words.size() != 2) return false;
    String second = words.get(1).norm();
    if (!second.startsWith("ال") || !EntityLexicon.ORG_HEADS.containsKey(second.substring(2))) return false;
    if (EntityLexicon.TAGGED_NAMES.containsKey(NameForms.key(m.text()))) return false;
    for (String v : Clitics.variants(words.get(0).norm())) if (EntityLexicon.ORG_HEADS.containsKey(v)) return true;
    return false;
  }

  /** Plural nouns of kinds of place ({@code مناطق}): see the resource. */
  private static final Set<String> PLURAL_PLACE_NOUNS = org.mizan.text.WordList.normalized(JunkMentionsStage.class, "plural-place-nouns.txt");

  /** First words of invocations ({@code رحمه الله}): see the resource. */
  private static final Set<String> INVOCATIONS = org.mizan.text.WordList.normalized(JunkMentionsStage.class, "invocations.txt");
  /** ب + a verbal noun of manner ({@code بغضب}, {@code بحسرة}): how a person spoke, never a name's last word. */
  private static final Set<String> MANNER = org.mizan.text.WordList.normalized(JunkMentionsStage.class, "manner-adverbs.txt");

  /** A formula after a name ({@code رحمه الله}, {@code - حفظهم الله -}): two words, the second {@code الله}. */
  static boolean isInvocation(List<Token> words) {
    if (words.size() != 2 || !words.get(1).norm().equals("الله")) return false;
    String first = words.get(0).norm();
    return INVOCATIONS.contains(first) || first.length() > 3 && "وف".indexOf(first.charAt(0)) >= 0
        && INVOCATIONS.contains(first.substring(1));
  }

  /**
   * A person's span without the words around the name that a tagger takes in: a particle or
   * preposition first ({@code على X}, {@code فإن X}), an adjective of nationality first ({@code اليمني
   * عبد ربه منصور هادي}, the title's end) or conjoined last ({@code باراك أوباما والتركي}: "and the Turkish
   * [president]"), an adverb of manner last ({@code ماجد عمران بغضب}) or the speech a verb goes on with
   * ({@code وواصل ماجد عمران حديثه}). Returns the mention itself when nothing
   * is cut.
   */
  static Mention trimPerson(Mention m, List<Token> words) {
    int from = 0, to = words.size();
    while (to - from >= 2 && (isParticle(words.get(from).text()) || isNationalityWord(words.get(from).norm(), false))) from++;
    while (to - from >= 2 && (isNationalityWord(words.get(to - 1).norm(), true)
        || isPluralNationality(words.get(to - 1).norm()) || MANNER.contains(words.get(to - 1).norm())
        || org.mizan.text.SpeechObjects.isObject(words.get(to - 1).norm()))) to--;
    if (from == 0 && to == words.size()) return m;
    int s = m.start() + words.get(from).start(), e = m.start() + words.get(to - 1).end();
    return m.withSpan(s, e, m.text().substring(words.get(from).start(), words.get(to - 1).end()));
  }

  /**
   * An organisation or MISC span that runs a common noun into a place through في ({@code لقاءات في
   * بلجيكا}: meetings in Belgium) is the place, when the place after في is a listed country or city and
   * the one word before is no head noun ({@code مكتب}) or group noun; two words or more before في may
   * name a body ({@code سفارة X في Y}) and are left alone.
   * Returns the mention itself when it is no such span.
   */
  static Mention placeAfterIn(Mention m, List<Token> words) {
    int in = 1; // one word before في: more words may be a body's name (سفارة X في Y)
    if (words.size() < 3 || !words.get(in).text().equals("في")) return m;
    String place = m.text().substring(words.get(in + 1).start(), words.get(words.size() - 1).end());
    if (!"LOC".equals(EntityLexicon.TAGGED_NAMES.get(NameForms.key(place)))) return m;
    for (int k = 0; k < in; k++) {
      for (String v : Clitics.variants(words.get(k).norm())) {
        String bare = v.startsWith("ال") ? v.substring(2) : v;
        if (EntityLexicon.ORG_HEADS.containsKey(bare) || EntityLexicon.NAME_HEADS.containsKey(bare)
            || EntityLexicon.NAME_HEADS.containsKey(v) || EntityLexicon.GROUP_NOUNS.contains(bare)) {
          return m;
        }
      }
    }
    int s = m.start() + words.get(in + 1).start();
    return new Mention(s, m.end(), place, "LOC", null, null);
  }

  /**
   * Prepositions and particles as printed, alone or after و/ف ({@code فإن}, {@code وعلى}): matched on
   * the printed letters, since the matching form of {@code على} is the name {@code علي} and that of
   * {@code بأن} the name {@code بان}.
   */
  private static final Set<String> PARTICLES = Set.of("على", "عن", "في", "من", "إلى", "الى", "مع", "أن", "إن",
      "لكن", "لدى", "حتى", "منذ", "عند", "ضد", "نحو", "بأن", "لأن", "كأن", "إذ", "إذا", "ثم", "بل");

  private static boolean isParticle(String printed) {
    if (PARTICLES.contains(printed)) return true;
    return printed.length() >= 3 && "وف".indexOf(printed.charAt(0)) >= 0 && PARTICLES.contains(printed.substring(1));
  }

  /**
   * A definite adjective of nationality ({@code اليمني}, {@code الأمريكية}), after و/ف when
   * {@code conjoined} ({@code والتركي}) and only then: a family name may be one ({@code نبيل العربي}).
   */
  private static boolean isNationalityWord(String norm, boolean conjoined) {
    if (conjoined) {
      if (norm.length() < 5 || "وف".indexOf(norm.charAt(0)) < 0) return false;
      norm = norm.substring(1);
    }
    if (!norm.startsWith("ال") || norm.length() < 5) return false;
    String bare = norm.substring(2);
    if (bare.endsWith("ه")) bare = bare.substring(0, bare.length() - 1);
    return NameForms.isOrigin(bare);
  }

  /**
   * A definite plural adjective of nationality ({@code السوريين}, {@code المصريون}): the people, never a
   * family name, which is singular ({@code نبيل العربي}); after a name it is the verb's object
   * ({@code ينصح أبو غسان السوريين}).
   */
  private static boolean isPluralNationality(String norm) {
    if (!norm.startsWith("ال") || norm.length() < 7 || !(norm.endsWith("يين") || norm.endsWith("يون"))) return false;
    return NameForms.isOrigin(norm.substring(2, norm.length() - 2));
  }

  /** Phrases never kept (حسن الجوار: a quality, not a person): see the resource. */
  private static final Set<String> NEVER_PHRASES = org.mizan.text.WordList.normalized(JunkMentionsStage.class, "never-phrases.txt");

  /** Whether a mention of two words or more is a listed never-phrase, with at most a one-letter proclitic. */
  static boolean isNeverPhrase(List<Token> words) {
    StringBuilder rest = new StringBuilder();
    for (int k = 1; k < words.size(); k++) rest.append(' ').append(words.get(k).norm());
    String first = words.get(0).norm();
    if (NEVER_PHRASES.contains(first + rest)) return true;
    return first.length() > 3 && "وبلفك".indexOf(first.charAt(0)) >= 0 && NEVER_PHRASES.contains(first.substring(1) + rest);
  }

  /** One-word mentions never kept (God in invocations, currency units): see the resource. */
  private static final Set<String> NEVER = org.mizan.text.WordList.normalized(JunkMentionsStage.class, "never-names.txt");

  /** Whether a one-word mention is a listed never-name, with at most a one-letter proclitic. */
  static boolean isNeverName(String norm) {
    if (NEVER.contains(norm) || isAccusativeUnit(norm)) return true;
    return norm.length() > 3 && "وبلفك".indexOf(norm.charAt(0)) >= 0
        && (NEVER.contains(norm.substring(1)) || isAccusativeUnit(norm.substring(1)));
  }

  /**
   * A listed unit with the accusative ending ا of a counted noun ({@code 2000 درهما}, {@code دينارا}):
   * the unit too. A stem of four letters or more, so a short listed word (ين) does not take in a name (ينا).
   */
  static boolean isAccusativeUnit(String norm) {
    return norm.length() >= 5 && norm.endsWith("ا") && NEVER.contains(norm.substring(0, norm.length() - 1));
  }

  /** A listed currency unit with the article, after at most a one-letter proclitic ({@code بالدولار}). */
  static boolean isDefiniteUnit(String norm) {
    String w = norm.length() > 5 && "وبلفك".indexOf(norm.charAt(0)) >= 0 && norm.startsWith("ال", 1) ? norm.substring(1) : norm;
    return w.startsWith("ال") && w.length() > 4 && NEVER.contains(w.substring(2));
  }

  /**
   * A word without the article that the corpus prints often with it ({@code بطولة}: {@code البطولة}) and
   * that is no person's or listed place's name: a common noun in construct ({@code بطولة الدوري}) that the
   * tagger cut out of a phrase, never an entity alone.
   */
  private boolean isIndefiniteCommonNoun(String norm) {
    if (norm.startsWith("ال") || norm.length() < 4 || lexicon.isPersonWord(norm) || EntityLexicon.TAGGED_NAMES.containsKey(norm)) {
      return false;
    }
    return org.mizan.clean.Vocabulary.shipped().count("ال" + norm) >= MIN_ARTICLE_COUNT;
  }

  private boolean isJunk(String body, Mention m, Token t, Set<String> surnames, Set<String> personWords,
      java.util.function.BooleanSupplier sport) {
    String n = t.norm();
    if (isNeverName(n)) return true;
    // a currency with the article (اليورو, بالدولار) is a unit too; الريال may be the club (ORG, or a sports story)
    if (!m.type().equals("ORG") && isDefiniteUnit(n) && !sport.getAsBoolean()) return true;
    if (m.type().equals("MISC") && isIndefiniteCommonNoun(n)) return true;
    // a club word the listed-clubs stage read as the club (إدارة الرائد), not the rank الرائد
    if (m.type().equals("ORG") && ListedClubsStage.listed(t) && !isNationality(n, surnames)
        && sport.getAsBoolean()) {
      return false; // (a nationality stays junk: للاعب المصري is "the Egyptian player")
    }
    if (isNationality(n, surnames) || SpanRulesStage.isInflectedTitle(n, t.text()) || isBareHead(n)) return true;
    if (!t.text().chars().anyMatch(Character::isLetter)) return true; // a number (435)
    if (m.type().equals("PER") && (isDefiniteCommonNoun(n, surnames) || isPossessedNoun(n) || isProcliticOnCommonWord(n, personWords))) return true;
    if (!Months.isMonthAt(List.of(t), 0)) return false;
    // a month name needs its neighbours: tokenize a few words around the mention only
    int from = Math.max(0, m.start() - 24), to = Math.min(body.length(), m.end() + 24);
    List<Token> around = Tokenizer.tokenize(body.substring(from, to));
    for (int i = 0; i < around.size(); i++) {
      if (around.get(i).start() + from == m.start() && around.get(i).end() + from == m.end()) {
        return isDateMonth(body.substring(from, to), around, i);
      }
    }
    return false;
  }

  /**
   * A masculine adjective of nationality, singular, dual or plural, clitics allowed, not a surname of
   * the document. Feminine forms are names too often to drop ({@code السعودية} the country,
   * {@code العربية} the channel).
   */
  static boolean isNationality(String norm, Set<String> surnames) {
    String bare = Clitics.strip(norm);
    if (surnames.contains(bare)) return false;
    for (String v : Clitics.variants(norm)) {
      String w = v.startsWith("ال") ? v.substring(2) : v;
      for (String s : new String[] {"", "ين", "ون", "ان"}) {
        if (s.isEmpty() || w.endsWith(s) && w.length() > s.length() + 2) {
          String stem = w.substring(0, w.length() - s.length());
          if (NameForms.isOrigin(stem)) return true;
        }
      }
    }
    return false;
  }

  /** A definite plural adjective of relation ({@code التنفيذيين}, {@code الإداريون}): never a name. */
  static boolean isPluralNisba(String norm) {
    return norm.startsWith("ال") && norm.length() > 6 && (norm.endsWith("يين") || norm.endsWith("يون"));
  }

  /** Possessive pronoun suffixes, longest first. */
  private static final String[] POSSESSIVES = {"هما", "كما", "كم", "هم", "هن", "نا", "ها"};

  /** How often the corpus must print the bare noun with the article for the rule below. */
  static final int MIN_ARTICLE_COUNT = 20;

  /**
   * A common noun with a possessive pronoun ({@code وفدنا} "our delegation", {@code حكومتهم}): the
   * corpus prints the noun with the article ({@code الوفد}, {@code الحكومة}) and the gazetteer knows
   * the whole word as no name. Names do not take the pronoun (a two-letter rest, as in {@code دينا},
   * is never taken for a noun).
   */
  private boolean isPossessedNoun(String norm) {
    if (lexicon.isPersonWord(norm)) return false;
    org.mizan.clean.Vocabulary v = org.mizan.clean.Vocabulary.shipped();
    for (String p : POSSESSIVES) {
      if (!norm.endsWith(p) || norm.length() - p.length() < 3) continue;
      String noun = norm.substring(0, norm.length() - p.length());
      if (v.count("ال" + noun) >= MIN_ARTICLE_COUNT) return true;
      // a sound plural in construct drops its ن before a pronoun (إدارييها: الإداريين, مسؤولوها: المسؤولون)
      if ((noun.endsWith("ي") || noun.endsWith("و")) && v.count("ال" + noun + "ن") >= MIN_ARTICLE_COUNT) return true;
      // the feminine ending is written ت before a pronoun (حكومتنا: الحكومة)
      if (noun.endsWith("ت") && v.count("ال" + noun.substring(0, noun.length() - 1) + "ه") >= MIN_ARTICLE_COUNT) return true;
      return false;
    }
    return false;
  }

  /**
   * A person of one definite word that is no family name: not a nisba ({@code القحطاني}), not the
   * last word of a person the document names in full ({@code الجبير} after {@code عادل الجبير}), and
   * not a person's name in the gazetteer ({@code الأسد}), or listed there but printed often without the article ({@code الأسرة}):
   * a common noun ({@code المجموعة}, {@code الحرب}); after و a feminine -ية word too ({@code والجالية}).
   */
  private boolean isDefiniteCommonNoun(String norm, Set<String> surnames) {
    String w = norm.length() > 4 && "وف".indexOf(norm.charAt(0)) >= 0 ? norm.substring(1) : norm;
    // و + a definite feminine -ية word alone is a conjoined noun (والجالية), no family name as a nisba is
    boolean conjoinedFeminine = w.length() < norm.length() && w.endsWith("يه");
    if (!w.startsWith("ال") || w.length() < 5 || NameForms.isNisba(w) && !conjoinedFeminine
        || surnames.contains(Clitics.strip(w))) {
      return false;
    }
    String bare = w.substring(2);
    if (lexicon.isPersonWord(bare)) return false;
    // the gazetteer's person words hold some common nouns (الأسرة); the corpus prints those often bare
    return !lexicon.isPersonWord(w) || org.mizan.clean.Vocabulary.shipped().count(bare) >= COMMON_COUNT;
  }

  /** How often the corpus prints a word for it to be a common word rather than a name. */
  static final int COMMON_COUNT = 500;

  /**
   * A "person" that is a proclitic on a common word that names no one ({@code وحي} "and the
   * neighbourhood of", from a tagged {@code وحي X}, spread by propagation): the whole word is no person's
   * name in the gazetteer and the word after the proclitic is printed often ({@code حي}), but not
   * as a word of a person of the document ({@code لبلاتر} where {@code بلاتر} is one).
   */
  private boolean isProcliticOnCommonWord(String norm, Set<String> personWords) {
    if (norm.length() < 3 || "وفبل".indexOf(norm.charAt(0)) < 0 || lexicon.isPersonWord(norm)) return false;
    String rest = norm.substring(1);
    return !rest.startsWith("ال") && !lexicon.isPersonWord(rest) && !personWords.contains(rest)
        && org.mizan.clean.Vocabulary.shipped().count(rest) >= COMMON_COUNT;
  }

  /**
   * A title alone ({@code أمير}, {@code الأستاذ}), or the head noun of a name without the name
   * ({@code مدينة}, {@code مجموعة}, {@code وجامعة}): a name needs the words after it. A definite head
   * stays ({@code الاتحاد}, {@code المدينة} name a club and a city).
   */
  static boolean isBareHead(String norm) {
    if (RoleStage.isTitle(norm)) return true;
    List<String> variants = Clitics.variants(norm);
    for (String v : variants) if (v.startsWith("ال")) return false;
    for (String v : variants) {
      if (RoleStage.isTitle("ال" + v)) return true;
      if (EntityLexicon.NAME_HEADS.containsKey(v) || EntityLexicon.ORG_HEADS.containsKey(v)
          || EntityLexicon.GROUP_NOUNS.contains(v) || EntityLexicon.FACILITY_HEADS.containsKey(v) || PLURAL_PLACE_NOUNS.contains(v)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A month name at token {@code i} printed as a date: beside another month name ({@code نيسان
   * (إبريل)}), a number, or brackets.
   */
  static boolean isDateMonth(String body, List<Token> toks, int i) {
    if (!Months.isMonthAt(toks, i)) return false;
    Token t = toks.get(i);
    String after = body.substring(t.end(), Math.min(body.length(), t.end() + 3)).strip();
    String before = body.substring(Math.max(0, t.start() - 3), t.start()).strip();
    if (after.startsWith("(") || before.endsWith("(") || after.startsWith(")") || before.endsWith(")")) return true;
    for (int j : new int[] {i - 1, i + 1}) {
      if (j < 0 || j >= toks.size()) continue;
      if (Months.isMonthAt(toks, j) || Character.isDigit(toks.get(j).text().charAt(0))) return true;
    }
    return false;
  }
}
