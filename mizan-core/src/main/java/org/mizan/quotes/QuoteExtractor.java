package org.mizan.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mizan.doc.Document;
import org.mizan.pipeline.DocumentStage;
import org.mizan.text.ArabicNormalization;
import org.mizan.text.Sentences;
import org.mizan.text.Span;
import org.mizan.text.Token;
import org.mizan.text.Tokenizer;
import org.mizan.text.VerbForms;

/**
 * Stage {@code quotes.extract}: direct quotes (every quote style, multi-sentence, continued after a
 * paragraph break) and indirect ones ({@code قال X إن …}, {@code وفقاً لـ X}) with their speaker, cue
 * and medium. Speakers come from the text itself ({@link SpeakerPhrases}); a verb with no subject
 * ({@code وأضاف}, {@code مضيفاً}) continues the current speaker, and a short name ({@code العلي}) is
 * resolved to the full name the document gives elsewhere. The corpus stage {@link SpeakerLinker}
 * later maps names to entities.
 */
public final class QuoteExtractor implements DocumentStage {
  /** Quoted spans shorter than this many words are names or scare quotes, not statements. */
  static final int MIN_DIRECT_WORDS = 3;
  /** Nouns that name a source after وفقا لـ / بحسب (a report, a study, figures), from resources. */
  private static final Set<String> SOURCE_NOUNS = org.mizan.text.WordList.normalized(QuoteExtractor.class,
      "source-nouns.txt");
  /** {@code نقل/نقلت} (X عن Y): an outlet passes on what Y said. */
  private static final Set<String> TRANSMITTING = Set.of("نقل", "نقلت", "ونقل", "ونقلت");
  /** {@code جاء} "came": {@code وجاء في بيان X «…»} quotes the words of X's statement. */
  private static final Set<String> CAME = Set.of("جاء", "وجاء");
  /** Documents whose words {@code جاء في …} quotes (بيان، رسالة، نص البيان …). */
  private static final Set<String> STATEMENTS = Set.of("بيان", "رساله", "نص", "بلاغ", "خطاب", "كلمه", "تصريح");
  /** {@code صادر عن} "issued by": the words after a document noun that introduce its issuer. */
  private static final Set<String> ISSUED = Set.of("صادر", "الصادر");
  private static final Set<String> ISSUED_BY = Set.of("عن", "من");
  private static final Set<String> SOURCE_CUES = Set.of("بحسب", "وبحسب", "حسب", "وفقا", "ووفقا", "طبقا", "نقلا", "ونقلا");

  /** Conjunctions left at the end of a reported clause (… بعد، لكنه أشار): not part of the content. */
  /** Words after which a reporting verb belongs to the clause they open: negations and relative pronouns. */
  private static final Set<String> INNER = Set.of("لم", "لن", "لا", "ما", "الذي", "التي", "الذين", "اللذين", "اللتين",
      "اللذان", "اللتان", "اللاتي", "اللواتي", "مما", "عما");
  /** Words a speaker phrase cannot end with, as printed (على, not the name علي): it was cut before their object. */
  private static final Set<String> DANGLING = Set.of("ب", "ل", "من", "في", "على", "عن", "إلى", "الى", "مع", "و");
  /** Words that open a count, not a speaker ({@code أكثر من نصف المشاركين}). */
  private static final Set<String> QUANTIFIERS = Set.of("اكثر", "اقل", "نحو", "حوالي", "قرابه");
  /** Words before a verbal noun {@code القول} that make it a judged or supposed saying. */
  private static final Set<String> JUDGEMENTS = Set.of("الخطا", "يمكن", "نستطيع", "المبكر", "لاوانه", "الصعب",
      "الممكن", "المستحيل", "الصواب", "المبالغه", "الانصاف", "الاجحاف", "يصح", "يجوز");
  private static final Set<String> TRAILERS = Set.of("لكن", "لكنه", "لكنها", "ولكن", "ولكنه", "و", "كما", "ثم", "بل");
  /** Nouns that introduce a name or slogan in quotes (تحت شعار "…"، بعنوان «…»), not a statement. */
  private static final Set<String> NAMING = org.mizan.text.WordList.normalized(QuoteExtractor.class, "naming-nouns.txt");
  /** Titles and names are short: a longer quoted span after a naming noun may still be speech. */
  static final int MAX_TITLE_WORDS = 12;
  /** The longest item of a chain of quoted labels ({@code «التعاون مع حكومات معادية»}). */
  static final int CHAIN_ITEM_WORDS = 6;
  /** The longest quoted name read as part of a subject phrase ({@code «واشنطن بوست»}). */
  static final int NAME_WORDS = 3;
  /** The longest quoted name read in the subject slot of a verb whose إن clause follows ({@code وقالت: «هيئة …»، إن}). */
  static final int SUBJECT_NAME_WORDS = 5;
  /** Words (a description, {@code في بيان لها}) allowed between such a quoted name and its complementizer. */
  static final int SUBJECT_SLOT_WORDS = 10;
  /** Adverbial nouns that open a phrase of their own between two quotes (و + قبل، بعد، حول …). */
  private static final Set<String> CHAIN_NOT_LINKS = Set.of("قبل", "بعد", "حول", "ضد", "خلال", "عند", "منذ", "حتي",
      "مع", "من", "في", "علي", "عن", "الي", "كذلك", "ايضا");
  private static final Set<String> STANCE = org.mizan.text.WordList.normalized(QuoteExtractor.class, "stance-verbs.txt");
  /** Prepositions with a pronoun (إليهم، عليه، لها): what follows them is an object, not a subject. */
  static final Set<String> PRONOUN_PREPOSITIONS = Set.of("اليه", "اليها", "اليهم", "اليهما", "الينا",
      "عليه", "عليها", "عليهم", "منه", "منها", "منهم", "عنه", "عنها", "عنهم", "له", "لها", "لهم", "لنا", "معه",
      "معها", "معهم", "به", "بها", "بهم", "فيه", "فيها", "فيهم");
  /**
   * A word that cannot open a speaker phrase: an adverbial accusative ({@code كافيًا}, {@code علناً}),
   * a word behind a preposition ({@code بعمق}, {@code لردع}: the corpus prints the rest with the
   * article, and the gazetteer knows the word as no name, for كمال is كـ + مال too), a function word
   * ({@code و}, {@code وفي}) or an imperfect of form V/VI ({@code يتبين}). Listed heads (titles,
   * institutions, sources, outlets, agencies) always can.
   */
  static boolean cannotHeadASpeaker(Token t) {
    String n = t.norm();
    for (String w : new String[] {SpeakerPhrases.key(t), n}) {
      if (SpeakerPhrases.isRoleWord(w) || SOURCE_NOUNS.contains(w) || SpeakerPhrases.OUTLETS.contains(w)
          || AGENCIES.contains(w) || HONORIFIC_SUBJECTS.contains(w)) {
        return false;
      }
    }
    boolean accusative = t.text().indexOf('\u064B') >= 0; // tanween fath
    // function words only: a name may look like a plural verb (جوشوا)
    return accusative || behindPreposition(t) || SpeakerPhrases.STOP.contains(n) && !SpeakerPhrases.printedAli(t)
        || Complementizers.is(n) || n.length() < 2
        || n.length() > 3 && "يت".indexOf(n.charAt(0)) >= 0 && n.charAt(1) == 'ت'; // يتبين، تتابع
  }

  /**
   * A common noun behind بـ، لـ or كـ ({@code بوضع}, {@code لردع}): the corpus prints the rest with
   * the article, and the gazetteer knows the word as no name (كمال is كـ + مال too).
   */
  static boolean behindPreposition(Token t) {
    String n = t.norm();
    return n.length() > 3 && "بلك".indexOf(n.charAt(0)) >= 0 && !SpeakerPhrases.definite(t)
        && org.mizan.clean.Vocabulary.shipped().count("ال" + n.substring(1)) >= 20
        && !org.mizan.entities.NerModel.shipped().features().isPersonWord(n);
  }

  /** Honorifics that stand for the person alone (وقال معاليه، وأكد سموه). */
  private static final Set<String> HONORIFIC_SUBJECTS = Set.of("معاليه", "سموه", "سماحته", "فضيلته", "سعادته",
      "معاليها", "سموها");
  /** Verbs whose object, the one told, often comes first (أبلغ وكالة …، أخبر الصحيفة …). */
  private static final Set<String> ADDRESSEE_FIRST = Set.of("ابلغ", "اخبر");
  /** Lemmas that continue a statement (أضاف، تابع، ختم …): with only a title after them, the current speaker. */
  private static final Set<String> CONTINUING = Set.of("اضاف", "تابع", "ختم", "استطرد", "اردف", "زاد", "واصل",
      "استدرك", "اختتم");
  /** News agencies and outlets that follow a speaker's name when the لـ is dropped (فلان رويترز). */
  private static final Set<String> AGENCIES = org.mizan.text.WordList.normalized(QuoteExtractor.class, "agencies.txt");
  private static final Set<String> TOPIC_NOUNS = Set.of("الخصوص", "الشان", "الصدد", "السياق", "الاطار", "الموضوع",
      "المجال", "الجانب", "المناسبه");
  /** Portfolios that are titles in a chain (وزير الخارجية) but a ministry on their own (الخارجية الروسية). */
  private static final Set<String> PORTFOLIOS = Set.of("خارجيه", "داخليه", "دفاع");
  /** Demonstratives before ما that point back at a quote ({@code هذا ما قاله}, {@code وهو ما أكده}). */
  private static final Set<String> DEMONSTRATIVES = Set.of("هذا", "وهذا", "ذلك", "وذلك", "هو", "وهو", "هذه", "وهذه");
  /** Words that negate the verb or verbal noun after them ({@code لم يذكر}, {@code عدم ذكر اسمه}). */
  private static final Set<String> NEGATIONS = Set.of("لا", "لم", "لن", "ولا", "ولم", "ولن", "فلا", "فلم", "فلن", "عدم");
  /** Title words that are adjectives when definite and not after another title (الكبير، العام). */
  private static final Set<String> ADJECTIVE_TITLES = Set.of("كبير", "كبيره", "عام", "مساعد");
  /** Description heads that are documents, sources or partitives, not a person (البيان، المصدر، أحد). */
  /** Words that open a compound name and are never a whole name (ابن فلان، ولد الشيخ، أبو علي). */
  private static final Set<String> NAME_PARTS = Set.of("ابن", "بن", "ولد", "بنت", "ابو", "ام", "عبد", "ال", "آل");
  private static final Set<String> NOT_PERSON_HEADS = Set.of("بيان", "مصدر", "مصادر", "احد", "احدي", "سكان");
  /** Adjectives that may follow a name (فلان السابق، فلان نفسه): not a family name. */
  private static final Set<String> AFTER_NAME = Set.of("سابق", "حالي", "جديد", "نفسه", "نفسها", "ذاته", "ذاتها",
      "مقبل", "اخير", "اول", "ثاني", "ايضا", "كذلك", "بدوره", "بدورها");
  /** {@code كتب} "wrote": a reporting verb only in a frame that names where (see {@link Run#writtenFrame}). */
  private static final Set<String> WROTE = Set.of("كتب", "وكتب", "كتبت", "وكتبت");
  /** Where one writes: an article, a post, an account or page, a letter (كتب فلان في تغريدة …). */
  private static final Set<String> WRITING_PLACES = org.mizan.text.WordList.normalized(QuoteExtractor.class,
      "writing-places.txt");
  private final ReportingVerbs verbs;
  private static final org.mizan.figures.FigureExtractor FIGURES = new org.mizan.figures.FigureExtractor();

  public QuoteExtractor() {
    this(ReportingVerbs.standard());
  }

  QuoteExtractor(ReportingVerbs verbs) {
    this.verbs = verbs;
  }

  @Override
  public String name() {
    return "quotes.extract";
  }

  @Override
  public Document apply(Document doc) {
    return doc.withQuotes(extract(doc.body(), doc.mentions()));
  }

  /** Quotes of a body text, in text order, with no NER mentions. */
  public List<Quote> extract(String body) {
    return extract(body, List.of());
  }

  /** Quotes of a body text, in text order; the NER's person mentions are speaker candidates. */
  public List<Quote> extract(String body, List<org.mizan.entities.Mention> mentions) {
    return new Run(body, new MentionSpeakers(body, mentions)).extract();
  }

  private final class Run {
    /** The text as given: quote texts are cut from it. */
    final String original;
    /** The text read for speakers: quoted names in a subject phrase unquoted (see {@link #unquoteNames}). */
    final String body;
    final List<Token> toks;
    final List<QuoteMarks.Span> marks;
    final int[] markOf;
    final boolean[] used;
    final SpeakerPhrases phrases;
    final MentionSpeakers persons;
    final Map<String, String> fullNames = new HashMap<>();
    /** Full names introduced with a title, by offset: the fallback speaker of an opening وقال:. */
    final java.util.TreeMap<Integer, String> titledNames = new java.util.TreeMap<>();
    final List<Said> history = new ArrayList<>();
    /** Whether each speaker was introduced with a feminine verb (قالت، وصفت) or a masculine one. */
    final Map<Quote.Speaker, Boolean> feminine = new HashMap<>();
    final List<Quote> out = new ArrayList<>();
    Quote.Speaker current;
    /** Set while {@link #cue} reads the subject of a stance verb with a quote in its clause. */
    boolean stanceCue;
    /** Set while {@link #cue} reads the subject after the عن of {@code نقلت X عن}. */
    boolean transmitting;
    /** Set while {@link #cue} reads the issuer after the noun of {@code جاء في بيان}. */
    boolean statementCue;
    /** Where the current speaker was last set (offset of its verb), or -1. */
    int currentAt = -1;
    /** The body's sentences, in order. */
    List<Span> sentences = List.of();

