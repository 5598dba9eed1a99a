package org.mizan.synthesis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mizan.doc.Document;
import org.mizan.entities.Entity;
import org.mizan.entities.Mention;
import org.mizan.quotes.Quote;
import org.mizan.synthesis.StoryDigest.Citation;
import org.mizan.synthesis.StoryDigest.Divergence;
import org.mizan.synthesis.StoryDigest.FigureValue;
import org.mizan.synthesis.StoryDigest.Position;
import org.mizan.synthesis.StoryDigest.Quantity;
import org.mizan.synthesis.StoryText.Sentence;
import org.mizan.text.Token;

/**
 * Where sources or sides differ: conflicting figures; opposite claims (a key word negated by one
 * actor, asserted by another, e.g. "no progress" vs "some progress"); and different dates given for
 * the same event, noted as a likely time-zone difference when they are a day apart with an
 * evening on the earlier day against a morning on the later one.
 */
final class Divergences {
  /** A negation verb reaches this many words when "any" marks the word it denies (لم يسفر عن أي تقدم). */
  private static final int NEGATION_WINDOW = 4;
  /** A negation verb denies its verb and that verb's object, this many words on. */
  private static final int VERB_REACH = 2;
  /** Beyond a negation's reach and up to this many words, a word's polarity is not told. */
  private static final int UNCLEAR_REACH = 6;
  private static final int MAX_CLAIMS = 3;

  private Divergences() {}

  static List<Divergence> find(StoryText st, List<Quantity> figures, List<StoryDates.Dated> dates,
      Map<String, Entity> entities) {
    List<Divergence> out = new ArrayList<>();
    for (Quantity q : figures) if (q.conflict()) out.add(figure(q));
    out.addAll(claims(st, entities));
    out.addAll(Times.find(st, dates));
    return out;
  }

  private static Divergence figure(Quantity q) {
    List<Position> ps = new ArrayList<>();
    for (FigureValue v : q.values()) ps.add(new Position(fmt(v.value()), v.text(), String.join("، ", v.outlets()), v.citations()));
    String what = q.counted() != null ? q.counted() : q.unit();
    return new Divergence("figure", what, ps, null);
  }

  /** One occurrence of a key word in a claim sentence (token {@code at} of it), with its polarity and the actor making it. */
  private record Occurrence(String key, boolean negated, Sentence sentence, String actor, Token token, int at) {
    /** The word a negation denies with this word as its object ({@code لا يخدم التعاون} → {@code يخدم}), or null. */
    Token governor() {
      return negated ? Divergences.governor(sentence.tokens(), at) : null;
    }
  }

