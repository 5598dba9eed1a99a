package org.mizan.quotes;

import static org.mizan.quotes.QuoteWords.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mizan.text.ArabicNormalization;
import org.mizan.text.Token;
import org.mizan.text.Tokenizer;

/**
 * The speakers met so far in the text (who speaks now, who spoke before, the full names introduced
 * with a title) and how a speaker phrase is resolved against them: short names completed, definite
 * descriptions (المصدر، الوزير) taken back to the speaker they name.
 */
abstract class SpeakerMemory extends QuoteLabels {
  SpeakerMemory(String original, MentionSpeakers persons, ReportingVerbs verbs) {
    super(original, persons, verbs);
  }

  final Map<String, String> fullNames = new HashMap<>();
  /** Full names introduced with a title, by offset: the fallback speaker of an opening وقال:. */
  final java.util.TreeMap<Integer, String> titledNames = new java.util.TreeMap<>();
  final List<Said> history = new ArrayList<>();
  /** Whether each speaker was introduced with a feminine verb (قالت، وصفت) or a masculine one. */
  final Map<Quote.Speaker, Boolean> feminine = new HashMap<>();
  Quote.Speaker current;
  /** Set while {@link CueReader#cue} reads the subject of a stance verb with a quote in its clause. */
  boolean stanceCue;
  /** Set while {@link CueReader#cue} reads the subject after the عن of {@code نقلت X عن}. */
  boolean transmitting;
  /** Set while {@link CueReader#cue} reads the issuer after the noun of {@code جاء في بيان}. */
  boolean statementCue;
  /** Set while reading {@code نقلت الصحيفة عنه قوله}: the pronoun after عن is the current speaker. */
  boolean pronounSource;
  /** Where the current speaker was last set (offset of its verb), or -1. */
  int currentAt = -1;

  /** A speaker as introduced in the text, for anaphora ({@code المصدر}, {@code الوزارة}). */
  record Said(Quote.Speaker speaker, String phraseNorm, String medium, boolean named) {}

  /** A reporting verb that named its speaker: where it stands, and who spoke. */
  record Cue(int start, int end, Quote.Speaker speaker, String text, String medium) {}