    /** A speaker as introduced in the text, for anaphora ({@code المصدر}, {@code الوزارة}). */
    record Said(Quote.Speaker speaker, String phraseNorm, String medium, boolean named) {}

    /** A reporting verb that named its speaker: where it stands, and who spoke. */
    record Cue(int start, int end, Quote.Speaker speaker, String text, String medium) {}

    /** The cues that named a speaker, in text order (see {@link #orphans}). */
    final List<Cue> cues = new ArrayList<>();

    Run(String original, MentionSpeakers persons) {
      this.original = original;
      this.body = unquoteNames(original);
      this.persons = persons;
      this.toks = Tokenizer.tokenize(body);
      this.marks = QuoteMarks.find(body);
      this.markOf = new int[toks.size()];
      this.used = new boolean[marks.size()];
      int m = 0;
      for (int i = 0; i < toks.size(); i++) {
        int s = toks.get(i).start();
        while (m < marks.size() && marks.get(m).end() <= s) m++;
        markOf[i] = m < marks.size() && marks.get(m).start() <= s ? m : -1;
      }
      this.phrases = new SpeakerPhrases(body, toks, verbs);
    }

    List<Quote> extract() {
      collectFullNames();
      sentences = Sentences.split(body);
      int si = 0;
      for (int i = 0; i < toks.size(); i++) {
        if (markOf[i] >= 0) continue;
        Token t = toks.get(i);
        while (si < sentences.size() - 1 && sentences.get(si).end() <= t.start()) si++;
        Span s = sentences.get(si);
        ReportingVerbs.Form f = verbs.lookup(t.norm());
        if (f == null && (t.norm().equals("بين") || t.norm().equals("وبين")) && t.text().indexOf('\u0651') >= 0) {
          f = new ReportingVerbs.Form("بين", false); // بيّن (explained), not بين (between)
        }
        if (f == null && thisIsWhat(i)) f = verbs.lookup(t.norm().substring(0, t.norm().length() - 1)); // هذا ما قاله
        if (f != null && !passive(t) && !negated(i) && !judgedSaying(i)) cue(i, f, s);
        else if (f == null && (isStance(t.norm()) || withObjectPronoun(t.norm()))) {
          if (quotedClause(i, s)) stanceCue(i, stanceLemma(t.norm()), s);
          else stance(i, s);
        }
        else if (WROTE.contains(t.norm()) && writtenFrame(i, s) && quotedClause(i, s)) stanceCue(i, "كتب", s);
        else if (SOURCE_CUES.contains(t.norm())) source(i, s);
        else if (TRANSMITTING.contains(t.norm())) transmitted(i, s);
        else if (CAME.contains(t.norm())) statement(i, s);
      }
      orphans();
      continuations();
      out.replaceAll(q -> q.speaker() != null && notASpeaker(q.speaker())
          ? new Quote(null, q.text(), q.kind(), q.cue(), q.medium(), q.start(), q.end()) : q);
      out.replaceAll(q -> q.speaker() == null ? q : new Quote(new Quote.Speaker(withoutLeadingAdjective(spaced(q.speaker().canonical())),
          spaced(q.speaker().description()), q.speaker().entityId()), q.text(), q.kind(), q.cue(), q.medium(), q.start(), q.end()));
      out.sort(Comparator.comparingInt(Quote::start));
      return out;
    }

    /**
     * A speaker phrase that cannot name who speaks: it opens with a لل- phrase ({@code للمرة
     * المائة}, {@code للمجلس}: a time adverb or an addressee) or with a لـ-prefixed outlet ({@code
     * لفرانس برس}: the medium). The quote is kept with its speaker unknown rather than given to a
     * phrase no reader would take for a speaker (on the 2015-07-23 SaudiNewsNet day: 9 quotes).
     */
    private boolean notASpeaker(Quote.Speaker sp) {
      String phrase = sp.canonical() != null ? sp.canonical() : sp.description();
      if (phrase == null || phrase.isBlank()) return false;
      List<Token> w = Tokenizer.tokenize(phrase);
      if (w.isEmpty()) return false;
      if (w.get(0).start() == 0 && cannotHeadASpeaker(w.get(0)) && !persons.namesPerson(phrase)) {
        return true; // entity ids come later, in quotes.speakers; بان كي مون opens with a particle's letters
      }
      String first = w.get(0).norm();
      if (first.startsWith("لل") && first.length() > 3) return true;
      // one word that cannot be a whole name: a prepositional adverb (بالإنجليزية) or the first part of a
      // compound name the tagger cut (ابن، ولد، أبو …)
      if (w.size() == 1 && (first.startsWith("بال") && first.length() > 4 || NAME_PARTS.contains(first))) return true;
      String last = w.get(w.size() - 1).norm();
      // a share of a sample (أكثر من 85 % من), not a speaker; a phrase cut before its object (… بـ)
      if (phrase.indexOf('%') >= 0 || Character.isDigit(first.charAt(0)) || QUANTIFIERS.contains(first)) return true;
      if (w.size() > 1 && DANGLING.contains(w.get(w.size() - 1).text().replace("ـ", ""))) return true;
      return first.startsWith("ل") && (AGENCIES.contains(last) || SpeakerPhrases.OUTLETS.contains(first.substring(1)));
    }

    /** Full names introduced with a title anywhere in the text ({@code الرئيس الفرنسي جان لوران}). */
    void collectFullNames() {
      for (String n : persons.fullNames()) remember(n);
      for (int k = 0; k < toks.size(); k++) {
        if (!SpeakerPhrases.TITLES.contains(SpeakerPhrases.key(toks.get(k))) || markOf[k] >= 0) continue;
        if (phrases.afterAl(k) || (k > 0 && SpeakerPhrases.TITLES.contains(SpeakerPhrases.key(toks.get(k - 1))))) {
          continue; // inside a name (بن أمين) or a title chain: read from its first title
        }
        if (SpeakerPhrases.definite(toks.get(k)) && ADJECTIVE_TITLES.contains(SpeakerPhrases.key(toks.get(k)))) {
          continue; // شكره الكبير لناديه: an adjective here, a title only in a chain (الأمين العام)
        }
        int end = phrases.postPhraseEnd(k, Math.min(toks.size(), k + 9));
        SpeakerPhrases.Reading r = end > k + 1 ? phrases.read(k, end) : null;
        if (r != null && r.name() != null && !r.shortName()) {
          remember(r.name());
          titledNames.put(r.start(), r.name());
        }
      }
    }

    void remember(String fullName) {
      String[] parts = ArabicNormalization.normalize(fullName).split("\\s+");
      fullNames.putIfAbsent(parts[parts.length - 1], fullName);
    }

    int tokenAt(int charPos, int from) {
      int k = from;
      while (k < toks.size() && toks.get(k).start() < charPos) k++;
      return k;
    }

    void cue(int i, ReportingVerbs.Form f, Span s) {
      if (!creditsOutlet(i)) {
        cueAt(i, f, s);
        return;
      }
      // «…»، بحسب ما أفادت وكالة الأنباء: the agency passed the words on; whoever spoke before it goes on
      // speaking (a later وقال: is theirs, not the agency's)
      Quote.Speaker keep = current;
      int keepAt = currentAt;
      cueAt(i, f, s);
      current = keep;
      currentAt = keepAt;
    }

    /** A present-tense form: يفيد، تشير، تؤكد (its prefix after an optional و). */
    private boolean imperfect(Token t) {
      String n = t.norm().startsWith("و") ? t.norm().substring(1) : t.norm();
      return n.length() >= 4 && (n.charAt(0) == 'ي' || n.charAt(0) == 'ت');
    }

    /** The verb follows بحسب ما / حسب ما / وفقا لما and its subject is an outlet or agency. */
    boolean creditsOutlet(int i) {
      if (i < 2 || i + 1 >= toks.size()) return false;
      String before = toks.get(i - 1).norm();
      boolean afterSourceCue = before.equals("ما") && SOURCE_CUES.contains(toks.get(i - 2).norm())
          || before.equals("لما") && SOURCE_CUES.contains(toks.get(i - 2).norm());
      if (!afterSourceCue) return false;
      Token subject = toks.get(i + 1);
      return outletWord(subject) || AGENCIES.contains(SpeakerPhrases.key(subject)) || AGENCIES.contains(subject.norm());
    }

