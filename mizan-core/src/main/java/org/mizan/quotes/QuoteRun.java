package org.mizan.quotes;

import static org.mizan.quotes.QuoteWords.*;

import java.util.Comparator;
import java.util.List;
import org.mizan.text.Sentences;
import org.mizan.text.Span;
import org.mizan.text.Token;

/**
 * One extraction over a text: every cue in text order, then the post-passes (a quote left over in a
 * cue's sentence, a paragraph that opens with a quote), then the speakers' final clean-up.
 */
final class QuoteRun extends LaterNames {
  QuoteRun(String original, MentionSpeakers persons, ReportingVerbs verbs) {
    super(original, persons, verbs);
  }


  /** {@code على حد قول} / {@code على حد تعبير}: "in the words of", after the quote it credits. */
  boolean asSaidBy(int i) {
    return i >= 2 && (toks.get(i).norm().equals("قول") || toks.get(i).norm().equals("تعبير"))
        && toks.get(i - 1).norm().equals("حد") && toks.get(i - 2).norm().equals("علي")
        && phrases.gap(i - 2, i - 1).isBlank() && phrases.gap(i - 1, i).isBlank();
  }

  /**
   * {@code «…»، على حد قول المحامي فلان}: the person named after the phrase said the quote right
   * before it (only commas and spaces between), whoever a verb before had credited it to.
   */
  void saidBy(int i, Span s) {
    int last = tokenAt(s.end(), i);
    int pe = phrases.postPhraseEnd(i, last);
    SpeakerPhrases.Reading r = pe > i + 1 ? phrases.read(i + 1, pe) : null;
    if (r == null || r.name() == null || !plausibleName(r)) return;
    Quote.Speaker speaker = resolve(r);
    int at = toks.get(i - 2).start();
    for (int k = out.size() - 1; k >= 0; k--) {
      Quote q = out.get(k);
      if (!"direct".equals(q.kind()) || q.end() > at || q.start() < s.start()) continue;
      if (!body.substring(Math.min(q.end() + 1, at), at).matches("[\\s،,]*")) return;
      out.set(k, new Quote(speaker, q.text(), q.kind(), toks.get(i).text(), q.medium(), q.start(), q.end()));
      return;
    }
    quoteBefore(i - 2, speaker, toks.get(i).text(), null);
  }

  /**
   * {@code مع تعليق:} / {@code بتعليق:} right before a quote: a post's caption, the words of the one
   * who posted it, read like a participle (the clause's subject speaks).
   */
  boolean captionCue(int i) {
    String n = toks.get(i).norm();
    boolean withMaa = n.equals("تعليق") && i > 0 && toks.get(i - 1).norm().equals("مع") && phrases.gap(i - 1, i).isBlank();
    if (!withMaa && !n.equals("بتعليق")) return false;
    return i + 1 < toks.size() && markOf[i + 1] >= 0 && phrases.gap(i, i + 1).contains(":");
  }

  /**
   * A stance verb form right after a preposition or {@code حد} ({@code ذهب فلان إلى حد وصف الاتحاد
   * بأنه «…»}) is its verbal noun: the phrase after it is its object, and its agent is the subject of
   * the clause, read as for a participle.
   */
  boolean verbalNoun(int i) {
    return i > 0 && markOf[i - 1] < 0 && phrases.gap(i - 1, i).isBlank()
        && BEFORE_VERBAL_NOUN.contains(toks.get(i - 1).norm());
  }

  @Override
  boolean asideCredit(int k) {
    if (sentences == null || !creditsOutlet(k)) return false;
    int at = toks.get(k).start();
    Span s = null;
    for (Span x : sentences) {
      if (x.start() <= at && at < x.end()) s = x;
    }
    if (s == null) return false;
    for (int j = k - 2; j >= 0 && toks.get(j).start() >= s.start(); j--) {
      if (markOf[j] < 0 && verbs.lookup(toks.get(j).norm()) != null && !negated(j) && !creditsOutlet(j)) return true;
    }
    return false;
  }

