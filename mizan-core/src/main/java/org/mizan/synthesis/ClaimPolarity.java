package org.mizan.synthesis;

import java.util.List;
import java.util.Set;
import org.mizan.synthesis.StoryText.Sentence;
import org.mizan.text.Token;

/**
 * The polarity of a key word in a reported statement, for {@link OppositeClaims}: whether a negation
 * within its reach denies it, asserts it (an idiom, an exceptive, "not only"), or leaves it untold (a
 * condition, a description, another clause), and the verb a negation denies when the word is its object.
 */
final class ClaimPolarity {
  /** A negation verb reaches this many words when "any" marks the word it denies (لم يسفر عن أي تقدم). */
  private static final int NEGATION_WINDOW = 4;
  /** A negation verb denies its verb and that verb's object, this many words on. */
  private static final int VERB_REACH = 2;
  /** Beyond a negation's reach and up to this many words, a word's polarity is not told. */
  private static final int UNCLEAR_REACH = 6;

  private ClaimPolarity() {}

  /**
   * Polarity of the key word at {@code i}: true negated, false asserted, null when it cannot be
   * told. A negation verb ({@code لم، لا، ليس}) reaches {@link #VERB_REACH} words (its verb and the
   * verb's object: {@code لم يحقق تقدما}), one more through a preposition ({@code لم تتوف في قطار}),
   * or {@link #NEGATION_WINDOW} through "any" ({@code لم يسفر عن أي تقدم}). Further on, up to
   * {@link #UNCLEAR_REACH} words, the word may be the object of a second verb the negation does not
   * deny ({@code لا يمكن فصل هذا الهجوم} denies a separation, not the attack), so it counts neither way. Null too when a non-assertive word ("any", "if") makes it
   * hypothetical, a conditional opens the negation ({@code إذا لم يتلقوا مساعدات}), a relative pronoun
   * makes it a description ({@code الذين لم يعاصروا}), it names a principle ({@code مبدأ عدم التدخل}), an
   * exceptive إلا makes it a restriction that asserts ({@code لا يخدم إلا الأعداء}), "other" follows it ({@code أي مقر آخر}), a verb of stopping makes it an assertion ({@code لم
   * يتوقف التواصل}), a complementizer puts the word in another clause ({@code لا يعني أن الطائرة}), or it
   * reads "not only" ({@code وليس بالمملكة فقط}).
   */
  static Boolean polarity(Sentence s, List<Token> toks, int i) {
    boolean hypothetical = false;
    boolean partner = false;
    for (int j = i - 1; j >= Math.max(0, i - UNCLEAR_REACH); j--) {
      if (clauseBreak(s, toks.get(j), toks.get(j + 1))) break;
      String w = toks.get(j).norm();
      if ((Lexicon.NEGATION.contains(w) || thatNot(toks.get(j))) && !notNegation(toks.get(j + 1).norm())) {
        // غير negates the next word (past an "any"); the others a verb or verbal noun and its object
        if (Lexicon.NOUN_NEGATION.contains(w)) {
          if (i - j > (hypothetical ? 2 : 1)) return Boolean.FALSE;
          return partner ? null : Boolean.TRUE;
        }
        boolean throughPreposition = PREPOSITIONS.contains(toks.get(i - 1).norm());
        int reach = hypothetical ? NEGATION_WINDOW : VERB_REACH + (throughPreposition ? 1 : 0);
        if (i - j > reach || conditional(toks, j) || describes(toks, j) || concept(toks, j) || exceptive(s, toks, j)
            || Lexicon.CESSATIVE.contains(toks.get(j + 1).norm()) || embedded(toks, j, i) || notOnly(s, toks, i)
            || another(toks, i)) {
          return null;
        }
        // past مع the word is the partner of the negated act, neither denied nor asserted ("من دون
        // التنسيق مع قوات X" denies the coordination, not the forces); other prepositions often carry
        // the negated verb's object (لم يسفر عن أي تقدم) and stay inside its reach
        return partner ? null : Boolean.TRUE;
      }
      if (i - j <= NEGATION_WINDOW && Lexicon.NONASSERTIVE.contains(w)) hypothetical = true;
      if (w.equals("مع")) partner = true;
    }
    // "the cut is no longer on the table" (خفض الإنتاج أصبحت غير مطروحة): a negated predicate of the word
    return hypothetical || negatedPredicate(s, toks, i) ? null : false;
  }

  /** A negation within {@link #PREDICATE_REACH} words after the word, in its clause: its predicate is denied. */
  private static boolean negatedPredicate(Sentence s, List<Token> toks, int i) {
    return aheadInClause(s, toks, i, PREDICATE_REACH,
        t -> Lexicon.NEGATION.contains(t.norm()) || Lexicon.NOUN_NEGATION.contains(t.norm()));
  }