    void cueAt(int i, ReportingVerbs.Form f, Span s) {
      // إزاء تقارير تفيد بأن …: a verb describing the indefinite reports right before it (a relative
      // clause), not a report by a speaker to be found further back; التقارير تشير إلى أن (definite) is
      // the reports' own statement
      if (i > 0 && !f.participle() && imperfect(toks.get(i)) && SOURCE_NOUNS.contains(SpeakerPhrases.key(toks.get(i - 1)))
          && !SpeakerPhrases.definite(toks.get(i - 1)) && phrases.gap(i - 1, i).isBlank()) {
        return;
      }
      int first = tokenAt(s.start(), Math.max(0, i - 60));
      int last = tokenAt(s.end(), i); // exclusive
      int next = nextVerb(i + 1, last);
      int regionEnd = next < last ? toks.get(next).start() : s.end();
      for (QuoteMarks.Span m : marks) {
        if (m.open() >= toks.get(i).end() && m.open() < regionEnd && m.end() > regionEnd) regionEnd = m.end();
      }
      int subject = i + 1;
      if (!f.participle() && subject < next && phrases.opensMedium(subject)) {
        // قال لـ«الشرق الأوسط» فلان: the outlet first, then the subject
        int k = subject + 1;
        while (k < next && markOf[k] >= 0) k++;
        if (k > subject + 1 && k < next) subject = k;
      }
      if (!f.participle()) subject = afterTopic(subject, next); // وقال بهذا الخصوص: no subject
      if (!f.participle() && subject + 3 < next && markOf[subject + 3] < 0 && issuedBy(subject)) {
        subject += 3; // وأفاد بيان صادر عن الوزارة بأن: the issuer after عن speaks
      }
      boolean ofBody = false;
      if (!f.participle() && subject + 1 < next && statementOf(subject)) {
        subject += 1; // وقال بيان للبعثة الأممية إن: the body the statement is of speaks
        ofBody = true;
      }
      int pe = f.participle() ? i + 1 : phrases.postPhraseEnd(subject - 1, next, subject > i + 1);
      SpeakerPhrases.Reading r = pe > subject ? phrases.read(subject, pe) : null;
      if (r != null && !phrases.cleanEnd(subject - 1, pe, next)) r = null; // an object, not a subject
      if (r != null && r.name() == null && !noMarkBetween(subject, pe) && pe - i > 4) r = null;
      if (r != null && ADDRESSEE_FIRST.contains(f.lemma()) && subject < toks.size() && outletWord(toks.get(subject))) {
        r = null; // وأبلغ وكالة «…» أن: the outlet is told, the current speaker tells it
      }
      if (r != null && r.name() == null && subject < toks.size()
          && PRONOUN_PREPOSITIONS.contains(toks.get(subject).norm())) {
        r = null; // قال لهم: / يضيف إليهم: an object pronoun, not a subject
      }
      if (r == null && transmitting) return; // نقلت وكالات الأنباء عن «مسؤول»: no one to read after عن
      if (r == null && !f.participle() && pe == subject && !statementCue) {
        int ps = Math.max(first, i - 10);
        if (noMarkBetween(ps, i)) r = phrases.readBefore(i, first);
      }
      int contentStart = firstMarkOrComplementizer(pe, next);
      boolean pronounSubject = pronounSubject(i);
      if (pronounSubject) r = null; // قال فلان إنه اعتبر القرار «…»: the pronoun is the subject, the phrase an object
      if (!f.participle() && !pronounSubject) r = personSubject(i, subject, pe > subject ? pe : Math.min(i + 3, next), Math.min(contentStart, next), r);
      if (!f.participle()) {
        // وكان الرئيس فلان قد دعا فلانا إلى أن «…»: the subject stands before the verb; a person after it is the object
        SpeakerPhrases.Reading before = kanaSubject(i);
        if (before != null) r = before;
      }
      if (r != null && r.name() != null) r = withoutTrailingOutlet(r);
      if (stanceCue && r != null && runOn(r)) return; // طالب فلان باتخاذ إجراءات …: the object, no subject
      if (r != null && r.name() != null && !f.participle() && documentOrOffice(subject)
          && r.start() > toks.get(subject).end() && noCommaOrMark(toks.get(subject).end(), r.start())) {
        // وأفاد بيان مكتب رئيس الوزراء فلان: the office's statement speaks; the person is its genitive
        int ps = toks.get(subject).start();
        r = new SpeakerPhrases.Reading(null, body.substring(ps, r.end()), null, ps, r.end());
      }
      // a subject phrase of its own that is no plausible name: the current speaker instead, but the
      // quote is left unattributed when that phrase fills the subject slot up to a complementizer
      // (ورأت "نفط الشمال" أن …: the company speaks, not the person before it)
      boolean ownSubject = false;
      if (r != null && r.name() != null && (!plausibleName(r) || !backed(r))) {
        ownSubject = !f.participle() && pe < next && Complementizers.is(toks.get(pe).norm()) && noMarkBetween(subject, pe)
            && !SpeakerPhrases.definite(toks.get(subject)) && !SpeakerPhrases.TITLES.contains(SpeakerPhrases.key(toks.get(subject)));
        // a name of two words or more the verb names as its subject, unbacked: someone new, not the
        // current speaker (قال الخبير … تامر الزيادي: "…" when the tagger missed the name)
        ownSubject |= !f.participle() && r.start() >= toks.get(i).end() && r.name().strip().split("\\s+").length >= 2 && !sameName(current, r.name());
        // (المصادر ذاتها، الوزير العراقي: a description that may well be the current speaker)
        r = null;
      }
      if (ofBody) { // the phrase read with its ل (للبعثة الأممية) is the body (البعثة الأممية)
        SpeakerPhrases.Reading b = bodyOfStatement(subject, next);
        if (b != null && (r == null || r.start() == b.start())) r = b;
      }
      String medium = medium(first, Math.min(next, contentStart));
      String cueNorm = toks.get(i).norm();
      if (r == null && (cueNorm.endsWith("وا") || cueNorm.endsWith("ون"))) return; // plural: not the current speaker
      Quote.Speaker clauseSubject = r == null && !ownSubject && !stanceCue && !statementCue ? clauseSubject(i, f, s) : null;
      if (clauseSubject != null) {
        // وألقى الوزير فلان كلمة، وقال: «…»: the subject of the clause the verb continues speaks
        current = clauseSubject;
        currentAt = toks.get(i).start();
        history.add(new Said(clauseSubject, ArabicNormalization.normalize(clauseSubject.canonical()), "", true));
      }
      if (r == null && current == null && reports(i, regionEnd, contentStart, next)) {
        // no speaker yet (وقال معاليه:): the person the text is about
        String about = salientBefore(toks.get(i).start());
        if (about != null) {
          current = new Quote.Speaker(about, null, null);
          currentAt = toks.get(i).start();
        }
      }
      if (r != null && headless(r)) r = null; // وأكد أهمية المشاركة، مشيرا: the object, the current speaker speaks
      Quote.Speaker speaker = r == null ? current : resolve(r);
      if (r != null && current != null && current.canonical() != null && CONTINUING.contains(f.lemma())
          && subject < toks.size() && SpeakerPhrases.TITLES.contains(SpeakerPhrases.key(toks.get(subject)))
          && !persons.covers(r.start(), r.end()) && !spokeBefore(speaker)) {
        speaker = current; // وأضاف قائد الفريق السابق: a title with no new name is the current speaker
      }
      Boolean fem = feminine(toks.get(i), f);
      if (r == null && speaker != null && Boolean.TRUE.equals(fem) && Boolean.FALSE.equals(feminine.get(speaker))) {
        // وأضافت after a man was speaking: the last speaker introduced with a feminine verb (الصحيفة، الشركة)
        for (int h = history.size() - 1; h >= 0; h--) {
          if (Boolean.TRUE.equals(feminine.get(history.get(h).speaker()))) {
            speaker = history.get(h).speaker();
            current = speaker;
            currentAt = toks.get(i).start();
            break;
          }
        }
      }
      if (speaker == null) return;
      if (r != null && fem != null) feminine.putIfAbsent(speaker, fem);
      // the quote is kept, its speaker left unknown, when only weak evidence names it
      Quote.Speaker said = r == null && clauseSubject == null
          && (speaker == current && weakContinuation(i) || impersonal(i) || ownSubject) ? null : speaker;
      if (said == null && ownSubject && innerClause(i, s)) said = current; // أعلن X أن روسيا تعتبر أن … «…»: X reports it
      if (r != null) {
        current = speaker;
        currentAt = toks.get(i).start();
        int ps = r.name() != null && pe > subject ? toks.get(subject).start() : r.start();
        int pEnd = Math.max(r.end(), ps);
        history.add(new Said(speaker, ArabicNormalization.normalize(body.substring(ps, pEnd)),
            medium == null ? "" : ArabicNormalization.normalize(medium), r.name() != null));
      }
      String cueText = toks.get(i).text();
      int afterCue = toks.get(i).end();
      if (said != null) cues.add(new Cue(toks.get(i).start(), afterCue, said, cueText, medium));
      boolean direct = false;
      for (int m = 0; m < marks.size(); m++) {
        QuoteMarks.Span q = marks.get(m);
        if (used[m] || q.open() < afterCue || q.open() >= regionEnd || words(q) < MIN_DIRECT_WORDS) continue;
        if (label(m)) continue;
        used[m] = true;
        direct = true;
        out.add(new Quote(said, q.text(original), "direct", cueText, medium, q.start(), q.end()));
      }
      if (!direct) direct = quoteBefore(i, said, cueText, medium);
      // indirect: a complementizer soon after the subject phrase, with content that is not just a quote
      int k = contentStart;
      if (k >= next || markOf[k] >= 0 || !Complementizers.is(toks.get(k).norm())) return;
      boolean parenthetical = pe < k && phrases.gap(pe - 1, pe).contains("،") && phrases.gap(k - 1, k).contains("،");
      if (k - pe > 3 && ((medium == null && !parenthetical) || k - pe > 12)) return;
      int cs = toks.get(k).end();
      int ce = trimEnd(contentEnd(next, last, regionEnd, s));
      while (cs < ce && (Character.isWhitespace(body.charAt(cs)) || body.charAt(cs) == '،')) cs++;
      if (ce - cs < 8 || startsWithQuote(cs, ce)) return;
      if (Tokenizer.tokenize(body.substring(cs, ce)).size() < MIN_DIRECT_WORDS) return;
      out.add(new Quote(said, original.substring(cs, ce), "indirect", cueText, medium, cs, ce));
    }

    /** First words of a sentence that are no verb: prepositions, particles, connectives. */
    private static final Set<String> NOT_CLAUSE_VERBS = Set.of("في", "من", "على", "الى", "عن", "مع", "بعد", "قبل",
        "منذ", "خلال", "لكن", "غير", "اما", "كما", "ان", "لا", "لم", "لن", "قد", "هذا", "هذه", "ذلك", "حيث", "عند",
        "حول", "وسط", "رغم", "بين", "اذ", "اذا", "لدي", "امام", "ثم", "او", "بل", "كان", "كانت", "هو", "هي", "هناك");

    /**
     * The person subject of the clause a subjectless reporting verb continues ({@code وألقى الوزير
     * فلان كلمة أمام …. وقال: «…»}, {@code أثنى فلان على …، حيث قال: "…"}, {@code وردد فلان الرسالة
     * فقال}): its sentence opens with a verb that reports nothing, then at most four title words and
     * a person the NER tagged. A finite verb that opens its own sentence also continues the sentence
     * before; a participle only its own. Null when the verbs' genders disagree, when the current
     * speaker was set after that person, or when the clause holds a quote or an earlier reporting verb.
     */
    Quote.Speaker clauseSubject(int i, ReportingVerbs.Form f, Span s) {
      int idx = sentences.indexOf(s);
      if (idx < 0) return null;
      int sStart = tokenAt(s.start(), Math.max(0, i - 80));
      List<Span> candidates = new ArrayList<>(List.of(s));
      if (!f.participle() && i - sStart <= 1 && idx > 0) candidates.add(sentences.get(idx - 1));
      Boolean fem = feminine(toks.get(i), f);
      if (f.participle()) {
        String n = toks.get(i).norm();
        fem = n.endsWith("ه") || n.endsWith("ة") ? Boolean.TRUE : Boolean.FALSE;
      }
      for (Span c : candidates) {
        int f0 = skipOpener(tokenAt(c.start(), Math.max(0, i - 120)), i);
        if (f0 >= i || markOf[f0] >= 0) continue;
        String v = toks.get(f0).norm();
        String bare = v.length() > 3 && (v.startsWith("و") || v.startsWith("ف")) ? v.substring(1) : v;
        String shown = toks.get(f0).text();
        if (shown.length() > bare.length()) shown = shown.substring(1);
        if (bare.length() < 3 || bare.length() > 6 || shown.startsWith("ال") || NOT_CLAUSE_VERBS.contains(bare)
            || NOT_CLAUSE_VERBS.contains(v) || verbs.lookup(v) != null || isStance(v)
            || Character.isDigit(bare.charAt(0)) || SpeakerPhrases.TITLES.contains(SpeakerPhrases.key(toks.get(f0)))) {
          continue;
        }
        if (fem != null && fem != (bare.endsWith("ت") && bare.length() >= 4)) continue;
        int lim = Math.min(i, f0 + 7);
        org.mizan.entities.Mention per = persons.subject(toks.get(f0).end(), toks.get(lim).start());
        if (per == null) continue;
        int p = tokenAt(per.start(), f0);
        if (p - f0 > 5 || !noMarkBetween(f0, i) || !phrases.gap(f0, f0 + 1).isBlank()) continue;
        boolean titles = true;
        for (int k = f0 + 1; k < p; k++) {
          titles &= SpeakerPhrases.TITLES.contains(SpeakerPhrases.key(toks.get(k))) || SpeakerPhrases.definite(toks.get(k));
          titles &= phrases.gap(k, k + 1).isBlank();
        }
        if (!titles || currentAt >= per.start()) continue;
        for (int k = f0 + 1; k < i; k++) if (verbs.lookup(toks.get(k).norm()) != null) return null;
        return new Quote.Speaker(MentionSpeakers.name(per), null, null);
      }
      return null;
    }

    /** Connective adverbs that may open a sentence before its verb ({@code ولذلك دعا فلان …}). */
    private static final Set<String> CONNECTIVE_OPENERS = Set.of("لذلك", "ولذلك", "بذلك", "وبذلك", "لذا", "ولذا",
        "عندها", "وعندها", "بعدها", "وبعدها", "حينها", "وحينها");

    /**
     * The first token of a sentence's clause after an opening adverbial: a connective adverb
     * ({@code ولذلك}) or a phrase opened by a preposition or particle and closed by a comma within
     * five words ({@code في غضون ذلك، دافع فلان …}, {@code من جهته، أكد …}); else {@code f0}.
     */
    int skipOpener(int f0, int limit) {
      if (f0 >= limit || f0 >= toks.size() || markOf[f0] >= 0) return f0;
      String v = toks.get(f0).norm();
      if (CONNECTIVE_OPENERS.contains(v)) return f0 + 1;
      String bare = v.length() > 2 && (v.startsWith("و") || v.startsWith("ف")) ? v.substring(1) : v;
      if (!NOT_CLAUSE_VERBS.contains(bare) && !NOT_CLAUSE_VERBS.contains(v)) return f0;
      for (int k = f0; k < Math.min(limit - 1, f0 + 5); k++) {
        if (markOf[k] >= 0 || verbs.lookup(toks.get(k).norm()) != null) return f0;
        String gap = phrases.gap(k, k + 1);
        if (gap.contains(".") || gap.contains("\n")) return f0;
        if (gap.contains("،") || gap.contains(",")) return k + 1;
      }
      return f0;
    }

    /** A media or outlet noun ({@code وكالة}, {@code صحيفة}, {@code قناة}), with or without ال. */
    boolean outletWord(Token t) {
      String k = SpeakerPhrases.key(t);
      return SpeakerPhrases.OUTLETS.contains(k) || SpeakerPhrases.MEDIA.contains(k);
    }

    /**
     * The verb right after a complementizer with a pronoun ({@code إنه اعتبر}, {@code أنها أكدت}):
     * the pronoun is its subject (the one whose statement is being reported), so the noun phrase after
     * the verb is its object, not a new speaker.
     */
    boolean pronounSubject(int i) {
      if (i == 0 || markOf[i - 1] >= 0 || !phrases.gap(i - 1, i).isBlank()) return false;
      String n = toks.get(i - 1).norm();
      return Complementizers.is(n) && (n.endsWith("ه") || n.endsWith("ها") || n.endsWith("هم") || n.endsWith("هما"));
    }

    /**
     * A past reporting verb with an object pronoun ({@code أعلنها}, {@code أكده}, {@code قالها}): what
     * it reports stands before it, and the subject after it is the one now speaking.
     */
    boolean withObjectPronoun(String norm) {
      for (String suffix : new String[] {"ها", "ه"}) {
        if (norm.length() < suffix.length() + 3 || !norm.endsWith(suffix)) continue;
        String bare = norm.substring(0, norm.length() - suffix.length());
        ReportingVerbs.Form f = verbs.lookup(bare);
        if (f != null && !f.participle() && !bare.startsWith("ي") && !bare.startsWith("ت")) return true;
      }
      return false;
    }

    /**
     * The verb at {@code i} stands inside the أن clause of a reporting verb earlier in the same
     * sentence ({@code أعلن الكرملين أن روسيا تعتبر أن …}): whoever that verb set as the speaker
     * reports what the clause says, quoted words included.
     */
    boolean innerClause(int i, Span s) {
      return current != null && currentAt >= s.start() && currentAt < toks.get(i).start() && clauseVerb(i);
    }

    /** {@code يذكر أن …} / {@code ويذكر أن …} with no subject: "it is worth noting", the writer's aside. */
    boolean impersonal(int i) {
      String n = toks.get(i).norm();
      return n.equals("يذكر") || n.equals("ويذكر");
    }

    /**
     * A verb with no subject of its own continues the current speaker; that is weak evidence when
     * another person was named since the speaker was introduced and a sentence ended in between
     * ({@code قال فلان: «…». وأشاد علان بـ… . وقال: «…»}): the quote is then kept with no speaker
     * rather than given to the wrong one.
     */
    boolean weakContinuation(int i) {
      int at = toks.get(i).start();
      if (currentAt < 0 || currentAt >= at || current == null) return false;
      String name = current.canonical() != null ? current.canonical() : current.description();
      if (persons.othersBetween(currentAt, at, name, out) == 0) return false;
      return Sentences.split(body.substring(currentAt, at)).size() >= 2;
    }