  private static List<Divergence> claims(StoryText st, Map<String, Entity> entities) {
    Map<String, List<Occurrence>> byKey = new LinkedHashMap<>();
    // an opposition worth a reader's attention is about what the story is about, as its headlines say
    Set<String> headlineKeys = headlineKeys(st);
    for (Sentence s : st.sentences) {
      if (s.subheading()) continue;
      List<Quote> said = new ArrayList<>();
      for (Quote q : st.doc(s).quotes()) if (q.start() < s.end() && q.end() > s.start()) said.add(q);
      if (said.isEmpty()) continue; // only reported statements make claims
      List<Token> toks = s.tokens();
      for (int i = 0; i < toks.size(); i++) {
        String key = StoryText.key(toks.get(i));
        // a counted noun after its number (15 عملية خطف) counts, it claims nothing
        if (key == null || !headlineKeys.contains(key) || toks.get(i).isNumber() || (i > 0 && toks.get(i - 1).isNumber())
            || Lexicon.NEGATION.contains(toks.get(i).norm()) || Lexicon.AUXILIARY.contains(toks.get(i).norm())
            || Lexicon.AUXILIARY.contains(toks.get(i).stem())) {
          continue;
        }
        String actor = claimant(st.doc(s), said, toks.get(i), entities);
        if (actor == null) continue;
        Boolean neg = polarity(s, toks, i);
        if (neg == null) continue;
        byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(new Occurrence(key, neg, s, actor, toks.get(i), i));
      }
    }
    record Candidate(String key, List<Occurrence> neg, List<Occurrence> pos, int score) {}
    List<Candidate> cands = new ArrayList<>();
    for (var e : byKey.entrySet()) {
      List<Occurrence> negAll = e.getValue().stream().filter(Occurrence::negated).toList();
      List<Occurrence> posAll = e.getValue().stream().filter(o -> !o.negated()).toList();
      // one statement two outlets print with other punctuation (a comma that ends the negation's
      // reach in one copy) is read both ways: no opposition between copies of the same sentence
      List<Occurrence> pos = posAll.stream().filter(p -> negAll.stream().noneMatch(n -> copies(n, p))).toList();
      // a word denied as a verb's object is opposed only where that verb asserts it: "does not serve
      // cooperation" (لا يخدم التعاون) opposes nothing in "the Organisation of Islamic Cooperation"
      List<Occurrence> neg = negAll.stream().filter(n -> posAll.stream().noneMatch(p -> copies(n, p)))
          .filter(n -> {
            Token governor = n.governor();
            return governor == null || pos.stream().anyMatch(p -> sameAct(governor, p));
          }).toList();
      if (neg.isEmpty() || pos.isEmpty() || isMention(st, neg.get(0))) continue;
      Set<String> negActors = actors(neg);
      Set<String> posActors = actors(pos);
      // opposite claims by different actors: some actor on one side is not on the other
      if (negActors.isEmpty() || posActors.isEmpty() || negActors.equals(posActors)) continue;
      if (!negActors.stream().anyMatch(a -> !among(a, posActors))) continue;
      if (!posActors.stream().anyMatch(a -> !among(a, negActors))) continue;
      int score = Math.min(docs(neg), docs(pos)) * 10 + neg.size() + pos.size();
      if (docs(neg) + docs(pos) < 3) continue; // one article each is too thin to call a divergence
      cands.add(new Candidate(e.getKey(), neg, pos, score));
    }
    cands.sort(Comparator.comparingInt(c -> -c.score()));
    List<Divergence> out = new ArrayList<>();
    // only the best-attested oppositions: as many articles on the thinner side as the best candidate
    int best = cands.isEmpty() ? 0 : Math.min(docs(cands.get(0).neg()), docs(cands.get(0).pos()));
    for (Candidate c : cands) {
      if (out.size() == MAX_CLAIMS || Math.min(docs(c.neg()), docs(c.pos())) < best) break;
      String word = c.pos().get(0).token().text();
      out.add(new Divergence("claim", word, List.of(position(st, "negated", c.neg()), position(st, "asserted", c.pos())),
          null));
    }
    return out;
  }

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

  /** Words each side of an asserted key word within which the verb a negation denied is looked for. */
  private static final int ACT_REACH = 3;

  /** Whether the asserted occurrence has the denied verb near its key word, in any person or tense (تبدأ / بدأت). */
  private static boolean sameAct(Token denied, Occurrence asserted) {
    String root = rootish(denied.norm());
    List<Token> t = asserted.sentence().tokens();
    for (int k = Math.max(0, asserted.at() - ACT_REACH); k <= Math.min(t.size() - 1, asserted.at() + ACT_REACH); k++) {
      if (k != asserted.at() && rootish(t.get(k).norm()).equals(root)) return true;
    }
    return false;
  }

  /** A verb's first three letters past a conjunction and an imperfect prefix: a rough root that ignores person and tense. */
  private static String rootish(String norm) {
    String n = norm.replace('ء', 'ا').replace('ؤ', 'ا').replace('ئ', 'ا'); // بدء / بدأ: one hamza
    if (n.length() > 3 && (n.startsWith("و") || n.startsWith("ف"))) n = n.substring(1);
    if (n.length() > 3 && "يتنا".indexOf(n.charAt(0)) >= 0) n = n.substring(1);
    return n.length() > 3 ? n.substring(0, 3) : n;
  }

  /** Words on each side of a key word that must be the same for two occurrences to be one sentence's copies. */
  static final int COPY_CONTEXT = 4;

  /** Whether two occurrences sit in the same words (punctuation aside): two outlets' copies of one sentence. */
  private static boolean copies(Occurrence a, Occurrence b) {
    List<String> x = around(a);
    return x.size() > COPY_CONTEXT && x.equals(around(b));
  }

  private static List<String> around(Occurrence o) {
    List<Token> t = o.sentence().tokens();
    int i = o.at();
    List<String> out = new ArrayList<>();
    for (int k = Math.max(0, i - COPY_CONTEXT); k <= Math.min(t.size() - 1, i + COPY_CONTEXT); k++) out.add(t.get(k).norm());
    return out;
  }

