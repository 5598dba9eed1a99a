package org.mizan.quotes;

import static org.mizan.quotes.QuoteWords.*;

import java.util.List;
import java.util.Set;
import org.mizan.text.ArabicNormalization;
import org.mizan.text.Span;
import org.mizan.text.Token;
import org.mizan.text.Tokenizer;

/** Which quoted spans hold a name, title, list, amount or label rather than someone's words. */
abstract class QuoteLabels extends QuoteText {
  private static final org.mizan.figures.FigureExtractor FIGURES = new org.mizan.figures.FigureExtractor();

  QuoteLabels(String original, MentionSpeakers persons, ReportingVerbs verbs) {
    super(original, persons, verbs);
  }


  /** A quoted outlet name: لصحيفة «غانا سبورتس أون لاين». */
  boolean outletName(QuoteMarks.Span q) {
    int k = tokenAt(q.open(), 0) - 1;
    if (k < 0 || !body.substring(toks.get(k).end(), q.open()).isBlank()) return false;
    String n = toks.get(k).norm();
    String bare = n.length() > 3 && (n.startsWith("ل") || n.startsWith("ب") || n.startsWith("و")) ? n.substring(1) : n;
    return SpeakerPhrases.OUTLETS.contains(bare) || SpeakerPhrases.INSTITUTIONS.contains(bare)
        || NAMING.contains(SpeakerPhrases.key(toks.get(k))) || NAMING.contains(bare) || mediumAddressee(q, k);
  }

  /** Prepositions that name who a statement was given to: {@code مقابلة مع}, {@code حديث إلى}. */
  private static final Set<String> TO_WHOM = Set.of("مع", "الي", "عبر", "على", "علي");

  /**
   * A short quoted name after {@code مع}/{@code إلى}/{@code عبر} that follows a medium noun one or two
   * words back ({@code في مقابلة خاصة مع “…”}, {@code في حديث إلى «…»}): the outlet the words were
   * given to, not words of its own.
   */
  private boolean mediumAddressee(QuoteMarks.Span q, int k) {
    if (!TO_WHOM.contains(toks.get(k).norm()) || words(q) > 4 || q.text(body).matches("(?s).*[.:!?؟،,؛].*")) return false;
    for (int back = 1; back <= 2 && k - back >= 0; back++) {
      Token t = toks.get(k - back);
      if (markOf[k - back] >= 0 || !phrases.gap(k - back, k - back + 1).isBlank()) return false;
      if (SpeakerPhrases.MEDIA.contains(SpeakerPhrases.key(t))) return true;
    }
    return false;
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
      if (Complementizers.is(n)) return false; // المتحدث باسم الوزارة إن «…»: speech after إن, not a name
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

  /** Quote marks that hold a name, title, list or label rather than someone's words. */
  boolean label(int m) {
    QuoteMarks.Span q = marks.get(m);
    return outletName(q) || list(q) || titleOf(q) || notStatement(q) || namesChain(m) || appositiveTitle(q);
  }

  private static final int APPOSITIVE_TITLE_WORDS = 6;
  /** Ranks of armed groups ({@code والي}, {@code أمير}): see quoted-ranks.txt. */
  private static final Set<String> RANKS = org.mizan.text.WordList.normalized(QuoteLabels.class, "quoted-ranks.txt");

  /** Participles that give a name or title right after them ({@code المعروف بـ}, {@code الملقب}). */
  private static final Set<String> NAMED_AS = Set.of("المعروف", "المعروفه", "الملقب", "الملقبه", "المكني", "المسمي",
      "المسماه", "المدعو", "المدعوه", "ب");

  /**
   * A short quoted rank right after a person's name or after {@code المعروف بـ} ({@code أبو فلان
   * «والي ولاية …»}, {@code الملقب بـ«أمير …»}): it opens with an armed group's rank and has no verb,
   * complementizer or sentence punctuation, so it says who the person is, not what anyone said.
   */
  boolean appositiveTitle(QuoteMarks.Span q) {
    String text = q.text(body).strip();
    if (words(q) > APPOSITIVE_TITLE_WORDS || text.matches("(?s).*[.:!?؟،,؛].*")) return false;
    List<Token> inner = Tokenizer.tokenize(text);
    if (inner.isEmpty()) return false;
    Token head = inner.get(0); // (والي: its و is a letter, so the word itself is looked up too)
    if (!RANKS.contains(SpeakerPhrases.key(head)) && !RANKS.contains(head.norm())) return false;
    for (Token t : inner) {
      if (Complementizers.is(t.norm()) || org.mizan.text.VerbForms.isVerb(t.norm()) || verbs.lookup(t.norm()) != null) return false;
    }
    int k = tokenAt(q.open(), 0) - 1;
    if (k < 0 || markOf[k] >= 0 || !body.substring(toks.get(k).end(), q.open()).isBlank()) return false;
    Token before = toks.get(k);
    if (persons.covers(before.start(), before.end()) || NAMED_AS.contains(before.norm())) return true;
    // أبو فلان العراقي «…»: the name ends with an adjective of origin the tagger left out
    return k > 0 && SpeakerPhrases.nationality(before) && persons.covers(toks.get(k - 1).start(), toks.get(k - 1).end());
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

  /**
   * A list of names (مكة المكرّمة، رنية، الفرسان، …): three or more short comma-separated items. An
   * item that opens with a negation or a finite verb is a clause ({@code «حاضر غائب، ولا يصلني …»}):
   * speech, not a list.
   */
  boolean list(QuoteMarks.Span q) {
    String[] items = q.text(body).split("[،,]");
    if (items.length < 3) return false;
    int shortItems = 0;
    for (String it : items) {
      List<Token> words = Tokenizer.tokenize(it);
      if (words.isEmpty()) { shortItems++; continue; }
      String first = words.get(0).norm();
      if (words.size() > 2 && (NEGATIONS.contains(first) && !first.equals("عدم") || org.mizan.text.VerbForms.isVerb(first))) return false;
      if (words.size() <= 2) shortItems++;
    }
    return shortItems >= items.length - 1;
  }
}