    /**
     * A person the NER found in the subject phrase (starting before {@code phraseEnd}, the end of
     * the phrase the rules read, and ending before the content) is the
     * speaker: it replaces a title, organisation or over-long name read by the rules. A one-word
     * mention (a family name) keeps the rules' longer name that ends with it.
     */
    SpeakerPhrases.Reading personSubject(int i, int subject, int phraseEnd, int limit, SpeakerPhrases.Reading r) {
      int lim = Math.min(limit, i + 14);
      int to = lim < toks.size() ? toks.get(lim).start() : body.length();
      org.mizan.entities.Mention per = persons.subject(toks.get(i).end(), to);
      int startLimit = phraseEnd < toks.size() ? toks.get(phraseEnd).start() : body.length();
      if (per == null) return r;
      // a title or a one-person description (الخبير في شؤون … العميد فلان) opens the phrase that runs on to the name
      boolean titledPhrase = subject < toks.size() && (SpeakerPhrases.TITLES.contains(SpeakerPhrases.key(toks.get(subject)))
          || SpeakerPhrases.definite(toks.get(subject)) && personHead(SpeakerPhrases.key(toks.get(subject))))
          && noVerbBetween(subject, per.start());
      if (per.start() > startLimit && !((persons.titled(per) || titledPhrase) && noCommaOrMark(toks.get(i).end(), per.start()))) {
        return r; // after the subject phrase, with no title of its own: an object
      }
      boolean titledPast = per.start() > startLimit;
      for (int k = subject; !titledPast && k < toks.size() && toks.get(k).end() <= per.start(); k++) {
        if (phrases.isStop(toks.get(k)) || PRONOUN_PREPOSITIONS.contains(toks.get(k).norm())) {
          return r; // يضيف إليهم فلان: after a preposition, an object
        }
      }
      if (r != null && r.description() != null && r.start() < per.start() && per.end() <= r.end()
          && tokenAt(per.start(), 0) == tokenAt(r.start(), 0) + 1) {
        return r; // مصدر عسكري تركي: the tagger's "person" is the adjectives of an unnamed speaker's head
      }
      String name = MentionSpeakers.name(per);
      if (r != null && r.name() != null && r.start() == per.start() && !name.strip().contains(" ")
          && r.name().strip().split("\\s+").length >= 4) {
        // البابا فرنسيس باتخاذ إجراءات …: the rules ran on past a one-word name into the object
        return new SpeakerPhrases.Reading(name, null, null, per.start(), per.end());
      }
      if (!name.strip().contains(" ")) return r; // a lone given or family name: the rules read more
      // ودعا الوزير فلان الدول الأعضاء إلى «…»: a stance verb's object follows its subject directly,
      // so the words after the tagged name open the object, not more of the name
      if (r != null && r.name() != null && extendsWithFamilyName(r.name(), name) && !stanceCue) return r;
      int cut = stanceCue ? per.end() : cutFamilyName(per, name);
      if (cut > per.end()) return new SpeakerPhrases.Reading(body.substring(per.start(), cut), null, null, per.start(), cut);
      return new SpeakerPhrases.Reading(name, null, null, per.start(), per.end());
    }

    /** {@code بيان صادر عن} / {@code البيان الصادر من} at token {@code k}: the issuer follows. */
    boolean issuedBy(int k) {
      return SpeakerPhrases.key(toks.get(k)).equals("بيان") && issuerFollows(k) && phrases.gap(k, k + 1).isBlank()
          && phrases.gap(k + 1, k + 2).isBlank();
    }

    /**
     * {@code بيان للبعثة} / {@code بيان لوزارة الخارجية} at token {@code k}: a statement and, joined by
     * ل with nothing between, the body it is of.
     */
    boolean statementOf(int k) {
      if (k + 1 >= toks.size() || !SpeakerPhrases.key(toks.get(k)).equals("بيان") || !phrases.gap(k, k + 1).isBlank()) {
        return false;
      }
      String next = toks.get(k + 1).norm();
      // للجيش، للبعثة (ل + the article: a definite body), لوزارة (an institution's head in construct)
      return next.length() > 4 && (next.startsWith("لل")
          || next.startsWith("ل") && SpeakerPhrases.INSTITUTIONS.contains(SpeakerPhrases.key(toks.get(k + 1))));
    }

    /**
     * The body of {@code بيان للبعثة الأممية أن}: the words from the ل-prefixed one at {@code k} up to the
     * complementizer, with the ل dropped ({@code البعثة الأممية}); the phrase reader keeps the ل, and a
     * speaker so printed is not accepted. Null when a quote mark comes first or the run is long.
     */
    SpeakerPhrases.Reading bodyOfStatement(int k, int next) {
      int end = firstMarkOrComplementizer(k, next);
      if (end <= k || end - k > 6 || end >= toks.size() || !Complementizers.is(toks.get(end).norm())) return null;
      int ps = toks.get(k).start();
      int pe = toks.get(end - 1).end();
      return new SpeakerPhrases.Reading(null, withoutLam(body.substring(ps, pe)), null, ps, pe);
    }

    /** A name printed behind the preposition ل, without it: للبعثة الأممية → البعثة الأممية, لوزارة → وزارة. */
    static String withoutLam(String text) {
      if (text.startsWith("لل")) return "ا" + text.substring(1);
      return text.startsWith("ل") ? text.substring(1) : text;
    }

    /** {@code صادر عن} / {@code الصادر من} right after token {@code k}: the issuer of the document at k follows. */
    boolean issuerFollows(int k) {
      return k + 2 < toks.size() && ISSUED.contains(toks.get(k + 1).norm()) && ISSUED_BY.contains(toks.get(k + 2).norm());
    }

    /** A statement or an office heads the subject phrase ({@code بيان}, {@code مكتب}, {@code ديوان}, {@code وزارة}). */
    boolean documentOrOffice(int k) {
      if (k >= toks.size()) return false;
      String key = SpeakerPhrases.key(toks.get(k));
      return key.equals("بيان") || SpeakerPhrases.INSTITUTIONS.contains(key) && !key.equals("فريق");
    }

    /**
     * The end of a family name the tagger cut off ({@code علي أكبر} + {@code ولايتي:}, {@code عبد
     * الرحمن} + {@code الفلو، محلل …}): one untagged word right after the mention, glued by a space,
     * that is no title, description, nationality or function word, and after which the subject
     * phrase breaks (punctuation, an apposition's head, a complementizer or verb). Else the
     * mention's own end.
     */
    int cutFamilyName(org.mizan.entities.Mention per, String name) {
      if (!ArabicNormalization.normalize(name).equals(ArabicNormalization.normalize(per.text().strip()))) return per.end();
      int k = tokenAt(per.end(), 0);
      if (k + 1 >= toks.size() || toks.get(k).start() != per.end() + 1 || body.charAt(per.end()) != ' ') return per.end();
      Token w = toks.get(k);
      String key = SpeakerPhrases.key(w);
      if (markOf[k] >= 0 || !w.isArabic() || w.norm().length() < 3 || w.norm().startsWith("لل") || phrases.isStop(w)
          || SpeakerPhrases.isRoleWord(key) || SpeakerPhrases.NATIONALITIES.contains(key) || AFTER_NAME.contains(key)
          || AGENCIES.contains(key) || AGENCIES.contains(w.norm().substring(1)) // فلان لرويترز: the medium
          || persons.typeAt(w.start(), w.end()) != null || w.text().indexOf('\u064B') >= 0
          || behindPreposition(w)) { // فلان بوضع الوزارة: a verbal noun behind بـ opens the object
        return per.end();
      }
      Token n = toks.get(k + 1);
      String g = phrases.gap(k, k + 1);
      boolean breaks = g.contains("،") || g.contains(",") || g.contains(":") || g.contains("(")
          || SpeakerPhrases.isRoleWord(SpeakerPhrases.key(n)) || Complementizers.is(n.norm())
          || verbs.lookup(n.norm()) != null || AGENCIES.contains(SpeakerPhrases.key(n)) || n.norm().startsWith("ل");
      return breaks ? w.end() : per.end();
    }

    /**
     * The rules' name goes on past the NER's ({@code فلان بن علان العيسى} vs {@code فلان بن علان})
     * with a word the article uses again on its own (a family name: {@code وأردف العيسى}), not a
     * title that happens to follow the name ({@code فلان القائم بأعمال …}).
     */
    boolean extendsWithFamilyName(String ruleName, String nerName) {
      String rn = ArabicNormalization.normalize(ruleName);
      String nn = ArabicNormalization.normalize(nerName);
      if (!rn.startsWith(nn + " ")) return false;
      String[] words = rn.split("\\s+");
      String last = words[words.length - 1];
      int uses = 0;
      for (Token t : toks) if (t.norm().equals(last)) uses++;
      return uses >= 2;
    }

    /** True when {@code s} is a named speaker already met in the text (وأضاف رئيس النادي → its president). */
    boolean spokeBefore(Quote.Speaker s) {
      if (s == null || s.canonical() == null) return false;
      for (Said said : history) if (said.named() && s.canonical().equals(said.speaker().canonical())) return true;
      return false;
    }

    /**
     * A name the rules read is believed when the NER tagged a person there, or, where the NER saw
     * nothing, when it has two words or is the family name of a full name in the text. A place or
     * organisation ({@code بكين}, {@code لكرة القدم}) or a lone unknown word ({@code أما},
     * {@code إفلاسه}) is not a speaker's name: a verb with only that after it continues the
     * current speaker.
     */
    boolean plausibleName(SpeakerPhrases.Reading r) {
      if (!persons.tagged()) return true;
      String type = persons.typeAt(r.start(), r.end());
      if ("PER".equals(type)) return true;
      if (type != null) {
        // the tagger's place or organisation must cover the family name: سول (ORG) كامبل is still a name
        int lastStart = r.start() + r.name().lastIndexOf(' ') + 1;
        return !r.shortName() && persons.typeAt(lastStart, r.end()) == null && usedAgain(r);
      }
      if (!r.shortName()) return true;
      String word = ArabicNormalization.normalize(r.name()).strip();
      return fullNames.containsKey(word) || persons.followsAPerson(word) != null;
    }

    /**
     * The person the text is about, among those met before {@code pos} (the NER's persons and the
     * names introduced with a title): the one whose family name the text uses most, the NER's and
     * then the latest on a tie ({@code … على المصنف الأول فلان …، وقال:} is still the article's player).
     */
    String salientBefore(int pos) {
      java.util.TreeMap<Integer, String> candidates = new java.util.TreeMap<>();
      for (Map.Entry<Integer, String> e : titledNames.headMap(pos).entrySet()) {
        String type = persons.typeAt(e.getKey(), e.getKey() + e.getValue().length());
        if (type == null || type.equals("PER")) candidates.put(e.getKey(), e.getValue()); // not لكرة القدم (ORG)
      }
      Set<String> tagged = new java.util.HashSet<>();
      for (org.mizan.entities.Mention m : persons.before(pos)) {
        candidates.put(m.start(), MentionSpeakers.name(m));
        tagged.add(MentionSpeakers.name(m));
      }
      String best = null;
      int bestScore = 0;
      for (String name : candidates.values()) {
        int score = 2 * uses(name) + (tagged.contains(name) ? 1 : 0); // a person the NER saw wins a tie
        if (score >= bestScore) {
          best = name;
          bestScore = score;
        }
      }
      return best;
    }

    /** How often the text uses the last word of a name (its family name). */
    int uses(String name) {
      String[] words = ArabicNormalization.normalize(name).split("\\s+");
      String lastWord = words[words.length - 1];
      int uses = 0;
      for (Token t : toks) if (t.norm().equals(lastWord) || t.stem().equals(lastWord)) uses++;
      return uses;
    }

    /** The last word of a name is used again in the text (a family name: وقال العلي). */
    boolean usedAgain(SpeakerPhrases.Reading r) {
      String[] words = ArabicNormalization.normalize(r.name()).split("\\s+");
      String lastWord = words[words.length - 1];
      int uses = 0;
      for (Token t : toks) if (t.norm().equals(lastWord) || t.stem().equals(lastWord)) uses++;
      return uses >= 2;
    }

    /** A title right before the name, or before its adjectives ({@code الباحث السياسي اليمني فلان}). */
    boolean titledBefore(SpeakerPhrases.Reading r) {
      int k = tokenAt(r.start(), 0);
      for (int b = k - 1; b >= 0 && b >= k - 4 && phrases.gap(b, b + 1).isBlank(); b--) {
        String key = SpeakerPhrases.key(toks.get(b));
        if (SpeakerPhrases.TITLES.contains(key)) return true;
        if (!SpeakerPhrases.definite(toks.get(b))) break;
        if (personHead(key)) return true;
      }
      return false;
    }

    /**
     * An unnamed subject cannot open with an adverbial accusative ({@code كافيًا للموافقة}, {@code
     * علناً}), a word behind a preposition ({@code بعمق العلاقات}, {@code لردع المخالفين}), a particle
     * ({@code و}, {@code وفي ذات السياق}) or a verb ({@code يتبين لنا}): such a phrase after the verb is
     * its object or complement, and before it no subject. A listed head ({@code لجنة}) or a tagged
     * name at the first word is never rejected.
     */
    boolean headless(SpeakerPhrases.Reading r) {
      if (r.name() != null) return false;
      int k = tokenAt(r.start(), 0);
      if (k >= toks.size() || toks.get(k).start() != r.start()) return false; // opens with a mark: a quoted name
      Token t = toks.get(k);
      if (persons.typeAt(t.start(), t.end()) != null) return false;
      return cannotHeadASpeaker(t);
    }

