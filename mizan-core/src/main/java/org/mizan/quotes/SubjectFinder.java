package org.mizan.quotes;

import static org.mizan.quotes.QuoteWords.*;

import java.util.ArrayList;
import java.util.List;
import org.mizan.text.ArabicNormalization;
import org.mizan.text.Span;
import org.mizan.text.Token;
import org.mizan.text.Tokenizer;

/**
 * The subject of a reporting or stance verb found beyond the phrase right after it: a person the NER
 * tagged in the subject phrase, the subject before كان, the subject of the clause a subjectless verb
 * continues, a titled person or a named organisation after a stance verb, the body of a statement.
 */
abstract class SubjectFinder extends SpeakerNames {
  SubjectFinder(String original, MentionSpeakers persons, ReportingVerbs verbs) {
    super(original, persons, verbs);
  }


  /**
   * The person subject of the clause a subjectless reporting verb continues ({@code وألقى الوزير
   * فلان كلمة أمام …. وقال: «…»}, {@code أثنى فلان على …، حيث قال: "…"}, {@code وردد فلان الرسالة
   * فقال}): its sentence opens with a verb that reports nothing, then at most five title words and
   * a person the NER tagged (the title's complement may be a place or body the NER tagged: {@code
   * وانتقل حاكم الولاية فلان إلى …. وقال في مؤتمر صحفي}). A finite verb that opens its own sentence also continues the sentence
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
      // a verbal noun with its possessive (بقوله "by his saying", بقولها): the pronoun gives the gender
      if (n.startsWith("ب") || n.startsWith("وب")) fem = n.endsWith("ها") ? Boolean.TRUE : n.endsWith("ه") ? Boolean.FALSE : null;
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
      int lim = Math.min(i, f0 + 8);
      org.mizan.entities.Mention per = persons.subject(toks.get(f0).end(), toks.get(lim).start());
      if (per == null) {
        Quote.Speaker titled = c == s ? titleSubject(f0, i) : null;
        if (titled != null) return titled;
        continue;
      }
      int p = tokenAt(per.start(), f0);
      if (p - f0 > 6 || !noMarkBetween(f0, i) || !phrases.gap(f0, f0 + 1).isBlank()) continue;
      boolean titles = true;
      for (int k = f0 + 1; k < p; k++) {
        titles &= SpeakerPhrases.TITLES.contains(SpeakerPhrases.key(toks.get(k))) || SpeakerPhrases.definite(toks.get(k))
            || placeOrBody(k); // حاكم لويزيانا الجمهوري فلان: a title's complement the NER tagged
        titles &= phrases.gap(k, k + 1).isBlank();
      }
      if (!titles || currentAt >= per.start()) continue;
      for (int k = f0 + 1; k < i; k++) if (verbs.lookup(toks.get(k).norm()) != null) return null;
      return new Quote.Speaker(MentionSpeakers.name(per), null, null);
    }
    return null;
  }

  /**
   * {@code ورد القاضي على المتهم، قائلا:}: with no person tagged, a definite title right after the
   * opening verb and then a preposition, comma or the verb's object (the title alone, one word) is
   * the subject; resolved like any title to the person it refers to, else kept as a description.
   * Null when a reporting verb or a quote stands between it and the cue.
   */
  private Quote.Speaker titleSubject(int f0, int i) {
    int t = f0 + 1;
    if (t + 1 >= i || markOf[t] >= 0 || !phrases.gap(f0, t).isBlank()) return null;
    Token title = toks.get(t);
    if (!SpeakerPhrases.definite(title) || !SpeakerPhrases.TITLES.contains(SpeakerPhrases.key(title))) return null;
    Token after = toks.get(t + 1);
    String gap = phrases.gap(t, t + 1);
    boolean ends = gap.contains("،") || gap.contains(",") || BEFORE_OBJECT.contains(after.norm());
    if (!ends || !gap.matches("[\\s،,]*")) return null;
    for (int k = t + 1; k < i; k++) if (markOf[k] >= 0 || verbs.lookup(toks.get(k).norm()) != null) return null;
    SpeakerPhrases.Reading r = phrases.read(t, t + 1);
    return r == null ? null : resolve(r);
  }

