package org.mizan.quotes;

import java.util.Set;
import org.mizan.text.Token;

/**
 * The word lists and word tests of quote extraction: cue words, titles and heads that may open a
 * speaker phrase, words that cannot, and the limits on quoted names and labels. Lists that grow go
 * in resource files (read with {@link QuoteExtractor}'s class as anchor).
 */
final class QuoteWords {
  private QuoteWords() {}

  /** Quoted spans shorter than this many words are names or scare quotes, not statements. */
  static final int MIN_DIRECT_WORDS = 3;

  /** Nouns that name a source after وفقا لـ / بحسب (a report, a study, figures), from resources. */
  static final Set<String> SOURCE_NOUNS = org.mizan.text.WordList.normalized(QuoteExtractor.class,
      "source-nouns.txt");
  /** {@code نقل/نقلت} (X عن Y): an outlet passes on what Y said. */
  static final Set<String> TRANSMITTING = Set.of("نقل", "نقلت", "ونقل", "ونقلت");
  /** Words the transmitting outlet may run before its عن ({@code ونقلت قناة «…» المحسوبة على «…» عن فلان}). */
  static final int TRANSMITTER_WORDS = 10;
  /** عن with an object pronoun after {@code نقلت}: the one it reports from is the current speaker. */
  static final Set<String> PRONOUN_SOURCES = Set.of("عنه", "عنها", "عنهم", "عنهما");
  /** {@code جاء} "came": {@code وجاء في بيان X «…»} quotes the words of X's statement. */
  static final Set<String> CAME = Set.of("جاء", "وجاء");
  /** Documents whose words {@code جاء في …} quotes (بيان، رسالة، نص البيان …). */
  static final Set<String> STATEMENTS = Set.of("بيان", "رساله", "نص", "بلاغ", "خطاب", "كلمه", "تصريح", "تغريده", "تدوينه", "منشور");
  /** {@code نصّ} "stipulated": {@code نص القرار على أن «…»} quotes the document's words. */
  static final Set<String> STIPULATES = Set.of("نص", "ونص", "نصت", "ونصت", "ينص", "وينص", "تنص", "وتنص");
  /** Documents that stipulate (قرار، قانون، اتفاق …), in matching form without ال. */
  static final Set<String> STIPULATING = org.mizan.text.WordList.normalized(QuoteExtractor.class,
      "stipulating-documents.txt");
  /** {@code صادر عن} "issued by": the words after a document noun that introduce its issuer. */
  static final Set<String> ISSUED = Set.of("صادر", "الصادر", "صدر"); // بيان صادر عن، البيان الصادر عن، بيان صدر عن
  static final Set<String> ISSUED_BY = Set.of("عن", "من");
  static final Set<String> SOURCE_CUES = Set.of("بحسب", "وبحسب", "حسب", "وفقا", "ووفقا", "طبقا", "نقلا", "ونقلا");
  /** {@code حسبما} "as" printed as one word before the verb that credits a source. */
  static final Set<String> CREDIT_CUES = Set.of("حسبما", "وحسبما", "بحسبما", "وفقما");