    /**
     * True when more than the name-run rules back a name: the NER tagged a person there, a title
     * stands right before it, it has three words or more, or its last word is used again in the text (a family name). A
     * two-word run met once after a verb-like word ({@code عبر تسيير قوافل}: "via", not "expressed")
     * is not enough to make it the speaker of what follows.
     */
    boolean backed(SpeakerPhrases.Reading r) {
      if (!persons.tagged() || "PER".equals(persons.typeAt(r.start(), r.end()))) return true;
      int k = tokenAt(r.start(), 0);
      // a title right before, or before its adjectives (الباحث السياسي اليمني فلان)
      for (int b = k - 1; b >= 0 && b >= k - 4 && phrases.gap(b, b + 1).isBlank(); b--) {
        String key = SpeakerPhrases.key(toks.get(b));
        if (SpeakerPhrases.TITLES.contains(key)) return true;
        if (!SpeakerPhrases.definite(toks.get(b))) break;
        if (personHead(key)) return true; // المواطن فلان
      }
      String[] words = ArabicNormalization.normalize(r.name()).split("\\s+");
      if (words.length >= 3) return true; // a full name the tagger missed (لي تشنغ وو)
      String lastWord = words[words.length - 1];
      int uses = 0;
      for (Token t : toks) if (t.norm().equals(lastWord) || t.stem().equals(lastWord)) uses++;
      return uses >= 2;
    }

    /**
     * Skips a topic or discourse phrase right after the verb ({@code بهذا الخصوص}, {@code في هذا
     * الصدد}, {@code من جهته}, {@code بدوره}): it is not the subject.
     */
    int afterTopic(int k, int limit) {
      if (k >= limit) return k;
      String a = toks.get(k).norm();
      String b = k + 1 < limit ? toks.get(k + 1).norm() : "";
      String c = k + 2 < limit ? toks.get(k + 2).norm() : "";
      if ((a.equals("بهذا") || a.equals("لهذا")) && TOPIC_NOUNS.contains(b)) return k + 2;
      if (a.equals("في") && (b.equals("هذا") || b.equals("هذه")) && TOPIC_NOUNS.contains(c)) return k + 3;
      if ((a.equals("من") || a.equals("ومن")) && Set.of("جهته", "جهتها", "جانبه", "جانبها", "ناحيته").contains(b)) {
        return k + 2;
      }
      if (Set.of("بدوره", "بدورها", "ايضا", "كذلك").contains(a)) return k + 1;
      return k;
    }

    /** {@code فلان رويترز} (a dropped لـ): an agency or outlet the NER tags at the end of a name is not part of it. */
    SpeakerPhrases.Reading withoutTrailingOutlet(SpeakerPhrases.Reading r) {
      List<Token> words = Tokenizer.tokenize(r.name());
      if (words.size() < 3) return r;
      Token last = words.get(words.size() - 1);
      int ls = r.start() + last.start();
      if (ls >= r.end() || !AGENCIES.contains(last.norm())
          || !"ORG".equals(persons.typeAt(ls, Math.min(r.end(), ls + last.end() - last.start())))) {
        return r;
      }
      String name = r.name().substring(0, last.start()).strip();
      return new SpeakerPhrases.Reading(name, null, null, r.start(), r.start() + name.length());
    }

    /**
     * No verb from token {@code k} to offset {@code to}: a phrase opened by a title ({@code وزيرة الثقافة
     * في مالي فلانة}) runs on to the name the NER found, unless a clause starts in between.
     */
    boolean noVerbBetween(int k, int to) {
      for (; k < toks.size() && toks.get(k).end() <= to; k++) {
        String n = toks.get(k).norm();
        if (verbs.lookup(n) != null || VerbForms.isVerb(n) || Complementizers.is(n)) return false;
      }
      return true;
    }

    boolean noCommaOrMark(int from, int to) {
      String g = body.substring(from, to);
      if (g.contains("،") || g.contains(",") || g.contains(".") || g.contains(":") || g.contains("\n")) return false;
      for (QuoteMarks.Span q : marks) if (q.open() >= from && q.open() < to) return false;
      return true;
    }

    boolean isStance(String norm) {
      return STANCE.contains(norm) || norm.length() > 3 && (norm.startsWith("و") || norm.startsWith("ف"))
          && STANCE.contains(norm.substring(1));
    }

    /**
     * A stance or speech-act verb ({@code وصف}, {@code دعا}, {@code طالب}, {@code جدد}, {@code تعهد})
     * with a quote of three or more words in its clause (before the next reporting verb, in the
     * sentence): the quote is what its subject said ({@code ووصف الوزير المفاوضات بأنها «…»}, {@code
     * ودعا فلان إلى «…»}), read like a reporting verb's. Without a quote the verb only sets the speaker.
     */
    boolean quotedClause(int i, Span s) {
      if (passive(toks.get(i)) || negated(i)) return false;
      int last = tokenAt(s.end(), i);
      if (via(i, i + 1, last)) return false; // عبر حسابه: "via", no verb
      int next = nextVerb(i + 1, last);
      int regionEnd = next < last ? toks.get(next).start() : s.end();
      for (int m = 0; m < marks.size(); m++) {
        QuoteMarks.Span q = marks.get(m);
        if (used[m] || q.open() < toks.get(i).end() || q.open() >= regionEnd || words(q) < MIN_DIRECT_WORDS) continue;
        if (!label(m)) return true;
      }
      return false;
    }

    /**
     * A name of five words or more whose last word the NER did not tag as a person: the name rules
     * ran on into the verb's object ({@code البابا فلان باتخاذ إجراءات سريعة …}); a long true name
     * ends with a family name the tagger knows.
     */
    boolean runOn(SpeakerPhrases.Reading r) {
      if (r.name() == null || !persons.tagged()) return false;
      String name = r.name().strip();
      if (name.split("\\s+").length < 5) return false;
      int lastStart = r.start() + name.lastIndexOf(' ') + 1;
      return !"PER".equals(persons.typeAt(lastStart, r.end()));
    }

    /**
     * {@code كتب} reports a quote only when the words before the quote name where it was written
     * ({@code وكتب فلان في مقال …}, {@code كتبت على حسابها في تويتر}, {@code في رسالة}): bare, it is
     * also "was written" ({@code لافتات كتب عليها «…»}) or a byline.
     */
    boolean writtenFrame(int i, Span s) {
      if (i + 1 < toks.size() && PRONOUN_PREPOSITIONS.contains(toks.get(i + 1).norm())) return false; // كتب عليها
      for (int k = i + 1; k < toks.size() && k <= i + 12 && toks.get(k).start() < s.end(); k++) {
        if (markOf[k] >= 0) return false;
        Token t = toks.get(k);
        for (String v : org.mizan.text.Clitics.variants(t.norm())) if (WRITING_PLACES.contains(v)) return true;
        if (WRITING_PLACES.contains(SpeakerPhrases.key(t))) return true;
      }
      return false;
    }

    /** كان and its forms, which put a subject before its verb (وكان فلان قد دعا …). */
    private static final Set<String> KANA = Set.of("كان", "وكان", "كانت", "وكانت", "فكان", "فكانت");

    /**
     * When the verb at {@code i} follows كان, titles or adjectives of origin, and a person the NER
     * tagged whole ({@code وكان الرئيس فلان قد دعا}), that person is its subject, whatever follows the
     * verb: the person's reading, else null. A word before the name that is no title may be the
     * name's own first word, cut off by the tagger: then nothing is decided here.
     */
    SpeakerPhrases.Reading kanaSubject(int i) {
      int j = i - 1;
      if (j >= 0 && toks.get(j).norm().equals("قد")) j--;
      for (int k = j - 1; k >= 0 && j - k <= 5; k--) {
        if (!KANA.contains(toks.get(k).norm())) continue;
        if (!noMarkBetween(k, i) || !noCommaOrMark(toks.get(k).end(), toks.get(j).end())) return null;
        org.mizan.entities.Mention m = persons.lastBefore(toks.get(j).end() + 1);
        if (m == null || m.end() != toks.get(j).end() || m.start() < toks.get(k).end()) return null;
        for (int w = k + 1; w < j && toks.get(w).end() <= m.start(); w++) {
          String n = toks.get(w).norm();
          boolean origin = n.startsWith("ال") && (n.endsWith("ي") || n.endsWith("يه"));
          if (!SpeakerPhrases.TITLES.contains(SpeakerPhrases.key(toks.get(w))) && !origin) return null;
        }
        return new SpeakerPhrases.Reading(MentionSpeakers.name(m), null, null, m.start(), m.end());
      }
      return null;
    }

    /** Reads the verb at {@code i} like a reporting verb of lemma {@code lemma}, with {@link #stanceCue} set. */
    void stanceCue(int i, String lemma, Span s) {
      stanceCue = true;
      try {
        cue(i, new ReportingVerbs.Form(lemma, false), s);
      } finally {
        stanceCue = false;
      }
    }

    /** The bare past of a stance verb form (ووصفت → وصف), for the feminine test of its subject. */
    String stanceLemma(String norm) {
      String n = norm.length() > 3 && (norm.startsWith("و") || norm.startsWith("ف")) && STANCE.contains(norm.substring(1))
          ? norm.substring(1) : norm;
      return n.endsWith("ت") && STANCE.contains(n.substring(0, n.length() - 1)) ? n.substring(0, n.length() - 1) : n;
    }

    /** {@code عبّر الوزير فلان عن …}: a titled or full name becomes the current speaker. */
    void stance(int i, Span s) {
      int last = tokenAt(s.end(), i);
      if (via(i, i + 1, last)) return;
      SpeakerPhrases.Reading before = kanaSubject(i);
      if (before != null) {
        // وكان الرئيس فلان قد دعا فلانا إلى …: the subject before the verb, not its object
        makeCurrent(resolve(before), i, before.name(), true);
        return;
      }
      String issuer = Boolean.TRUE.equals(feminine(toks.get(i), null)) ? namedOrganisation(i + 1, last) : null;
      if (issuer != null) {
        // واستنكرت الأمانة العامة لمنظمة … تصريحات فلان وقالت إنها: the organisation the NER names, not its object
        makeCurrent(new Quote.Speaker(issuer, null, null), i, issuer, false);
        feminine.put(current, true);
        return;
      }
      SpeakerPhrases.Reading titled = titledPerson(i, last);
      if (titled != null) {
        // ودعا الأمين العام لمنظمة … فلان الفلاني إلى …، قائلا: the person the title introduces
        makeCurrent(resolve(titled), i, titled.name(), true);
        return;
      }
      int pe = phrases.postPhraseEnd(i, last);
      SpeakerPhrases.Reading r = pe > i + 1 ? phrases.read(i + 1, pe) : null;
      if (r != null && r.institution() != null && Boolean.TRUE.equals(feminine(toks.get(i), null)) && !via(i, pe, last)
          && phrases.cleanEnd(i, pe, last) && namedInstitution(r.institution())) {
        // وتحدثت صحيفة «…» عن …، وأضافت: an institution that goes on speaking (a feminine verb agrees with it)
        makeCurrent(new Quote.Speaker(r.institution(), null, null), i, r.institution(), false);
        feminine.putIfAbsent(current, true);
        return;
      }
      if (r == null || r.name() == null || !phrases.cleanEnd(i, pe, last) || !plausibleName(r) || !backed(r) || runOn(r)) return;
      if (via(i, pe, last) || cannotHeadASpeaker(toks.get(tokenAt(r.start(), i)))) return; // وأشاد بعمق …
      if (persons.tagged() && !"PER".equals(persons.typeAt(r.start(), r.end())) && !titledBefore(r) && !usedAgain(r)) {
        return; // ووصفت برصانتها …: a run of words no tagger, title or later use backs sets no speaker
      }
      String fullName = r.shortName() ? fullNames.get(ArabicNormalization.normalize(r.name())) : r.name();
      if (fullName == null) return;
      makeCurrent(new Quote.Speaker(fullName, null, null), i, fullName, true);
    }

    /** True when {@code name} and the speaker's name share their last word (a short or full form of one name). */
    boolean sameName(Quote.Speaker speaker, String name) {
      if (speaker == null || speaker.canonical() == null) return false;
      String[] a = ArabicNormalization.normalize(speaker.canonical()).split("\\s+");
      String[] b = ArabicNormalization.normalize(name).split("\\s+");
      return a[a.length - 1].equals(b[b.length - 1]);
    }

    /** {@code speaker}, set by the verb at {@code i} and printed as {@code phrase}, is the current speaker. */
    void makeCurrent(Quote.Speaker speaker, int i, String phrase, boolean named) {
      current = speaker;
      currentAt = toks.get(i).start();
      history.add(new Said(current, ArabicNormalization.normalize(phrase), "", named));
      cues.add(new Cue(toks.get(i).start(), toks.get(i).end(), speaker, toks.get(i).text(), null));
    }

    /**
     * An organisation that opens the phrase at token {@code k} with a listed head ({@code الأمانة
     * العامة لمنظمة …}, {@code وزارة الخارجية التركية}) and ends where the NER's organisation ends:
     * the head and the organisation name, without the object that follows; else null.
     */
    String namedOrganisation(int k, int last) {
      if (k >= last || markOf[k] >= 0 || !SpeakerPhrases.INSTITUTIONS.contains(SpeakerPhrases.key(toks.get(k)))) return null;
      int limit = toks.get(Math.min(last, k + 8) - 1).end();
      int end = persons.organisationEnd(toks.get(k).start(), limit);
      if (end < 0) return null;
      return body.substring(toks.get(k).start(), end);
    }

