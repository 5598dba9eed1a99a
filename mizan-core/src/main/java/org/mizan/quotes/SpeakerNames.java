package org.mizan.quotes;

import static org.mizan.quotes.QuoteWords.*;

import java.util.List;
import org.mizan.text.ArabicNormalization;
import org.mizan.text.Token;
import org.mizan.text.Tokenizer;

/**
 * Whether a name read by the phrase rules is believed (tagged, titled, used again) and how it is
 * trimmed (a family name the tagger cut, an outlet or adjective run into it); a phrase that cannot
 * name a speaker at all.
 */
abstract class SpeakerNames extends SpeakerMemory {
  SpeakerNames(String original, MentionSpeakers persons, ReportingVerbs verbs) {
    super(original, persons, verbs);
  }

  /** First words of the invocations printed after the name of God or of the Prophet, in matching form. */
  private static final java.util.Set<String> INVOCATIONS = java.util.Set.of("صلي", "جل");

  /**
   * A speaker phrase that cannot name who speaks: it opens with a لل- phrase ({@code للمرة
   * المائة}, {@code للمجلس}: a time adverb or an addressee) or with a لـ-prefixed outlet ({@code
   * لفرانس برس}: the medium) or with an invocation ({@code صلى الله عليه وسلم}). The quote is kept with
   * its speaker unknown rather than given to a phrase no reader would take for a speaker (on the
   * 2015-07-23 SaudiNewsNet day: 9 quotes).
   */
  /** A word ending in a pronoun suffix with إن/أن glued on ({@code فيهاإن}, {@code عنهأن}). */
  private static final java.util.regex.Pattern GLUED_COMPLEMENTIZER =
      java.util.regex.Pattern.compile("\\p{L}{2,}(ها|هم|هن|ه|نا)[إأ]نه?");

