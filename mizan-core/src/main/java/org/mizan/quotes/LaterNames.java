package org.mizan.quotes;

import java.util.Set;
import org.mizan.text.ArabicNormalization;
import org.mizan.text.Span;
import org.mizan.text.Token;
import org.mizan.text.WordList;

/**
 * Speakers the text names only after their words: a news lead that quotes a bare title and names the
 * person in the next sentence ({@code جاء تأكيد فلان ردا على …}), and a later clause whose subject is that
 * name though the tagger missed it ({@code وقلل فلان من … قائلا "…"}). Runs once every cue was read.
 */
abstract class LaterNames extends CueReader {
  LaterNames(String original, MentionSpeakers persons, ReportingVerbs verbs) {
    super(original, persons, verbs);
  }

  /** Verbal nouns of speech ({@code تأكيد، تصريح}) after جاء (see {@code speech-nouns.txt}). */
  private static final Set<String> SPEECH_NOUNS = WordList.normalized(LaterNames.class, "speech-nouns.txt");

  /** Gives a speaker to the direct quotes left unknown or credited to a bare title, by the two readings above. */
  void namedLater() {
    for (int k = 0; k < out.size(); k++) {
      Quote q = out.get(k);
      if (!"direct".equals(q.kind()) || !titleOnly(q.speaker())) continue;
      Quote.Speaker sp = speechNounSpeaker(q.end());
      if (sp != null) out.set(k, new Quote(sp, q.text(), q.kind(), q.cue(), q.medium(), q.start(), q.end()));
    }
    for (int k = 0; k < out.size(); k++) {
      Quote q = out.get(k);
      if (!"direct".equals(q.kind()) || !titleOnly(q.speaker())) continue;
      Quote.Speaker sp = speakerAsSubject(q.start());
      if (sp != null) out.set(k, new Quote(sp, q.text(), q.kind(), q.cue(), q.medium(), q.start(), q.end()));
    }
  }

  /** No speaker, or one that is only a title phrase ({@code وزير الدولة لشؤون النقل}) with no name. */
  private boolean titleOnly(Quote.Speaker s) {
    if (s == null) return true;
    String text = s.canonical() != null ? s.canonical() : s.description();
    if (text == null || text.isBlank()) return true;
    Token first = org.mizan.text.Tokenizer.tokenize(text).get(0);
    return SpeakerPhrases.TITLES.contains(SpeakerPhrases.key(first)) && !persons.namesPerson(text);
  }

  /**
   * The sentence after the one the quote ends in opens with {@code جاء/وجاء}, a speech noun and a name:
   * a person the tagger found right there, else a lone family name ({@code جاء تأكيد المومني}). Null otherwise.
   */
  private Quote.Speaker speechNounSpeaker(int quoteEnd) {
    for (int si = 0; si + 1 < sentences.size(); si++) {
      if (sentences.get(si).start() >= quoteEnd || sentences.get(si).end() < quoteEnd) continue;
      Span n = sentences.get(si + 1);
      int f = tokenAt(n.start(), 0);
      if (f + 2 >= toks.size() || markOf[f] >= 0 || markOf[f + 1] >= 0 || markOf[f + 2] >= 0) return null;
      String verb = toks.get(f).norm();
      if (!verb.equals("جاء") && !verb.equals("وجاء")) return null;
      if (!SPEECH_NOUNS.contains(toks.get(f + 1).norm()) || !phrases.gap(f, f + 1).isBlank() || !phrases.gap(f + 1, f + 2).isBlank()) return null;
      Token who = toks.get(f + 2);
      org.mizan.entities.Mention m = persons.subject(who.start(), n.end());
      if (m != null && m.start() == who.start()) return new Quote.Speaker(MentionSpeakers.name(m), null, null);
      if (!familyNameWord(who)) return null;
      return resolve(new SpeakerPhrases.Reading(who.text(), null, null, who.start(), who.end()));
    }
    return null;
  }

  /**
   * The quote's sentence opens with a verb and then a word that is the last name of a speaker the text
   * named ({@code واستبعد الحمداني … قائلا "…"}): that speaker, though the tagger did not find the name
   * there. No other person may be tagged between that word and the quote. Null otherwise.
   */
  private Quote.Speaker speakerAsSubject(int quoteStart) {
    Span s = null;
    for (Span c : sentences) if (c.start() <= quoteStart && quoteStart < c.end()) s = c;
    if (s == null) return null;
    int f0 = skipOpener(tokenAt(s.start(), 0), tokenAt(quoteStart, 0));
    if (f0 + 1 >= toks.size() || markOf[f0] >= 0 || markOf[f0 + 1] >= 0 || toks.get(f0 + 1).end() > quoteStart) return null;
    String v = toks.get(f0).norm();
    // a verb's shape, as for a clause's subject: no article, three to six letters without و/ف, no title
    String bare = v.length() > 3 && (v.startsWith("و") || v.startsWith("ف")) ? v.substring(1) : v;
    if (bare.length() < 3 || bare.length() > 6 || bare.startsWith("ال")
        || QuoteWords.NOT_CLAUSE_VERBS.contains(bare) || SpeakerPhrases.TITLES.contains(SpeakerPhrases.key(toks.get(f0)))
        || !phrases.gap(f0, f0 + 1).isBlank() || !familyNameWord(toks.get(f0 + 1))) {
      return null;
    }
    String word = toks.get(f0 + 1).norm();
    for (Quote o : out) {
      Quote.Speaker sp = o.speaker();
      if (sp == null || sp.canonical() == null || titleOnly(sp)) continue;
      String[] parts = ArabicNormalization.normalize(sp.canonical()).split("\\s+");
      if (!parts[parts.length - 1].equals(word)) continue;
      int after = toks.get(f0 + 1).end();
      if (persons.before(quoteStart).stream().anyMatch(m -> m.start() >= after)) return null;
      return sp;
    }
    return null;
  }
}
