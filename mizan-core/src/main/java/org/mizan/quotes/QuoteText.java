package org.mizan.quotes;

import static org.mizan.quotes.QuoteWords.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.mizan.text.ArabicNormalization;
import org.mizan.text.Span;
import org.mizan.text.Token;
import org.mizan.text.Tokenizer;
import org.mizan.text.VerbForms;

/**
 * The text one extraction reads, as tokens and quote marks, with the tests on its words that every
 * later layer shares: where a token stands, what a gap holds, whether a verb is negated, passive or
 * feminine, where a reported clause ends. The base of the extraction layers ({@link QuoteLabels},
 * {@link SpeakerMemory}, {@link SpeakerNames}, {@link SubjectFinder}, {@link CueReader}, {@link
 * QuoteRun}), one object per text: it holds the quotes found so far and which marks are used.
 */
abstract class QuoteText {
  /** The text as given: quote texts are cut from it. */
  final String original;
  /** The text read for speakers: quoted names in a subject phrase unquoted (see {@link QuotedNames#unquoteNames}). */
  final String body;
  final List<Token> toks;
  final List<QuoteMarks.Span> marks;
  final int[] markOf;
  final boolean[] used;
  /** Closing marks with no opener (see {@link QuoteMarks#loneClosers}). */
  final List<Integer> loneClosers;
  final SpeakerPhrases phrases;
  final MentionSpeakers persons;
  final List<Quote> out = new ArrayList<>();
  /** The body's sentences, in order. */
  List<Span> sentences = List.of();

  int tokenAt(int charPos, int from) {
    return Tokens.at(toks, charPos, from);
  }

  /** A present-tense form: يفيد، تشير، تؤكد (its prefix after an optional و). */
  boolean imperfect(Token t) {
    String n = t.norm().startsWith("و") ? t.norm().substring(1) : t.norm();
    return n.length() >= 4 && (n.charAt(0) == 'ي' || n.charAt(0) == 'ت');
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

  /** {@code يذكر أن …} / {@code ويذكر أن …} with no subject: "it is worth noting", the writer's aside. */
  boolean impersonal(int i) {
    String n = toks.get(i).norm();
    return n.equals("يذكر") || n.equals("ويذكر");
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

  /** Time nouns used as prepositions before a verbal noun ({@code فور وصوله}, {@code عقب لقائه}). */
  private static final Set<String> TIME_PREPOSITIONS = Set.of("فور", "عقب", "اثر", "لدي", "عند", "بعيد", "خلال", "اثناء", "بعد", "قبل");

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
    // وقال فور وصوله، لدى لقائه، عقب اجتماعها: a time adverbial on the subject's own act, no subject
    // (the pronoun as printed: فترة normalises to فتره; and never inside a quote: “خلال فترة رئاستي …”)
    String printed = k + 1 < limit ? toks.get(k + 1).text() : "";
    if (TIME_PREPOSITIONS.contains(a) && markOf[k] < 0 && markOf[k + 1] < 0
        && (printed.endsWith("ه") || printed.endsWith("ها") || printed.endsWith("هم")) && printed.length() > 3) return k + 2;
    return k;
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

  /** {@code لا تعترف بالفشل}, {@code لم يذكر}: a negated verb reports no statement and names no speaker. */
  /**
   * {@code من الخطأ القول إن …}, {@code يمكن القول إن …}: a saying judged or supposed, not reported. The
   * clause belongs to what the current speaker says (here: denies), never a statement of its own.
   */
  boolean judgedSaying(int i) {
    return i > 0 && toks.get(i).norm().equals("القول") && JUDGEMENTS.contains(toks.get(i - 1).norm());
  }

  boolean negated(int i) {
    return i > 0 && NEGATIONS.contains(toks.get(i - 1).norm()) && phrases.gap(i - 1, i).isBlank() || without(i);
  }

  /**
   * The verb at {@code i} follows {@code دون أن} / {@code بدون أن} "without" ({@code وقال المتحدث دون أن
   * يذكر اسمه «…»}): a circumstance of the clause's own verb that reports nothing, names no speaker
   * and does not end that verb's region.
   */
  boolean without(int i) {
    return i > 1 && toks.get(i - 1).norm().equals("ان") && WITHOUT.contains(toks.get(i - 2).norm())
        && phrases.gap(i - 2, i - 1).isBlank() && phrases.gap(i - 1, i).isBlank();
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
        || k > from && toks.get(k - 1).norm().equals("عدم") || without(k) || asideCredit(k))) {
      k++;
    }
    return k;
  }

  /**
   * Whether the verb at {@code k} only credits the outlet that carried the words, inside a sentence
   * whose own reporting verb came before it ({@code وأضاف فلان - حسبما ذكرت قناة X - أنه «…»}): it
   * neither ends that verb's region nor speaks.
   */
  boolean asideCredit(int k) {
    return false;
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

  /** Words of at least two letters (د ب أ is an agency's initials, not a statement). */
  int words(QuoteMarks.Span q) {
    int n = 0;
    for (Token t : Tokenizer.tokenize(q.text(body))) if (t.norm().length() >= 2) n++;
    return n;
  }

  final ReportingVerbs verbs;


  QuoteText(String original, MentionSpeakers persons, ReportingVerbs verbs) {
    this.verbs = verbs;
    this.original = original;
    this.body = new QuotedNames(verbs).unquoteNames(original, persons.tokensOf(original));
    this.persons = persons;
    this.toks = Tokenizer.tokenize(body);
    this.marks = QuoteMarks.find(body);
    this.markOf = new int[toks.size()];
    this.used = new boolean[marks.size()];
    this.loneClosers = QuoteMarks.loneClosers(body, marks);
    int m = 0;
    for (int i = 0; i < toks.size(); i++) {
      int s = toks.get(i).start();
      while (m < marks.size() && marks.get(m).end() <= s) m++;
      markOf[i] = m < marks.size() && marks.get(m).start() <= s ? m : -1;
    }
    this.phrases = new SpeakerPhrases(body, toks, verbs);
  }
}