  boolean notASpeaker(Quote.Speaker sp) {
    String phrase = sp.canonical() != null ? sp.canonical() : sp.description();
    if (phrase == null || phrase.isBlank()) return false;
    List<Token> w = Tokenizer.tokenize(phrase);
    if (w.isEmpty()) return false;
    if (w.get(0).start() == 0 && cannotHeadASpeaker(w.get(0)) && !persons.namesPerson(phrase)) {
      return true; // entity ids come later, in quotes.speakers; بان كي مون opens with a particle's letters
    }
    String first = w.get(0).norm();
    if (first.startsWith("لل") && first.length() > 3) return true;
    // a word pair a page glued (قال فيهاإن واشنطن …: فيها + إن): a clause, never a speaker
    for (Token t : w) if (GLUED_COMPLEMENTIZER.matcher(t.text()).matches()) return true;
    // an invocation (صلى الله عليه وسلم، جل وعلا) read as the phrase after the verb: the one it blesses
    // is named before the verb or not at all, so the speaker is left unknown rather than "صلى الله"
    if (INVOCATIONS.contains(first)) return true;
    // one word that cannot be a whole name: a prepositional adverb (بالإنجليزية) or the first part of a
    // compound name the tagger cut (ابن، ولد، أبو …)
    if (w.size() == 1 && (first.startsWith("بال") && first.length() > 4 || NAME_PARTS.contains(first))) return true;
    String last = w.get(w.size() - 1).norm();
    // a share of a sample (أكثر من 85 % من), not a speaker; a phrase cut before its object (… بـ)
    if (phrase.indexOf('%') >= 0 || Character.isDigit(first.charAt(0)) || QUANTIFIERS.contains(first)) return true;
    if (w.size() > 1 && DANGLING.contains(w.get(w.size() - 1).text().replace("ـ", ""))) return true;
    return first.startsWith("ل") && (SpeakerPhrases.AGENCIES.contains(last) || SpeakerPhrases.OUTLETS.contains(first.substring(1)));
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
        || SpeakerPhrases.isRoleWord(key) && !titleAsFamilyName(k) // فلان مقدم، المتحدث …: a family name
        || SpeakerPhrases.NATIONALITIES.contains(key) || AFTER_NAME.contains(key)
        || SpeakerPhrases.AGENCIES.contains(key) || SpeakerPhrases.AGENCIES.contains(w.norm().substring(1)) // فلان لرويترز: the medium
        || persons.typeAt(w.start(), w.end()) != null || w.text().indexOf('\u064B') >= 0
        || behindPreposition(w)) { // فلان بوضع الوزارة: a verbal noun behind بـ opens the object
      return per.end();
    }
    Token n = toks.get(k + 1);
    String g = phrases.gap(k, k + 1);
    boolean breaks = g.contains("،") || g.contains(",") || g.contains(":") || g.contains("(")
        || SpeakerPhrases.isRoleWord(SpeakerPhrases.key(n)) || Complementizers.is(n.norm())
        || verbs.lookup(n.norm()) != null || SpeakerPhrases.AGENCIES.contains(SpeakerPhrases.key(n)) || n.norm().startsWith("ل");
    return breaks ? w.end() : per.end();
  }

  /**
   * A bare title word that is a family name ({@code فلان مقدم، المتحدث باسم …}, {@code فلان مفتي
   * القيادي في …}): indefinite, and followed by a comma or by a definite description of the person;
   * a title that opens an apposition governs a genitive instead ({@code فلان نائب الرئيس}).
   */
  boolean titleAsFamilyName(int k) {
    if (k + 1 >= toks.size() || SpeakerPhrases.definite(toks.get(k))) return false;
    String g = phrases.gap(k, k + 1);
    if (g.contains("،") || g.contains(",")) return !g.contains(".");
    Token n = toks.get(k + 1);
    return g.isBlank() && SpeakerPhrases.definite(n) && n.norm().endsWith("ي")
        && SpeakerPhrases.isDescriptionHead(SpeakerPhrases.key(n));
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

  /**
   * A name the rules read is believed when the NER tagged a person there, or, where the NER saw
   * nothing, when it has two words or is the family name of a full name in the text. A place or
   * organisation ({@code بكين}, {@code لكرة القدم}) or a lone unknown word ({@code أما},
   * {@code إفلاسه}) is not a speaker's name: a verb with only that after it continues the
   * current speaker.
   */
  boolean plausibleName(SpeakerPhrases.Reading r) {
    for (Token t : Tokenizer.tokenize(r.name())) if (GLUED_COMPLEMENTIZER.matcher(t.text()).matches()) return false;
    if (!persons.tagged()) return true;
    String type = persons.typeAt(r.start(), r.end());
    if ("PER".equals(type)) return true;
    if (opensWithVerbalNoun(r.name())) return false;
    if (type != null) {
      // the tagger's place or organisation must cover the family name: سول (ORG) كامبل is still a name
      int lastStart = r.start() + r.name().lastIndexOf(' ') + 1;
      return !r.shortName() && persons.typeAt(lastStart, r.end()) == null && usedAgain(r);
    }
    if (!r.shortName()) return true;
    String word = ArabicNormalization.normalize(r.name()).strip();
    return fullNames.containsKey(word) || persons.followsAPerson(word) != null || definiteTitleRightBefore(r);
  }

  /**
   * A definite title right before a one-word name ({@code ويؤكد الرقيب نسيب}, {@code تقول السيدة
   * كوفاتش}): the title vouches for the name the tagger missed.
   */
  boolean definiteTitleRightBefore(SpeakerPhrases.Reading r) {
    int k = tokenAt(r.start(), 0);
    if (k < 1 || !phrases.gap(k - 1, k).isBlank() || markOf[k - 1] >= 0) return false;
    Token t = toks.get(k - 1);
    return SpeakerPhrases.definite(t) && SpeakerPhrases.TITLES.contains(SpeakerPhrases.key(t));
  }

  /**
   * A name read by the rules that opens with a verbal noun of form IV ({@code إلقاء القبض}, {@code
   * إعلان الهدنة}: إفعال, printed with a hamza under the alif) that the lexicon of person words does
   * not know (إيهاب، إسلام are names): an event after a verb-like word (نفي، أكد), not a person.
   */
  static boolean opensWithVerbalNoun(String name) {
    List<Token> words = Tokenizer.tokenize(name);
    if (words.isEmpty()) return false;
    String p = words.get(0).text().replaceAll("[\\u064B-\\u0652\\u0640]", "");
    boolean ifaal = p.length() == 5 && p.charAt(0) == 'إ' && p.charAt(3) == 'ا';
    return ifaal && !org.mizan.entities.NerModel.shipped().features().isPersonWord(words.get(0).norm());
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
    if (!persons.tagged() || "PER".equals(persons.typeAt(r.start(), r.end())) || titledBefore(r) || titledAfter(r)) {
      return true;
    }
    // a full name the tagger missed (لي تشنغ وو), or a family name used again
    return ArabicNormalization.normalize(r.name()).split("\\s+").length >= 3 || usedAgain(r);
  }

  /**
   * A title in apposition right after a name of two words or more, behind a comma ({@code قال فلان
   * فلان، لاعب وسط المنتخب، «…»}, {@code فلان فلان، المتحدث باسم …}): the title vouches for the name
   * the tagger missed.
   */
  boolean titledAfter(SpeakerPhrases.Reading r) {
    if (r.name() == null || r.name().strip().split("\\s+").length < 2) return false;
    int k = tokenAt(r.end(), 0);
    if (k < 1 || k >= toks.size() || toks.get(k - 1).end() != r.end() || markOf[k] >= 0) return false;
    if (!phrases.gap(k - 1, k).strip().equals("،")) return false;
    return SpeakerPhrases.TITLES.contains(SpeakerPhrases.key(toks.get(k)));
  }

  /**
   * A family name alone right after a speech verb and closed by a comma ({@code وقال الفالح، حسبما …}),
   * when the verb found no subject: a definite word no list claims (no title, body, outlet, time,
   * nationality, description or verb), of five letters or more, with no mark on it. A comma right after
   * the verb's first word closes its subject; a noun there would be a listed role or body. Null otherwise.
   */
  SpeakerPhrases.Reading loneFamilyName(int k, int next) {
    if (k + 1 >= next || markOf[k] >= 0 || !phrases.gap(k, k + 1).strip().equals("،")) return null;
    Token t = toks.get(k);
    return familyNameWord(t) ? new SpeakerPhrases.Reading(t.text(), null, null, t.start(), t.end()) : null;
  }

  /**
   * A word that can stand alone for a family name ({@code الفالح}): definite, five letters or more, and
   * claimed by no list (no title, body, outlet, time, description, stop word or verb).
   */
  boolean familyNameWord(Token t) {
    String n = t.norm();
    if (!SpeakerPhrases.bareArticle(t) || n.length() < 5 || !n.chars().allMatch(Character::isLetter)) return false;
    String key = SpeakerPhrases.key(t);
    return !(phrases.isStop(t) || SpeakerPhrases.isRoleWord(key) || SpeakerPhrases.TIME_NOUNS.contains(key)
        || SpeakerPhrases.OUTLETS.contains(key) || SpeakerPhrases.AGENCIES.contains(n) || SOURCE_NOUNS.contains(key)
        || ReportingVerbs.standard().lookup(n) != null || org.mizan.text.VerbForms.isListedVerb(n));
  }

  /** {@code فلان رويترز} (a dropped لـ): an agency or outlet the NER tags at the end of a name is not part of it. */
  SpeakerPhrases.Reading withoutTrailingOutlet(SpeakerPhrases.Reading r) {
    List<Token> words = Tokenizer.tokenize(r.name());
    if (words.size() < 3) return r;
    Token last = words.get(words.size() - 1);
    int ls = r.start() + last.start();
    if (ls >= r.end() || !SpeakerPhrases.AGENCIES.contains(last.norm())
        || !"ORG".equals(persons.typeAt(ls, Math.min(r.end(), ls + last.end() - last.start())))) {
      return r;
    }
    String name = r.name().substring(0, last.start()).strip();
    return new SpeakerPhrases.Reading(name, null, null, r.start(), r.start() + name.length());
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

  /** True when {@code name} and the speaker's name share their last word (a short or full form of one name). */
  boolean sameName(Quote.Speaker speaker, String name) {
    if (speaker == null || speaker.canonical() == null) return false;
    String[] a = ArabicNormalization.normalize(speaker.canonical()).split("\\s+");
    String[] b = ArabicNormalization.normalize(name).split("\\s+");
    return a[a.length - 1].equals(b[b.length - 1]);
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
    // a title in ي (المدعي العام، القاضي) heads the description: no adjective
    boolean nisba = n.startsWith("ال") && n.length() > 4 && n.endsWith("ي") && !SpeakerPhrases.TITLES.contains(n.substring(2));
    return nisba ? name.substring(w[0].length() + 1) : name;
  }

  /**
   * A name whose last word is an indefinite accusative the name rules ran into: a circumstantial
   * participle ({@code فلان متهكما}, {@code فلان مضيفا}: م…ا, five letters or more) or a common
   * noun's accusative ({@code فلان نجاحا}: the word without its ا is a frequent noun with ال). The
   * name without it; names of one word, and names the NER tagged whole (foreign family names in ا),
   * are kept.
   */
  String withoutTrailingAccusative(String name) {
    if (name == null) return null;
    int cut = name.lastIndexOf(' ');
    if (cut <= 0 || persons.namesPerson(name)) return name; // مورلا، مارادونا: a tagged foreign name
    String n = ArabicNormalization.normalize(name.substring(cut + 1));
    if (n.length() < 4 || !n.endsWith("ا") || n.endsWith("اا")) return name;
    boolean participle = n.length() >= 5 && n.startsWith("م");
    boolean commonNoun = org.mizan.clean.Vocabulary.shipped().count("ال" + n.substring(0, n.length() - 1)) >= 20;
    return participle || commonNoun ? name.substring(0, cut).strip() : name;
  }

  /**
   * A name the rules ran past the tagged person into a prepositional phrase ({@code فلانة الفلانية
   * لعمال البناء} "to the builders", {@code فلان بمواقف الرئيس} "with the stances"): the word right after
   * the tagged name is بـ or لـ plus a frequent noun (or بال/لل), not a name word ({@code بوكوفا},
   * {@code ليون}). The name without that phrase.
   */
  String withoutTrailingPrepositional(String name) {
    if (name == null) return null;
    int end = persons.personEndIn(name);
    if (end < 0 || end >= name.length()) return name;
    List<Token> rest = Tokenizer.tokenize(name.substring(end));
    if (rest.isEmpty() || !name.substring(end, end + rest.get(0).start()).isBlank()) return name;
    String n = rest.get(0).norm();
    if (n.length() < 4 || !(n.startsWith("ب") || n.startsWith("ل")) || NAME_PARTS.contains(n)) return name;
    boolean prepositional = n.startsWith("بال") || n.startsWith("لل") || commonNounAfterClitic(n);
    return prepositional ? name.substring(0, end).strip() : name;
  }

  /**
   * The word without its one-letter proclitic (بـ، لـ، و) is a frequent noun: printed with the article
   * at least {@value #COMMON_NOUN} times in the shipped corpus vocabulary ({@code لعمال} → {@code العمال}),
   * unlike a name that opens with that letter ({@code بوكوفا}, {@code وليد}).
   */
  private static boolean commonNounAfterClitic(String norm) {
    return org.mizan.clean.Vocabulary.shipped().count("ال" + norm.substring(1)) >= COMMON_NOUN;
  }

  private static final int COMMON_NOUN = 20;

  /**
   * A name read from the middle of a title chain cut at its و ({@code مدير المنظمة في الشرق الأوسط
   * وشمال أفريقيا فلان الفلاني} read as {@code وشمال أفريقيا فلان الفلاني}): it opens with و plus a
   * frequent noun (not a name in و: {@code وليد}, {@code وائل}) and a tagged person follows inside it.
   * The tagged person's name alone.
   */
  String withoutLeadingConjunct(String name) {
    if (name == null) return null;
    List<Token> w = Tokenizer.tokenize(name);
    if (w.size() < 3) return name;
    String n = w.get(0).norm();
    if (n.length() < 4 || !n.startsWith("و") || n.startsWith("وال") || !commonNounAfterClitic(n)) {
      return name;
    }
    int start = persons.personStartIn(name);
    return start > w.get(0).end() ? name.substring(start).strip() : name;
  }

  /** A speaker phrase with the spaces left by unquoted marks collapsed. */
  String spaced(String phrase) {
    return phrase == null ? null : phrase.replaceAll("\\s{2,}", " ").strip();
  }
}