  /**
   * A continuation verb ({@code واصل}، {@code أتم}) goes on with a speech: a quote right after it
   * ({@code وواصل "…"}) or its object is the speech ({@code وواصل فلان حديثه:}) within five words.
   */
  boolean goesOnSpeaking(int i) {
    for (int k = i + 1; k < toks.size() && k <= i + 5; k++) {
      if (markOf[k] >= 0) return k == i + 1 && !phrases.gap(i, k).contains("\n");
      if (org.mizan.text.SpeechObjects.isObject(toks.get(k).norm())) return true;
    }
    return false;
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
      if (f == null && org.mizan.text.SpeechObjects.isContinuation(t.norm()) && goesOnSpeaking(i)) f = new ReportingVerbs.Form("تابع", false);
      if (f == null && thisIsWhat(i)) f = verbs.lookup(t.norm().substring(0, t.norm().length() - 1)); // هذا ما قاله
      if (f != null && !passive(t) && !negated(i) && !judgedSaying(i) && !asideCredit(i)) cue(i, f, s);
      else if (f == null && (isStance(t.norm()) || withObjectPronoun(t.norm()))) {
        if (quotedClause(i, s) && verbalNoun(i)) cue(i, new ReportingVerbs.Form(stanceLemma(t.norm()), true), s);
        else if (quotedClause(i, s)) stanceCue(i, stanceLemma(t.norm()), s);
        else stance(i, s);
      }
      else if (WROTE.contains(t.norm()) && writtenFrame(i, s) && quotedClause(i, s)) stanceCue(i, "كتب", s);
      else if (STIPULATES.contains(t.norm()) && stipulation(i)) stipulated(i, s);
      else if (SOURCE_CUES.contains(t.norm())) source(i, s);
      else if (TRANSMITTING.contains(t.norm())) transmitted(i, s);
      else if (CAME.contains(t.norm())) statement(i, s);
      else if (captionCue(i)) cue(i, new ReportingVerbs.Form("علق", true), s); // نشر صورة مع تعليق: «…»
      else if (asSaidBy(i)) saidBy(i, s);
    }
    orphans();
    headedQuotes();
    continuations();
    keepUnattributed();
    namedLater();
    out.removeIf(this::citesScripture); // a verse a speaker cites is no one's quote in the news
    out.replaceAll(q -> q.speaker() != null && (notASpeaker(q.speaker()) || citesAnArticle(q))
        ? new Quote(null, q.text(), q.kind(), q.cue(), q.medium(), q.start(), q.end()) : q);
    out.replaceAll(q -> q.speaker() == null ? q : new Quote(new Quote.Speaker(
        withoutLeadingConjunct(withoutTrailingPrepositional(withoutTrailingAccusative(withoutLeadingAdjective(spaced(q.speaker().canonical()))))),
        spaced(q.speaker().description()), q.speaker().entityId()), q.text(), q.kind(), q.cue(), q.medium(), q.start(), q.end()));
    out.sort(Comparator.comparingInt(Quote::start));
    return out;
  }

  private static final java.util.List<String> SCRIPTURE_OPENERS =
      org.mizan.text.WordList.normalized(QuoteRun.class, "scripture-openers.txt").stream().toList();
  private static final java.util.List<String> SCRIPTURE_CUES =
      org.mizan.text.WordList.normalized(QuoteRun.class, "scripture-cues.txt").stream().toList();

  /**
   * A direct quote of scripture a speaker cites: it opens with a citing formula ({@code «قال الله
   * تعالى: …»}) or the six words before it in its sentence name the text ({@code مستشهدا بقوله
   * تعالى «…»}). The words are the scripture's, not the speaker's.
   */
  boolean citesScripture(Quote q) {
    if (!"direct".equals(q.kind())) return false;
    String text = " " + org.mizan.text.ArabicNormalization.normalize(q.text()).replaceAll("[^\\p{L}\\p{N}]+", " ").strip() + " ";
    for (String f : SCRIPTURE_OPENERS) if (text.startsWith(" " + f + " ")) return true;
    int k = tokenAt(q.start(), 0);
    int from = k;
    while (from > 0 && k - from < 6 && markOf[from - 1] < 0 && !phrases.gap(from - 1, from).matches(".*[.\\n!؟?].*")) from--;
    if (from >= k) return false;
    String before = " " + org.mizan.text.ArabicNormalization.normalize(body.substring(toks.get(from).start(), toks.get(k - 1).end()))
        .replaceAll("[^\\p{L}\\p{N}]+", " ").strip() + " ";
    for (String c : SCRIPTURE_CUES) if (before.contains(" " + c + " ")) return true;
    return false;
  }

  /**
   * A direct quote that cites an article of a law or regulation ({@code تطبيق المادة السابعة من
   * اللائحة التي تحظر ترشح "…"}): the words are the article's, not the speaker's. Read back from the
   * quote, within its sentence: {@code المادة}/{@code البند}/{@code الفقرة} then a relative pronoun, and
   * no complementizer or other quote between them and the quote.
   */
  boolean citesAnArticle(Quote q) {
    if (!"direct".equals(q.kind())) return false;
    int k = tokenAt(q.start(), 0);
    boolean relative = false;
    for (int b = k - 1; b >= 0 && b >= k - 25; b--) {
      Token t = toks.get(b);
      if (markOf[b] >= 0 || Complementizers.is(t.norm()) || phrases.gap(b, b + 1).contains(".")) return false;
      if (RELATIVE_PRONOUNS.contains(t.norm())) relative = true;
      if (relative && SpeakerPhrases.definite(t) && ARTICLES_OF_LAW.contains(SpeakerPhrases.key(t))) return true;
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
      if (cue == null) cue = cueBeforeStrayStop(s, q);
      if (cue == null) continue;
      String name = cue.speaker().canonical() != null ? cue.speaker().canonical() : cue.speaker().description();
      if (persons.othersBetween(cue.end(), q.open(), name, out) > 0) continue;
      used[m] = true;
      out.add(new Quote(cue.speaker(), q.text(original), "direct", cue.text(), cue.medium(), q.start(), q.end()));
    }
  }

  /**
   * {@code وقال في أول رد … . إن «…»}: a sentence that opens with إن and a quote two words on, after a
   * stop a page put inside the sentence; the last cue of the sentence before it, with no quote between,
   * still reports the words. Null otherwise.
   */
  Cue cueBeforeStrayStop(Span s, QuoteMarks.Span q) {
    int f = tokenAt(s.start(), 0);
    if (f >= toks.size() || markOf[f] >= 0 || !toks.get(f).norm().equals("ان") || !toks.get(f).text().startsWith("إ")) return null;
    if (q.open() < toks.get(f).end() || !body.substring(toks.get(f).end(), q.open()).isBlank()) return null;
    String stop = body.substring(Math.max(0, s.start() - 3), s.start());
    if (!stop.matches("(?s).* \\.\\s*")) return null; // a spaced stop (… العاصمة . إن), not a sentence's end
    Cue last = null;
    for (Cue c : cues) if (c.end() <= s.start()) last = c;
    if (last == null) return null;
    for (QuoteMarks.Span m : marks) {
      if (m.open() >= last.end() && m.open() < s.start() && words(m) >= MIN_DIRECT_WORDS) return null; // a name in marks may stand between
    }
    int k = tokenAt(last.start(), 0);
    for (int j = k + 1; j < f; j++) if (phrases.gap(j - 1, j).contains("\n")) return null;
    return last;
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

  /**
   * {@code نصّ القرار على أن «…»}: the verb, a definite stipulating document right after it, then
   * على within two words. A noun نص ("the text of") is followed by its document with no على.
   */
  boolean stipulation(int i) {
    if (i + 2 >= toks.size() || markOf[i + 1] >= 0 || !phrases.gap(i, i + 1).isBlank()) return false;
    Token doc = toks.get(i + 1);
    if (!SpeakerPhrases.definite(doc) || !STIPULATING.contains(SpeakerPhrases.key(doc))) return false;
    for (int k = i + 2; k < Math.min(toks.size(), i + 4); k++) if (isAla(k)) return true;
    return false;
  }

  /** Token {@code k} is على (matching form علي: alef maqsura is read as yeh). */
  private boolean isAla(int k) {
    return toks.get(k).norm().equals("علي");
  }

  /**
   * The quotes of the sentence after a stipulation are the document's words: the document (with
   * its qualifiers up to على) speaks; an earlier speaker, who may have issued it, is not changed.
   */
  void stipulated(int i, Span s) {
    int d = i + 1;
    int end = d + 1;
    while (end < toks.size() && markOf[end] < 0 && phrases.gap(end - 1, end).isBlank()
        && !isAla(end) && end - d < 4) {
      end++;
    }
    String doc = body.substring(toks.get(d).start(), toks.get(end - 1).end());
    Quote.Speaker speaker = new Quote.Speaker(null, doc, null);
    for (int m = 0; m < marks.size(); m++) {
      QuoteMarks.Span q = marks.get(m);
      if (used[m] || q.open() < toks.get(i).end() || q.open() >= s.end() || words(q) < MIN_DIRECT_WORDS || label(m)) continue;
      used[m] = true;
      out.add(new Quote(speaker, q.text(original), "direct", toks.get(i).text(), null, q.start(), q.end()));
    }
  }

  /** A paragraph that opens with a quote right after a paragraph with a direct quote: same speaker. */
  /**
   * A paragraph that is only a quote, right under a line that is only a person's name and title
   * ({@code سامي العلي مدرب الفريق}, then «…» on its own line): a list of reactions, each headed by
   * its speaker. The line must open with a person the NER found and hold no verb or sentence mark.
   */
  void headedQuotes() {
    for (int m = 0; m < marks.size(); m++) {
      QuoteMarks.Span q = marks.get(m);
      if (used[m] || words(q) < MIN_DIRECT_WORDS || q.open() == 0 || body.charAt(q.open() - 1) != '\n') continue;
      int lineEnd = body.indexOf('\n', q.end());
      if (!body.substring(q.end(), lineEnd < 0 ? body.length() : lineEnd).matches("[\\s.\"”»]*")) continue; // (q.end() is before the closing mark)
      int e = q.open();
      while (e > 0 && Character.isWhitespace(body.charAt(e - 1))) e--;
      int ls = body.lastIndexOf('\n', Math.max(0, e - 1)) + 1;
      if (e <= ls || body.substring(ls, e).matches("(?s).*[.:؛!؟?\"«»“”].*")) continue;
      int a = tokenAt(ls, 0);
      int b = tokenAt(e, a);
      org.mizan.entities.Mention who = b - a < 2 || b - a > 8 ? null : persons.subject(ls, e);
      if (who == null || who.start() != toks.get(a).start()) continue;
      boolean verb = false;
      for (int k = a; k < b; k++) verb |= verbs.lookup(toks.get(k).norm()) != null || org.mizan.text.VerbForms.isVerb(toks.get(k).norm());
      if (verb) continue;
      SpeakerPhrases.Reading r = new SpeakerPhrases.Reading(MentionSpeakers.name(who), null, null, who.start(), who.end());
      if (!plausibleName(r)) continue;
      used[m] = true;
      out.add(new Quote(resolve(r), q.text(original), "direct", null, null, q.start(), q.end()));
    }
  }

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