  /** The key words of the story's headlines. */
  private static Set<String> headlineKeys(StoryText st) {
    Set<String> out = new java.util.HashSet<>();
    for (Document d : st.docs) {
      if (d.headline() == null) continue;
      for (Token t : org.mizan.text.Tokenizer.tokenize(d.headline())) {
        String k = StoryText.key(t);
        if (k != null) out.add(k);
      }
    }
    return out;
  }

  private static Position position(StoryText st, String polarity, List<Occurrence> occ) {
    Set<Integer> seen = new LinkedHashSet<>();
    List<Citation> cites = new ArrayList<>();
    for (Occurrence o : occ) if (seen.add(o.sentence().index())) cites.add(Summarizer.cite(st, o.sentence()));
    String who = String.join("، ", actors(occ).stream().limit(3).toList());
    return new Position(polarity, occ.get(0).sentence().text(), who.isEmpty() ? null : who, cites);
  }

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
   * Whether an actor is one of the others, as named or under a fuller or shorter form of the name
   * (one's words all in the other's, in order: {@code تركي بن سعود آل سعود} in {@code تركي بن سعود بن محمد
   * آل سعود}; {@code آل فهيد} as {@code الفهيد}): one person whose two spellings the run did not link is no
   * opposition with himself.
   */
  static boolean among(String actor, Set<String> others) {
    if (others.contains(actor)) return true;
    List<String> a = nameWords(actor);
    for (String o : others) {
      List<String> b = nameWords(o);
      if (Math.min(a.size(), b.size()) >= 2 && (inOrder(a, b) || inOrder(b, a))) return true;
    }
    return false;
  }

  /** A name's words, with a family name written آل فهيد taken as الفهيد (both spellings are common). */
  private static List<String> nameWords(String name) {
    List<String> out = new ArrayList<>();
    String[] w = name.strip().split("\\s+");
    for (int k = 0; k < w.length; k++) {
      if (w[k].equals("آل") && k + 1 < w.length) out.add("ال" + w[++k]);
      else out.add(w[k]);
    }
    return out;
  }

  private static boolean inOrder(List<String> shorter, List<String> longer) {
    int k = 0;
    for (String w : longer) if (k < shorter.size() && w.equals(shorter.get(k))) k++;
    return k == shorter.size();
  }

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

  /**
   * Who makes a claim with this word: the speaker of the reported statement (direct or indirect
   * quote, among those {@code said} in its sentence) the word is part of; null outside them. Sources disagree when their
   * speakers say opposite things; a word negated in one outlet's narration ("who declined to be
   * named", "does not play alone") and used in another's is no claim, and on a real news day such
   * narration pairs outnumbered true oppositions many times over.
   */
  private static String claimant(Document d, List<Quote> said, Token t, Map<String, Entity> entities) {
    for (Quote q : said) {
      if (q.start() <= t.start() && t.end() <= q.end()) {
        String name = WhoSaidWhat.speakerName(q, entities);
        if (!WhoSaidWhat.UNKNOWN.equals(name) && !isCredit(d, name)) return name;
      }
    }
    return null;
  }

  /** A news agency the article credits (e.g. an agency named as the source of a figure) is not an actor. */
  private static boolean isCredit(Document d, String name) {
    String n = org.mizan.text.ArabicNormalization.normalize(name);
    for (String c : d.creditedSources()) {
      String k = org.mizan.text.ArabicNormalization.normalize(c);
      if (k.contains(n) || n.contains(k)) return true;
    }
    return false;
  }

  private static boolean isMention(StoryText st, Occurrence o) {
    for (Mention m : st.doc(o.sentence()).mentions()) {
      if (o.token().start() >= m.start() && o.token().end() <= m.end()) return true;
    }
    return false;
  }

  private static Set<String> actors(List<Occurrence> occ) {
    Set<String> out = new LinkedHashSet<>();
    for (Occurrence o : occ) if (o.actor() != null) out.add(o.actor());
    return out;
  }

  private static int docs(List<Occurrence> occ) {
    Set<Integer> d = new LinkedHashSet<>();
    for (Occurrence o : occ) d.add(o.sentence().doc());
    return d.size();
  }

  /**
   * A figure's value as plain digits: {@code 2.063 مليار} is 2.063 × 10⁹, which a double holds as
   * 2063000000.0000002; twelve significant digits drop that noise (and no exponent is printed).
   */
  static String fmt(double v) {
    if (Double.isNaN(v) || Double.isInfinite(v)) return String.valueOf(v);
    java.math.BigDecimal d = new java.math.BigDecimal(v).round(new java.math.MathContext(12)).stripTrailingZeros();
    return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
  }
}