  /** Prepositions that open a verb's complement after its subject ({@code رد القاضي على …}). */
  private static final List<String> BEFORE_OBJECT = List.of("علي", "عن", "في", "الي", "مع", "امام");

  /** Honorifics whose possessive form stands for the person they were given to (سماحته, معاليه). */
  private static final List<String> HONORIFICS = List.of("سماحة", "معالي", "فضيلة", "سمو", "فخامة");

  /**
   * The person an honorific pronoun subject stands for ({@code وقال سماحته}, {@code ودعا معاليه}):
   * the one the text last introduced with that honorific, the first person the NER tagged within
   * sixteen words after it with only a title chain between ({@code أوصى سماحة مفتي عام المملكة … الشيخ فلان}); else null.
   */
  SpeakerPhrases.Reading honorificHolder(int subject) {
    if (subject >= toks.size() || markOf[subject] >= 0) return null;
    String n = toks.get(subject).norm();
    String honorific = null;
    for (String h : HONORIFICS) {
      String stem = ArabicNormalization.normalize(h);
      stem = stem.endsWith("ه") || stem.endsWith("ة") ? stem.substring(0, stem.length() - 1) + "ت" : stem; // سماحة → سماحته
      if (n.equals(stem + "ه") || n.equals(stem + "ها")) honorific = ArabicNormalization.normalize(h);
    }
    if (honorific == null) return null;
    for (int k = subject - 1; k >= Math.max(0, subject - 400); k--) {
      if (markOf[k] >= 0 || !SpeakerPhrases.key(toks.get(k)).equals(honorific)) continue;
      int lim = Math.min(toks.size() - 1, k + 16);
      org.mizan.entities.Mention per = persons.taggedSubject(toks.get(k).end(), toks.get(lim).start());
      if (per == null || per.start() >= toks.get(subject).start() || !titleChain(k + 1, tokenAt(per.start(), k))) continue;
      return new SpeakerPhrases.Reading(MentionSpeakers.name(per), null, null, per.start(), per.end());
    }
    return null;
  }

  /**
   * Tokens {@code [from, to)} can be a title chain before a name: no mark, punctuation, function word
   * or word glued to بـ/لـ ({@code ورفع سموه باسمه … لخادم الحرمين الملك فلان}: the king is no holder).
   */
  boolean titleChain(int from, int to) {
    for (int k = from; k < to; k++) {
      Token t = toks.get(k);
      String n = t.norm();
      if (markOf[k] >= 0 || !phrases.gap(k, k + 1).isBlank() || phrases.isStop(t)) return false;
      if (n.length() > 3 && (n.startsWith("ب") || n.startsWith("ل")) && !SpeakerPhrases.definite(t)) return false;
    }
    return true;
  }

  /** Token {@code k} lies in a place or organisation the NER tagged. */
  boolean placeOrBody(int k) {
    String type = persons.typeAt(toks.get(k).start(), toks.get(k).end());
    return "LOC".equals(type) || "ORG".equals(type);
  }

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
    Token first = subject < toks.size() ? toks.get(subject) : null;
    if (first != null && first.end() <= per.start() && fullNames.containsKey(first.norm())
        && !SpeakerPhrases.TITLES.contains(SpeakerPhrases.key(first)) // آل الشيخ's last word is also a title
        && !ArabicNormalization.normalize(fullNames.get(first.norm())).equals(ArabicNormalization.normalize(MentionSpeakers.name(per)))
        && noCommaOrMark(first.end(), per.start())) {
      // ووصف العلي الرئيس فلان بأنه «…»: a family name the text gave in full is the subject; the person after it, the object
      return new SpeakerPhrases.Reading(first.text(), null, null, first.start(), first.end());
    }
    // a title or a one-person description (الخبير في شؤون … العميد فلان) opens the phrase that runs on to the name
    boolean titledPhrase = subject < toks.size() && (SpeakerPhrases.TITLES.contains(SpeakerPhrases.key(toks.get(subject)))
        || SpeakerPhrases.definite(toks.get(subject)) && personHead(SpeakerPhrases.key(toks.get(subject))))
        && noVerbBetween(subject, per.start());
    if (per.start() > startLimit && !((persons.titled(per) || titledPhrase) && noCommaOrMark(toks.get(i).end(), per.start()))) {
      return r; // after the subject phrase, with no title of its own: an object
    }
    boolean titledPast = per.start() > startLimit;
    if (titledPast && companionOf(tokenAt(per.start(), i))) return r; // وقال عقب اتصال مع أمير قطر الشيخ فلان
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

