package org.mizan.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mizan.doc.Document;
import org.mizan.pipeline.DocumentStage;
import org.mizan.quotes.ReportingVerbs;
import org.mizan.text.Clitics;
import org.mizan.text.Token;
import org.mizan.text.Tokenizer;
import org.mizan.text.VerbForms;

/**
 * {@code entities.spans}: repairs the tagger's spans with rules that hold for any news text:
 * drops function words, titles and verbs (reporting verbs too: {@code أجاب X}) at the edges of a name
 * ({@code الكرملين أي}); splits a person at a function word inside it ({@code X إن Y}); splits two names
 * run together ({@code بيرنز وسوليفان}, a known name followed by another known name, or a known
 * place or organization glued before a person); takes in a
 * facility head word before a place ({@code مطار} + name); and tags rare words shaped like
 * transliterated surnames ({@code ...وف}, {@code ...سكي}) that the tagger missed.
 */
public final class SpanRulesStage implements DocumentStage {
  private final NerFeatures lexicon;

  public SpanRulesStage() {
    this(NerModel.shipped().features());
  }

  public SpanRulesStage(NerFeatures lexicon) {
    this.lexicon = lexicon;
  }

  @Override
  public String name() {
    return "entities.spans";
  }

  @Override
  public Document apply(Document doc) {
    String body = doc.body();
    List<Mention> trimmed = new ArrayList<>();
    for (Mention m : doc.mentions()) {
      for (Mention part : splitAtStopwords(body, OpenQuoteNames.afterOpening(body, m))) {
        for (Mention q : placeInsidePerson(body, part)) {
          Mention t = trim(body, afterInnerTitle(body, q));
          if (t != null) trimmed.addAll(placeAfterPerson(body, t));
        }
      }
    }
    Map<String, String> known = new HashMap<>(); // key without clitics -> type
    for (Mention m : trimmed) {
      String k = PropagateStage.bareKey(m.text());
      known.putIfAbsent(k, m.type());
      if (k.length() > 4 && "وفبل".indexOf(k.charAt(0)) >= 0) known.putIfAbsent(k.substring(1), m.type());
    }
    List<Token> toks = Tokenizer.tokenize(body);
    List<Mention> out = new ArrayList<>();
    for (Mention m : trimmed) {
      for (Mention p : splitPossessor(body, toks, m, known, trimmed)) {
        for (Mention part : split(body, p, known)) {
          Mention t = part == p ? part : trim(body, part); // a part split off may open or close with a title
          if (t != null) out.add(t);
        }
      }
    }
    out.addAll(namesAfterTitles(body, toks, out));
    out.sort(Comparator.comparingInt(Mention::start));
    out = withFamilyNames(body, toks, out);
    out = withGivenNameBeforeBin(body, toks, out);
    out = withFacilityHeads(body, toks, out);
    out = FacilityNames.apply(body, toks, out);
    out = DefinitePlaceNames.apply(body, toks, out);
    out.addAll(surnameShaped(body, toks, out));
    out.sort(Comparator.comparingInt(Mention::start));
    out = withSyllableNames(body, toks, out);
    return doc.withMentions(out);
  }

  private boolean isEdgeJunk(Token t, boolean last) {
    String norm = t.norm();
    // على folds to the name علي: the printed ي tells the name (علي X) from the preposition
    if (EntityLexicon.STOPWORDS.contains(norm) && !(norm.equals("علي") && t.text().endsWith("ي"))) return true;
    if (isHamzaParticle(t)) return true;
    if (RoleStage.isTitle(norm) || isVerb(norm) || isReportingVerb(norm) || isInflectedTitle(norm, t.text())) return true;
    if (last && conjoinedPossessed(t)) return true;
    return last && norm.startsWith("ال") && NameForms.isNisba(norm);
  }

  /**
   * و + a noun + a possessive pronoun printed with ه ({@code X وأدبه}, {@code X وفريقها}): "and his
   * manners" closes no name; a known name of that shape ({@code وعبدالله}) is left alone.
   */
  private boolean conjoinedPossessed(Token t) {
    String norm = t.norm();
    String printed = t.text();
    if (norm.length() < 5 || norm.charAt(0) != 'و' || !(printed.endsWith("ه") || printed.endsWith("ها")
        || printed.endsWith("هم"))) {
      return false;
    }
    return !lexicon.isPersonWord(norm) && !lexicon.isPersonWord(norm.substring(1));
  }

  /**
   * A finite reporting verb ({@code أجاب}, {@code أكدا}, {@code ويقول}) that the tagger ran into a name
   * ({@code أجاب X}): never a word of it. Participles ({@code مشير}) are left out, as some are names.
   */
  static boolean isReportingVerb(String norm) {
    ReportingVerbs.Form f = ReportingVerbs.standard().lookup(norm);
    return f != null && !f.participle();
  }

  /**
   * A person mention with a function word inside ({@code X إن Y}, {@code X أن يكون Y}): the tagger ran
   * a sentence's words together; each side is a mention of its own (then trimmed). Names of short
   * syllables ({@code بان كي مون}) keep their words.
   */
  static List<Mention> splitAtStopwords(String body, Mention m) {
    if (!m.type().equals("PER") || m.text().indexOf(' ') < 0) return List.of(m);
    List<Token> w = Tokenizer.tokenize(m.text());
    if (w.size() < 3 || syllableGivenName(w)) return List.of(m);
    for (int k = 1; k < w.size() - 1; k++) {
      if (!EntityLexicon.STOPWORDS.contains(w.get(k).norm())) continue;
      if (w.get(k).text().endsWith("ي") && w.get(k).norm().equals("علي")) continue; // the name علي, not على
      List<Mention> out = new ArrayList<>();
      int s = m.start(), e = m.start() + w.get(k - 1).end();
      out.add(m.withSpan(s, e, body.substring(s, e)));
      int s2 = m.start() + w.get(k + 1).start();
      out.addAll(splitAtStopwords(body, m.withSpan(s2, m.end(), body.substring(s2, m.end()))));
      return out;
    }
    return List.of(m);
  }