  /** Conjunctions left at the end of a reported clause (… بعد، لكنه أشار): not part of the content. */
  /** Words after which a reporting verb belongs to the clause they open: negations and relative pronouns. */
  static final Set<String> INNER = Set.of("لم", "لن", "لا", "ما", "الذي", "التي", "الذين", "اللذين", "اللتين",
      "اللذان", "اللتان", "اللاتي", "اللواتي", "مما", "عما");
  /** Words a speaker phrase cannot end with, as printed (على, not the name علي): it was cut before their object. */
  static final Set<String> DANGLING = Set.of("ب", "ل", "من", "في", "على", "عن", "إلى", "الى", "مع", "و");
  /** Words that open a count, not a speaker ({@code أكثر من نصف المشاركين}). */
  static final Set<String> QUANTIFIERS = Set.of("اكثر", "اقل", "نحو", "حوالي", "قرابه");
  /** Words before a verbal noun {@code القول} that make it a judged or supposed saying. */
  static final Set<String> JUDGEMENTS = Set.of("الخطا", "يمكن", "نستطيع", "المبكر", "لاوانه", "الصعب",
      "الممكن", "المستحيل", "الصواب", "المبالغه", "الانصاف", "الاجحاف", "يصح", "يجوز");
  static final Set<String> TRAILERS = Set.of("لكن", "لكنه", "لكنها", "ولكن", "ولكنه", "و", "كما", "ثم", "بل");
  /** Nouns that introduce a name or slogan in quotes (تحت شعار "…"، بعنوان «…»), not a statement. */
  static final Set<String> NAMING = org.mizan.text.WordList.normalized(QuoteExtractor.class, "naming-nouns.txt");
  /** Titles and names are short: a longer quoted span after a naming noun may still be speech. */
  static final int MAX_TITLE_WORDS = 12;
  /** The longest item of a chain of quoted labels ({@code «التعاون مع حكومات معادية»}). */
  static final int CHAIN_ITEM_WORDS = 6;
  /** The longest quoted name read as part of a subject phrase ({@code «واشنطن بوست»}). */
  static final int NAME_WORDS = 3;
  /** The longest quoted name read in the subject slot of a verb whose إن clause follows ({@code وقالت: «هيئة …»، إن}). */
  static final int SUBJECT_NAME_WORDS = 5;
  /** The same for a name with a lineage ({@code «عبد العزيز بن سلمان بن عبد العزيز»}). */
  static final int LINEAGE_NAME_WORDS = 8;
  /** Words (a description, {@code في بيان لها}) allowed between such a quoted name and its complementizer. */
  static final int SUBJECT_SLOT_WORDS = 10;
  /** Words a title chain may run between its reporting verb and a quoted name ({@code أكد وزير الطاقة السعودي الأمير "…"}). */
  static final int TITLE_CHAIN_WORDS = 6;
  /** Adverbial nouns that open a phrase of their own between two quotes (و + قبل، بعد، حول …). */
  static final Set<String> CHAIN_NOT_LINKS = Set.of("قبل", "بعد", "حول", "ضد", "خلال", "عند", "منذ", "حتي",
      "مع", "من", "في", "علي", "عن", "الي", "كذلك", "ايضا");
  static final Set<String> STANCE = org.mizan.text.WordList.normalized(QuoteExtractor.class, "stance-verbs.txt");
  /** An article, clause or paragraph of a law or regulation (matching form without ال). */
  static final Set<String> ARTICLES_OF_LAW = Set.of("ماده", "بند", "فقره");
  /** Relative pronouns: a verb right after one belongs to a relative clause. */
  static final Set<String> RELATIVE_PRONOUNS = Set.of("الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان",
      "اللاتي", "اللواتي");
  /** Addressee pronouns after a verb of saying ({@code قال له}): the subject may follow them. */
  static final Set<String> ADDRESSEES = Set.of("له", "لها", "لهم", "لهما", "لنا");
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
          || SpeakerPhrases.AGENCIES.contains(w) || HONORIFIC_SUBJECTS.contains(w)) {
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
  static final Set<String> HONORIFIC_SUBJECTS = Set.of("معاليه", "سموه", "سماحته", "فضيلته", "سعادته",
      "معاليها", "سموها");
  /** Verbs whose object, the one told, often comes first (أبلغ وكالة …، أخبر الصحيفة …). */
  static final Set<String> ADDRESSEE_FIRST = Set.of("ابلغ", "اخبر");
  /** Lemmas that continue a statement (أضاف، تابع، ختم …): with only a title after them, the current speaker. */
  static final Set<String> CONTINUING = Set.of("اضاف", "تابع", "ختم", "استطرد", "اردف", "زاد", "واصل",
      "استدرك", "اختتم");
  static final Set<String> TOPIC_NOUNS = Set.of("الخصوص", "الشان", "الصدد", "السياق", "الاطار", "الموضوع",
      "المجال", "الجانب", "المناسبه");
  /** Portfolios that are titles in a chain (وزير الخارجية) but a ministry on their own (الخارجية الروسية). */
  static final Set<String> PORTFOLIOS = Set.of("خارجيه", "داخليه", "دفاع");
  /** Demonstratives before ما that point back at a quote ({@code هذا ما قاله}, {@code وهو ما أكده}). */
  static final Set<String> DEMONSTRATIVES = Set.of("هذا", "وهذا", "ذلك", "وذلك", "هو", "وهو", "هذه", "وهذه");
  /** Words that negate the verb or verbal noun after them ({@code لم يذكر}, {@code عدم ذكر اسمه}). */
  static final Set<String> NEGATIONS = Set.of("لا", "لم", "لن", "ولا", "ولم", "ولن", "فلا", "فلم", "فلن", "عدم");
  /** Words after which a subject may open its clause before the verb ({@code أما فلان فقال}, {@code لكن فلان رأى}). */
  static final Set<String> FRONTING = Set.of("اما", "واما", "لكن", "ولكن");
  /** "Without" before أن: {@code دون أن يذكر} (a verb so introduced is negated). */
  static final Set<String> WITHOUT = Set.of("دون", "بدون", "ودون", "وبدون");
  /** Title words that are adjectives when definite and not after another title (الكبير، العام). */
  static final Set<String> ADJECTIVE_TITLES = Set.of("كبير", "كبيره", "عام", "مساعد");
  /** Description heads that are documents, sources or partitives, not a person (البيان، المصدر، أحد). */
  /** Words that open a compound name and are never a whole name (ابن فلان، ولد الشيخ، أبو علي). */
  static final Set<String> NAME_PARTS = Set.of("ابن", "بن", "ولد", "بنت", "ابو", "ام", "عبد", "ال", "آل");
  /** Partitive pronouns put before a name in apposition ({@code وقال أحدهم فلان}: "one of them, X"), never its first word. */
  static final Set<String> PARTITIVES = Set.of("احدهم", "احداهن", "احدهما", "احداهما");
  static final Set<String> NOT_PERSON_HEADS = Set.of("بيان", "مصدر", "مصادر", "احد", "احدي", "سكان");
  /** Adjectives that may follow a name (فلان السابق، فلان نفسه): not a family name. */
  static final Set<String> AFTER_NAME = Set.of("سابق", "حالي", "جديد", "نفسه", "نفسها", "ذاته", "ذاتها",
      "مقبل", "اخير", "اول", "ثاني", "ايضا", "كذلك", "بدوره", "بدورها");
  /** {@code كتب} "wrote": a reporting verb only in a frame that names where (see {@link CueReader#writtenFrame}). */
  static final Set<String> WROTE = Set.of("كتب", "وكتب", "كتبت", "وكتبت");
  /** Where one writes: an article, a post, an account or page, a letter (كتب فلان في تغريدة …). */
  static final Set<String> WRITING_PLACES = org.mizan.text.WordList.normalized(QuoteExtractor.class,
      "writing-places.txt");


  /** First words of a sentence that are no verb: prepositions, particles, connectives. */
  static final Set<String> NOT_CLAUSE_VERBS = Set.of("في", "من", "على", "الى", "عن", "مع", "بعد", "قبل",
      "منذ", "خلال", "لكن", "غير", "اما", "كما", "ان", "لا", "لم", "لن", "قد", "هذا", "هذه", "ذلك", "حيث", "عند",
      "حول", "وسط", "رغم", "بين", "اذ", "اذا", "لدي", "امام", "ثم", "او", "بل", "كان", "كانت", "هو", "هي", "هناك");

  /** Words after which a stance verb form is its verbal noun ({@code إلى حد وصف}, {@code بعد دعوة}). */
  static final Set<String> BEFORE_VERBAL_NOUN = Set.of("حد", "الى", "في", "على", "عن", "من", "بعد", "قبل", "عند",
      "عقب", "اثناء", "خلال", "لدى");

  /** Connective adverbs that may open a sentence before its verb ({@code ولذلك دعا فلان …}). */
  static final Set<String> CONNECTIVE_OPENERS = Set.of("لذلك", "ولذلك", "بذلك", "وبذلك", "لذا", "ولذا",
      "عندها", "وعندها", "بعدها", "وبعدها", "حينها", "وحينها");

  /** A name printed behind the preposition ل, without it: للبعثة الأممية → البعثة الأممية, لوزارة → وزارة. */
  static String withoutLam(String text) {
    if (text.startsWith("لل")) return "ا" + text.substring(1);
    return text.startsWith("ل") ? text.substring(1) : text;
  }

  static boolean isStance(String norm) {
    return STANCE.contains(norm) || norm.length() > 3 && (norm.startsWith("و") || norm.startsWith("ف"))
        && STANCE.contains(norm.substring(1));
  }

  /** كان and its forms, which put a subject before its verb (وكان فلان قد دعا …). */
  static final Set<String> KANA = Set.of("كان", "وكان", "كانت", "وكانت", "فكان", "فكانت");

  /** A description head naming one person (مسؤول، مواطن، خبير), not a group, a document or a source. */
  static boolean personHead(String key) {
    return SpeakerPhrases.isDescriptionHead(key) && !NOT_PERSON_HEADS.contains(key)
        && !key.endsWith("ون") && !key.endsWith("ين") && !key.endsWith("اء") && !key.endsWith("ود");
  }
}