  /** Whether one of the {@code reach} words after word {@code i}, before a clause break, passes {@code test}. */
  private static boolean aheadInClause(Sentence s, List<Token> toks, int i, int reach,
      java.util.function.Predicate<Token> test) {
    for (int k = i + 1; k < Math.min(toks.size(), i + 1 + reach); k++) {
      if (clauseBreak(s, toks.get(k - 1), toks.get(k))) return false;
      if (test.test(toks.get(k))) return true;
    }
    return false;
  }

  /** Words after a key word within which a negation denies the word's predicate. */
  private static final int PREDICATE_REACH = 4;

  /**
   * The word a negation denies when the key word at {@code i} is its object, right after it or past a
   * preposition ({@code لا يخدم التعاون}, {@code لم يشاركوا في العملية}: the serving, the taking part), or
   * null when the negation falls on the word itself ({@code عدم قبولها}) or denies that any exists
   * ({@code لم يسفر عن أي تقدم}, {@code ليس هناك عناصر}: none of any kind, whatever the verb).
   */
  static Token governor(List<Token> toks, int i) {
    for (int j = i - 1; j >= Math.max(0, i - VERB_REACH - 1); j--) {
      String w = toks.get(j).norm();
      if (Lexicon.NONASSERTIVE.contains(w)) return null;
      if (Lexicon.NEGATION.contains(w) || thatNot(toks.get(j))) {
        boolean onTheWord = i - j < 2 || Lexicon.NOUN_NEGATION.contains(w) || EXISTENTIAL.contains(toks.get(j + 1).norm());
        return onTheWord ? null : toks.get(j + 1);
      }
    }
    return null;
  }

  /** "There is" (ليس هناك عناصر، لا يوجد دليل): a negation of it denies that the word exists at all. */
  private static final Set<String> EXISTENTIAL = Set.of("هناك", "هنالك", "يوجد", "توجد", "ثمه", "ثمة");

  /**
   * {@code ألا} written with its hamza above is أن + لا ("that … not": نطلب ألا تختبر قوتنا), a negation;
   * written bare it cannot be told from {@code إلا} ("except") and is left alone.
   */
  private static boolean thatNot(Token t) {
    String x = t.text();
    return x.equals("ألا") || x.equals("وألا") || x.equals("بألا");
  }

  /** A preposition before the word carries the negated verb's object one word further (لم تتوف في قطار). */
  private static final Set<String> PREPOSITIONS = Set.of("في", "على", "علي", "عن", "من", "الى", "لدى", "لدي");

  /** A negation right after a noun naming a principle or policy ("the principle of non-interference"): a concept, no denial. */
  private static boolean concept(List<Token> toks, int cue) {
    return cue > 0 && Lexicon.CONCEPT_HEADS.contains(toks.get(cue - 1).norm());
  }

  /**
   * A negation with إلا after it in its clause restricts, it asserts: "will only increase the soldiers'
   * resolve" (لن تزيد أفراد الجيش إلا عزيمة), "serves only the enemies" (لا يخدم إلا الأعداء). ألا (with
   * its hamza above: "that … not") is not the exceptive.
   */
  private static boolean exceptive(Sentence s, List<Token> toks, int cue) {
    return aheadInClause(s, toks, cue, EXCEPTIVE_REACH, t -> t.norm().equals("الا") && !thatNot(t));
  }

  /** Words after a negation within which its إلا is looked for. */
  private static final int EXCEPTIVE_REACH = 8;

  /**
   * A relative pronoun before the negation: it describes someone ("fighters who do not believe"), it
   * claims nothing. A ولا that goes on with an earlier negation (الذي لم يراع حرمة المكان ولا خشوع
   * المصلين) describes as that one does.
   */
  private static boolean describes(List<Token> toks, int cue) {
    if (cue > 0 && RELATIVES.contains(toks.get(cue - 1).norm())) return true;
    if (!toks.get(cue).norm().equals("ولا")) return false;
    for (int k = cue - 1; k > 0 && cue - k <= COORDINATED_NEGATION_REACH; k--) {
      if (Lexicon.NEGATION.contains(toks.get(k).norm())) return RELATIVES.contains(toks.get(k - 1).norm());
    }
    return false;
  }

  /** Words back from a ولا within which the negation it coordinates with is looked for. */
  private static final int COORDINATED_NEGATION_REACH = 8;

  private static final Set<String> RELATIVES = Set.of("الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي", "اللاتي", "ممن");

