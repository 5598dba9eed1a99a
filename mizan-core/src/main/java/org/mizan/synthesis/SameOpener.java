package org.mizan.synthesis;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.mizan.synthesis.StoryText.Sentence;
import org.mizan.text.Token;

/**
 * A summary line that retells a chosen line in other words: two outlets open a sentence on one fact
 * with the same word, the event's verb ({@code دعا الملا …} / {@code ودعا الملا …}, {@code قال بحاح إن
 * …} / {@code وقال بحاح إن …}), and share a quarter of what they report, though each tells it in its own
 * words (the chosen-lines share of {@link SummaryLines#REPEATS} misses them). Words are compared
 * loosely, without the attached pronoun or a one-letter proclitic ({@code زيارته} / {@code بزيارة}),
 * and a reported statement by what follows its {@code إن}/{@code أن}: the speaker's name and title are
 * shared by any two of his statements. Two lines opening with one verb on two facts ({@code وألقى فلان
 * كلمة …} / {@code كما ألقى فلان كلمة …}) share fewer of their own words.
 */
final class SameOpener {
  /** Share of the shorter line's reported words the other has, from which they tell one fact. */
  static final double SHARED = 0.25;
  /** The complementizer of a reported statement is looked for among this many first words. */
  private static final int SPEECH_WINDOW = 12;
  private static final Set<String> THAT = Set.of("ان", "انه", "انها", "انهم", "انهما", "بان", "بانه", "بانها");

  private SameOpener() {}

  /**
   * Whether {@code s} opens with a chosen line's opening word, names one of its names among its first
   * words, and shares {@link #SHARED} of its reported words.
   */
  static boolean retold(StoryText st, Sentence s, Collection<Sentence> chosen) {
    String opener = opener(s.tokens());
    if (opener == null) return false;
    Set<String> mine = reported(s.tokens(), opener);
    if (mine.isEmpty()) return false;
    Set<String> numbers = SummaryLines.figures(s);
    Set<String> subject = null;
    for (Sentence c : chosen) {
      if (!opener.equals(opener(c.tokens()))) continue;
      // one actor: two speakers' words or two athletes' medals open alike too
      if (subject == null) subject = subject(st, s);
      if (java.util.Collections.disjoint(subject, subject(st, c))) continue;
      Set<String> theirNumbers = SummaryLines.figures(c);
      // items of a list told alike (each company's result, each athlete's medal) give other numbers
      if (!numbers.isEmpty() && !theirNumbers.isEmpty() && java.util.Collections.disjoint(numbers, theirNumbers)) continue;
      Set<String> theirs = reported(c.tokens(), opener);
      if (theirs.isEmpty()) continue;
      int shared = 0;
      for (String w : mine) if (theirs.contains(w)) shared++;
      if (shared >= SHARED * Math.min(mine.size(), theirs.size())) return true;
    }
    return false;
  }

  /** Names among a line's first words, its subject in a verb-first sentence. */
  private static final int SUBJECT_WORDS = 10;

  /**
   * The names the entities stage found among a line's first {@link #SUBJECT_WORDS} words: their entity,
   * and the loose form of their last word (an outlet that names the man in short, another in full).
   */
  private static Set<String> subject(StoryText st, Sentence s) {
    List<Token> t = s.tokens();
    int end = t.isEmpty() ? s.start() : t.get(Math.min(SUBJECT_WORDS, t.size()) - 1).end();
    Set<String> out = new HashSet<>();
    for (org.mizan.entities.Mention m : st.docs.get(s.doc()).mentions()) {
      if (m.start() < s.start() || m.start() >= end || m.text() == null) continue;
      if (m.entityId() != null) out.add(m.entityId());
      String[] w = org.mizan.text.ArabicNormalization.normalize(m.text()).trim().split("\\s+");
      if (w.length > 0 && !w[w.length - 1].isEmpty()) out.add(loose(org.mizan.text.Clitics.strip(w[w.length - 1])));
    }
    return out;
  }

  /** {@code قال}, a stop word of the vectors, opens a reported statement like any other verb. */
  private static final Set<String> SAY = Set.of("قال", "قالت");

  /**
   * The loose form of a line's first content word, the verb in a verb-first sentence (a particle like
   * {@code كما} or {@code قد} is passed over).
   */
  static String opener(List<Token> t) {
    for (Token k : t) {
      if (k.isNumber()) continue;
      String n = k.norm();
      if (SAY.contains(n) || n.length() >= 4 && SAY.contains(n.substring(1)) && (n.startsWith("و") || n.startsWith("ف"))) {
        return "قال";
      }
      // كان قد …, وكان …: the verb that tells the fact comes later
      if (Lexicon.AUXILIARY.contains(n) || n.length() >= 4 && Lexicon.AUXILIARY.contains(n.substring(1))
          && (n.startsWith("و") || n.startsWith("ف"))) return null;
      if (StoryText.key(k) == null) continue;
      // the conjunction before a verb (ودعا / دعا); a word starting with و or ف loses the letter in both lines alike
      if ((n.startsWith("و") || n.startsWith("ف")) && n.length() == 4) return loose(n.substring(1));
      return loose(k);
    }
    return null;
  }

  /** Loose forms of the content words a line reports: after the complementizer when it has one, else all; not the opener. */
  private static Set<String> reported(List<Token> t, String opener) {
    int from = 0;
    for (int i = 1; i < Math.min(SPEECH_WINDOW, t.size()); i++) {
      if (THAT.contains(t.get(i).norm())) {
        from = i + 1;
        break;
      }
    }
    Set<String> out = new HashSet<>();
    for (Token k : t.subList(from, t.size())) {
      if (StoryText.key(k) == null) continue;
      String w = k.isNumber() ? k.stem() : loose(k);
      if (!w.equals(opener)) out.add(w);
    }
    return out;
  }

  private static final String[] PRONOUNS = {"هما", "هم", "ها", "نا", "كم", "ه"};
  private static final String[] ENDINGS = {"ات", "ون", "ين", "يه", "ه", "ي", "ا"};

  /**
   * A content word without a one-letter proclitic, an attached pronoun and a plural, feminine or nisba
   * ending, so a word's forms in two outlets' wordings meet ({@code زيارته}, {@code بزيارة}: {@code زيار}).
   * Only for comparing two lines: the form is no stem, and two words may meet that are not one.
   */
  static String loose(Token k) {
    String w = StoryText.key(k);
    return loose(w == null ? k.stem() : w);
  }

  private static String loose(String w) {
    if ((w.startsWith("و") || w.startsWith("ف")) && w.length() >= 5) w = w.substring(1);
    if ((w.startsWith("ب") || w.startsWith("ل") || w.startsWith("ك")) && w.length() >= 5) w = w.substring(1);
    for (String p : PRONOUNS) {
      if (w.endsWith(p) && w.length() - p.length() >= 3) {
        w = w.substring(0, w.length() - p.length());
        if (w.endsWith("ت")) w = w.substring(0, w.length() - 1) + "ه"; // زيارته: the feminine before a pronoun
        break;
      }
    }
    for (String e : ENDINGS) {
      if (w.endsWith(e) && w.length() - e.length() >= 3) return w.substring(0, w.length() - e.length());
    }
    return w;
  }
}