    /**
     * A person the NER names in a phrase opened by a title right after the verb at {@code i}, with
     * no comma, mark or verb between ({@code ودعا الأمين العام للأمم المتحدة فلان الفلاني}): two
     * words or more; else null.
     */
    SpeakerPhrases.Reading titledPerson(int i, int last) {
      int k = i + 1;
      if (k >= last || markOf[k] >= 0 || !SpeakerPhrases.TITLES.contains(SpeakerPhrases.key(toks.get(k)))) return null;
      int lim = Math.min(last, i + 14);
      org.mizan.entities.Mention per = persons.taggedSubject(toks.get(i).end(), lim < toks.size() ? toks.get(lim).start() : body.length());
      if (per == null || !noVerbBetween(k, per.start()) || !noCommaOrMark(toks.get(i).end(), per.start())) return null;
      String name = MentionSpeakers.name(per);
      if (!name.strip().contains(" ")) return null;
      return new SpeakerPhrases.Reading(name, null, null, per.start(), per.end());
    }

    /**
     * True when the verb at {@code i} has something reported: a quote after it in its region, a
     * quote right before it, or a complementizer. A bare verb governed by another ({@code جعله يعلن
     * إفلاسه}) reports nothing and must not pick a speaker.
     */
    boolean reports(int i, int regionEnd, int contentStart, int next) {
      if (contentStart < next && markOf[contentStart] < 0 && Complementizers.is(toks.get(contentStart).norm())) return true;
      for (int m = 0; m < marks.size(); m++) {
        QuoteMarks.Span q = marks.get(m);
        if (used[m] || words(q) < MIN_DIRECT_WORDS) continue;
        if (q.open() >= toks.get(i).end() && q.open() < regionEnd) return true;
        if (q.end() <= toks.get(i).start() && body.substring(Math.min(q.end() + 1, toks.get(i).start()),
            toks.get(i).start()).matches("[\\s،,.]*")) {
          return true;
        }
      }
      return false;
    }

    /** {@code لا تعترف بالفشل}, {@code لم يذكر}: a negated verb reports no statement and names no speaker. */
    /**
     * {@code من الخطأ القول إن …}, {@code يمكن القول إن …}: a saying judged or supposed, not reported. The
     * clause belongs to what the current speaker says (here: denies), never a statement of its own.
     */
    boolean judgedSaying(int i) {
      return i > 0 && toks.get(i).norm().equals("القول") && JUDGEMENTS.contains(toks.get(i - 1).norm());
    }

    boolean negated(int i) {
      return i > 0 && NEGATIONS.contains(toks.get(i - 1).norm()) && phrases.gap(i - 1, i).isBlank();
    }

    /**
     * Whether a verb form is feminine: the past in ت ({@code قالت، وصفت}), the present in ت
     * ({@code تقول}); masculine for the bare past and the present in ي; null when unknown.
     */
    Boolean feminine(Token t, ReportingVerbs.Form f) {
      String n = t.norm();
      if (n.length() > 3 && (n.startsWith("و") || n.startsWith("ف"))) n = n.substring(1);
      if (f != null && f.participle()) return null;
      String lemma = f != null ? f.lemma() : null;
      if (lemma != null && n.equals(lemma)) return false;
      if (lemma != null ? n.equals(lemma + "ت") : n.endsWith("ت") && n.length() >= 4) return true;
      if (n.startsWith("ي") && n.length() >= 3) return false;
      if (n.startsWith("ت") && n.length() >= 4 && f != null) return true;
      return null;
    }

    /** An institution named by a head noun (صحيفة، شركة، وزارة …) of at most five words. */
    boolean namedInstitution(String text) {
      List<Token> words = Tokenizer.tokenize(text);
      if (words.isEmpty() || words.size() > 5) return false;
      String head = SpeakerPhrases.key(words.get(0));
      return SpeakerPhrases.INSTITUTIONS.contains(head) || SpeakerPhrases.OUTLETS.contains(head);
    }

    /**
     * {@code عبر} is "via" (عَبْر) unless marked عبّر or followed by its complement عن soon after the
     * subject ({@code عبر فلان، عضو المجلس، عن قلقه}): {@code عبر تنفيذ أوامر الشراء} names no one.
     */
    boolean via(int i, int pe, int last) {
      Token t = toks.get(i);
      String n = t.norm();
      if (!(n.equals("عبر") || n.equals("وعبر")) || t.text().indexOf('\u0651') >= 0) return false;
      for (int k = pe; k < last && k < pe + 15; k++) if (toks.get(k).norm().equals("عن")) return false;
      return true;
    }

    /** A damma on the first letters marks a passive (اعتُبرت، قُسِّمت): not a speaker's verb. */
    boolean passive(Token t) {
      String x = t.text();
      int letters = 0;
      for (int k = 0; k < x.length() && letters < 5; k++) {
        char c = x.charAt(k);
        if (c == '\u064F') return true;
        if (!ArabicNormalization.isMark(c)) letters++;
      }
      return false;
    }

    /**
     * {@code «…»، هذا ما قاله فلان} / {@code وهذا ما أكدته الوزارة}: a reporting verb with the object
     * pronoun ه after {@code هذا ما} (or {@code ذلك ما}, {@code وهو ما}) points back at the quote
     * before it; the subject after the verb is its speaker.
     */
    boolean thisIsWhat(int i) {
      String n = toks.get(i).norm();
      if (i < 2 || n.length() < 4 || !n.endsWith("ه") || !toks.get(i - 1).norm().equals("ما")) return false;
      return DEMONSTRATIVES.contains(toks.get(i - 2).norm()) && verbs.lookup(n.substring(0, n.length() - 1)) != null;
    }

    /** {@code "…"، قال X}: the quote right before the verb (or before {@code هذا ما قاله X}). */
    boolean quoteBefore(int i, Quote.Speaker speaker, String cueText, String medium) {
      int at = thisIsWhat(i) ? i - 2 : i; // the quote ends before هذا ما
      for (int m = marks.size() - 1; m >= 0; m--) {
        QuoteMarks.Span q = marks.get(m);
        if (q.end() > toks.get(at).start()) continue;
        String between = body.substring(Math.min(q.end() + 1, toks.get(at).start()), toks.get(at).start());
        if (used[m] || words(q) < MIN_DIRECT_WORDS || !between.matches("[\\s،,.]*")) return false;
        if (label(m)) return false; // تحت شعار "…". وأكد: a slogan, not the speaker's words
        used[m] = true;
        out.add(new Quote(speaker, q.text(original), "direct", cueText, medium, q.start(), q.end()));
        return true;
      }
      return false;
    }

    boolean startsWithQuote(int cs, int ce) {
      for (QuoteMarks.Span q : marks) {
        if (q.open() >= cs && q.open() < ce) {
          return Tokenizer.tokenize(body.substring(cs, q.open())).size() < 2;
        }
      }
      return false;
    }

    /**
     * Where reported content ends: at the next reporting verb of the sentence, unless that verb belongs
     * to the content: negated or in a relative clause ({@code في مكان لم يكشف عنه}), or the verb of a
     * further {@code أن} clause ({@code وأنهما شددا على}, {@code وأن الجانب الآخر أكد}).
     */
    int contentEnd(int next, int last, int regionEnd, Span s) {
      int j = next;
      while (j < last && j > 0 && (INNER.contains(toks.get(j - 1).norm()) || clauseVerb(j) || judgedSaying(j))) {
        j = nextVerb(j + 1, last);
      }
      if (j == next) return regionEnd;
      int e = j < last ? toks.get(j).start() : s.end();
      for (QuoteMarks.Span m : marks) if (m.open() < e && m.end() > e) e = m.end();
      return e;
    }

    /** The first unquoted reporting verb from {@code from}, else {@code last}. */
    int nextVerb(int from, int last) {
      int k = from;
      // (عدم ذكر اسمه: a negated verbal noun reports nothing and does not end the region)
      while (k < last && (markOf[k] >= 0 || verbs.lookup(toks.get(k).norm()) == null
          || k > from && toks.get(k - 1).norm().equals("عدم"))) {
        k++;
      }
      return k;
    }

    /** Whether a complementizer opens the clause of the verb at {@code j}, up to three words before it. */
    boolean clauseVerb(int j) {
      for (int k = j - 1; k >= Math.max(0, j - 4); k--) {
        if (Complementizers.is(toks.get(k).norm())) return true;
        if (markOf[k] >= 0 || !phrases.gap(k, k + 1).isBlank()) return false;
      }
      return false;
    }

    int trimEnd(int e) {
      while (true) {
        while (e > 0 && (Character.isWhitespace(body.charAt(e - 1)) || ".،,؛:".indexOf(body.charAt(e - 1)) >= 0)) e--;
        int w = e;
        while (w > 0 && Character.isLetter(body.charAt(w - 1))) w--;
        String last = ArabicNormalization.normalize(body.substring(w, e));
        if (w == e || !TRAILERS.contains(last)) return e;
        e = w;
      }
    }

    /** The first token from {@code from} that is quoted or a complementizer, else {@code limit}. */
    int firstMarkOrComplementizer(int from, int limit) {
      int k = from;
      while (k < limit && (markOf[k] < 0 || words(marks.get(markOf[k])) < MIN_DIRECT_WORDS)
          && !Complementizers.is(toks.get(k).norm())) {
        k++;
      }
      return k;
    }

    boolean noMarkBetween(int from, int to) {
      for (int k = from; k < to; k++) if (markOf[k] >= 0) return false;
      return true;
    }

    String medium(int first, int limit) {
      for (int k = first; k < limit; k++) {
        if (markOf[k] < 0 && phrases.opensMedium(k)) return phrases.medium(k, limit);
      }
      return null;
    }

    /** A quoted outlet name: لصحيفة «غانا سبورتس أون لاين». */
    boolean outletName(QuoteMarks.Span q) {
      int k = tokenAt(q.open(), 0) - 1;
      if (k < 0 || !body.substring(toks.get(k).end(), q.open()).isBlank()) return false;
      String n = toks.get(k).norm();
      String bare = n.length() > 3 && (n.startsWith("ل") || n.startsWith("ب") || n.startsWith("و")) ? n.substring(1) : n;
      return SpeakerPhrases.OUTLETS.contains(bare) || SpeakerPhrases.INSTITUTIONS.contains(bare)
          || NAMING.contains(SpeakerPhrases.key(toks.get(k))) || NAMING.contains(bare);
    }

    /**
     * A quoted title or name after a naming noun one or two words back ({@code برنامج المطاعيم
     * «…»}, {@code الأغنية الشهيرة «…»}, {@code عرض مسرح الشارع (…)}): short, no sentence
     * punctuation inside, nothing but words between noun and quote (no comma, colon or verb); or
     * a short quoted text the article quotes again elsewhere.
     */
    boolean titleOf(QuoteMarks.Span q) {
      String text = q.text(body).strip();
      if (words(q) > MAX_TITLE_WORDS || text.matches("(?s).*[.:!?؟،,؛].*")) return false;
      List<Token> inner = Tokenizer.tokenize(text);
      if (!inner.isEmpty() && Complementizers.is(inner.get(0).norm())) return false; // «إن …»: speech
      if (quotedAgain(q, text)) return true;
      int k = tokenAt(q.open(), 0) - 1;
      for (int back = 0; back < 3 && k >= 0; back++, k--) {
        Token t = toks.get(k);
        int gapEnd = back == 0 ? q.open() : toks.get(k + 1).start();
        if (!body.substring(t.end(), gapEnd).isBlank() || markOf[k] >= 0 || verbs.lookup(t.norm()) != null
            || back > 0 && SpeakerPhrases.TITLES.contains(SpeakerPhrases.key(t))) {
          return false; // a comma or verb between, or a speaker's title (مدير البرنامج «…»)
        }
        String n = t.norm();
        String bare = n.length() > 3 && (n.startsWith("ل") || n.startsWith("ب") || n.startsWith("و")) ? n.substring(1) : n;
        if (NAMING.contains(SpeakerPhrases.key(t)) || NAMING.contains(bare)) return true;
      }
      return false;
    }

    /** The same short quoted text in another pair of quote marks: a name the article repeats ("نقش من هوازن"). */
    boolean quotedAgain(QuoteMarks.Span q, String text) {
      String norm = ArabicNormalization.normalize(text);
      for (QuoteMarks.Span o : marks) {
        if (o.start() != q.start() && ArabicNormalization.normalize(o.text(body).strip()).equals(norm)) return true;
      }
      return false;
    }

    /**
     * Quote marks that hold no statement: text that opens with a comma or full stop (the marks
     * paired across the gap between two quotes: {@code "…"، وهما من "…"}), one printed word, or a name the NER
     * tagged whole ({@code «فلان الفلاني»}, a ship, a bank).
     */
    boolean notStatement(QuoteMarks.Span q) {
      String text = q.text(body).strip();
      if (!text.isEmpty() && "،,.؛;:".indexOf(text.charAt(0)) >= 0) return true;
      if (!text.matches("(?s).*\\s.*")) return true; // one printed word (إتش.إس.بي.سي): a name
      if (amount(text)) return true;
      int from = q.start() + (q.text(body).length() - q.text(body).stripLeading().length());
      int to = from + text.length();
      return persons.namesWhole(from, to);
    }

    /**
     * A quoted amount and nothing else ({@code "86 مليون دولار"}, {@code «نحو 3 في المئة»}): one
     * figure covers the whole short text; a count with a verb ({@code "12 شخصا قتلوا"}) is speech.
     */
    boolean amount(String text) {
      if (text.split("\\s+").length > 5) return false;
      String t = text.replaceAll("[.،,؛]+$", "").strip();
      for (org.mizan.figures.Figure f : FIGURES.extract(t)) {
        if (f.start() <= 1 && f.end() >= t.length() - 1) return true;
      }
      return false;
    }

