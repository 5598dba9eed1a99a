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
import org.mizan.synthesis.StoryDigest.Position;
import org.mizan.synthesis.StoryText.Sentence;
import org.mizan.text.Token;

/**
 * Opposite claims, for {@link Divergences}: a key word of the story's headlines negated in one actor's
 * reported statement and asserted in another's ("no progress" vs "some progress"), the best-attested
 * oppositions only; copies of one sentence, one actor under two spellings and narration are no opposition.
 */
final class OppositeClaims {
  /** Opposite claims kept a story. */
  private static final int MAX_CLAIMS = 3;

  private OppositeClaims() {}

  /** One occurrence of a key word in a claim sentence (token {@code at} of it), with its polarity and the actor making it. */
  private record Occurrence(String key, boolean negated, Sentence sentence, String actor, Token token, int at) {
    /** The word a negation denies with this word as its object ({@code لا يخدم التعاون} → {@code يخدم}), or null. */
    Token governor() {
      return negated ? ClaimPolarity.governor(sentence.tokens(), at) : null;
    }
  }

  /** The story's opposite claims, best-attested first, at most {@link #MAX_CLAIMS}. */
  static List<Divergence> find(StoryText st, Map<String, Entity> entities) {
    List<Candidate> cands = new ArrayList<>();
    for (var e : occurrences(st, entities).entrySet()) {
      Candidate c = candidate(st, e.getKey(), e.getValue());
      if (c != null) cands.add(c);
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
   * The occurrences of the headlines' key words in reported statements whose speaker is known and whose
   * polarity can be told, by key word in order of first occurrence.
   */
  private static Map<String, List<Occurrence>> occurrences(StoryText st, Map<String, Entity> entities) {
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
        Boolean neg = ClaimPolarity.polarity(s, toks, i);
        if (neg == null) continue;
        byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(new Occurrence(key, neg, s, actor, toks.get(i), i));
      }
    }
    return byKey;
  }

  /** A key word negated in some statements and asserted in others, with the score that ranks it. */
  private record Candidate(String key, List<Occurrence> neg, List<Occurrence> pos, int score) {}

  /**
   * The opposition on a key word, or null: copies of one sentence and denied verbs the other side does not
   * assert left out, different actors on the two sides, and at least three articles between them.
   */
  private static Candidate candidate(StoryText st, String key, List<Occurrence> all) {
    List<Occurrence> negAll = all.stream().filter(Occurrence::negated).toList();
    List<Occurrence> posAll = all.stream().filter(o -> !o.negated()).toList();
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
    if (neg.isEmpty() || pos.isEmpty() || isMention(st, neg.get(0))) return null;
    Set<String> negActors = actors(neg);
    Set<String> posActors = actors(pos);
    // opposite claims by different actors: some actor on one side is not on the other
    if (negActors.isEmpty() || posActors.isEmpty() || negActors.equals(posActors)) return null;
    if (!negActors.stream().anyMatch(a -> !among(a, posActors))) return null;
    if (!posActors.stream().anyMatch(a -> !among(a, negActors))) return null;
    int score = Math.min(docs(neg), docs(pos)) * 10 + neg.size() + pos.size();
    if (docs(neg) + docs(pos) < 3) return null; // one article each is too thin to call a divergence
    return new Candidate(key, neg, pos, score);
  }

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
}
