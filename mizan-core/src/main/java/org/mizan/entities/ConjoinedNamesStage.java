package org.mizan.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.mizan.clean.Vocabulary;
import org.mizan.doc.Document;
import org.mizan.pipeline.DocumentStage;
import org.mizan.text.Token;
import org.mizan.text.Tokenizer;
import org.mizan.text.VerbForms;

/**
 * {@code entities.conjoined}: a name joined by و right after a person or a place ({@code عدن وتعز
 * والتنف}, {@code ميسي ونيمار}) is a name of the same kind, which the tagger often leaves untagged
 * when the article prints it only once. The word after the و must look like one: for a place, a
 * word the lexicon knows as a place, or a word shaped like a transliterated name; for a person, a
 * given name of the gazetteer, with the foreign-shaped words after it (the surname).
 * Common words ({@code وزوجته}, {@code والمناطق}), verbs and function words are never taken.
 */
public final class ConjoinedNamesStage implements DocumentStage {
  private static final int MAX_SURNAME_WORDS = 2;
  private final NerFeatures lexicon;

  public ConjoinedNamesStage() {
    this(NerModel.shipped().features());
  }

  public ConjoinedNamesStage(NerFeatures lexicon) {
    this.lexicon = lexicon;
  }

  @Override
  public String name() {
    return "entities.conjoined";
  }

  @Override
  public Document apply(Document doc) {
    String body = doc.body();
    List<Token> toks = Tokenizer.tokenize(body);
    List<Mention> out = new ArrayList<>(doc.mentions());
    out.sort(Comparator.comparingInt(Mention::start));
    boolean added = false;
    for (int i = 1; i < toks.size(); i++) {
      Token t = toks.get(i);
      String n = t.norm();
      if (n.length() < 4 || n.charAt(0) != 'و' || Mention.anyOverlaps(out, t.start(), t.end())) continue;
      Mention before = endingAt(out, toks.get(i - 1).end());
      if (before == null || !body.substring(before.end(), t.start()).isBlank()) continue;
      int last = -1;
      if (before.type().equals("LOC") && placeWord(t, before)) last = i;
      if (before.type().equals("PER") && personWord(t)) last = surnameEnd(body, toks, i, out);
      if (last < 0 || !listEnd(body, toks, last + 1)) continue;
      // the name without its conjunction: the entity is تشيكيا, not وتشيكيا
      int s = body.charAt(t.start()) == 'و' ? t.start() + 1 : t.start(), e = toks.get(last).end();
      out.add(new Mention(s, e, body.substring(s, e), before.type(), null, null));
      out.sort(Comparator.comparingInt(Mention::start));
      added = true;
      i = last;
    }
    return added ? doc.withMentions(out) : doc;
  }

  /**
   * The conjunct closes a list item: punctuation or the end of the text after it, the next item (a
   * word opening with و) or a function word ({@code في}, {@code من}); a noun or a verb's object after
   * it shows a common word ({@code وحقل النفط}, {@code ويقصف المدينة}).
   */
  private static boolean listEnd(String body, List<Token> toks, int next) {
    if (next >= toks.size() || !body.substring(toks.get(next - 1).end(), toks.get(next).start()).isBlank()) return true;
    String n = toks.get(next).norm();
    return n.charAt(0) == 'و' && n.length() >= 4 || EntityLexicon.STOPWORDS.contains(n);
  }

  /** The mention that ends at {@code end}, or null. */
  private static Mention endingAt(List<Mention> mentions, int end) {
    for (Mention m : mentions) if (m.end() == end) return m;
    return null;
  }

  /**
   * A place after و: one the lexicon knows as a place and no common word ({@code ورأس}, {@code
   * والقارة}), or a word shaped like a transliterated name; و must be a conjunction, not a root
   * letter ({@code وافقت}, {@code وفقا}).
   */
  private boolean placeWord(Token t, Mention before) {
    String w = t.norm().substring(1);
    if (functionWord(w) || !conjoined(t.norm())) return false;
    if (!w.startsWith("ال") && lexicon.placeLike(w) && !common(w)) return true;
    // a rare word only after a place the lexicon knows: after a name the tagger took for a place
    // (كاترين وارتبكت, a car model ريو وكادينزا) it is a verb or a thing as often as a place
    if (!foreignName(t)) return false;
    List<String> words = NameForms.words(before.text());
    return !words.isEmpty() && lexicon.placeLike(words.get(words.size() - 1));
  }

  /**
   * A person's name after و: a given name of the gazetteer that is no common word ({@code وصاحب}); a
   * rare word there is as often a place or a thing ({@code وجنوة}), so it is left to the tagger.
   */
  private boolean personWord(Token t) {
    String w = t.norm().substring(1);
    if (functionWord(w) || !conjoined(t.norm()) || w.startsWith("ال")) return false; // والمهاجرين is a noun
    return lexicon.isPersonWord(w) && !common(w);
  }

  /**
   * Rare, never printed with the article, not inflected ({@link RoleStage#isForeignLooking}: {@code
   * وكتف}, {@code ومدينتين}, {@code وسنحتاج} are not), and in no cluster of common words.
   */
  private boolean foreignName(Token t) {
    String w = t.norm().charAt(0) == 'و' ? t.norm().substring(1) : t.norm();
    String printed = t.text();
    // a pronoun printed with ه (ومهاجمتها) or an imperfect verb (وينحسر) is no name
    if (printed.endsWith("ه") || printed.endsWith("ها") || printed.endsWith("هم") || VerbForms.isVerb(w)) return false;
    return w.length() >= 4 && RoleStage.isForeignLooking(t) && lexicon.nameLike(w);
  }

  private static boolean common(String w) {
    return Vocabulary.shipped().count(w) >= NameVariants.COMMON_WORD;
  }

  /** The last token of a person's name opening at token {@code i}: rare words after it are its surname. */
  private int surnameEnd(String body, List<Token> toks, int i, List<Mention> mentions) {
    int last = i;
    for (int k = i + 1; k < toks.size() && k <= i + MAX_SURNAME_WORDS; k++) {
      Token t = toks.get(k);
      if (!body.substring(toks.get(k - 1).end(), t.start()).isBlank() || Mention.anyOverlaps(mentions, t.start(), t.end())) break;
      String n = t.norm();
      if (n.charAt(0) == 'و' || functionWord(n) || !foreignName(t)) break;
      last = k;
    }
    return last;
  }

  /**
   * Whether the word reads as و + a word: the corpus prints it less often than the word without the
   * و; {@code وافقت}, {@code وراء} are words of their own, و a root letter.
   */
  private static boolean conjoined(String norm) {
    Vocabulary v = Vocabulary.shipped();
    return v.count(norm) <= v.count(norm.substring(1));
  }

  private static boolean functionWord(String w) {
    return EntityLexicon.STOPWORDS.contains(w) || RoleStage.isTitle(w) || VerbForms.isListedVerb(w);
  }
}