    /**
     * The text with the marks of a quoted name in a subject phrase replaced by spaces (offsets kept),
     * so the name is read like any other: after an organisation noun or {@code باسم}
     * ({@code حركة «…» في بيان}, {@code المتحدث باسم "…"، فلان}) or right after a reporting verb
     * when a complementizer follows ({@code ورأت "…" أن}): the organisation is the subject.
     */
    String unquoteNames(String text) {
      StringBuilder sb = null;
      List<Token> ts = Tokenizer.tokenize(text);
      for (QuoteMarks.Span q : QuoteMarks.find(text)) {
        String inner = q.text(text).strip();
        if (q.end() >= text.length() || inner.isEmpty() || inner.matches("(?s).*[.:!?؟،,؛\\n].*")) continue;
        int n = inner.split("\\s+").length;
        if (n > SUBJECT_NAME_WORDS) continue;
        Token before = null, after = null;
        for (Token t : ts) {
          if (t.end() <= q.open()) before = t;
          else if (t.start() > q.end()) { after = t; break; }
        }
        if (before == null) continue;
        String gap = text.substring(before.end(), q.open());
        boolean head = n <= NAME_WORDS && gap.isBlank() && nameHead(before.norm());
        boolean verbSubject = n <= NAME_WORDS && gap.isBlank() && (verbs.lookup(before.norm()) != null || isStance(before.norm()))
            && after != null && text.substring(q.end() + 1, after.start()).isBlank() && Complementizers.is(after.norm());
        if (!head && !verbSubject && !subjectSlot(text, ts, q, before, gap)) continue;
        if (sb == null) sb = new StringBuilder(text);
        sb.setCharAt(q.open(), ' ');
        sb.setCharAt(q.end(), ' ');
      }
      if (sb == null) return text;
      String masked = sb.toString();
      List<QuoteMarks.Span> kept = new ArrayList<>();
      for (QuoteMarks.Span q : QuoteMarks.find(text)) if (masked.charAt(q.open()) != ' ') kept.add(q);
      return QuoteMarks.find(masked).equals(kept) ? masked : text; // never re-pair the other marks
    }

    /**
     * A quoted name in the subject slot of a reporting verb whose content a complementizer opens
     * later in the sentence ({@code وقالت: «هيئة …»، في بيان لها، إن …}, {@code وقال الشيخ "فلان"
     * المتحدث باسم …، إن …}): right after the verb or a title (a colon at most between), then a
     * complementizer within a few words, with no other quote, full stop or line break before it.
     * Speech would follow the verb as the content itself, not sit before an إن clause.
     */
    boolean subjectSlot(String text, List<Token> ts, QuoteMarks.Span q, Token before, String gap) {
      if (!gap.replace(":", "").isBlank()) return false;
      boolean verb = verbs.lookup(before.norm()) != null && !verbs.lookup(before.norm()).participle();
      if (!verb && !(SpeakerPhrases.TITLES.contains(SpeakerPhrases.key(before)) && gap.isBlank())) return false;
      if (!verb) { // a title: the verb must be right before it
        int b = ts.indexOf(before);
        if (b < 1 || verbs.lookup(ts.get(b - 1).norm()) == null || !text.substring(ts.get(b - 1).end(), before.start()).isBlank()) {
          return false;
        }
      }
      int seen = 0;
      for (Token t : ts) {
        if (t.start() <= q.end()) continue;
        String between = text.substring(q.end() + 1, t.start());
        if (between.contains(".") || between.contains("\n") || QuoteMarks.find(between).size() > 0
            || between.indexOf('«') >= 0 || between.indexOf('"') >= 0 || between.indexOf('“') >= 0) return false;
        if (Complementizers.is(t.norm())) return seen > 0 || !text.substring(q.end() + 1, t.start()).isBlank();
        if (verbs.lookup(t.norm()) != null || ++seen > SUBJECT_SLOT_WORDS) return false;
      }
      return false;
    }

    /** An organisation noun (not an outlet's, read with its quoted name already; not لـ-prefixed) or {@code باسم}. */
    boolean nameHead(String norm) {
      String n = norm.length() > 3 && (norm.startsWith("و") || norm.startsWith("ف")) ? norm.substring(1) : norm;
      if (n.equals("باسم") || n.equals("باسمه") || n.equals("باسمها")) return true;
      if (n.length() > 3 && n.startsWith("ال")) n = n.substring(2);
      return SpeakerPhrases.INSTITUTIONS.contains(n) && !SpeakerPhrases.OUTLETS.contains(n);
    }

    /**
     * A name that opens with a definite nisba adjective and goes on with two or more words
     * ({@code الكولومبي خوان مانويل سانتوس}, from {@code الرئيس الكولومبي خوان …}): the adjective
     * belongs to the title before it, not to the name.
     */
    String withoutLeadingAdjective(String name) {
      if (name == null) return null;
      String[] w = name.split(" ");
      if (w.length < 3) return name;
      String n = ArabicNormalization.normalize(w[0]);
      boolean nisba = n.startsWith("ال") && n.length() > 4 && n.endsWith("ي");
      return nisba ? name.substring(w[0].length() + 1) : name;
    }

    /** A speaker phrase with the spaces left by unquoted marks collapsed. */
    String spaced(String phrase) {
      return phrase == null ? null : phrase.replaceAll("\\s{2,}", " ").strip();
    }

    /**
     * {@code ونقلت وكالة «…» عن فلان (القول) إن «…»}: the words are those of the one after {@code
     * عن}, read as the subject of a reporting verb there; the outlet only passes them on. The
     * outlet phrase between is short and unpunctuated (a quoted name aside).
     */
    void transmitted(int i, Span s) {
      String n = toks.get(i).norm();
      boolean opens = toks.get(i).start() <= s.start() + 1
          || i > 0 && Set.of("كما", "فيما", "بينما").contains(toks.get(i - 1).norm());
      if (!n.startsWith("و") && !opens) return; // تيسر نقل الصورة: the noun "transfer", not the verb
      for (int k = i + 1; k < toks.size() && k <= i + 6 && toks.get(k).start() < s.end(); k++) {
        String g = body.substring(toks.get(k - 1).end(), toks.get(k).start());
        if (g.matches(".*[.:،,؛\\n].*")) return;
        if (toks.get(k).norm().equals("عن") && k + 1 < toks.size()) {
          transmitting = true; // the outlet before عن is never the speaker
          try {
            cue(k, verbs.lookup("قال"), s);
          } finally {
            transmitting = false;
          }
          return;
        }
      }
    }

    /**
     * {@code وجاء في بيان الجيش «…»}, {@code جاء في البيان الصادر عن الوزارة «…»}: the words are
     * those of the statement's issuer, read as the subject of a reporting verb at the document
     * noun (or at the عن of صادر عن); {@code وجاء في البيان «…»} with no issuer is the current
     * speaker's statement.
     */
    void statement(int i, Span s) {
      int k = i + 1;
      if (k + 1 >= toks.size() || !toks.get(k).norm().equals("في") || !phrases.gap(i, k).isBlank()) return;
      k++;
      if (!STATEMENTS.contains(SpeakerPhrases.key(toks.get(k))) || markOf[k] >= 0) return;
      if (k + 1 < toks.size() && SpeakerPhrases.key(toks.get(k)).equals("نص") && toks.get(k + 1).norm().endsWith("بيان")) k++;
      if (issuerFollows(k)) k += 2; // البيان الصادر عن الوزارة: the issuer follows عن
      statementCue = true;
      try {
        cue(k, verbs.lookup("قال"), s);
      } finally {
        statementCue = false;
      }
    }

    /** Quote marks that hold a name, title, list or label rather than someone's words. */
    boolean label(int m) {
      QuoteMarks.Span q = marks.get(m);
      return outletName(q) || list(q) || titleOf(q) || notStatement(q) || namesChain(m);
    }

    /**
     * A quoted item joined to its quoted neighbours by nothing but a comma, {@code و}/{@code أو} or
     * one و-noun ({@code تهم «التجسس»، و«جمع معلومات سرية»}, {@code «…» وكتائب «…»}): a chain of
     * labels (charges, factions, places) when one item is a bare name of one or two words and none
     * is a sentence. Speech is not chained that way: two quotes of a speaker are split by a verb or
     * a full stop.
     */
    boolean namesChain(int m) {
      int lo = m, hi = m;
      while (lo > 0 && linked(marks.get(lo - 1), marks.get(lo))) lo--;
      while (hi + 1 < marks.size() && linked(marks.get(hi), marks.get(hi + 1))) hi++;
      if (lo == hi) return false;
      boolean bare = false;
      for (int k = lo; k <= hi; k++) {
        String t = marks.get(k).text(body).strip();
        int n = t.isEmpty() ? 0 : t.split("\\s+").length;
        if (n > CHAIN_ITEM_WORDS || t.matches("(?s).*[.:!?؟].*")) return false;
        if (n <= 2) bare = true;
      }
      return bare;
    }

    /** Two quoted spans with only a comma, a conjunction or one و-noun between them. */
    boolean linked(QuoteMarks.Span a, QuoteMarks.Span b) {
      if (a.end() >= body.length() || b.open() <= a.end()) return false;
      String gap = body.substring(a.end() + 1, b.open()).strip();
      if (gap.isEmpty()) return false; // «…»«…»: two marks back to back, not a list
      gap = gap.replaceFirst("^[،,]\\s*", "");
      if (gap.isEmpty() || gap.equals("و") || gap.equals("أو") || gap.equals("او")) return true;
      if (gap.contains(" ") || !gap.startsWith("و") || gap.length() < 4) return false;
      String n = ArabicNormalization.normalize(gap);
      if (n.startsWith("وب") || n.startsWith("ول") || CHAIN_NOT_LINKS.contains(n.substring(1))) {
        return false; // وبسبب «…», وقبل «…»: a preposition opens a new phrase, not a list item's head
      }
      return verbs.lookup(n) == null && !isStance(n) && !Complementizers.is(n.substring(1));
    }

    /** A list of names (مكة المكرّمة، رنية، الفرسان، …): three or more short comma-separated items. */
    boolean list(QuoteMarks.Span q) {
      String[] items = q.text(body).split("[،,]");
      if (items.length < 3) return false;
      int shortItems = 0;
      for (String it : items) if (it.strip().split("\\s+").length <= 2) shortItems++;
      return shortItems >= items.length - 1;
    }

    /** Words of at least two letters (د ب أ is an agency's initials, not a statement). */
    int words(QuoteMarks.Span q) {
      int n = 0;
      for (Token t : Tokenizer.tokenize(q.text(body))) if (t.norm().length() >= 2) n++;
      return n;
    }

    /** A reading turned into a speaker: short names completed, definite descriptions resolved. */
    Quote.Speaker resolve(SpeakerPhrases.Reading r) {
      if (r.name() != null) {
        // a short form (العلي، آل الشيخ) of a full name given elsewhere in the text
        String norm = ArabicNormalization.normalize(r.name());
        String[] parts = norm.split("\\s+");
        String full = fullNames.get(parts[parts.length - 1]);
        if (full != null && ArabicNormalization.normalize(full).endsWith(norm) && full.length() > r.name().length()) {
          return new Quote.Speaker(full, null, null);
        }
        String cut = r.shortName() ? persons.followsAPerson(norm.strip()) : null;
        if (cut != null) return new Quote.Speaker(cut, null, null); // the family name the tagger cut off
        if (!r.shortName()) remember(r.name());
        return new Quote.Speaker(r.name(), null, null);
      }
      String text = r.institution() != null ? r.institution() : r.description();
      List<Token> words = Tokenizer.tokenize(text);
      boolean ministry = !words.isEmpty() && SpeakerPhrases.definite(words.get(0))
          && PORTFOLIOS.contains(SpeakerPhrases.key(words.get(0))); // الخارجية الأميركية: a ministry, not a title
      boolean indefinite = !words.isEmpty() && !SpeakerPhrases.definite(words.get(0))
          && (words.size() == 1 || !words.get(1).norm().startsWith("ال"));
      if (!words.isEmpty() && !ministry && !indefinite && SpeakerPhrases.TITLES.contains(SpeakerPhrases.key(words.get(0)))) {
        // (an indefinite title, متحدث باسم القصر, introduces someone new: it refers to no one before)
        // رئيس النادي → the person introduced earlier as رئيس نادي … وفلان
        String title = SpeakerPhrases.key(words.get(0));
        String introduced = words.size() >= 2 ? introducedAs(text) : null;
        if (introduced != null) return new Quote.Speaker(introduced, null, null);
        for (int h = history.size() - 1; h >= 0; h--) {
          Said said = history.get(h);
          if (said.named() && (" " + said.phraseNorm() + " ").contains(" " + title + " ")) return said.speaker();
          if (said.named() && said.phraseNorm().contains("ال" + title + " ")) return said.speaker();
        }
        if (!SpeakerPhrases.INSTITUTIONS.contains(title) && words.size() >= 2 && words.size() <= 3) {
          // المدير الفني البرتغالي: a person's title alone refers to the person the article is about
          for (int h = history.size() - 1; h >= 0; h--) if (history.get(h).named()) return history.get(h).speaker();
          Map.Entry<Integer, String> intro = titledNames.lowerEntry(r.start());
          if (intro != null) return new Quote.Speaker(intro.getValue(), null, null);
        }
      }
      if (words.size() == 1 && r.institution() != null) {
        String full = fullNames.get(words.get(0).norm()); // العلي → سامي العلي
        if (full != null) return new Quote.Speaker(full, null, null);
      }
      if (!words.isEmpty() && SpeakerPhrases.definite(words.get(0))) {
        String head = SpeakerPhrases.key(words.get(0));
        String norm = ArabicNormalization.normalize(text);
        boolean roleHead = SpeakerPhrases.isRoleWord(head);
        if (roleHead && words.size() > 1) {
          for (int h = history.size() - 1; h >= 0; h--) {
            Said said = history.get(h);
            boolean all = !said.named() && (said.phraseNorm() + " ").startsWith(head);
            for (int w = 1; w < words.size() && all; w++) all = said.phraseNorm().contains(SpeakerPhrases.key(words.get(w)));
            if (all) return said.speaker();
          }
        }
        for (int h = history.size() - 1; h >= 0; h--) {
          Said said = history.get(h);
          if (said.named()) continue;
          boolean sameHead = roleHead && ((said.phraseNorm() + " ").startsWith(head + " ")
              || (said.phraseNorm() + " ").startsWith(head + "ا "));
          String saidHead = said.phraseNorm().split(" ")[0];
          boolean contained = words.size() > 1 && said.phraseNorm().endsWith(" " + norm)
              && SpeakerPhrases.INSTITUTIONS.contains(saidHead);
          boolean source = words.size() == 1 && roleHead && said.medium().contains(head);
          if (sameHead || contained || source) return said.speaker();
        }
      }
      if (anaphoric(words)) {
        // المسؤول اليمني، المواطن، الممثل والفنان الكوميدي: a definite description with no antecedent
        // description refers to the person the article has named
        for (int h = history.size() - 1; h >= 0; h--) if (history.get(h).named()) return history.get(h).speaker();
        org.mizan.entities.Mention per = persons.lastBefore(r.start());
        if (per != null) return new Quote.Speaker(MentionSpeakers.name(per), null, null);
      }
      return r.institution() != null ? new Quote.Speaker(text, null, null) : new Quote.Speaker(null, text, null);
    }