  private static final String[] NOUN_SUFFIXES = {"هما", "هم", "ها", "ه", "نا", "ين", "ان", "ون"};

  /**
   * A title or kinship word with a possessive pronoun or a dual/plural ending ({@code وابنه},
   * {@code وفدنا}, {@code وقائدين}): a common noun, never a word of a name. {@code printed} tells the
   * pronoun ه from the feminine ة, which match alike ({@code محافظة} is a governorate).
   */
  static boolean isInflectedTitle(String norm, String printed) {
    // a definite word takes no pronoun, and a definite plural title names a body (حزب المحافظين)
    if (!Clitics.strip(norm).equals(norm) || norm.startsWith("ال")) return false;
    // ة folds to ه in matching form: محافظة (a governorate) is no محافظ + pronoun
    boolean pronounH = printed.endsWith("ه");
    for (String s : NOUN_SUFFIXES) {
      if (s.equals("ه") && !pronounH) continue;
      boolean number = s.length() == 2 && (s.endsWith("ن"));
      if (!norm.endsWith(s) || norm.length() - s.length() < (number ? 4 : 3)) continue;
      String stem = norm.substring(0, norm.length() - s.length());
      if (stem.endsWith("ت") && s.length() <= 3) stem = stem.substring(0, stem.length() - 1) + "ه"; // زوجته → زوجه
      if (RoleStage.isTitle(stem) || RoleStage.isRelationalTitle(stem)
          || !stem.startsWith("ال") && RoleStage.isRoleWord(stem)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A finite verb the tagger ran a name into ({@code X سيتوجهان}) or tagged alone: a listed verb
   * form, or an imperfect dual/plural that the gazetteer does not know as a name (foreign names such
   * as {@code ترايتون} take that shape too; the perfect plural shape, {@code أبشروا}, is left to names).
   */
  private boolean isVerb(String norm) {
    return VerbForms.isListedVerb(norm) || firstPersonFuture(norm)
        || VerbForms.isImperfectPlural(norm) && !lexicon.gazetteer().containsKey(norm);
  }

  /** A listed verb in the future first person ({@code سنناقش}, {@code وسأناقش}): س + ن/أ + the imperfect stem. */
  static boolean firstPersonFuture(String norm) {
    String w = norm.startsWith("و") || norm.startsWith("ف") ? norm.substring(1) : norm;
    if (w.length() < 5 || !w.startsWith("س") || "نا".indexOf(w.charAt(1)) < 0) return false;
    return VerbForms.isListedVerb("ي" + w.substring(2));
  }

  /**
   * The mention without stopwords, titles and verbs at its edges, and without a trailing nisba that only
   * describes it ({@code لافروف الروسي}); null if nothing is left. An organisation keeps a nisba after
   * a definite word: there it is part of the name ({@code الاتحاد الأوروبي}, {@code منظمة الطاقة
   * الذرية الإيرانية}), unlike after a proper name ({@code رويترز البريطانية}).
   */
  Mention trim(String body, Mention m) {
    List<Token> w = Tokenizer.tokenize(m.text());
    int a = 0, b = w.size();
    if (w.size() >= 2 && isAyatollah(w.get(0), w.get(1))) a = 2; // آية الله علي X: the clerical title
    if (w.size() == 1 && isAyatollah(w.get(0), Tokenizer.tokenize(body.substring(m.end(), Math.min(body.length(),
        m.end() + 8))).stream().findFirst().orElse(null))) {
      return null;
    }
    boolean per = m.type().equals("PER");
    // a listed place whose name holds a title word (شرم الشيخ) is whole as printed
    if (m.type().equals("LOC") && w.size() >= 2 && PlaceTypesStage.isListedPlace(m.text())) return m;
    // a spelled Latin letter opens an acronym name (اي بي سي نيوز): أي the particle, here a letter
    if (w.size() >= 3 && !per && isSpelledLetter(w.get(0).norm()) && isSpelledLetter(w.get(1).norm())) return m;
    while (a < b && (isEdgeJunk(w.get(a), false) || per && verbShaped(w.get(a))) && !(a == 0 && per && syllableGivenName(w))
        && !(per && TitledGivenNames.keeps(lexicon, body, m, w, a))) {
      a++;
    }
    if (a == 0 && w.size() >= 2 && per && opensWithVerb(lexicon, body, m.start(), w.get(0).norm())) a = 1;
    while (b > a && b - a > 1 && (isEdgeJunk(w.get(b - 1), !keepsNisba(m, w, b - 1))
        || per && (verbShaped(w.get(b - 1)) || adverbial(w.get(b - 1)) || conjoinedNoun(lexicon, w.get(b - 1))
            || purposeClause(w.get(b - 1))
            || prepositionOnNoun(w.get(b - 1))))) {
      b--;
    }
    if (a == b) return null;
    if (a == 0 && b == w.size()) return m;
    int s = m.start() + w.get(a).start();
    int e = m.start() + w.get(b - 1).end();
    return m.withSpan(s, e, body.substring(s, e));
  }

  /**
   * ك/ب/ل + a definite common noun ({@code كالصاعقة}, {@code بالملعب}, {@code للفريق}): a prepositional
   * phrase after a name, never a word of it. The noun with its article is printed at least three
   * times as often as the whole word, and the gazetteer knows the whole word as no person's name
   * ({@code بالمر}, {@code بالحاج} stay).
   */
  private boolean prepositionOnNoun(Token t) {
    String n = t.norm();
    String noun;
    if (n.startsWith("لل")) noun = "ال" + n.substring(2);
    else if (n.startsWith("كال") || n.startsWith("بال")) noun = n.substring(1);
    else return false;
    // a place after the preposition is split off as one (X للرياض), see placeAfterPerson
    if (noun.length() < 5 || lexicon.isPersonWord(n) || (lexicon.gazetteer().getOrDefault(noun, 0) & NerFeatures.LOC) != 0
        || EntityLexicon.TAGGED_NAMES.containsKey(noun)) {
      return false;
    }
    org.mizan.clean.Vocabulary v = org.mizan.clean.Vocabulary.shipped();
    long definite = v.count(noun);
    return definite >= 20 && definite >= 3 * v.count(n);
  }

  /**
   * A common noun joined by و that the tagger ran a person on into ({@code X Y وحكومته}, {@code وممثلون}):
   * after the و, a word the clusters know with a pronoun or plural ending, and neither it nor the
   * whole word a person's name in the gazetteer ({@code وليد}, {@code ووكر} stay).
   */
  static boolean conjoinedNoun(NerFeatures lexicon, Token t) {
    String n = t.norm();
    if (n.length() < 6 || n.charAt(0) != 'و') return false;
    String rest = n.substring(1);
    if (!(rest.endsWith("ه") || rest.endsWith("ها") || rest.endsWith("هم") || rest.endsWith("ون") || rest.endsWith("ين")
        || rest.endsWith("ات"))) {
      return false;
    }
    return lexicon.clusters().containsKey(rest) && !lexicon.isPersonWord(n) && !lexicon.isPersonWord(rest);
  }

  /** Latin letters as Arabic news spells them in acronyms (بي بي سي، سي إن إن، إف بي آي), in matching form. */
  static final java.util.Set<String> SPELLED_LETTERS = java.util.Set.of("اي", "ايه", "بي", "سي", "دي", "اف", "جي", "اتش",
      "كي", "ام", "ان", "او", "كيو", "ار", "اس", "تي", "يو", "في", "دبليو", "اكس", "واي", "زد", "ال");

  static boolean isSpelledLetter(String norm) {
    return SPELLED_LETTERS.contains(norm);
  }

  /**
   * A person mention that ends in a listed place after a preposition ({@code X Y للرياض}, "Y's visit
   * to Riyadh"; {@code بموسكو}): a name never ends so; the person and the place are two mentions.
   */
  static List<Mention> placeAfterPerson(String body, Mention m) {
    int sp = m.text().lastIndexOf(' ');
    // cheap test first: the last word opens with ب or ل
    if (!m.type().equals("PER") || sp < 0 || sp + 1 >= m.text().length() || "بل".indexOf(m.text().charAt(sp + 1)) < 0) {
      return List.of(m);
    }
    List<Token> w = Tokenizer.tokenize(m.text());
    Token last = w.get(w.size() - 1);
    if (w.size() < 2 || !last.isArabic()) return List.of(m);
    boolean place = false;
    for (String v : Clitics.variants(last.norm())) {
      place |= !v.equals(last.norm()) && "LOC".equals(EntityLexicon.TAGGED_NAMES.get(v));
    }
    if (!place) return List.of(m);
    int e = m.start() + w.get(w.size() - 2).end(), s = m.start() + last.start();
    return List.of(m.withSpan(m.start(), e, body.substring(m.start(), e)),
        new Mention(s, m.end(), body.substring(s, m.end()), "LOC", null, null));
  }

  /**
   * A person mention whose first words are common nouns and then a title ({@code رؤيا النبي X}, "the
   * dream of the prophet X"; {@code كتاب الشيخ X}): the nouns govern the titled person and are no part of
   * the name, which starts at the title (a role title is then trimmed off like any title at an edge;
   * a religious title, {@code religious-titles.txt}, stays: {@code النبي X}). A given name before
   * the title (a gazetteer name the corpus seldom prints with the article), or a connector right before
   * it ({@code عبد الملك}), keeps the mention as it is.
   */
  private static final java.util.Set<String> RELIGIOUS_TITLES =
      org.mizan.text.WordList.normalized(SpanRulesStage.class, "religious-titles.txt");

  Mention afterInnerTitle(String body, Mention m) {
    if (!m.type().equals("PER") || m.text().indexOf(' ') < 0) return m;
    List<Token> w = Tokenizer.tokenize(m.text());
    for (int k = 1; k < w.size() - 1; k++) {
      String n = w.get(k).norm();
      String before = w.get(k - 1).norm();
      if (lexicon.isPersonWord(before) && !NameForms.oftenDefinite(before) || RoleStage.isTitle(before) || RoleStage.isRoleWord(before)
          || CompoundNamesStage.isLinkWord(before) || !w.get(k - 1).isArabic()) {
        return m;
      }
      if (!RoleStage.isTitle(n) && !RELIGIOUS_TITLES.contains(n)) continue;
      int s = m.start() + w.get(k).start();
      return m.withSpan(s, m.end(), body.substring(s, m.end()));
    }
    return m;
  }

  /**
   * A person mention with a listed country or city strictly inside ({@code ضيف مصر العزيز}, "Egypt's
   * dear guest"; {@code أمير قطر X}): no name has a place in its middle, so the words before it are a
   * noun or a title governing the place. The place is a mention of its own, and what follows it stays
   * a person unless it is one definite word (an adjective: {@code العزيز}). A place after a connector
   * ({@code عبد}, {@code أبو}, {@code بن}) belongs to a compound name and is left alone.
   */
  static List<Mention> placeInsidePerson(String body, Mention m) {
    if (!m.type().equals("PER") || m.text().indexOf(' ') < 0) return List.of(m);
    List<Token> w = Tokenizer.tokenize(m.text());
    for (int k = 1; k < w.size() - 1; k++) {
      if (!"LOC".equals(EntityLexicon.TAGGED_NAMES.get(w.get(k).norm())) || CompoundNamesStage.isLinkWord(w.get(k - 1).norm())) {
        continue;
      }
      List<Mention> out = new ArrayList<>();
      int ps = m.start() + w.get(k).start(), pe = m.start() + w.get(k).end();
      out.add(new Mention(ps, pe, body.substring(ps, pe), "LOC", null, null));
      int s = m.start() + w.get(k + 1).start();
      if (w.size() - k - 1 >= 2 || !w.get(k + 1).norm().startsWith("ال")) {
        out.add(m.withSpan(s, m.end(), body.substring(s, m.end())));
      }
      return out;
    }
    return List.of(m);
  }

  /** Particles after و/ف/ب/ل that fold to name words (فإن → فان, the Dutch van; بأن → بان, as in بان كي مون). */
  private static final java.util.Set<String> HAMZA_PARTICLES = java.util.Set.of("فان", "وان", "بان", "لان", "كان");

  /** {@code فإن}, {@code وأن}, {@code بأن}: printed with a hamza, the particle إن/أن after a clitic, never a name word. */
  static boolean isHamzaParticle(Token t) {
    return HAMZA_PARTICLES.contains(t.norm()) && (t.text().indexOf('إ') >= 0 || t.text().indexOf('أ') >= 0);
  }

  /**
   * A word of verb shape no lexicon knows, at a person's edge: an imperfect of the derived forms
   * ({@code تتناثر}, {@code يتابع}, {@code يستعرض}, {@code يفاجئ}) or a noun with an object pronoun
   * ({@code تشكيلها}). Names of that shape ({@code يتسحاق}) are in the gazetteer.
   */
  private boolean verbShaped(Token t) {
    String n = t.norm();
    if (n.length() < 5 || !t.isArabic() || lexicon.gazetteer().containsKey(n)) return false;
    if (n.startsWith("تت") || n.startsWith("يت") || n.startsWith("يست") || n.startsWith("تست")) return true;
    if (n.length() == 5 && n.charAt(0) == 'ي' && n.charAt(2) == 'ا') return true;
    String printed = t.text();
    return n.length() >= 6 && (printed.endsWith("ها") || printed.endsWith("هم") || printed.endsWith("هما"));
  }

  /**
   * ل + an imperfect verb or a common word closing a person ({@code السيد X لأعرف ما يريده}, "so that I
   * know"; {@code X ليقرر}): a purpose clause after the name, never a word of it. The word without the
   * ل is a common word of news on its own, and the whole word is no name in the gazetteer.
   */
  private boolean purposeClause(Token t) {
    String n = t.norm();
    if (n.length() < 5 || n.charAt(0) != 'ل' || "اينت".indexOf(n.charAt(1)) < 0 || !t.isArabic()) return false;
    if (lexicon.gazetteer().containsKey(n) || lexicon.isPersonWord(n)) return false;
    return org.mizan.clean.Vocabulary.shipped().count(n.substring(1)) >= PURPOSE_MIN_COUNT;
  }

  /** How often the word after ل must occur in the corpus vocabulary to be a common word of its own. */
  private static final int PURPOSE_MIN_COUNT = 50;

  /**
   * A word printed with tanween fath or ending in a second-person pronoun after و, closing a person
   * ({@code علي صالح دهراً} "for ages", {@code … ورؤيتكم} "and your vision"): an adverb or a noun
   * of the sentence, never a name word.
   */
  private boolean adverbial(Token t) {
    String n = t.norm();
    // news prints no tanween on a name, even one the gazetteer lists as a word (دهرا)
    if (t.text().indexOf('\u064B') >= 0) return true;
    return n.length() >= 6 && n.startsWith("و") && (n.endsWith("كم") || n.endsWith("كما"))
        && !lexicon.gazetteer().containsKey(n);
  }

  /** Particles that only a verb follows, or that a verb follows far more often than a name. */
  private static final java.util.Set<String> VERB_PARTICLES = java.util.Set.of("ان", "بان", "لن", "لم", "كي", "لكي");

  /**
   * The first word of a person mention is the verb of its clause: Arabic news puts the verb first
   * ({@code ونقل X عن}, {@code فأوضح X}), so a word of و/ف + a stem that is no known name, opening a
   * sentence, is that verb; so is an imperfect ({@code ي}/{@code ت}…) right after a particle that
   * takes verbs ({@code بأن يجمل X}). A given name there ({@code وليد}, {@code يوسف}) is known to the
   * gazetteer and stays.
   */
  static boolean opensWithVerb(NerFeatures lexicon, String body, int start, String first) {
    if (first.length() < 4 || first.startsWith("ال") || lexicon.isPersonWord(first)) return false;
    char c = first.charAt(0);
    if ((c == 'و' || c == 'ف') && clauseStart(body, start)) {
      String stem = first.substring(1);
      return stem.length() >= 3 && !stem.startsWith("ال") && !lexicon.isPersonWord(stem) && !EntityLexicon.STOPWORDS.contains(stem);
    }
    if ((c == 'ي' || c == 'ت') && !lexicon.gazetteer().containsKey(first)) {
      String before = body.substring(Math.max(0, start - 12), start);
      if (!before.endsWith(" ")) return false;
      List<Token> prev = Tokenizer.tokenize(before);
      return !prev.isEmpty() && VERB_PARTICLES.contains(prev.get(prev.size() - 1).norm())
          && before.substring(prev.get(prev.size() - 1).end()).isBlank();
    }
    return false;
  }

  /** Nothing but spaces, or a quote mark, between the start of the text or the end of a sentence and {@code at}. */
  static boolean clauseStart(String body, int at) {
    for (int k = at - 1; k >= 0; k--) {
      char ch = body.charAt(k);
      if (ch == ' ' || ch == '\u00a0' || ch == '"' || ch == '«' || ch == '“') continue;
      return ch == '.' || ch == '\n' || ch == ':' || ch == '؛' || ch == '!' || ch == '؟';
    }
    return true;
  }

  /**
   * The words are an East Asian name of short syllables whose first is printed like a function word
   * ({@code بان كي مون}; بأن folds to بان): three or more words of at most three letters, the first
   * printed without hamza.
   */
  static boolean syllableGivenName(List<Token> w) {
    if (w.size() < 3) return false;
    for (Token t : w) if (!t.isArabic() || t.norm().length() > 3) return false;
    return !w.get(0).text().matches(".*[أإؤئء].*");
  }

  /** An organisation's nisba at {@code i} after a definite common word: part of its name. */
  /** Ordinals closing a monarch's name ({@code عبد الله الثاني}), see {@code regnal-ordinals.txt}. */
  private static final java.util.Set<String> REGNAL = java.util.Set.copyOf(
      org.mizan.text.WordList.normalized(SpanRulesStage.class, "regnal-ordinals.txt"));

  private boolean keepsNisba(Mention m, List<Token> w, int i) {
    // الثاني ends like a nisba and is an ordinal of names of every kind; closing a person's name it is the regnal number
    if (m.type().equals("PER") && i >= 1 && i == w.size() - 1 && REGNAL.contains(w.get(i).norm())) return true;
    if (m.type().equals("PER")) return FamilyNisbaEnds.keeps(lexicon, w, i);
    if (!m.type().equals("ORG") || i == 0) return false;
    return NameForms.orgKeepsNisba(w.get(i - 1).norm(), w.get(i).norm());
  }

  /** Splits a mention where a second known name starts inside it. */
  private List<Mention> split(String body, Mention m, Map<String, String> known) {
    List<Token> w = Tokenizer.tokenize(m.text());
    for (int k = 1; k < w.size(); k++) {
      String head = w.get(k).norm();
      String prefixKey = PropagateStage.bareKey(m.text().substring(0, w.get(k - 1).end()));
      String suffixKey = PropagateStage.bareKey(m.text().substring(w.get(k).start()));
      boolean conjoined = head.length() >= 4 && head.charAt(0) == 'و'
          && !lexicon.isPersonWord(head)
          && (known.containsKey(Clitics.strip(head.substring(1))) || isPersonWord(head.substring(1))
              || k >= 2 && "PER".equals(known.get(w.get(w.size() - 1).norm())));
      boolean twoKnown = known.containsKey(prefixKey) && known.containsKey(suffixKey)
          || m.type().equals("PER") && w.size() - k >= 2 && "PER".equals(known.get(suffixKey)) && !isPatronymic(head)
          && !nasabChain(w, k);
      // a name goes on after "son of": محمد بن | سلمان بن عبد العزيز is one chain, not two persons
      if (m.type().equals("PER") && isPatronymic(w.get(k - 1).norm())) twoKnown = false;
      // a place or organization of the document glued before a person (للبنتاغون جون كيربي)
      String prefixType = known.get(prefixKey);
      boolean placeThenPerson = m.type().equals("PER") && prefixType != null && !prefixType.equals("PER");
      // an organisation or place glued before a person the document names alone (الاتحاد الأوروبي فدريكا موغريني)
      String lastKey = PropagateStage.bareKey(w.get(w.size() - 1).text());
      boolean nameThenPerson = !m.type().equals("PER") && !w.get(k).norm().startsWith("ال")
          && ("PER".equals(known.get(suffixKey)) || w.size() - k >= 2 && "PER".equals(known.get(lastKey)));
      if (nameThenPerson) {
        placeThenPerson = true;
        prefixType = m.type();
      }
      if (!conjoined && !twoKnown && !placeThenPerson) continue;
      int cut = m.start() + w.get(k).start();
      int prevEnd = m.start() + w.get(k - 1).end();
      String suffixType = nameThenPerson ? "PER" : twoKnown ? known.get(suffixKey) : m.type();
      String firstType = placeThenPerson ? prefixType : m.type();
      List<Mention> out = new ArrayList<>();
      out.add(new Mention(m.start(), prevEnd, body.substring(m.start(), prevEnd), firstType, null, null));
      Mention rest = new Mention(cut, m.end(), body.substring(cut, m.end()), suffixType, null, null);
      out.addAll(split(body, rest, known));
      return out;
    }
    return List.of(m);
  }

  /**
   * After a kinship or relational title ({@code صهر}, {@code نجل}, {@code زوجة}), a person name runs
   * on into the name of the one it is said of: "X's son-in-law Y" is printed title, X, Y. When the
   * first words of a person mention end in a name the document tags alone, they are the possessor
   * and the rest (two words or more) is the person: {@code صهر الرئيس <A B> <C D>} gives A B and C D.
   * So too when the person's name is the one the document knows (the rest, or its last word tagged
   * alone) and the one word before it is printed alone elsewhere in the text ({@code وA}) outside
   * any longer name. A relational title inside the mention ({@code C صهر A}, {@code A وصهره C})
   * separates two persons as well.
   */
  List<Mention> splitPossessor(String body, List<Token> toks, Mention m, Map<String, String> known,
      List<Mention> mentions) {
    if (!m.type().equals("PER")) return List.of(m);
    List<Token> w = Tokenizer.tokenize(m.text());
    List<Mention> inside = splitAtRelational(body, m, w);
    if (inside != null) return inside;
    if (!afterRelational(body, toks, m.start())) return List.of(m);
    for (int k = 1; k <= w.size() - 2; k++) {
      String prefixKey = PropagateStage.bareKey(m.text().substring(0, w.get(k - 1).end()));
      String lastKey = PropagateStage.bareKey(w.get(k - 1).text());
      boolean possessorKnown = "PER".equals(known.get(prefixKey)) || "PER".equals(known.get(lastKey));
      if (!possessorKnown) {
        String restKey = PropagateStage.bareKey(m.text().substring(w.get(k).start()));
        String endKey = PropagateStage.bareKey(w.get(w.size() - 1).text());
        boolean personKnown = "PER".equals(known.get(restKey)) || "PER".equals(known.get(endKey));
        String next = w.get(k).norm();
        if (k != 1 || !personKnown || next.startsWith("ال") || isPatronymic(next)
            || !printedAloneElsewhere(toks, m, w.get(0).norm(), mentions)) {
          continue;
        }
      }
      int prevEnd = m.start() + w.get(k - 1).end();
      int cut = m.start() + w.get(k).start();
      return List.of(new Mention(m.start(), prevEnd, body.substring(m.start(), prevEnd), "PER", null, null),
          new Mention(cut, m.end(), body.substring(cut, m.end()), "PER", null, null));
    }
    return List.of(m);
  }

  /**
   * The mention's two sides when a relational title stands inside it, bare or with a possessive
   * pronoun ({@code صهر}, {@code وصهره}); null if none does. "son/daughter of" is part of a name.
   */
  private List<Mention> splitAtRelational(String body, Mention m, List<Token> w) {
    for (int k = 1; k < w.size() - 1; k++) {
      // some titles are given names too (مساعد)
      if (!isRelationalWord(w.get(k)) || lexicon.isPersonWord(w.get(k).norm())) continue;
      int prevEnd = m.start() + w.get(k - 1).end();
      int next = m.start() + w.get(k + 1).start();
      return List.of(new Mention(m.start(), prevEnd, body.substring(m.start(), prevEnd), "PER", null, null),
          new Mention(next, m.end(), body.substring(next, m.end()), "PER", null, null));
    }
    return null;
  }

  /** A relational title that is no part of a name chain, with و/ف and a possessive pronoun allowed. */
  static boolean isRelationalWord(Token t) {
    String n = t.norm();
    if (relationalStem(n, t.text())) return true;
    return n.length() > 3 && (n.charAt(0) == 'و' || n.charAt(0) == 'ف') && relationalStem(n.substring(1), t.text());
  }

  private static boolean relationalStem(String n, String printed) {
    if (isPatronymic(n)) return false;
    if (RoleStage.isRelational(n)) return true;
    for (String s : new String[] {"هما", "هم", "ها", "ه"}) {
      // ة folds to ه: only a printed ه is the pronoun
      if (!n.endsWith(s) || n.length() - s.length() < 2 || s.equals("ه") && !printed.endsWith("ه")) continue;
      String stem = n.substring(0, n.length() - s.length());
      if (stem.endsWith("ت")) stem = stem.substring(0, stem.length() - 1) + "ه"; // زوجته → زوجه
      if (!isPatronymic(stem) && RoleStage.isRelational(stem)) return true;
    }
    return false;
  }

  /**
   * Whether {@code word} is printed elsewhere in the text (clitics allowed) as a name of its own: no
   * stopword, outside {@code m}, and not inside a mention of two words or more.
   */
  private static boolean printedAloneElsewhere(List<Token> toks, Mention m, String word, List<Mention> mentions) {
    if (EntityLexicon.STOPWORDS.contains(word) || RoleStage.isTitle(word) || word.length() < 3) return false;
    for (Token t : toks) {
      if (t.start() < m.end() && m.start() < t.end() || !Clitics.variants(t.norm()).contains(word)) continue;
      boolean inLonger = false;
      for (Mention o : mentions) {
        if (o.start() <= t.start() && t.end() <= o.end() && o.text().strip().indexOf(' ') > 0) inLonger = true;
      }
      if (!inLonger) return true;
    }
    return false;
  }

  /** Whether a relational title stands before {@code start}, with at most two title or role words between. */
  private static boolean afterRelational(String body, List<Token> toks, int start) {
    int i = 0;
    while (i < toks.size() && toks.get(i).start() < start) i++;
    for (int back = 1; back <= 3 && i - back >= 0; back++) {
      String norm = toks.get(i - back).norm();
      if (RoleStage.isRelationalTitle(norm)) return true;
      if (!RoleStage.isTitle(norm) && !RoleStage.isRoleWord(norm) && !NameForms.isNisba(norm)) return false;
    }
    return false;
  }

  /**
   * One given name before a known name of a person that opens with a given name ({@code أحمد} | {@code
   * علي عبدالله X}): the Arabic chain "Ahmed (son of) Ali Abdullah X", one person, not two.
   */
  private boolean nasabChain(List<Token> w, int k) {
    if (k != 1) return false;
    String given = w.get(0).norm(), next = w.get(1).norm();
    return !given.startsWith("ال") && !next.startsWith("ال") && lexicon.isPersonWord(given) && lexicon.isPersonWord(next)
        && !RoleStage.isTitle(given);
  }

  /** "son/daughter of" ({@code بن}, {@code ولد}): a name goes on after it, none starts with it. */
  static boolean isPatronymic(String norm) {
    return norm.equals("بن") || norm.equals("ابن") || norm.equals("بنت") || norm.equals("ولد");
  }

  private boolean isPersonWord(String norm) {
    return lexicon.isPersonWord(norm);
  }

  /**
   * A person opening with بن takes back the given name the tagger left before it ({@code الدكتور مساعد
   * بن محمد العيبان}: مساعد is also "assistant", a title): the word right before, when the gazetteer
   * knows it as a name word and it is no verb, particle or definite word ({@code وقال بن كاردين}, {@code
   * السناتور الأمريكي بن كاردين} keep their Ben).
   */
  private List<Mention> withGivenNameBeforeBin(String body, List<Token> toks, List<Mention> mentions) {
    List<Mention> out = new ArrayList<>(mentions.size());
    int k = 0;
    for (Mention m : mentions) {
      while (k < toks.size() && toks.get(k).start() < m.start()) k++;
      Mention r = m;
      if (m.type().equals("PER") && m.text().startsWith("بن ") && k > 0 && k < toks.size() && toks.get(k).start() == m.start()) {
        Token prev = toks.get(k - 1);
        String n = prev.norm();
        boolean free = body.substring(prev.end(), m.start()).isBlank()
            && (out.isEmpty() || out.get(out.size() - 1).end() <= prev.start());
        if (free && prev.isArabic() && n.length() >= 3 && !n.startsWith("ال") && lexicon.isPersonWord(n)
            && !EntityLexicon.STOPWORDS.contains(n) && !isVerb(n) && !isReportingVerb(n)) {
          r = m.withSpan(prev.start(), m.end(), body.substring(prev.start(), m.end()));
        }
      }
      out.add(r);
    }
    return out;
  }

  /**
   * A lone given name runs on over the family name the tagger left out: a definite nisba that is
   * not an adjective of origin ({@code جلال الشرعبي}, {@code فهد القحطاني}; not {@code سامي الروسي}),
   * or a word known only as a person's name or placed among names by the word clusters
   * ({@code سيغمار غابريال}).
   */
  private List<Mention> withFamilyNames(String body, List<Token> toks, List<Mention> mentions) {
    List<Mention> out = new ArrayList<>();
    int ti = 0;
    for (int k = 0; k < mentions.size(); k++) {
      Mention m = mentions.get(k);
      while (ti < toks.size() && toks.get(ti).end() < m.end()) ti++;
      int next = ti + 1;
      boolean ok = m.type().equals("PER") && ti < toks.size() && toks.get(ti).end() == m.end()
          && toks.get(ti).start() <= m.start() && isGivenName(Clitics.strip(toks.get(ti).norm()))
          && next < toks.size() && toks.get(next).isArabic() && body.substring(m.end(), toks.get(next).start()).isBlank()
          && (k + 1 >= mentions.size() || mentions.get(k + 1).start() >= toks.get(next).end())
          && (isFamilyName(toks.get(next).norm())
              || toks.get(ti).start() == m.start() && afterTitle(body, toks, mentions, ti)
                  && isSurnameAfterTitle(toks.get(next).norm()));
      if (!ok) {
        out.add(m);
        continue;
      }
      int e = toks.get(next).end();
      out.add(m.withSpan(m.start(), e, body.substring(m.start(), e)));
    }
    return out;
  }

  /**
   * After a title and a given name ({@code الوزير خالد X}) the next definite word is the family name
   * even when it is a common word too ({@code الصيد}, {@code العطية}): anything but a function word,
   * a title or role, a nationality, a reporting verb, or a word known only as a place or body.
   */
  private boolean isSurnameAfterTitle(String norm) {
    if (!norm.startsWith("ال") || norm.length() < 5 || EntityLexicon.STOPWORDS.contains(norm) || RoleStage.isTitle(norm)
        || EntityLexicon.ROLE_WORDS.contains(norm) || EntityLexicon.ORG_NAME_STOPS.contains(norm)
        || EntityLexicon.NATIONALITIES.contains(norm.substring(2)) || isReportingVerb(norm)) {
      return false;
    }
    int gaz = lexicon.gazetteer().getOrDefault(norm, 0);
    return gaz == 0 || (gaz & NerFeatures.PER) != 0;
  }

  /**
   * East Asian names are printed as short syllables ({@code X كي مون}); the tagger often leaves out
   * the first. A person of two or more words of at most three letters takes in the word right before
   * it when that word is as short, a person's name in the gazetteer, and no title, verb or stopword
   * (a stopword printed without hamza may be a syllable: بان, not بأن).
   */
  private List<Mention> withSyllableNames(String body, List<Token> toks, List<Mention> mentions) {
    List<Mention> out = new ArrayList<>();
    int ti = 0;
    for (int k = 0; k < mentions.size(); k++) {
      Mention m = mentions.get(k);
      while (ti < toks.size() && toks.get(ti).end() <= m.start()) ti++;
      if (!m.type().equals("PER") || m.text().length() > 15 || m.text().indexOf(' ') < 0) {
        out.add(m);
        continue;
      }
      List<String> w = NameForms.words(m.text());
      int prev = ti - 1;
      boolean ok = w.size() >= 2 && w.stream().allMatch(x -> x.length() <= 3)
          && prev >= 0 && ti < toks.size() && toks.get(ti).start() == m.start()
          && body.substring(toks.get(prev).end(), m.start()).equals(" ")
          && (k == 0 || mentions.get(k - 1).end() <= toks.get(prev).start());
      if (ok) {
        String n = toks.get(prev).norm();
        ok = toks.get(prev).isArabic() && n.length() >= 2 && n.length() <= 3 && lexicon.isPersonWord(n)
            && (!EntityLexicon.STOPWORDS.contains(n) || !toks.get(prev).text().matches(".*[أإؤئء].*"))
            && !RoleStage.isTitle(n) && !VerbForms.isListedVerb(n);
      }
      if (!ok) {
        out.add(m);
        continue;
      }
      int s = toks.get(prev).start();
      out.add(m.withSpan(s, m.end(), body.substring(s, m.end())));
    }
    return out;
  }

  /**
   * A person's name the tagger missed after the title that introduces it: a title word
   * ({@code الصحفي}, {@code رئيس} + an organisation), then two or three words, the first a known
   * given name, each a known name word or one too rare in news to be a common word
   * ({@code ورئيس منظمة الطاقة علي أكبر صالحي}).
   */
  private List<Mention> namesAfterTitles(String body, List<Token> toks, List<Mention> mentions) {
    List<Mention> out = new ArrayList<>();
    for (int i = 1; i < toks.size(); i++) {
      if (!isGivenName(toks.get(i).norm()) || rankOrdinal(toks, i) || Mention.anyOverlaps(mentions, toks.get(i).start(), toks.get(i).end())
          || !afterTitle(body, toks, mentions, i)) {
        continue;
      }
      int last = i;
      while (last - i < 2 && last + 1 < toks.size() && body.substring(toks.get(last).end(), toks.get(last + 1).start()).isBlank()
          && !Mention.anyOverlaps(mentions, toks.get(last + 1).start(), toks.get(last + 1).end())
          && isNamePart(toks.get(last + 1))) {
        last++;
      }
      if (last == i) continue;
      int s = toks.get(i).start(), e = toks.get(last).end();
      out.add(new Mention(s, e, body.substring(s, e), "PER", null, null));
      i = last;
    }
    return out;
  }

  /** {@code آية الله}, the title of a Shia cleric (the word after it starts the name): two tokens. */
  static boolean isAyatollah(Token first, Token second) {
    return first != null && second != null && first.norm().equals("ايه") && second.norm().equals("الله");
  }

  /** Token {@code i} follows a title word, or an organisation mention that follows one (رئيس منظمة X). */
  private static boolean afterTitle(String body, List<Token> toks, List<Mention> mentions, int i) {
    int prev = i - 1;
    if (prev < 0) return false; // a name opening the text has no title before it
    if (!body.substring(toks.get(prev).end(), toks.get(i).start()).isBlank()) return false;
    if (prev >= 1 && isAyatollah(toks.get(prev - 1), toks.get(prev))) return true;
    for (Mention m : mentions) {
      if (m.type().equals("ORG") && m.end() == toks.get(prev).end()) {
        while (prev > 0 && toks.get(prev).start() > m.start()) prev--;
        prev--;
        break;
      }
    }
    // a rank's ordinal closes the title (الفريق أول X)
    if (prev >= 1 && RANK_ORDINALS.contains(toks.get(prev).norm()) && RoleStage.isTitle(toks.get(prev - 1).norm())) prev--;
    return prev >= 0 && RoleStage.isTitle(toks.get(prev).norm());
  }

  private static final java.util.Set<String> RANK_ORDINALS =
      org.mizan.text.WordList.normalized(SpanRulesStage.class, "rank-ordinals.txt");

  /** Token {@code i} is the ordinal of a rank right after its title ({@code الفريق أول}): no given name. */
  private static boolean rankOrdinal(List<Token> toks, int i) {
    return i >= 1 && RANK_ORDINALS.contains(toks.get(i).norm()) && RoleStage.isTitle(toks.get(i - 1).norm());
  }

  private boolean isNamePart(Token t) {
    String n = t.norm();
    if (!t.isArabic() || n.length() < 3 || EntityLexicon.STOPWORDS.contains(n) || RoleStage.isTitle(n)) return false;
    if (n.startsWith("ال")) return isFamilyName(n);
    return lexicon.isPersonWord(n) || lexicon.nameLike(n);
  }

  private boolean isGivenName(String norm) {
    return lexicon.isPersonWord(norm) && !norm.startsWith("ال");
  }

  private boolean isFamilyName(String norm) {
    if (EntityLexicon.STOPWORDS.contains(norm) || RoleStage.isTitle(norm) || norm.length() < 4) return false;
    if (norm.startsWith("ال")) return NameForms.isFamilyNisba(norm);
    // a word known only as a person's name, or one the word clusters put among names
    int gaz = lexicon.gazetteer().getOrDefault(norm, 0);
    return gaz == NerFeatures.PER || gaz == 0 && lexicon.clusters().containsKey(norm) && lexicon.nameLike(norm);
  }

  /** {@code مطار} + place becomes one place; {@code جامعة} + name one organization. */
  private static List<Mention> withFacilityHeads(String body, List<Token> toks, List<Mention> mentions) {
    List<Mention> out = new ArrayList<>();
    int ti = 0;
    for (Mention m : mentions) {
      while (ti < toks.size() && toks.get(ti).end() <= m.start()) ti++;
      Token prev = ti > 0 ? toks.get(ti - 1) : null;
      String type = prev == null ? null : facilityType(prev.norm());
      // the head tagged alone (قاعدة | العند) joins the name after it too
      boolean headAlone = type != null && !out.isEmpty() && out.get(out.size() - 1).start() == prev.start()
          && out.get(out.size() - 1).end() == prev.end();
      if (type != null && body.substring(prev.end(), m.start()).isBlank()
          && (headAlone || !Mention.anyOverlaps(mentions, prev.start(), prev.end()))) {
        if (headAlone) out.remove(out.size() - 1);
        out.add(new Mention(prev.start(), m.end(), body.substring(prev.start(), m.end()), type, null, m.role()));
      } else {
        out.add(m);
      }
    }
    return out;
  }

  private static String facilityType(String norm) {
    for (String v : Clitics.variants(norm)) {
      String t = EntityLexicon.FACILITY_HEADS.getOrDefault(v, LATE_FACILITY_HEADS.get(v));
      if (t != null) return t;
    }
    return null;
  }

  /** Facility heads the span rule joins but the tagger's features do not know ({@code late-facility-heads.txt}). */
  private static final java.util.Map<String, String> LATE_FACILITY_HEADS = EntityLexicon.column("late-facility-heads.txt", 1);

  private List<Mention> surnameShaped(String body, List<Token> toks, List<Mention> mentions) {
    List<Mention> out = new ArrayList<>();
    for (Token t : toks) {
      String n = t.norm();
      if (!t.isArabic() || n.length() < 5 || Mention.anyOverlaps(mentions, t.start(), t.end())) continue;
      String bare = n.charAt(0) == 'و' || n.charAt(0) == 'ل' || n.charAt(0) == 'ب' ? n.substring(1) : n;
      if (!lexicon.nameLike(n) || !lexicon.nameLike(bare)) continue;
      if (EntityLexicon.STOPWORDS.contains(n) || n.startsWith("ال")) continue;
      int gaz = lexicon.gazetteer().getOrDefault(n, 0) | lexicon.gazetteer().getOrDefault(bare, 0);
      if ((gaz & (NerFeatures.LOC | NerFeatures.ORG)) != 0 && (gaz & NerFeatures.PER) == 0) continue;
      for (String end : EntityLexicon.SURNAME_ENDINGS) {
        if (n.endsWith(end)) {
          out.add(new Mention(t.start(), t.end(), t.text(), "PER", null, null));
          break;
        }
      }
    }
    return out;
  }
}
