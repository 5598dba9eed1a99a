package org.mizan.quotes;

import static org.mizan.quotes.QuoteWords.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.mizan.text.ArabicNormalization;
import org.mizan.text.Sentences;
import org.mizan.text.Span;
import org.mizan.text.Token;
import org.mizan.text.Tokenizer;

/**
 * Reads one cue: a reporting verb, a stance verb with a quote in its clause, نقلت … عن, جاء في بيان,
 * وفقا لـ / بحسب. It finds the cue's speaker and takes the direct quotes of its region and the indirect
 * clause after it.
 */
abstract class CueReader extends SubjectFinder {
  CueReader(String original, MentionSpeakers persons, ReportingVerbs verbs) {
    super(original, persons, verbs);
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

  /**
   * The verb follows بحسب ما / حسب ما / حسبما / وفقا لما and its subject is an outlet, an agency or a
   * source noun (a report, sources: {@code حسبما ذكر التقرير}, {@code حسبما أفادت مصادر محلية}).
   */
  boolean creditsOutlet(int i) {
    if (i < 1 || i + 1 >= toks.size()) return false;
    String before = toks.get(i - 1).norm();
    boolean afterSourceCue = i >= 2 && (before.equals("ما") || before.equals("لما"))
        && SOURCE_CUES.contains(toks.get(i - 2).norm()) || CREDIT_CUES.contains(before);
    if (!afterSourceCue) return false;
    Token subject = toks.get(i + 1);
    return outletWord(subject) || SpeakerPhrases.AGENCIES.contains(SpeakerPhrases.key(subject)) || SpeakerPhrases.AGENCIES.contains(subject.norm())
        || SOURCE_NOUNS.contains(SpeakerPhrases.key(subject));
  }

  /**
   * The end of a quote that opens the paragraph after sentence {@code s} when {@code s} ends in a colon
   * ({@code فقال:} then «…» on its own line): the cue's quote; else -1. Only for a verb that ends its
   * sentence: after {@code وقال فلان في نص برقيته:} a letter's salutation and layout follow.
   */
  int quoteOnNextLine(Span s) {
    if (!body.substring(s.start(), s.end()).strip().endsWith(":")) return -1;
    for (QuoteMarks.Span m : marks) {
      if (m.open() < s.end()) continue;
      String between = body.substring(s.end(), m.open());
      return between.isBlank() && between.contains("\n") ? m.end() : -1;
    }
    return -1;
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
    // فقال: at the end of its line, or وقال الوزير فلان: (a subject, no other verb, up to the colon)
    if (i + 1 == last || next == last && !f.participle() && last - i <= 6) regionEnd = Math.max(regionEnd, quoteOnNextLine(s));
    int subject = i + 1;
    if (!f.participle() && subject < next && phrases.opensMedium(subject)) {
      // قال لـ«الشرق الأوسط» فلان: the outlet first, then the subject
      int k = subject + 1;
      while (k < next && markOf[k] >= 0) k++;
      if (k > subject + 1 && k < next) subject = k;
    }
    if (!f.participle()) subject = afterTopic(subject, next); // وقال بهذا الخصوص: no subject
    if (!f.participle() && addresseeBeforeSubject(subject, next)) subject += 1; // وقال له رئيس اللجنة فلان
    if (!f.participle() && subject + 3 < next && markOf[subject + 3] < 0 && issuedBy(subject)) {
      subject += 3; // وأفاد بيان صادر عن الوزارة بأن: the issuer after عن speaks
    }
    boolean ofBody = false;
    if (!f.participle() && subject + 1 < next && statementOf(subject)) {
      subject += 1; // وقال بيان للبعثة الأممية إن: the body the statement is of speaks
      ofBody = true;
    }
    int pe = f.participle() ? i + 1 : phrases.postPhraseEnd(subject - 1, next, subject > i + 1);
    while (pe > subject && org.mizan.text.SpeechObjects.isObject(toks.get(pe - 1).norm())) pe--; // وواصل فلان حديثه: the object
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
    if (pronounSource) r = null;
    if (r == null && !f.participle() && pe == subject && !statementCue && !pronounSource) {
      int ps = Math.max(first, i - 10);
      r = appositionSubject(i, first); // أن وزير الخارجية، فلان، قال: the name between commas after the title
      if (r == null && noMarkBetween(ps, i)) r = phrases.readBefore(i, first);
      if (r != null && conjoined(i) && afterComplementizer(r)) r = null;
      if (r != null && conjoined(i) && r.start() <= toks.get(first).start() && i - first <= 4
          && !toks.get(first).norm().startsWith("و") && noCommaOrMark(toks.get(first).start(), toks.get(i).start())
          && !persons.covers(r.start(), r.end())) {
        r = null; // «حجز الولائم وأضاف أن»: a subheading run into the paragraph; a و-verb has no subject before it
      }
      if (r == null) r = frontedPerson(i, first);
      // ذكر المتحدث أن المباحثات أكدت …: a thing the reported clause is about is no new speaker;
      // the one who reports the clause goes on speaking
      if (r != null && afterComplementizer(r) && innerClause(i, s) && !persons.covers(r.start(), r.end())
          && !afterAdverbialComplementizer(r)) {
        r = null; // (الا ان مصدرا امنيا اعلن: "but", a new speaker)
      }
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
    if (!f.participle() && r != null && r.start() >= toks.get(i).end() && i > 0
        && !Complementizers.is(toks.get(i - 1).norm()) && (innerClause(i, s) || relativeClause(i, s))) {
      // ذكر X أن بلاده تعتبر الجبهة «…»: the clause's subject stands before the verb, the phrase after
      // it is the object, and what the clause says is X's report, not a new speaker's turn
      r = null;
    }
    SpeakerPhrases.Reading holder = f.participle() ? null : honorificHolder(subject);
    if (holder != null) r = holder; // وقال سماحته: the person given that honorific before
    if (r != null && r.name() != null) r = withoutLeadingPlace(withoutTrailingOutlet(r));
    if (r != null && r.name() != null && !f.participle() && pe > subject && titleOfAPlace(subject, r)) {
      // وقال نائب سفير تركيا في الأمم المتحدة: the title's unnamed holder speaks, not the country
      int ps = toks.get(subject).start();
      int pEnd = toks.get(pe - 1).end();
      r = new SpeakerPhrases.Reading(null, null, body.substring(ps, pEnd), ps, pEnd);
    }
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
      int o = tokenAt(s.start(), 0); // the sentence's own opening verb, after a fronted بدوره، / من جانبه،
      if (ownSubject && (i == o || i - o <= 2 && phrases.gap(i - 1, i).contains("،"))) newSubjectAt = s.start();
    }
    if (ofBody) { // the phrase read with its ل (للبعثة الأممية) is the body (البعثة الأممية)
      SpeakerPhrases.Reading b = bodyOfStatement(subject, next);
      if (b != null && (r == null || r.start() == b.start())) r = b;
    }
    if (r == null && !f.participle() && !stanceCue && !statementCue && !pronounSource && !transmitting && !pronounSubject
        && !innerClause(i, s) && !relativeClause(i, s)) {
      r = loneFamilyName(i + 1, next); // وقال الفالح، حسبما …: the family name the tagger did not back
    }
    String medium = medium(first, Math.min(next, contentStart));
    String cueNorm = toks.get(i).norm();
    if (r == null && (cueNorm.endsWith("وا") || cueNorm.endsWith("ون")) && !SpeakerShape.plural(current)) {
      // plural: not a single current speaker (وذكروا أن «…»: they, the officials of the sentence before); the
      // quotes are still quotes, kept with no speaker unless a later reading claims them. A current
      // speaker that is itself plural (وقال الموظفون …، وأضافوا) goes on speaking
      unattributed(toks.get(i).end(), regionEnd, toks.get(i).text());
      return;
    }
    Quote.Speaker clauseSubject = r == null && !ownSubject && !stanceCue && !statementCue && !pronounSource
        ? clauseSubject(i, f, s) : null;
    if (clauseSubject != null) {
      // وألقى الوزير فلان كلمة، وقال: «…»: the subject of the clause the verb continues speaks
      current = clauseSubject;
      currentAt = toks.get(i).start();
      history.add(new Said(clauseSubject, ArabicNormalization.normalize(clauseSubject.canonical() != null
          ? clauseSubject.canonical() : clauseSubject.description()), "", clauseSubject.canonical() != null));
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
    if (speaker == null) {
      unattributed(toks.get(i).end(), regionEnd, toks.get(i).text());
      return;
    }
    if (r != null && fem != null) feminine.putIfAbsent(speaker, fem);
    // the quote is kept, its speaker left unknown, when only weak evidence names it
    // بدوره، رأى فلان الفلاني أن …، قائلا: "…": the participle goes on with the new, unbacked subject of its
    // sentence's verb, not with whoever spoke before; unknown like that verb's own words
    boolean afterNewSubject = r == null && f.participle() && newSubjectAt == s.start();
    Quote.Speaker said = r == null && clauseSubject == null
        && (speaker == current && weakContinuation(i) || impersonal(i) || ownSubject || afterNewSubject) ? null : speaker;
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
    if (k > 0 && WITHOUT.contains(toks.get(k - 1).norm())) return; // دون أن يذكر: a circumstance, not content
    boolean parenthetical = pe < k && phrases.gap(pe - 1, pe).contains("،") && phrases.gap(k - 1, k).contains("،");
    if (k - pe > 3 && ((medium == null && !parenthetical) || k - pe > 12)) return;
    int cs = toks.get(k).end();
    int ce = trimEnd(contentEnd(next, last, regionEnd, s));
    while (cs < ce && (Character.isWhitespace(body.charAt(cs)) || body.charAt(cs) == '،')) cs++;
    if (ce - cs < 8 || startsWithQuote(cs, ce)) return;
    if (Tokenizer.tokenize(body.substring(cs, ce)).size() < MIN_DIRECT_WORDS) return;
    int lone = loneCloserIn(cs, ce);
    if (lone > 0 && said != null) {
      // قال فلان إن زيادة الرسوم تؤثر على الأرباح».: the opener was dropped; the quote runs from the clause to the mark
      out.add(new Quote(said, original.substring(cs, lone), "direct", cueText, medium, cs, lone));
      return;
    }
    out.add(new Quote(said, original.substring(cs, ce), "indirect", cueText, medium, cs, ce));
  }

  /**
   * The first closing mark with no opener in {@code (cs, ce]} with three words or more before it
   * and no quote mark between, or -1.
   */
  int loneCloserIn(int cs, int ce) {
    for (int p : loneClosers) {
      if (p <= cs || p > ce) continue;
      for (QuoteMarks.Span m : marks) if (m.open() >= cs && m.open() < p) return -1;
      if (body.substring(cs, p).matches("(?s).*[«»“”\"].*")) return -1; // إيران»ستفحم»: a mark glued to a word opened it
      return Tokenizer.tokenize(body.substring(cs, p)).size() >= MIN_DIRECT_WORDS ? p : -1;
    }
    return -1;
  }

  /** A quote of a cue whose speaker stayed unknown, and its mark: kept with no speaker unless a later reading claims it. */
  private record SetAside(int mark, Quote quote) {}

  private final List<SetAside> unattributed = new ArrayList<>();

  /** Start of the last sentence whose verb named an unbacked new subject (see {@code ownSubject} in {@link #cue}); -1 if none. */
  private int newSubjectAt = -1;

  /**
   * A cue with no speaker to give (no subject read, nobody speaking yet): the quotes of its region are
   * still quotes. They are set aside, and {@link #keepUnattributed} adds those no later reading took.
   */
  void unattributed(int from, int regionEnd, String cueText) {
    for (int m = 0; m < marks.size(); m++) {
      QuoteMarks.Span q = marks.get(m);
      if (used[m] || q.open() < from || q.open() >= regionEnd || words(q) < MIN_DIRECT_WORDS || label(m)) continue;
      unattributed.add(new SetAside(m, new Quote(null, q.text(original), "direct", cueText, null, q.start(), q.end())));
    }
  }

  /**
   * Adds the set-aside quotes of speakerless cues that no later reading took: with the person the
   * next sentence names when it opens with {@code جاء ذلك} (see {@link #occasionSpeaker}), else with no speaker.
   */
  void keepUnattributed() {
    List<Span> sentences = unattributed.isEmpty() ? List.of() : Sentences.split(body);
    for (SetAside a : unattributed) {
      if (used[a.mark()]) continue;
      used[a.mark()] = true;
      Quote q = a.quote();
      Quote.Speaker sp = occasionSpeaker(sentences, q.end());
      out.add(sp == null ? q : new Quote(sp, q.text(), q.kind(), q.cue(), q.medium(), q.start(), q.end()));
    }
  }

  /**
   * {@code وأكد أن «…». جاء ذلك في تصريح أدلى به وزير النقل فلان}: a news lead that opens on the words
   * and names who said them in the next sentence, whose {@code جاء ذلك} ("this came in") points back at
   * them. The first person the tagger finds in that sentence, unless a possessive pronoun comes before
   * it ({@code خلال لقائه الوزير فلان}: the pronoun is the speaker, the name the one he met). Null otherwise.
   */
  Quote.Speaker occasionSpeaker(List<Span> sentences, int quoteEnd) {
    for (int si = 0; si + 1 < sentences.size(); si++) {
      if (sentences.get(si).start() >= quoteEnd || sentences.get(si).end() < quoteEnd) continue;
      Span n = sentences.get(si + 1);
      int f = tokenAt(n.start(), 0);
      if (f + 2 >= toks.size() || !OCCASION.contains(toks.get(f).norm()) || !toks.get(f + 1).norm().equals("ذلك")) return null;
      for (org.mizan.entities.Mention m : persons.before(n.end())) {
        if (m.start() < toks.get(f + 1).end()) continue;
        for (int k = f + 2; k < toks.size() && toks.get(k).end() <= m.start(); k++) {
          String shown = toks.get(k).text(); // (أدلى به: a preposition's pronoun is the statement, not a person)
          boolean possessive = shown.length() >= 5 && (shown.endsWith("ه") || shown.endsWith("ها") || shown.endsWith("هم"));
          if (markOf[k] >= 0 || possessive) return null;
        }
        return new Quote.Speaker(MentionSpeakers.name(m), null, null);
      }
      return null;
    }
    return null;
  }

  /** {@code جاء ذلك}: "this came (in …)", the opening of the sentence that names an occasion's speaker. */
  private static final Set<String> OCCASION = Set.of("جاء", "وجاء");

  /**
   * The verb at {@code i} carries the conjunction و ({@code وقال}): it is coordinated with the clause
   * before it and shares that clause's subject, never the subject of a clause reported inside it.
   */
  boolean conjoined(int i) {
    String n = toks.get(i).norm();
    return n.length() > 3 && n.startsWith("و") && verbs.lookup(n.substring(1)) != null;
  }

  /**
   * A phrase read before the verb that opens right after إن/أن: the subject of a reported clause
   * ({@code بقوله إن الموسم سيكون جيدا، وقال}), not of the verb that follows it.
   */
  boolean afterComplementizer(SpeakerPhrases.Reading r) {
    int p = tokenAt(r.start(), 0);
    return p > 0 && Complementizers.is(toks.get(p - 1).norm());
  }

  /** A phrase after an adverbial أن ({@code إلا أن}, {@code بعد أن}): a clause of its own, not reported content. */
  boolean afterAdverbialComplementizer(SpeakerPhrases.Reading r) {
    int p = tokenAt(r.start(), 0);
    return p > 1 && Complementizers.adverbialBefore(toks.get(p - 2).norm());
  }

  /**
   * The verb at {@code i} stands inside the أن clause of a reporting verb earlier in the same
   * sentence ({@code أعلن الكرملين أن روسيا تعتبر أن …}): whoever that verb set as the speaker
   * reports what the clause says, quoted words included.
   */
  boolean innerClause(int i, Span s) {
    return current != null && currentAt >= s.start() && currentAt < toks.get(i).start() && clauseVerb(i);
  }

  /** {@code المجلس الوطني بالاتفاق}: the institution before the stance verb's بـ object. */
  static String beforeObject(String institution) {
    List<Token> words = Tokenizer.tokenize(institution);
    for (int k = 1; k < words.size(); k++) {
      String n = words.get(k).norm();
      if (n.startsWith("بال") && n.length() > 4) return institution.substring(0, words.get(k).start()).strip();
    }
    return institution;
  }

  /** An institution whose head noun is masculine ({@code الاتحاد}, {@code المجلس}, not {@code المنظمة}). */
  static boolean masculineHead(String institution) {
    List<Token> words = Tokenizer.tokenize(institution);
    return !words.isEmpty() && !SpeakerPhrases.key(words.get(0)).endsWith("ه");
  }

  /**
   * The verb at {@code i} opens a relative clause ({@code إن الشبكة التي أعلنت الحكومة كشفها «…»}) in
   * a sentence whose speaker is already set: the phrase after it is the relative verb's subject, not a
   * new speaker, however far back the complementizer stands.
   */
  boolean relativeClause(int i, Span s) {
    return current != null && currentAt >= s.start() && currentAt < toks.get(i).start()
        && RELATIVE_PRONOUNS.contains(toks.get(i - 1).norm()) && phrases.gap(i - 1, i).isBlank();
  }

  /**
   * An indefinite title, or a chain of titles, opens the subject phrase and the "name" read right
   * after it is wholly a place the tagger names ({@code نائب سفير تركيا في …}): the title's
   * complement, so the phrase describes an unnamed holder of the title, unless a named speaker or a
   * tagged person was introduced with that title before.
   */
  boolean titleOfAPlace(int subject, SpeakerPhrases.Reading r) {
    Token head = toks.get(subject);
    if (!SpeakerPhrases.TITLES.contains(SpeakerPhrases.key(head)) || SpeakerPhrases.definite(head)) return false;
    int k = subject + 1;
    while (k < toks.size() && toks.get(k).end() <= r.start() && SpeakerPhrases.TITLES.contains(SpeakerPhrases.key(toks.get(k)))) k++;
    if (r.start() <= head.start() || k >= toks.size() || toks.get(k).start() != r.start()) return false; // a title chain, then the place
    String type = persons.typeCovering(r.start(), r.end());
    // a place only: after a body (مدير معهد …، فلان) the holder's name follows in apposition
    if (!"LOC".equals(type) || "PER".equals(persons.typeAt(r.start(), r.end()))) return false;
    // وقال أمير عسير after أمير منطقة عسير الأمير فلان: the title refers back to the person it introduced
    String title = SpeakerPhrases.key(head);
    if (onlyTitled(title, head.start()) != null) return false;
    for (Said said : history) {
      String phrase = " " + said.phraseNorm() + " ";
      if (said.named() && (phrase.contains(" " + title + " ") || phrase.contains(" ال" + title + " "))) return false;
    }
    return true;
  }

  /**
   * {@code وقال له رئيس اللجنة فلان}: an addressee pronoun ({@code له}, {@code لها}, {@code لهم}) right
   * after the verb, then a title or a tagged person: the subject follows the pronoun.
   */
  boolean addresseeBeforeSubject(int k, int next) {
    if (k + 1 >= next || markOf[k] >= 0 || markOf[k + 1] >= 0 || !ADDRESSEES.contains(toks.get(k).norm())) return false;
    if (!phrases.gap(k, k + 1).isBlank()) return false;
    Token t = toks.get(k + 1);
    return SpeakerPhrases.TITLES.contains(SpeakerPhrases.key(t)) || persons.covers(t.start(), t.end());
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
  /**
   * The full name of a person the text named before, when token k right after a verb is that person's
   * family name alone ({@code العلي} after {@code حمد جابر العلي}), with no mark on it; else null.
   */
  String surnameSubject(int k, int last) {
    if (k >= last || markOf[k] >= 0 || !SpeakerPhrases.bareArticle(toks.get(k))) return null;
    if (SpeakerPhrases.isRoleWord(SpeakerPhrases.key(toks.get(k)))) return null;
    return fullNames.get(toks.get(k).norm());
  }

  void stance(int i, Span s) {
    int last = tokenAt(s.end(), i);
    if (via(i, i + 1, last)) return;
    SpeakerPhrases.Reading before = kanaSubject(i);
    if (before != null) {
      // وكان الرئيس فلان قد دعا فلانا إلى …: the subject before the verb, not its object
      makeCurrent(resolve(before), i, before.name(), true);
      return;
    }
    Boolean fem = feminine(toks.get(i), null);
    String issuer = Boolean.TRUE.equals(fem) || fem == null ? namedOrganisation(i + 1, last) : null;
    boolean relative = i > 0 && RELATIVE_PRONOUNS.contains(toks.get(i - 1).norm());
    if (issuer != null && (Boolean.TRUE.equals(fem) || masculineHead(issuer) && !relative)) {
      // واستنكرت الأمانة العامة لمنظمة … تصريحات فلان وقالت إنها (ودعا الاتحاد … وقال): the organisation the
      // NER names, not its object, when the verb agrees with its head
      makeCurrent(new Quote.Speaker(issuer, null, null), i, issuer, false);
      feminine.put(current, Boolean.TRUE.equals(fem));
      return;
    }
    String surname = surnameSubject(i + 1, last);
    if (surname != null) {
      // ووصف العلي زيارة ولي العهد الأمير فلان بـ«…»، مضيفا: the family name of a person met before is
      // the subject; the titled person after it is in the object
      makeCurrent(new Quote.Speaker(surname, null, null), i, surname, true);
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
    if (r != null && r.institution() != null && (Boolean.TRUE.equals(fem) || fem == null && masculineHead(r.institution()) && !relative)
        && !via(i, pe, last) && phrases.cleanEnd(i, pe, last) && namedInstitution(r.institution())) {
      // وتحدثت صحيفة «…» عن …، وأضافت: an institution that goes on speaking (the verb agrees with it:
      // ودعا الاتحاد … وقال, a masculine head with a masculine verb)
      String institution = beforeObject(r.institution());
      makeCurrent(new Quote.Speaker(institution, null, null), i, institution, false);
      feminine.putIfAbsent(current, Boolean.TRUE.equals(fem));
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

  /** {@code "…"، قال X}: the quote right before the verb (or before {@code هذا ما قاله X}). */
  boolean quoteBefore(int i, Quote.Speaker speaker, String cueText, String medium) {
    int at = thisIsWhat(i) ? i - 2 : i - afterQuoteCue(i); // the quote ends before هذا ما / كما / على ما
    for (int m = marks.size() - 1; m >= 0; m--) {
      QuoteMarks.Span q = marks.get(m);
      if (q.end() > toks.get(at).start()) continue;
      String between = body.substring(Math.min(q.end() + 1, toks.get(at).start()), toks.get(at).start());
      if (used[m] || words(q) < MIN_DIRECT_WORDS || !between.matches("[\\s،,.]*")) return false;
      if (between.indexOf('\n') >= 0) return false; // a new paragraph's verb opens its own statement
      if (label(m)) return false; // تحت شعار "…". وأكد: a slogan, not the speaker's words
      used[m] = true;
      out.add(new Quote(speaker, q.text(original), "direct", cueText, medium, q.start(), q.end()));
      return true;
    }
    return false;
  }

  /** Words that tie a quote to the verb after it: {@code «…» كما قال فلان}, {@code على ما قال}, {@code حسب ما قال}. */
  private static final Set<String> AS_WORDS = Set.of("كما", "مثلما", "حسبما");
  private static final Set<String> AS_BEFORE_MA = Set.of("علي", "حسب", "بحسب", "وفق", "وفقا", "طبقا");

  /** How many words before the verb at {@code i} tie it to the quote before them (0, 1 or 2). */
  int afterQuoteCue(int i) {
    if (i >= 1 && markOf[i - 1] < 0 && AS_WORDS.contains(toks.get(i - 1).norm())) return 1;
    if (i >= 2 && markOf[i - 2] < 0 && toks.get(i - 1).norm().equals("ما") && AS_BEFORE_MA.contains(toks.get(i - 2).norm())) return 2;
    return 0;
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
    for (int k = i + 1; k < toks.size() && k <= i + TRANSMITTER_WORDS && toks.get(k).start() < s.end(); k++) {
      String g = body.substring(toks.get(k - 1).end(), toks.get(k).start());
      if (g.matches(".*[.:،,؛\\n].*")) return;
      if (PRONOUN_SOURCES.contains(toks.get(k).norm())) {
        pronounSource = true; // ونقلت الصحيفة عنه قوله «…»: the one just speaking, not the outlet
        try {
          cue(k, verbs.lookup("قال"), s);
        } finally {
          pronounSource = false;
        }
        return;
      }
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
   * speaker's statement ({@code وجاء بالتغريدة:} too).
   */
  void statement(int i, Span s) {
    int k = i + 1;
    if (k >= toks.size() || !phrases.gap(i, k).isBlank()) return;
    // وجاء بالتغريدة: «…»: ب joined to the noun reads as في
    boolean joined = toks.get(k).norm().startsWith("بال") && markOf[k] < 0;
    if (!joined && (k + 1 >= toks.size() || !toks.get(k).norm().equals("في"))) return;
    if (!joined) k++;
    if (!STATEMENTS.contains(SpeakerPhrases.key(toks.get(k))) || markOf[k] >= 0) return;
    if (k + 1 < toks.size() && SpeakerPhrases.key(toks.get(k)).equals("نص") && toks.get(k + 1).norm().endsWith("بيان")) k++;
    if (issuerFollows(k)) {
      k += 2; // البيان الصادر عن الوزارة: the issuer follows عن
    } else if (k + 2 < toks.size() && toks.get(k + 1).norm().equals("عن") && phrases.gap(k, k + 1).isBlank()
        && phrases.gap(k + 1, k + 2).isBlank()) {
      k++; // بيان عن الهيئة: عن with no صادر names the issuer too
    }
    statementCue = true;
    try {
      cue(k, verbs.lookup("قال"), s);
    } finally {
      statementCue = false;
    }
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
    // a relative clause closes the name too (بحسب فلان الذي أضاف «…»: what follows is his next statement)
    while (e < toks.size() && toks.get(e).start() < s.end() && e - j < 6 && (e == j || !faComplementizer(toks.get(e))
        && !SpeakerPhrases.RELATIVES.contains(toks.get(e).norm()))
        && (e == j || !body.substring(toks.get(e - 1).end(), toks.get(e).start()).matches(".*[،,.:؛].*"))) {
      e++;
    }
    String name = body.substring(toks.get(j).start(), toks.get(e - 1).end()).replace("\"", "").replace("“", "")
        .replace("”", "").replace("«", "").replace("»", "");
    if (name.startsWith("لل") || name.startsWith("ل") && toks.get(i).norm().endsWith("وفقا")) name = withoutLam(name);
    SpeakerPhrases.Reading r = phrases.read(j, e);
    if (!isSource(j, e, r)) return;
    Quote.Speaker speaker = r != null && r.name() != null && !r.shortName() ? new Quote.Speaker(r.name(), null, null)
        : r != null && r.description() != null ? new Quote.Speaker(null, name, null) : new Quote.Speaker(name, null, null);
    if (speaks(j, e, r)) {
      // «…» بحسب فلان: a partial quote right before the cue is the source's (no verb took it)
      quoteBefore(i, speaker, toks.get(i).text(), null);
      quoteAfterFa(j, speaker, toks.get(i).text());
    }
    for (int k = tokenAt(s.start(), Math.max(0, i - 80)); k < i; k++) {
      if (verbs.lookup(toks.get(k).norm()) != null) return;
    }
    int cs = s.start();
    int ce = trimEnd(toks.get(i).start());
    if (ce - cs < 8) return;
    for (Quote q : out) if (q.start() < ce && q.end() > cs) return; // already attributed
    out.add(new Quote(speaker, original.substring(cs, ce), "indirect", toks.get(i).text(), null, cs, ce));
    if (speaker.canonical() != null && r != null && r.name() != null && !r.shortName() && plausibleName(r)) {
      current = speaker;
      currentAt = toks.get(i).start(); // وبحسب فلان الفلاني …، وأضاف: the named source goes on speaking
      history.add(new Said(speaker, ArabicNormalization.normalize(speaker.canonical()), "", true));
    }
  }

  /**
   * Whether the source after بحسب speaks its own words: a person the tagger found, or a source
   * description ({@code مصدر أمني}); an outlet, agency or report only passes words on.
   */
  private boolean speaks(int j, int e, SpeakerPhrases.Reading r) {
    if ("PER".equals(persons.typeAt(toks.get(j).start(), toks.get(e - 1).end()))) return true;
    return r != null && r.description() != null && SpeakerPhrases.DESCRIPTION_HEADS.contains(SpeakerPhrases.key(toks.get(j)));
  }

  /** {@code فإن}, {@code فإنه}: the complementizer that closes a بحسب source's name. */
  private static boolean faComplementizer(Token t) {
    // a bare فان without hamza may be the particle of a name (لويس فان جال)
    boolean particle = t.norm().equals("فان") && !t.text().strip().startsWith("فإ");
    return !particle && t.norm().startsWith("ف") && Complementizers.is(t.norm().substring(1));
  }

  /** {@code وبحسب فلان فإن «…»}: the quote right after the فإن that closes the source's name is theirs. */
  private void quoteAfterFa(int j, Quote.Speaker speaker, String cueText) {
    for (int k = j + 1; k < toks.size() && k <= j + 6 && markOf[k] < 0; k++) {
      if (!faComplementizer(toks.get(k))) continue;
      for (int m = 0; m < marks.size(); m++) {
        QuoteMarks.Span q = marks.get(m);
        if (q.open() < toks.get(k).end()) continue;
        if (!used[m] && words(q) >= MIN_DIRECT_WORDS && !label(m)
            && body.substring(toks.get(k).end(), q.open()).isBlank()) {
          used[m] = true;
          out.add(new Quote(speaker, q.text(original), "direct", cueText, null, q.start(), q.end()));
        }
        return;
      }
      return;
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
  boolean isSource(int j, int e, SpeakerPhrases.Reading r) {
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
          || SpeakerPhrases.INSTITUTIONS.contains(k) || SpeakerPhrases.AGENCIES.contains(k)) {
        return true;
      }
    }
    return false;
  }
}