    /**
     * The person the text names right after the same title with its qualifier ({@code الرئيس
     * الروسي} → {@code … للرئيس الروسي فلاديمير بوتين}), wherever it stands, or null: a title with a
     * nationality or an institution is that one person, not whoever spoke last with a similar title.
     */
    String introducedAs(String title) {
      List<Token> tw = Tokenizer.tokenize(title);
      String head = SpeakerPhrases.key(tw.get(0));
      for (org.mizan.entities.Mention m : persons.before(body.length())) {
        int k = tokenAt(m.start(), 0);
        if (k < tw.size() || !phrases.gap(k - 1, k).isBlank()) continue;
        boolean same = SpeakerPhrases.key(toks.get(k - tw.size())).equals(head);
        for (int w = 1; w < tw.size() && same; w++) same = toks.get(k - tw.size() + w).norm().equals(tw.get(w).norm());
        if (same) return MentionSpeakers.name(m);
      }
      return null;
    }

    /** A description head naming one person (مسؤول، مواطن، خبير), not a group, a document or a source. */
    static boolean personHead(String key) {
      return SpeakerPhrases.isDescriptionHead(key) && !NOT_PERSON_HEADS.contains(key)
          && !key.endsWith("ون") && !key.endsWith("ين") && !key.endsWith("اء") && !key.endsWith("ود");
    }

    /**
     * A definite person description of at most three words: a title or description head and definite
     * adjectives or coordinated heads ({@code المسؤول اليمني}, {@code الممثل والفنان الكوميدي}), no
     * institution or ministry, no genitive complement.
     */
    boolean anaphoric(List<Token> words) {
      if (words.isEmpty() || words.size() > 3) return false;
      String head = SpeakerPhrases.key(words.get(0));
      if (!SpeakerPhrases.definite(words.get(0)) || SpeakerPhrases.INSTITUTIONS.contains(head) || PORTFOLIOS.contains(head)
          || !(SpeakerPhrases.TITLES.contains(head) && words.size() >= 2 || personHead(head))) {
        return false; // a lone title (البابا، الرئيس) may be anyone's: only a description head stands alone
      }
      for (Token w : words) {
        String n = w.norm();
        boolean definite = n.startsWith("ال") || n.startsWith("وال");
        if (!definite || SpeakerPhrases.INSTITUTIONS.contains(SpeakerPhrases.key(w))) return false;
      }
      return true;
    }

    /** {@code وفقاً لـ X}, {@code بحسب X}: the clause before is X's statement. */
    void source(int i, Span s) {
      int j = i + 1;
      while (j < toks.size() && Set.of("ل", "لـ", "عن").contains(toks.get(j).norm())) j++;
      // وفقا لما ذكرته وكالة …: the source is the subject after the verb
      if (j + 2 < toks.size() && toks.get(j).norm().equals("لما")) j += 2; // لما + verb (ذكرته، أوردته، أعلنه)
      if (j >= toks.size() || toks.get(j).start() >= s.end() || toks.get(j).norm().equals("ما")
          || toks.get(j).norm().equals("لما")) {
        return;
      }
      org.mizan.entities.Mention per = persons.subject(toks.get(j).start(), s.end());
      if (per != null && per.start() == toks.get(j).start()) {
        // وبحسب فلان الفلاني …: the named person is the one speaking now (a later وأضاف: is theirs)
        current = new Quote.Speaker(MentionSpeakers.name(per), null, null);
        currentAt = toks.get(i).start();
        history.add(new Said(current, ArabicNormalization.normalize(current.canonical()), "", true));
      }
      int e = j;
      while (e < toks.size() && toks.get(e).start() < s.end() && e - j < 6
          && (e == j || !body.substring(toks.get(e - 1).end(), toks.get(e).start()).matches(".*[،,.:؛].*"))) {
        e++;
      }
      for (int k = tokenAt(s.start(), Math.max(0, i - 80)); k < i; k++) {
        if (verbs.lookup(toks.get(k).norm()) != null) return;
      }
      int cs = s.start();
      int ce = trimEnd(toks.get(i).start());
      if (ce - cs < 8) return;
      for (Quote q : out) if (q.start() < ce && q.end() > cs) return; // already attributed
      String name = body.substring(toks.get(j).start(), toks.get(e - 1).end()).replace("\"", "").replace("“", "")
          .replace("”", "").replace("«", "").replace("»", "");
      if (name.startsWith("لل") || name.startsWith("ل") && toks.get(i).norm().endsWith("وفقا")) name = withoutLam(name);
      SpeakerPhrases.Reading r = phrases.read(j, e);
      if (!isSource(j, e, r)) return;
      Quote.Speaker speaker = r != null && r.name() != null && !r.shortName() ? new Quote.Speaker(r.name(), null, null)
          : r != null && r.description() != null ? new Quote.Speaker(null, name, null) : new Quote.Speaker(name, null, null);
      out.add(new Quote(speaker, original.substring(cs, ce), "indirect", toks.get(i).text(), null, cs, ce));
      if (speaker.canonical() != null && r != null && r.name() != null && !r.shortName() && plausibleName(r)) {
        current = speaker;
        currentAt = toks.get(i).start(); // وبحسب فلان الفلاني …، وأضاف: the named source goes on speaking
        history.add(new Said(speaker, ArabicNormalization.normalize(speaker.canonical()), "", true));
      }
    }

    /**
     * Whether the words after {@code وفقا لـ / بحسب / حسب / نقلا عن} name a source: a person or
     * organisation the tagger found there, a source description or institution the phrase rules read
     * ({@code مصدر أمني}, {@code وزارة الصحة}), or a source noun ({@code تقرير، دراسة، بيانات،
     * وكالة}). Otherwise the cue means "depending on" or cites a norm ({@code حسب الظروف}, {@code
     * وفقا للأسعار العالمية}, {@code طبقا للقانون}), and there is no speaker: on a SaudiNewsNet day
     * most such phrases were of that kind.
     */
    private boolean isSource(int j, int e, SpeakerPhrases.Reading r) {
      String type = persons.typeAt(toks.get(j).start(), toks.get(e - 1).end());
      if ("PER".equals(type) || "ORG".equals(type)) return true;
      if (r != null && r.description() != null) return true;
      // a name the rules read counts only without a tagger to ask (tagged text said no above)
      if (r != null && r.name() != null && !r.shortName() && !persons.tagged()) return true;
      // (a reading's "institution" is any other phrase; only listed heads make one a source)
      List<String> forms = new ArrayList<>(org.mizan.text.Clitics.variants(toks.get(j).norm()));
      forms.add(SpeakerPhrases.key(toks.get(j)));
      for (String k : forms) {
        if (SOURCE_NOUNS.contains(k) || SpeakerPhrases.OUTLETS.contains(k) || SpeakerPhrases.DESCRIPTION_HEADS.contains(k)
            || SpeakerPhrases.INSTITUTIONS.contains(k) || AGENCIES.contains(k)) {
          return true;
        }
      }
      return false;
    }

    /**
     * A quote left over in the sentence of a reporting verb, after it, beyond the clause the verb's
     * own reading took (another verb, a participle or a verbal noun came between: {@code قال فلان إن
     * الحكومة وافقت على «…»}, {@code أكد أن العملية مستمرة «…»}): the words are still reported by
     * that verb's speaker, unless another person is named between the verb and the quote.
     */
    void orphans() {
      for (int m = 0; m < marks.size(); m++) {
        QuoteMarks.Span q = marks.get(m);
        if (used[m] || words(q) < MIN_DIRECT_WORDS || label(m)) continue;
        Span s = null;
        for (Span c : sentences) if (c.start() <= q.open() && q.open() < c.end()) s = c;
        if (s == null) continue;
        Cue cue = null;
        for (Cue c : cues) if (c.start() >= s.start() && c.end() <= q.open()) cue = c;
        if (cue == null) cue = openingSubject(s, q);
        if (cue == null) continue;
        String name = cue.speaker().canonical() != null ? cue.speaker().canonical() : cue.speaker().description();
        if (persons.othersBetween(cue.end(), q.open(), name, out) > 0) continue;
        used[m] = true;
        out.add(new Quote(cue.speaker(), q.text(original), "direct", cue.text(), cue.medium(), q.start(), q.end()));
      }
    }

    /**
     * The person subject of the sentence {@code s}: its opening verb or title (no particle,
     * preposition or definite noun: {@code سعى الوزير فلان إلى …، واصفا زيارته بأنها «…»}, {@code
     * ورئيس الوزراء فلان من منتقدي المشروع الذي وصفه بأنه "…"}), at most four title words, then a
     * person the NER tagged, all before the quote {@code q}; no reporting verb between the opening
     * word and the quote (its own reading decided), a complementizer a few words before the quote,
     * and no other person named between. Null otherwise.
     */
    Cue openingSubject(Span s, QuoteMarks.Span q) {
      int f0 = skipOpener(tokenAt(s.start(), 0), tokenAt(q.open(), 0));
      if (f0 >= toks.size() || markOf[f0] >= 0 || toks.get(f0).start() >= q.open()) return null;
      String v = toks.get(f0).norm();
      String bare = v.length() > 3 && (v.startsWith("و") || v.startsWith("ف")) ? v.substring(1) : v;
      String shown = toks.get(f0).text();
      if (bare.length() < 2 || bare.length() > 6 || shown.startsWith("ال") || shown.startsWith("وال")
          || NOT_CLAUSE_VERBS.contains(bare) || NOT_CLAUSE_VERBS.contains(v) || Character.isDigit(bare.charAt(0))) {
        return null;
      }
      int lim = Math.min(toks.size() - 1, f0 + 7);
      org.mizan.entities.Mention per = persons.subject(toks.get(f0).end(), Math.min(q.open(), toks.get(lim).start()));
      if (per == null || per.end() > q.open()) return null;
      int p = tokenAt(per.start(), f0);
      if (p - f0 > 5 || !phrases.gap(f0, f0 + 1).isBlank()) return null;
      for (int k = f0 + 1; k < p; k++) {
        if (!(SpeakerPhrases.TITLES.contains(SpeakerPhrases.key(toks.get(k))) || SpeakerPhrases.definite(toks.get(k)))
            || !phrases.gap(k, k + 1).isBlank()) return null;
      }
      for (int k = f0; k < toks.size() && toks.get(k).end() <= q.open(); k++) {
        if (markOf[k] < 0 && verbs.lookup(toks.get(k).norm()) != null) return null;
      }
      // the quote is reported content: a complementizer (بأنها، أن) opens its clause a few words before it
      // (a prize's list in marks after فاز فلان بجائزة تشمل "…" is no one's words)
      boolean reported = false;
      int qt = tokenAt(q.open(), p);
      for (int k = Math.max(p + 1, qt - 4); k < qt; k++) reported |= markOf[k] < 0 && Complementizers.is(toks.get(k).norm());
      if (!reported) return null;
      String name = MentionSpeakers.name(per);
      if (persons.othersBetween(per.end(), q.open(), name, out) > 0) return null;
      return new Cue(toks.get(f0).start(), per.end(), new Quote.Speaker(name, null, null), toks.get(f0).text(), null);
    }

    /** A paragraph that opens with a quote right after a paragraph with a direct quote: same speaker. */
    void continuations() {
      for (int m = 0; m < marks.size(); m++) {
        QuoteMarks.Span q = marks.get(m);
        if (used[m] || words(q) < MIN_DIRECT_WORDS || (q.open() > 0 && body.charAt(q.open() - 1) != '\n')) continue;
        Quote prev = null;
        for (Quote o : out) if (o.end() <= q.open() && "direct".equals(o.kind())) prev = o;
        if (prev == null || body.substring(prev.end(), q.open()).split("\n\n", -1).length > 2) continue;
        used[m] = true;
        out.add(new Quote(prev.speaker(), q.text(original), "direct", null, prev.medium(), q.start(), q.end()));
      }
    }
  }
}