  /** The cues that named a speaker, in text order (see {@link QuoteRun#orphans}). */
  final List<Cue> cues = new ArrayList<>();

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
      if (r != null && r.name() != null) r = withoutLeadingPlace(r);
      if (r != null && r.name() != null && !r.shortName()) {
        remember(r.name());
        titledNames.put(r.start(), r.name());
      }
    }
  }

  /**
   * A name of three words or more that opens with a word the tagger reads as a place, the rest a
   * person ({@code محافظ ريف دمشق فلان الفلاني} read as {@code دمشق فلان الفلاني}): the place ends
   * the title, the person is the name.
   */
  SpeakerPhrases.Reading withoutLeadingPlace(SpeakerPhrases.Reading r) {
    List<Token> words = Tokenizer.tokenize(r.name());
    if (words.size() < 3 || !persons.tagged()) return r;
    Token first = words.get(0);
    int fs = r.start() + first.start();
    int fe = r.start() + first.end();
    int rest = r.start() + words.get(1).start();
    if (fe > r.end() || !"LOC".equals(persons.typeCovering(fs, fe)) || !"PER".equals(persons.typeCovering(rest, rest + 1))) {
      return r;
    }
    return new SpeakerPhrases.Reading(r.name().substring(words.get(1).start()), r.institution(), r.description(), rest, r.end());
  }

  void remember(String fullName) {
    String[] parts = ArabicNormalization.normalize(fullName).split("\\s+");
    String known = fullNames.putIfAbsent(parts[parts.length - 1], fullName);
    // a headline's short form (محمد الحوثي) gives way to the fuller name the text gives (محمد علي الحوثي)
    if (known != null && shorterForm(known, fullName)) fullNames.put(parts[parts.length - 1], fullName);
  }

  /** {@code a} is {@code b} with middle words left out: same first and last word, fewer words. */
  static boolean shorterForm(String a, String b) {
    String[] x = ArabicNormalization.normalize(a).strip().split("\\s+");
    String[] y = ArabicNormalization.normalize(b).strip().split("\\s+");
    if (x.length < 2 || x.length >= y.length || !x[0].equals(y[0])) return false;
    int j = 1;
    for (int k = 1; k < x.length; k++) {
      while (j < y.length && !y[j].equals(x[k])) j++;
      if (j++ >= y.length) return false;
    }
    return true;
  }

  /** True when {@code s} is a named speaker already met in the text (وأضاف رئيس النادي → its president). */
  boolean spokeBefore(Quote.Speaker s) {
    if (s == null || s.canonical() == null) return false;
    for (Said said : history) if (said.named() && s.canonical().equals(said.speaker().canonical())) return true;
    return false;
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

  /**
   * The one person the text has introduced with {@code title} before {@code pos} (in a person
   * mention's role, else in a name read after the title), or null when it names none or several.
   */
  String onlyTitled(String title, int pos) {
    Set<String> names = new java.util.LinkedHashSet<>();
    for (org.mizan.entities.Mention m : persons.before(pos)) {
      if (m.role() == null) continue;
      for (Token t : Tokenizer.tokenize(m.role())) if (SpeakerPhrases.key(t).equals(title)) names.add(MentionSpeakers.name(m));
    }
    if (names.isEmpty()) {
      for (Map.Entry<Integer, String> e : titledNames.headMap(pos).entrySet()) {
        if (SpeakerPhrases.key(toks.get(tokenAt(e.getKey(), 0))).equals(title)) names.add(e.getValue());
      }
    }
    return names.size() == 1 ? names.iterator().next() : null;
  }

  /** Heads of a spokesman's title (matching form): alone and definite, they refer to a spokesman only. */
  private static final Set<String> SPOKESMEN = Set.of("متحدث", "متحدثه", "ناطق", "ناطقه");

  /**
   * The last person before {@code pos} the text introduced with a spokesman's title up to six words
   * before the name ({@code مساعد المتحدث باسم الأمم المتحدة فلان}), with no sentence end between; or null.
   */
  String spokesmanBefore(int pos) {
    List<org.mizan.entities.Mention> before = persons.before(pos);
    for (int b = before.size() - 1; b >= 0; b--) {
      int k = tokenAt(before.get(b).start(), 0);
      for (int j = k - 1; j >= 0 && j >= k - 6; j--) {
        if (markOf[j] >= 0 || phrases.gap(j, j + 1).matches("(?s).*[.:؛\n].*")) break;
        if (SPOKESMEN.contains(SpeakerPhrases.key(toks.get(j)))) return MentionSpeakers.name(before.get(b));
      }
    }
    return null;
  }

  /** How often the text uses the last word of a name (its family name). */
  int uses(String name) {
    String[] words = ArabicNormalization.normalize(name).split("\\s+");
    String lastWord = words[words.length - 1];
    int uses = 0;
    for (Token t : toks) if (t.norm().equals(lastWord) || t.stem().equals(lastWord)) uses++;
    return uses;
  }

  /** {@code speaker}, set by the verb at {@code i} and printed as {@code phrase}, is the current speaker. */
  void makeCurrent(Quote.Speaker speaker, int i, String phrase, boolean named) {
    current = speaker;
    currentAt = toks.get(i).start();
    history.add(new Said(current, ArabicNormalization.normalize(phrase), "", named));
    cues.add(new Cue(toks.get(i).start(), toks.get(i).end(), speaker, toks.get(i).text(), null));
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
    if (words.size() >= 2 && SpeakerPhrases.honorific(words.get(0)) && SpeakerPhrases.TITLES.contains(SpeakerPhrases.key(words.get(1)))) {
      text = text.substring(words.get(1).start()); // معالي وزير الداخلية: the title after the honorific refers
      words = Tokenizer.tokenize(text);
    }
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
      String only = words.size() == 1 ? onlyTitled(title, r.start()) : null;
      if (only != null) return new Quote.Speaker(only, null, null); // وقال الوزير: the one minister named so far
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
        String phrase = said.phraseNorm() + " "; // (المتحدث → المتحدث باسم الوزارة, as مصدر → مصدر أمني)
        boolean sameHead = roleHead && (phrase.startsWith(head + " ") || phrase.startsWith(head + "ا ")
            || phrase.startsWith("ال" + head + " ")) && qualifiersAgree(words, said.phraseNorm());
        String saidHead = said.phraseNorm().split(" ")[0];
        boolean contained = words.size() > 1 && said.phraseNorm().endsWith(" " + norm)
            && SpeakerPhrases.INSTITUTIONS.contains(saidHead);
        boolean source = words.size() == 1 && roleHead && said.medium().contains(head);
        if (sameHead || contained || source) return said.speaker();
      }
    }
    if (words.size() == 1 && SPOKESMEN.contains(SpeakerPhrases.key(words.get(0))) && SpeakerPhrases.definite(words.get(0))) {
      // المتحدث alone: the spokesman the text introduced, never the minister who spoke before him
      String spokesman = spokesmanBefore(r.start());
      return spokesman != null ? new Quote.Speaker(spokesman, null, null) : new Quote.Speaker(null, text, null);
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
   * Whether the words after a description's head fit an earlier phrase with the same head: each is
   * in that phrase or is a nisba adjective ({@code المصدر الأمني} → {@code مصدر أمني في الوزارة}). A
   * qualifier of its own ({@code المديرية العامة للأمن العام} after {@code مديرية التوجيه}) names
   * another body; what follows a و-word ({@code المنظمة الدولية ومقرها جنيف}) describes, it does not qualify.
   */
  static boolean qualifiersAgree(List<Token> words, String earlier) {
    for (int w = 1; w < words.size(); w++) {
      String key = SpeakerPhrases.key(words.get(w));
      String n = words.get(w).norm();
      if (n.length() > 3 && n.startsWith("و") && !earlier.contains(key)) return true; // ومقرها جنيف: a clause of its own
      boolean nisba = SpeakerPhrases.definite(words.get(w)) && (n.endsWith("ي") || n.endsWith("يه"));
      if (!earlier.contains(key) && !nisba) return false;
    }
    return true;
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
    return introducedLaterIn(tw, head);
  }

  /**
   * The person named a few words after the first use of the same title phrase, past its qualifiers
   * ({@code وصف رئيس الجالية اليمنية في المملكة والمجلس الأعلى … الشيخ فلان}): a trusted person right
   * after the phrase or after a title of its own within twelve words, with no verb, complementizer,
   * colon or sentence end between; or null.
   */
  private String introducedLaterIn(List<Token> tw, String head) {
    for (int k = 0; k + tw.size() < toks.size(); k++) {
      boolean same = markOf[k] < 0 && SpeakerPhrases.key(toks.get(k)).equals(head);
      for (int w = 1; w < tw.size() && same; w++) same = toks.get(k + w).norm().equals(tw.get(w).norm());
      if (!same) continue;
      int from = k + tw.size();
      for (int j = from; j < toks.size() && j < from + 12; j++) {
        String n = toks.get(j).norm();
        if (markOf[j] >= 0 || phrases.gap(j - 1, j).matches("(?s).*[.:؛\n].*") || verbs.lookup(n) != null
            || Complementizers.is(n) || org.mizan.text.VerbForms.isVerb(n)) {
          break;
        }
        int to = toks.get(Math.min(toks.size() - 1, j + 6)).end();
        org.mizan.entities.Mention m = persons.subject(toks.get(j).start(), to);
        // (past the qualifiers, a title opens the name: … حول العالم الشيخ فلان; an object's name has none)
        if (m != null && m.start() == toks.get(j).start() && (j == from || persons.titled(m))) return MentionSpeakers.name(m);
      }
      return null; // the first use of the title names its holder or no one
    }
    return null;
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
}
