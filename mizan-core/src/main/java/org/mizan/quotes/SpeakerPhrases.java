package org.mizan.quotes;

import java.util.List;
import java.util.Set;
import org.mizan.text.ArabicNormalization;
import org.mizan.text.Clitics;
import org.mizan.text.Token;
import org.mizan.text.VerbForms;
import org.mizan.text.WordList;

/**
 * Reads who speaks from the words around a reporting verb, without a named-entity model: the phrase
 * after the verb (Arabic verb-subject order) or before it, with titles stripped
 * ({@code وزير الخارجية الفرنسي جان لوران} → {@code جان لوران}). A phrase without a name is an
 * institution ({@code الكرملين}) or, when it opens with a description head, an unnamed speaker
 * ({@code مسؤول في البيت الأبيض}).
 */
final class SpeakerPhrases {
  static final Set<String> TITLES = WordList.normalized(SpeakerPhrases.class, "titles.txt");
  static final Set<String> DESCRIPTION_HEADS = WordList.normalized(SpeakerPhrases.class, "description-heads.txt");
  /** A preposition with a pronoun between a verb and its subject (رحب خلالها فلان، قال بعدها الوزير فلان). */
  private static final Set<String> ADVERBIAL_PRONOUNS =
      WordList.normalized(SpeakerPhrases.class, "adverbial-pronouns.txt");
  /** Words that end or never belong to a speaker name; the adverbial pronouns are among them. */
  static final Set<String> STOP =
      union(WordList.normalized(SpeakerPhrases.class, "stop-words.txt"), ADVERBIAL_PRONOUNS);
  static final Set<String> MEDIA = WordList.normalized(SpeakerPhrases.class, "media-nouns.txt");
  static final Set<String> OUTLETS = WordList.normalized(SpeakerPhrases.class, "outlet-nouns.txt");
  static final Set<String> INSTITUTIONS = WordList.normalized(SpeakerPhrases.class, "institution-heads.txt");
  static final Set<String> STANCE_VERBS = WordList.normalized(SpeakerPhrases.class, "stance-verbs.txt");
  /** News agencies and broadcasters by the last word of their name (رويترز، برس، الأناضول), also after a name when the لـ is dropped (فلان رويترز). */
  static final Set<String> AGENCIES = WordList.normalized(SpeakerPhrases.class, "agencies.txt");
  /** Time nouns that after في open an adverbial and end the subject phrase (في الآونة الأخيرة). */
  static final Set<String> TIME_NOUNS = WordList.normalized(SpeakerPhrases.class, "time-nouns.txt");
  static final Set<String> NATIONALITIES = WordList.normalized(SpeakerPhrases.class, "nationality-adjectives.txt");
  static final Set<String> RELATIVES = Set.of("الذي", "التي", "الذين", "اللذان", "اللتان");
  private static final Set<String> CONNECTORS = Set.of("بن", "ابن", "بنت", "ابو", "ابي", "ال", "عبد", "بو", "ولد", "دي", "فان", "فون");
  /** Broadcasters and papers whose definite form after لـ names the medium (not برنامج, موقع: often genitives). */
  private static final Set<String> DEFINITE_MEDIA = Set.of("اذاعه", "تلفزيون", "صحيفه", "قناه", "مجله");
  private static final Set<String> MEDIUM_PREPOSITIONS = Set.of("في", "عبر", "خلال", "على", "وفي", "ل", "مع");
  private static final Set<String> SOFT_PREPOSITIONS = Set.of("في", "ب", "لدى", "من", "باسم");
  private static final int MAX_PHRASE = 14;
  /** Titles that take a name directly, without a governed complement (معالي الدكتور، سمو الأمير). */
  private static final Set<String> HONORIFICS = Set.of("سمو", "معالي", "فضيله", "سماحه", "سعاده", "صاحب", "د", "م", "ا",
      "دكتور", "مهندس", "استاذ", "شيخ", "سيد", "سيده", "كابتن", "فريق", "لواء", "عميد", "عقيد", "مشير", "رائد", "ملازم",
      "مقدم", "رقيب", "عريف", "نقيب");
  /** Second parts of compound given names (نور الدين، سيف الإسلام): a name may go on after them. */
  private static final Set<String> COMPOUND_SECONDS = Set.of("الدين", "الله", "الاسلام", "الحق", "الهدي");
  /** Words that close an anonymity clause (مسؤول، طلب عدم ذكر اسمه، قال). */
  /** What an anonymity clause declines after its verb (فضل عدم …، رفض الكشف …، طلب عدم ذكر …). */
  private static final Set<String> DISCLOSURES = Set.of("عدم", "كشف", "ذكر", "افصاح", "نشر", "اشاره", "الكشف");
  private static final Set<String> ANONYMITY_ENDS = Set.of("اسمه", "اسمها", "اسمهم", "هويته", "هويتها", "هويتهم");

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> out = new java.util.HashSet<>(a);
    out.addAll(b);
    return Set.copyOf(out);
  }

  /** What a phrase says about its speaker. Exactly one of name / institution / description is set. */
  record Reading(String name, String institution, String description, int start, int end) {
    boolean shortName() {
      return name != null && !name.strip().contains(" ");
    }
  }

  private final String body;
  private final List<Token> tokens;
  private final ReportingVerbs verbs;

  SpeakerPhrases(String body, List<Token> tokens, ReportingVerbs verbs) {
    this.body = body;
    this.tokens = tokens;
    this.verbs = verbs;
  }

  /** The text between two tokens (punctuation and space). */
  String gap(int i, int j) {
    String g = body.substring(tokens.get(i).end(), tokens.get(j).start());
    return g.equals(".") ? " " : g; // a dot inside a word (“بي.سي ماجازين”): an abbreviation, not a stop
  }

  private static boolean hardPunct(String gap) {
    for (int k = 0; k < gap.length(); k++) {
      char c = gap.charAt(k);
      if (c == '،' || c == ',' || c == ':' || c == '"' || c == '“' || c == '”' || c == '«' || c == '»'
          || c == '„' || c == '(' || c == ')' || c == '.' || c == '؛' || c == '\n' || c == '-' || c == '–') {
        return true;
      }
    }
    return false;
  }

  /** Matching form with و/ف and the article removed, for list lookups. */
  static String key(Token t) {
    String n = t.norm();
    if (n.length() > 3 && (n.startsWith("وال") || n.startsWith("فال") || n.startsWith("بال"))) return n.substring(3);
    if (n.length() > 3 && n.startsWith("لل")) return n.substring(2);
    if (n.length() > 2 && n.startsWith("ال")) return n.substring(2);
    return Clitics.strip(n);
  }

  /** An honorific or rank of three letters or more that stands before a title or a name (معالي، سمو، الدكتور). */
  static boolean honorific(Token t) {
    String k = key(t);
    return k.length() > 2 && HONORIFICS.contains(k);
  }

  static boolean definite(Token t) {
    String n = t.norm();
    if (n.startsWith("ال")) return printedArticle(t, 0);
    if (n.startsWith("وال") || n.startsWith("بال") || n.startsWith("فال")) return printedArticle(t, 1);
    return n.startsWith("لل");
  }

  /**
   * The ال at {@code at} is the article, not the first letters of a verbal noun of form IV printed
   * with a hamza ({@code إلقاء}, {@code وإلغاء}, {@code إلزام}), which match ال only once normalised.
   * The preposition ({@code إلى}, {@code إليهم}) keeps its old reading.
   */
  static boolean printedArticle(Token t, int at) {
    String p = t.text().replaceAll("[\u064B-\u0652\u0640]", "");
    return p.length() < at + 5 || p.charAt(at) != 'إ' || t.norm().startsWith("الي", at);
  }

  boolean isStop(Token t) {
    if (printedAli(t)) return false;
    return STOP.contains(t.norm()) || verbs.lookup(t.norm()) != null || Complementizers.is(t.norm())
        || VerbForms.isVerb(t.norm()); // a name ends at a verb: فلان وعلان أجريا …
  }

  /**
   * على and the name علي share a matching form; news text spells the preposition with ى, so a
   * printed علي is almost always the name (الدكتور علي المصري، بن علي، محمد علي فلان).
   */
  static boolean printedAli(Token t) {
    return t.norm().equals("علي") && t.text().replace("\u0651", "").replace("\u064E", "").replace("\u0650", "")
        .endsWith("ي");
  }

  /** A token that can be part of a personal name. */
  boolean nameLike(Token t) {
    if (!t.isArabic() && !Character.isLetter(t.text().charAt(0))) return false;
    if (t.isNumber() || t.norm().length() < 2 && !CONNECTORS.contains(t.norm())) return false;
    if (isStop(t) || isRoleWord(key(t))) return false;
    String n = t.norm();
    if (n.length() > 3 && "وفلب".indexOf(n.charAt(0)) >= 0 && isRoleWord(n.substring(1))) return false;
    if (t.text().indexOf('\u064B') >= 0) return false; // tanween fath: an adverbial accusative (ردّاً)
    return !definite(t) || t.norm().equals("ال");
  }

  /** European particles that are also Arabic function words (لو "if"), so not in {@link #CONNECTORS}. */
  private static final Set<String> NAME_PARTICLES = Set.of("لو");

  /**
   * Token k is a particle inside a foreign name ({@code برونو لو مير}): a name word before it and a
   * name word after it that is no verb ({@code قال فلان لو كان …}), with nothing but spaces between.
   */
  boolean particleInName(int k) {
    if (k < 1 || k + 1 >= tokens.size() || !NAME_PARTICLES.contains(tokens.get(k).norm())) return false;
    if (!gap(k - 1, k).isBlank() || !gap(k, k + 1).isBlank()) return false;
    Token before = tokens.get(k - 1);
    Token after = tokens.get(k + 1);
    return nameLike(before) && nameLike(after) && !definite(after)
        && !org.mizan.text.VerbForms.isListedVerb(after.norm()) && !org.mizan.text.VerbForms.isListedVerb(before.norm());
  }

  static boolean isRoleWord(String key) {
    if (TITLES.contains(key) || DESCRIPTION_HEADS.contains(key) || MEDIA.contains(key) || INSTITUTIONS.contains(key)) {
      return true;
    }
    return key.length() > 3 && key.endsWith("ا") && isRoleWord(key.substring(0, key.length() - 1));
  }

  /** An unnamed-speaker head: مسؤول، مصدرا (accusative), مصادر. */
  static boolean isDescriptionHead(String key) {
    return DESCRIPTION_HEADS.contains(key)
        || key.length() > 3 && key.endsWith("ا") && DESCRIPTION_HEADS.contains(key.substring(0, key.length() - 1));
  }

  /** The article alone (not لل، بال، وال): a family name (العلي) rather than a prepositional phrase. */
  static boolean bareArticle(Token t) {
    return t.norm().startsWith("ال") && printedArticle(t, 0) && t.norm().length() > 3 && !nationality(t);
  }

  /** الروسي، الأمريكية: an adjective of origin, never a family name. */
  static boolean nationality(Token t) {
    String k = key(t);
    if (k.endsWith("ه") && k.length() > 3) k = k.substring(0, k.length() - 1);
    return NATIONALITIES.contains(k);
  }

  /** A definite word right after token k (الأمم المتحدة): k starts a noun phrase, not a family name. */
  boolean adjectiveFollows(int k) {
    return k + 1 < tokens.size() && bareArticle(tokens.get(k + 1)) && !hardPunct(gap(k, k + 1))
        && !TITLES.contains(key(tokens.get(k + 1))) && !isStop(tokens.get(k + 1));
  }

  /** The ال- word of a compound given name after عبد / أبو ({@code عبد الرحمن}): a family name may follow it. */
  private boolean compoundGiven(int k) {
    return k > 0 && bareArticle(tokens.get(k)) && CONNECTORS.contains(tokens.get(k - 1).norm())
        && !hardPunct(gap(k - 1, k));
  }

  /** {@code عبد الله}، {@code عبد العزيز}: a word in ال inside a name, after a name word. */
  private boolean innerFamily(int k, int from) {
    return k > from && bareArticle(tokens.get(k)) && !isRoleWord(key(tokens.get(k))) && !isStop(tokens.get(k))
        && (nameLike(tokens.get(k - 1)) || CONNECTORS.contains(tokens.get(k - 1).norm()));
  }

  /** The word after آل is a family name even when it is also a title (آل الشيخ). */
  boolean afterAl(int k) {
    if (k <= 0 || !tokens.get(k).isArabic()) return false;
    Token prev = tokens.get(k - 1);
    return prev.norm().equals("ال") && prev.text().startsWith("آ") || Set.of("بن", "ابن", "بنت").contains(prev.norm());
  }

  /** True when tokens from {@code i} open a medium phrase (في مقابلة، لقناة، عبر حسابه). */
  /**
   * لـ + a definite broadcaster or paper ({@code مصدر عسكري للإذاعة العامة}): the medium, unless a
   * definite title stands up to three words before it ({@code المدير العام للإذاعة}: its complement).
   */
  boolean definiteMedium(int i) {
    String n = tokens.get(i).norm();
    if (!n.startsWith("لل") || !DEFINITE_MEDIA.contains(n.substring(2))) return false;
    for (int b = i - 1; b >= Math.max(0, i - 3) && gap(b, b + 1).isBlank(); b--) {
      if (definite(tokens.get(b)) && TITLES.contains(key(tokens.get(b)))) return false; // (أمير in a name: no title)
    }
    return true;
  }

  boolean opensMedium(int i) {
    Token t = tokens.get(i);
    if (MEDIUM_PREPOSITIONS.contains(t.norm()) && i + 1 < tokens.size() && MEDIA.contains(key(tokens.get(i + 1)))) {
      return true;
    }
    String n = t.norm();
    if (n.equals("ل") && i + 1 < tokens.size() && "\"“«".indexOf(gap(i, i + 1).strip().isEmpty() ? ' '
        : gap(i, i + 1).strip().charAt(0)) >= 0) {
      return true; // لـ«الشرق الأوسط»
    }
    if (!n.startsWith("ل") || n.length() <= 3) return false;
    if (OUTLETS.contains(n.substring(1)) || AGENCIES.contains(n.substring(1)) || definiteMedium(i)) return true;
    // لفرانس برس, لأسوشيتد برس: a لـ-prefixed word before an agency's last word names the agency told
    return i + 1 < tokens.size() && AGENCIES.contains(tokens.get(i + 1).norm()) && gap(i, i + 1).isBlank();
  }

  /** The medium phrase from token {@code i}: up to a comma, colon, complementizer or verb. */
  String medium(int i, int limit) {
    int j = i;
    while (j + 1 < limit && j - i < MAX_PHRASE) {
      Token next = tokens.get(j + 1);
      String g = gap(j, j + 1);
      if (g.indexOf('،') >= 0 || g.indexOf(':') >= 0 || g.indexOf(',') >= 0 || g.indexOf('.') >= 0) break;
      if (Complementizers.is(next.norm()) || verbs.lookup(next.norm()) != null) break;
      if (j > i && AGENCIES.contains(tokens.get(j).norm())) break; // لفرانس برس إلى …: the agency's name ends it
      j++;
    }
    int s = tokens.get(i).start();
    String first = tokens.get(i).norm();
    if ((first.equals("في") || first.equals("وفي") || first.equals("عبر") || first.equals("خلال")) && j > i) {
      s = tokens.get(i + 1).start();
    }
    int e = tokens.get(j).end();
    // keep a closing quote mark of a quoted outlet name
    if (e < body.length() && (body.charAt(e) == '"' || body.charAt(e) == '”' || body.charAt(e) == '»')) e++;
    return body.substring(s, e);
  }

  /** Index just past the subject phrase after the verb at {@code v}: tokens v+1 .. result-1. */
  int postPhraseEnd(int v, int limit) {
    return postPhraseEnd(v, limit, false);
  }

  /** As {@link #postPhraseEnd(int, int)}; {@code afterMedium}: token v ends a quoted outlet name. */
  int postPhraseEnd(int v, int limit, boolean afterMedium) {
    int j = v + 1;
    int run = 0;
    while (j < limit && j - v <= MAX_PHRASE) {
      Token t = tokens.get(j);
      String g = gap(j - 1, j);
      if (g.strip().equals(".") && tokens.get(j - 1).text().length() == 1) g = " "; // م. ناصر، أ.د. فهد
      if (afterMedium && j == v + 1 && onlyQuotes(g)) g = " ";
      if (hardPunct(g)) {
        boolean apposition = run == 0 && j > v + 1 && onlyCommaOrQuotes(g) && nameLike(t);
        // وزير الدفاع في حكومة إقليم دارفور، سعد علي، أن: one name word after a noun is a genitive
        // (a place), and the name is the apposition between commas
        apposition |= run == 1 && j - 2 > v && !nameLike(tokens.get(j - 2)) && !afterAl(j - 1)
            && onlyCommaOrQuotes(g) && nameLike(t) && appositiveName(j, limit);
        boolean quotedName = run == 0 && j > v + 1 && onlyQuotes(g) && isRoleWord(key(tokens.get(j - 1)))
            && shortQuoted(t.start());
        if (!apposition && !quotedName) break;
      }
      if (j == v + 1 && ADVERBIAL_PRONOUNS.contains(t.norm())) {
        j++; // رحب خلالها الرئيس فلان: "during it" between the verb and its subject
        continue;
      }
      if (opensMedium(j) || Complementizers.is(t.norm())) break;
      if (j > v + 1 && anonymityClause(j)) break; // مسؤول في الوزارة فضل عدم الكشف عن هويته: a relative clause
      if (isStop(t) && j > v + 1 && TITLES.contains(key(tokens.get(j - 1))) && key(t).startsWith("عام")) {
        j++; // المدير العام، الأمين العام: part of the title, not the time word
        continue;
      }
      if (isStop(t) && j > v + 1 && publicAfterNoun(j)) {
        j++; // المديرية العامة للأمن العام، النائب العام: the adjective "public", not the year
        continue;
      }
      if (j > v + 1 && t.norm().startsWith("باسمه") && TITLES.contains(key(tokens.get(j - 1)))) {
        j++; // المتحدث باسمها فلان: the title's complement; the name may follow
        continue;
      }
      if (particleInName(j)) {
        j++; // برونو لو مير: a European particle inside the name, not the conditional لو
        continue;
      }
      if (isStop(t)) {
        boolean soft = SOFT_PREPOSITIONS.contains(t.norm()) && run == 0 && j > v + 1 && j + 1 < limit
            && (definite(tokens.get(j + 1)) || INSTITUTIONS.contains(key(tokens.get(j + 1))))
            && !TIME_NOUNS.contains(key(tokens.get(j + 1))) // في الآونة الأخيرة: a time adverbial, not a complement
            && !hardPunct(gap(j, j + 1)) && !opensMedium(j);
        if (!soft) break;
      } else if (t.norm().startsWith("و") && t.norm().length() > 3 && isRoleWord(t.norm().substring(1))) {
        run = 0; // a coordinated subject: مستشارون للرئيس … ومسؤولون أوكرانيون
      } else if (nameLike(t) || afterAl(j)) {
        if (run >= 2 && familyEnds(j)) break; // عادل العلي جريمة …: the name ended with its family name
        run++;
      } else if (run == 1 && familyNationality(j)) {
        run++; // اللواء سعد المصري: a family name that is also an adjective of origin
      } else if (run > 0 && nationality(t)) {
        run = 0; // نادي برشلونة الإسباني جوسيب …: an adjective of the place; a name may follow
      } else if (run == 1 && TITLES.contains(key(t))) {
        run = 0; // a place before the title (… بمنطقة … الرائد سامي العلي): the name comes after
      } else if (run > 0) {
        // a family name in ال right after a single first name (سامي العلي); anything else ends the name
        boolean family = bareArticle(t) && !isRoleWord(key(t)) && !isStop(t)
            && (nameLike(tokens.get(j - 1)) || afterAl(j - 1))
            && (!adjectiveFollows(j) || CONNECTORS.contains(tokens.get(j - 1).norm())); // عبد الرحمن الفلو
        boolean adjective = definite(t) && j + 1 < limit && Complementizers.is(tokens.get(j + 1).norm());
        if (!family && !adjective) break;
        run++;
      }
      j++;
    }
    return j;
  }

  /** Words after العام that make it the year ({@code العام الماضي}), not the adjective "public". */
  private static final Set<String> YEAR_WORDS = Set.of("الماضي", "المقبل", "الجاري", "الحالي", "القادم", "المنصرم",
      "السابق", "نفسه", "ذاته", "الدراسي", "المالي");

  /**
   * {@code العام}/{@code العامة} right after a definite noun ({@code للأمن العام}, {@code النائب
   * العام}) ending the phrase or before a comma: the adjective "public" of an office's name, not the
   * year (not before الماضي، المقبل … or a number).
   */
  boolean publicAfterNoun(int j) {
    String n = tokens.get(j).norm();
    if (!n.equals("العام") && !n.equals("العامه")) return false;
    Token prev = tokens.get(j - 1);
    if (!(prev.norm().startsWith("ال") || prev.norm().startsWith("لل")) || hardPunct(gap(j - 1, j))) return false;
    if (j + 1 >= tokens.size() || hardPunct(gap(j, j + 1))) return true;
    Token next = tokens.get(j + 1);
    return !YEAR_WORDS.contains(next.norm()) && !Character.isDigit(next.text().charAt(0)) && isStop(next);
  }

  /**
   * True when the name before token {@code j} ended with a family name in ال after a given name
   * ({@code سامي العلي} + an indefinite word): Arabic names rarely go on after the family name, so
   * the next word opens the object (… جريمة حرق، … الهجوم), not more name. Connectors (بن، ولد) and
   * compound given names (نور الدين …) go on.
   */
  boolean familyEnds(int j) {
    if (j < 2 || j >= tokens.size()) return false;
    Token t = tokens.get(j);
    Token fam = tokens.get(j - 1);
    if (CONNECTORS.contains(t.norm()) || afterAl(j) || hardPunct(gap(j - 1, j))) return false;
    if (!bareArticle(fam) || COMPOUND_SECONDS.contains(fam.norm()) || isRoleWord(key(fam)) || isStop(fam)) return false;
    Token given = tokens.get(j - 2);
    return nameLike(given) && !CONNECTORS.contains(given.norm()) && !hardPunct(gap(j - 2, j - 1));
  }

  /**
   * An adjective of origin right after a definite title and one given name ({@code اللواء سعد
   * المصري}, {@code الدكتور علي المصري}) is a family name: the title already took its adjectives.
   */
  boolean familyNationality(int k) {
    if (k < 2 || k >= tokens.size() || !nationality(tokens.get(k)) || !tokens.get(k).norm().startsWith("ال")) return false;
    Token title = tokens.get(k - 2);
    return nameLike(tokens.get(k - 1)) && definite(title) && TITLES.contains(key(title))
        && !hardPunct(gap(k - 2, k - 1)) && !hardPunct(gap(k - 1, k));
  }

  /**
   * Token {@code j} opens an unmarked relative clause of anonymity ({@code فضّل عدم الكشف عن هويته},
   * {@code طلب عدم ذكر اسمه}, {@code رفض الإفصاح عن اسمه}): a word that is no name word, then up to
   * four more words without punctuation, the last a name or identity noun with its pronoun. The
   * speaker phrase ends before it: the description is the speaker, not the clause.
   */
  boolean anonymityClause(int j) {
    if (j < 1 || j + 1 >= tokens.size() || !tokens.get(j).isArabic() || ANONYMITY_ENDS.contains(tokens.get(j).norm())
        || !DISCLOSURES.contains(key(tokens.get(j + 1))) || DISCLOSURES.contains(key(tokens.get(j)))) {
      return false;
    }
    for (int k = j + 1; k < tokens.size() && k <= j + 4; k++) {
      if (hardPunct(gap(k - 1, k))) return false;
      if (ANONYMITY_ENDS.contains(tokens.get(k).norm())) return k > j + 1;
    }
    return false;
  }

  /** Tokens from {@code j}: two to four name words closed by a comma (a name in apposition). */
  private boolean appositiveName(int j, int limit) {
    for (int k = j + 1; k < limit && k - j <= 4; k++) {
      String g = gap(k - 1, k);
      if (onlyCommaOrQuotes(g)) return k - j >= 2;
      if (hardPunct(g) || !(nameLike(tokens.get(k)) || afterAl(k) || bareArticle(tokens.get(k)))) return false;
    }
    return false;
  }

  /** True when a quote closes within three words after {@code pos}: a quoted name (وكالة "تاس"). */
  private boolean shortQuoted(int pos) {
    int end = Math.min(body.length(), pos + 40);
    for (int k = pos; k < end; k++) {
      char c = body.charAt(k);
      if (c == '"' || c == '”' || c == '»' || c == '“') return body.substring(pos, k).strip().split("\\s+").length <= 3;
    }
    return false;
  }

  private static boolean onlyCommaOrQuotes(String g) {
    return g.strip().equals("،") || g.strip().equals(",");
  }

  private static boolean onlyQuotes(String g) {
    return g.strip().length() == 1 && "\"“”«»".indexOf(g.strip().charAt(0)) >= 0;
  }

  /** True when the post-verb phrase ending at {@code j} ended cleanly (not cut off mid-clause). */
  boolean cleanEnd(int v, int j, int limit) {
    if (j - v > MAX_PHRASE) return false;
    if (j >= limit || j >= tokens.size()) return true;
    Token t = tokens.get(j);
    return hardPunct(gap(j - 1, j)) || Complementizers.is(t.norm()) || opensMedium(j) || isStop(t)
        || TITLES.contains(key(t)) || familyEnds(j) || anonymityClause(j) // a title after the name: سامي العلي رئيس الدائرة
        || definite(t) && DESCRIPTION_HEADS.contains(key(t)) // or a description: سامي العلي المحلل في …
        || org.mizan.text.SpeechObjects.isObject(t.norm()); // or the verb's object: وواصل سامي العلي حديثه
  }

  /** Index of the first token of the subject phrase before the verb at {@code v}, or v when none. */
  int prePhraseStart(int v, int floor) {
    int j = v - 1;
    while (j >= floor && v - j <= MAX_PHRASE) {
      Token t = tokens.get(j);
      String after = body.substring(t.end(), tokens.get(j + 1).start());
      if (after.indexOf('.') >= 0 || after.indexOf(':') >= 0 || after.indexOf('"') >= 0 || after.indexOf('”') >= 0
          || after.indexOf('»') >= 0 || after.indexOf('\n') >= 0) {
        break;
      }
      if (isStop(t) && !SOFT_PREPOSITIONS.contains(t.norm())) {
        if (j == v - 1 && Set.of("قد", "لقد", "وقد").contains(t.norm())) {
          j--;
          continue;
        }
        break;
      }
      j--;
    }
    int start = j + 1;
    while (start < v && (isStop(tokens.get(start)))) start++; // drop a leading preposition
    int end = v;
    while (end > start && isStop(tokens.get(end - 1))) end--;
    return end > start ? start : v;
  }

  /**
   * A subject before the verb read as a speaker: names anywhere; institutions and descriptions only
   * when the phrase opens the clause (sentence start, after إن/أن, كان or لكن), so an object
   * ({@code وسط تقارير تفيد}) is not taken for a speaker. A relative ({@code ماكرون، الذي أكد})
   * takes its antecedent's name.
   */
  Reading readBefore(int v, int floor) {
    if (v - 1 >= floor && RELATIVES.contains(tokens.get(v - 1).norm())) {
      if (!agrees(tokens.get(v - 1).norm(), tokens.get(v).norm())) {
        return null; // المنتقدين، الذين اعتبر أنهم: the relative is the verb's object; its subject is not named here
      }
      int s = Math.max(floor, v - 1 - MAX_PHRASE);
      Reading r = read(s, v - 1);
      return r != null && r.name() != null ? r : null;
    }
    if (v - 1 > floor && ANONYMITY_ENDS.contains(tokens.get(v - 1).norm()) && gap(v - 1, v).contains("،")) {
      // مسؤول، طلب عدم ذكر اسمه، قال: skip the anonymity clause back to its opening comma
      for (int c = v - 1; c > floor && v - c <= 6; c--) {
        if (gap(c - 1, c).contains("،")) return readBefore(c, floor);
      }
    }
    int ps = prePhraseStart(v, floor);
    if (ps >= v) return null;
    String firstWord = tokens.get(ps).norm();
    if (firstWord.length() > 3 && (firstWord.startsWith("و") || firstWord.startsWith("ف"))
        && STANCE_VERBS.contains(firstWord.substring(1))) {
      return null; // وطالب فلان الجماهير …، وقال: a clause with its own verb; the speaker is the current one
    }
    if (ps > 0 && Set.of("عن", "وعن", "حول", "وحول", "بشان", "وبشان").contains(tokens.get(ps - 1).norm())) {
      return null; // وعن رأيه في …، قال: a topic, the speaker is the current one
    }
    Reading r = null;
    for (int c = ps + 1; c < v; c++) {
      if (gap(c - 1, c).contains("،") || gap(c - 1, c).contains(",")) {
        Reading head = read(ps, c); // مسؤولاً أمنياً، طلب عدم ذكر اسمه، قال
        if (head != null && (head.name() != null || head.description() != null)) r = head;
        break;
      }
    }
    if (r == null) {
      r = read(ps, v);
      boolean comma = false;
      for (int c = ps + 1; c < v; c++) comma |= gap(c - 1, c).contains("،") || gap(c - 1, c).contains(",");
      if (r != null && r.name() == null && comma) return null; // a clause before the verb, not its subject
    }
    if (r == null) return null;
    if (r.name() == null && org.mizan.text.Tokenizer.tokenize(r.institution() != null ? r.institution()
        : r.description()).size() > 6) {
      return null; // a long clause, not a subject
    }
    boolean opens = ps == floor || ps == 0 || body.substring(tokens.get(ps - 1).end(), tokens.get(ps).start()).contains(".");
    if (!opens) {
      String prev = tokens.get(ps - 1).norm();
      opens = Complementizers.is(prev) || prev.endsWith("كان") || prev.endsWith("كانت") || prev.equals("لكن")
          || prev.equals("الا") || prev.equals("ولكن");
    }
    return opens ? r : null;
  }

  /**
   * Whether a past or present verb can have the relative before it as its subject: a plural or dual
   * relative needs a plural or dual verb, a singular one a singular verb of its gender. A relative
   * that does not agree is the verb's object ({@code الذين اعتبر أنهم}: "whom he considered").
   */
  static boolean agrees(String relative, String verb) {
    String v = verb.length() > 3 && (verb.startsWith("و") || verb.startsWith("ف")) ? verb.substring(1) : verb;
    boolean plural = v.endsWith("وا") || v.endsWith("ون") || v.endsWith("ان") || v.endsWith("تا")
        || v.length() > 3 && v.endsWith("ا") && !v.endsWith("ءا");
    return switch (relative) {
      case "الذين", "اللذان", "اللتان" -> plural;
      case "التي" -> !plural && (v.endsWith("ت") || v.startsWith("ت"));
      default -> !plural && !v.endsWith("ت");
    };
  }

  /** Reads tokens [from, to) as a speaker, or null when they say nothing about one. */
  Reading read(int from, int to) {
    while (to > from && isStop(tokens.get(to - 1)) && !(to - 1 > from && publicAfterNoun(to - 1))) to--;
    while (from < to && isStop(tokens.get(from))) from++;
    if (to <= from) return null;
    Token lead = tokens.get(from);
    if (to - from >= 2 && bareArticle(lead) && !isRoleWord(key(lead)) && !isStop(lead) && !lead.norm().startsWith("وال")
        && tokens.get(from + 1).norm().startsWith("ل") && !hardPunct(gap(from, from + 1))) {
      // قال العلي للوزير إن: a family name, then the one addressed (لـ/لل) — not one name of two words
      return new Reading(lead.text(), null, null, lead.start(), lead.end());
    }
    // last run of name-like tokens (with connectors and a family name in ال after a first name)
    int runEnd = -1;
    int runStart = -1;
    for (int k = to - 1; k >= from; k--) {
      if (nameLike(tokens.get(k)) || afterAl(k)) {
        runEnd = k + 1;
        break;
      }
      if (familyNationality(k) && k - 2 >= from) {
        runEnd = k + 1;
        break;
      }
      if (bareArticle(tokens.get(k)) && k > from && (nameLike(tokens.get(k - 1)) || afterAl(k - 1) || compoundGiven(k - 1))
          && !isRoleWord(key(tokens.get(k))) && (!adjectiveFollows(k) || CONNECTORS.contains(tokens.get(k - 1).norm()))
          && !isStop(tokens.get(k)) && !hardPunct(gap(k - 1, k))) {
        runEnd = k + 1;
        break;
      }
    }
    if (runEnd > 0) {
      runStart = runEnd - 1;
      while (runStart > from && !hardPunct(gap(runStart - 1, runStart))
          && (nameLike(tokens.get(runStart - 1)) || CONNECTORS.contains(tokens.get(runStart - 1).norm())
              || afterAl(runStart - 1) || innerFamily(runStart - 1, from) || particleInName(runStart - 1))) {
        runStart--;
      }
      while (runStart < runEnd - 1 && Set.of("بن", "ابن", "بنت", "ال").contains(tokens.get(runStart).norm())
          && !tokens.get(runStart).text().startsWith("آ")) {
        runStart++;
      }
      // a لـ genitive with its definite noun inside the run (الاتحاد السعودي لكرة القدم أحمد …) closes an
      // organisation's name: a person's name can only follow it
      for (int k = runStart; k + 1 < runEnd; k++) {
        if (genitiveRun(k) && definite(tokens.get(k + 1))) runStart = k + 2;
      }
      if (runStart >= runEnd) {
        runStart = -1; // … الأهلي لكرة القدم: the run was the organisation's name, no person
        runEnd = -1;
      }
    }
    if (runEnd > 0) {
      if (complementAfterTitle(runStart, runEnd, from)) runStart++;
      for (int k = runStart + 2; k < runEnd; k++) {
        if (familyEnds(k)) {
          runEnd = k; // سامي العتيبي هجوم المسلحين: the name ends with its family name
          break;
        }
      }
    }
    if (runStart > from && runEnd - runStart == 1 && nationality(tokens.get(runStart)) && !definite(tokens.get(runStart))
        && TITLES.contains(key(tokens.get(runStart - 1))) && !definite(tokens.get(runStart - 1))) {
      return span(runStart - 1, to, false); // مندوب خليجي في أوبك: an unnamed holder of the title, its origin no name
    }
    // an unnamed speaker: an indefinite description head (مسؤول، مصدر، مستشارون)
    int h = -1;
    for (int k = from; k < to; k++) {
      if (isDescriptionHead(key(tokens.get(k))) && !definite(tokens.get(k))) {
        h = k;
        break;
      }
    }
    boolean titled = false;
    boolean governed = false; // a name after لـ belongs to a genitive (مستشار للرئيس)
    for (int k = from; k < (runStart >= 0 ? runStart : to); k++) {
      titled |= TITLES.contains(key(tokens.get(k))) || tokens.get(k).norm().equals("السيد")
          || tokens.get(k).norm().equals("السيده")
          || definite(tokens.get(k)) && isDescriptionHead(key(tokens.get(k))); // المواطن فلان الفلاني
      if (k > h && h >= 0) governed |= tokens.get(k).norm().startsWith("ل");
    }
    if (runStart >= 0 && h >= 0 && h < runStart) {
      boolean adjectives = runStart == h + 1; // مصدر عسكري فرنسي، مسؤول أمريكي: not a name
      if (adjectives || governed) return span(h, to, false);
      // a run opened by لـ continues an organisation's name (الاتحاد الدولي لكرة القدم): no person there
      if (!titled && genitiveRun(runStart)) return span(h, to, false);
      if (!titled) return span(h, Math.min(to, runStart + 1), false); // أحد سكان سيفاري …
    } else if (h >= 0) {
      return span(h, to, false);
    }
    if (runStart >= 0) {
      Token first = tokens.get(runStart);
      boolean coordinated = runStart > from && first.norm().startsWith("و") && !titled;
      boolean prepositional = runEnd - runStart == 1 && runStart > from && first.norm().startsWith("ل");
      String headBefore = runStart > from ? tokens.get(runStart - 1).norm() : "";
      // (ونقابة أطباء الأسنان: a coordinated body's head; its name is no person's)
      boolean ofInstitution = runStart > from && (INSTITUTIONS.contains(key(tokens.get(runStart - 1)))
          || headBefore.length() > 4 && headBefore.startsWith("و") && INSTITUTIONS.contains(headBefore.substring(1)));
      if (runStart == from || titled) {
        return new Reading(body.substring(first.start(), tokens.get(runEnd - 1).end()), null, null,
            first.start(), tokens.get(runEnd - 1).end());
      }
      if (!coordinated && !prepositional && !ofInstitution) return span(from, runStart, true);
      return span(from, to, true);
    }
    Token head = tokens.get(from);
    return span(from, to, !isDescriptionHead(key(head)));
  }

  /** A name-like run opened by a لـ-prefixed word ({@code لكرة القدم}, {@code للسياحة}): a genitive, never a person. */
  private boolean genitiveRun(int runStart) {
    String n = tokens.get(runStart).norm();
    return n.length() > 3 && n.startsWith("ل") && !n.startsWith("لا") && !CONNECTORS.contains(n);
  }

  /**
   * An indefinite title is the head of a construct and governs the word after it ({@code محافظ
   * بريدة سعد بن علي العلي}, {@code لاعب برشلونة …}): that word is its complement, not the first
   * name, when at least two name words follow. Honorifics (معالي، الدكتور) take the name directly.
   */
  private boolean complementAfterTitle(int runStart, int runEnd, int from) {
    if (runStart - 1 < from || runEnd - runStart < 3) return false;
    Token title = tokens.get(runStart - 1);
    String k = key(title);
    if (!TITLES.contains(k) || definite(title) || HONORIFICS.contains(k) || title.norm().length() <= 2) return false;
    Token next = tokens.get(runStart + 1);
    return !CONNECTORS.contains(tokens.get(runStart).norm()) && !CONNECTORS.contains(next.norm())
        && !hardPunct(gap(runStart - 1, runStart));
  }

  private Reading span(int from, int to, boolean institution) {
    int s = tokens.get(from).start();
    int e = tokens.get(to - 1).end();
    if (e < body.length() && "\"”»".indexOf(body.charAt(e)) >= 0 && body.substring(s, e).chars()
        .filter(c -> c == '"' || c == '“' || c == '«').count() % 2 == 1) {
      e++;
    }
    String text = body.substring(s, e);
    return institution ? new Reading(null, text, null, s, e) : new Reading(null, null, text, s, e);
  }
}