  /**
   * {@code مع} up to four words before the person at token {@code p}, with no comma or mark between
   * ({@code عقب اتصال هاتفي مع أمير قطر الشيخ فلان}): the person is the one met or called, not the
   * subject.
   */
  boolean companionOf(int p) {
    for (int k = p - 1; k >= Math.max(0, p - 4); k--) {
      if (markOf[k] >= 0 || !phrases.gap(k, k + 1).isBlank()) return false;
      String n = toks.get(k).norm();
      if (n.equals("مع") || n.equals("ومع")) return true;
    }
    return false;
  }

  /**
   * A person the NER tagged who opens the clause of the verb at {@code i}, before it ({@code غير أن
   * فلان الفلاني خبير … لدى معهد … رأى أن "…"}): right after a complementizer, أما or لكن, or at the
   * sentence's start, with a description but no verb, comma or quote mark between the name and the
   * verb, which has no subject after it. Null otherwise.
   */
  /**
   * {@code أن وزير الخارجية، فلان، قال}: the person at token p stands between commas after a title
   * that opens a reported clause (a complementizer at most five words before p, only titles and words
   * of the title between), and nothing but the closing comma comes between the name and the verb i.
   */
  boolean titledApposition(int p, int from, int nameEnd, int i) {
    if (!body.substring(nameEnd, toks.get(i).start()).strip().matches("[،,]")) return false;
    if (p < 2 || !phrases.gap(p - 1, p).strip().matches("[،,]")) return false;
    for (int k = p - 1; k >= Math.max(from, p - 6); k--) {
      String n = toks.get(k).norm();
      if (Complementizers.is(n)) return k < p - 1 && SpeakerPhrases.TITLES.contains(SpeakerPhrases.key(toks.get(k + 1)));
      if (k < p - 1 && !phrases.gap(k, k + 1).isBlank()) return false;
      if (verbs.lookup(n) != null || org.mizan.text.VerbForms.isVerb(n)) return false;
    }
    return false;
  }

  /** The person of {@link #titledApposition} before the verb at {@code i}, or null. */
  SpeakerPhrases.Reading appositionSubject(int i, int first) {
    int from = Math.max(first, i - 14);
    if (from >= i) return null;
    org.mizan.entities.Mention ap = persons.lastBefore(toks.get(i).start());
    if (ap == null || ap.start() < toks.get(from).start()) return null;
    int q = tokenAt(ap.start(), from);
    if (q >= i || !noMarkBetween(q, i) || !titledApposition(q, from, ap.end(), i)) return null;
    return new SpeakerPhrases.Reading(MentionSpeakers.name(ap), null, null, ap.start(), ap.end());
  }

  SpeakerPhrases.Reading frontedPerson(int i, int first) {
    int from = Math.max(first, i - 14);
    if (from >= i) return null;
    org.mizan.entities.Mention m = persons.subject(toks.get(from).start(), toks.get(i).start());
    if (m == null) return null;
    int p = tokenAt(m.start(), from);
    if (p >= i || !noMarkBetween(p, i) || !noCommaOrMark(m.end(), toks.get(i).start())
        || !noVerbBetween(tokenAt(m.end(), p), toks.get(i).start())) {
      return null;
    }
    String before = p > 0 ? toks.get(p - 1).norm() : "";
    boolean opens = p == first || Complementizers.is(before) || FRONTING.contains(before);
    return opens ? new SpeakerPhrases.Reading(MentionSpeakers.name(m), null, null, m.start(), m.end()) : null;
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

  /** An institution named by a head noun (صحيفة، شركة، وزارة …) of at most five words. */
  boolean namedInstitution(String text) {
    List<Token> words = Tokenizer.tokenize(text);
    if (words.isEmpty() || words.size() > 5) return false;
    String head = SpeakerPhrases.key(words.get(0));
    return SpeakerPhrases.INSTITUTIONS.contains(head) || SpeakerPhrases.OUTLETS.contains(head);
  }
}