  /** A complementizer between the negation and the word: "does not mean that the plane …" denies the meaning, not the plane. */
  private static boolean embedded(List<Token> toks, int cue, int i) {
    for (int k = cue + 1; k < i; k++) {
      String w = toks.get(k).norm();
      if (w.equals("ان") || w.equals("بان") || w.equals("لان") || w.equals("انه") || w.equals("انها")) return true;
    }
    return false;
  }

  /** "Not only X" (ليس بالمملكة فقط، ليس في منطقة الشرق الأوسط فحسب) asserts X and more. */
  private static boolean notOnly(Sentence s, List<Token> toks, int i) {
    for (int k = i + 1; k < Math.min(toks.size(), i + 1 + NOT_ONLY_REACH); k++) {
      String w = toks.get(k).norm();
      if (w.equals("فقط") || w.equals("فحسب")) return true;
      if (clauseBreak(s, toks.get(k - 1), toks.get(k))) return false;
    }
    return false;
  }

  /**
   * "No other X" (عدم تعرض أي مقر آخر) denies some other X than the one the story is about, so it
   * opposes no one asserting that X.
   */
  private static boolean another(List<Token> toks, int i) {
    return i + 1 < toks.size() && OTHER.contains(toks.get(i + 1).norm());
  }

  private static final Set<String> OTHER = Set.of("اخر", "اخري", "اخرين", "اخرون", "اخريات", "اخرى");

  /** "Only" closes a "not only" phrase within this many words after the word. */
  private static final int NOT_ONLY_REACH = 3;

  /**
   * Conditionals before a negation that make its clause hypothetical: إذا لم، لو لم، ما لم (unless);
   * دون with an unreal answer after it (دون X لأصبح …); a فـ-negation answering a condition.
   */
  private static boolean conditional(List<Token> toks, int cue) {
    if (cue == 0) return false;
    String before = toks.get(cue - 1).norm();
    if (before.equals("اذا") || before.equals("لو") || before.equals("طالما")
        || before.equals("ما") && toks.get(cue).norm().equals("لم")) {
      return true;
    }
    // "without the field, the planet would have become (لأصبح) barren": a counterfactual, no denial
    if (WITHOUT.contains(toks.get(cue).norm())) {
      for (int k = cue + 1; k < toks.size() && k <= cue + COUNTERFACTUAL_REACH; k++) {
        if (COUNTERFACTUAL_ANSWERS.contains(toks.get(k).norm())) return true;
      }
    }
    // the answer of a condition opened earlier: "if it goes on, the kingdom will not (فلن) export"
    if (!toks.get(cue).norm().startsWith("ف")) return false;
    for (int k = 0; k < cue; k++) if (CONDITIONALS.contains(toks.get(k).norm())) return true;
    return false;
  }

  private static final Set<String> WITHOUT = Set.of("دون", "بدون");
  /** Words after دون within which a counterfactual answer makes it a condition. */
  private static final int COUNTERFACTUAL_REACH = 8;
  /** The لـ answers of an unreal condition: لكان، لأصبح، لصار … (matching forms; not لما, also "when"). */
  private static final Set<String> COUNTERFACTUAL_ANSWERS = Set.of("لكان", "لكانت", "لكانوا", "لاصبح", "لاصبحت",
      "لصار", "لصارت", "لبات", "لباتت", "لظل", "لظلت");

  /** Words that open a condition whose answer a فـ-negation can be: إذا، لو، لولا، في حال، في حالة، طالما. */
  private static final Set<String> CONDITIONALS = Set.of("اذا", "لو", "لولا", "حال", "حاله", "طالما");

  /**
   * Idioms where a negation word does not negate: لا يزال (still), لا سيما (especially), غير أن (but),
   * ليس فقط (not only), ليست مجرد (not merely: "not merely one operation" asserts operations), لا
   * يتجزأ (integral), لا بد (must), لا شك / لا ريب (no doubt: they assert), دون وجه حق (without right).
   */
  private static boolean notNegation(String next) {
    return next.endsWith("زال") || next.endsWith("زالون") || next.equals("سيما") || next.equals("ان")
        || next.equals("فقط") || next.equals("مجرد") || next.equals("يتجزا") || next.equals("بد")
        || next.equals("شك") || next.equals("ريب") || next.equals("وجه");
  }

  private static boolean clauseBreak(Sentence s, Token a, Token b) {
    String t = s.text();
    for (int i = a.end() - s.start(); i < b.start() - s.start(); i++) {
      char c = t.charAt(i);
      // a sentence the splitter did not end (inside an unclosed quote) still ends at its stop
      if (c == '،' || c == ',' || c == '؛' || c == '-' || c == '"' || c == '«' || c == '.' || c == '؟' || c == '?'
          || c == '!' || c == ':') {
        return true;
      }
    }
    return false;
  }
}
