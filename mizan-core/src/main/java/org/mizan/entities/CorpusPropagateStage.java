package org.mizan.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mizan.doc.Document;
import org.mizan.pipeline.Corpus;
import org.mizan.pipeline.CorpusStage;
import org.mizan.text.Clitics;
import org.mizan.text.Token;
import org.mizan.text.Tokenizer;

/**
 * {@code entities.propagate-run}: one name, one reading per run. A name the tagger finds in some
 * articles of a run is also a mention where it is printed untagged in another ({@code وقعه أوباما}
 * after {@code باراك أوباما} elsewhere), clitics allowed (a lone word only after و or ف). Only names the run tags reliably spread: a
 * name of two words or more tagged in two articles or more (one is enough for a person's full name
 * that starts with a known given name), a person's surname tagged in two articles
 * or more and in at least two thirds of the places the run prints it, or a place's one-word name
 * (no article) so tagged in three articles or more, so a common word tagged by mistake stays alone.
 * A person's name so spread also replaces a shorter person mention the tagger cut inside it.
 * Runs after the document stages and before {@code entities.link}; the articles it adds mentions
 * to are resolved again.
 */
public final class CorpusPropagateStage implements CorpusStage {
  private static final int MAX_WORDS = 4;
  private final ResolveStage resolve;

  public CorpusPropagateStage() {
    this(new ResolveStage());
  }

  public CorpusPropagateStage(ResolveStage resolve) {
    this.resolve = resolve;
  }

  @Override
  public String name() {
    return "entities.propagate-run";
  }

  @Override
  public Corpus apply(Corpus corpus) {
    List<Document> docs = corpus.documents();
    if (docs.size() < 2) return corpus;
    Map<String, Map<String, Integer>> votes = new HashMap<>();
    Map<String, Set<Integer>> taggedIn = new HashMap<>();
    Set<String> definite = new HashSet<>(); // keys printed with the article (bare keys drop it: الأسد → اسد)
    Set<String> given = new HashSet<>(); // first words of full names: given names, often common words too (سعيد)
    for (int d = 0; d < docs.size(); d++) {
      for (Mention m : docs.get(d).mentions()) {
        if (m.type().equals("MISC")) continue;
        String k = PropagateStage.bareKey(m.text());
        if (!NameForms.key(m.text()).equals(k) && NameForms.isDefiniteCommon(NameForms.words(m.text()).get(0))) definite.add(k);
        votes.computeIfAbsent(k, x -> new HashMap<>()).merge(m.type(), 1, Integer::sum);
        taggedIn.computeIfAbsent(k, x -> new HashSet<>()).add(d);
        // the surname of a full name counts as tagged too (بشار الأسد, then الأسد alone elsewhere)
        List<String> w = NameForms.words(m.text());
        if (m.type().equals("PER") && w.size() >= 2) {
          given.add(Clitics.strip(w.get(0)));
          String last = Clitics.strip(w.get(w.size() - 1));
          if (!last.equals(w.get(w.size() - 1))) definite.add(last);
          votes.computeIfAbsent(last, x -> new HashMap<>()).merge("PER", 1, Integer::sum);
          taggedIn.computeIfAbsent(last, x -> new HashSet<>()).add(d);
        }
      }
    }
    List<List<Token>> tokens = new ArrayList<>();
    for (Document d : docs) tokens.add(Tokenizer.tokenize(d.body()));
    definite.addAll(given);
    Map<String, String> names = reliable(votes, taggedIn, definite, docs, tokens);
    if (names.isEmpty()) return corpus;
    Set<String> firstWords = new HashSet<>();
    for (String k : names.keySet()) firstWords.add(k.split(" ")[0]);
    List<Document> out = new ArrayList<>();
    boolean changed = false;
    for (int d = 0; d < docs.size(); d++) {
      Document doc = docs.get(d);
      List<Mention> ms = new ArrayList<>(doc.mentions());
      boolean added = false;
      List<Token> toks = tokens.get(d);
      String body = doc.body();
      for (int i = 0; i < toks.size(); i++) {
        if (!PropagateStage.startsAny(toks.get(i).norm(), firstWords) || midMention(ms, toks.get(i))) continue;
        for (int len = Math.min(MAX_WORDS, toks.size() - i); len >= 1; len--) {
          String type = match(body, toks, i, len, names);
          int s = toks.get(i).start();
          int e = toks.get(i + len - 1).end();
          if (type == null || Mention.anyOverlaps(ms, s, e) && !cutInside(ms, s, e, type)) continue;
          // رئيس مجلس الوزراء: an organisation inside a person's title is not an actor (as in entities.orgs)
          if (type.equals("ORG") && i > 0 && RoleStage.isTitle(toks.get(i - 1).norm())) break;
          ms.removeIf(m -> m.overlaps(s, e)); // a person's name the tagger cut here (عبد الفتاح | X)
          ms.add(new Mention(s, e, body.substring(s, e), type, null, null));
          added = true;
          i += len - 1;
          break;
        }
      }
      if (!added) {
        out.add(doc);
        continue;
      }
      ms.sort(Comparator.comparingInt(Mention::start));
      out.add(resolve.apply(doc.withMentions(ms)));
      changed = true;
    }
    return changed ? corpus.withDocuments(out) : corpus;
  }

  /** A mention runs over the token from an earlier start: the token is inside a name already found. */
  private static boolean midMention(List<Mention> ms, Token t) {
    for (Mention m : ms) if (m.overlaps(t.start(), t.end()) && m.start() < t.start()) return true;
    return false;
  }

  /**
   * Every mention the span touches is a shorter person mention wholly inside it, the name being a
   * person's: the tagger cut a full name the run prints whole elsewhere ({@code عبد الفتاح} |
   * {@code X} where the run tags {@code عبد الفتاح X}), and the whole name replaces the piece.
   */
  private static boolean cutInside(List<Mention> ms, int s, int e, String type) {
    if (!type.equals("PER")) return false;
    for (Mention m : ms) {
      if (m.overlaps(s, e) && (!m.type().equals("PER") || m.start() < s || m.end() > e || m.end() - m.start() == e - s)) return false;
    }
    return true;
  }

  /** Name key → majority type, for the names the run tags reliably. */
  private static Map<String, String> reliable(Map<String, Map<String, Integer>> votes,
      Map<String, Set<Integer>> taggedIn, Set<String> excluded, List<Document> docs,
      List<List<Token>> tokens) {
    Set<String> single = new HashSet<>();
    votes.forEach((k, v) -> {
      if (!k.contains(" ") && taggedIn.get(k).size() >= 2 && k.length() >= 3 && !EntityLexicon.STOPWORDS.contains(k)
          && !RoleStage.isTitle(k)) {
        single.add(k);
      }
    });
    // how often each word is printed, and how often inside a mention (alone or in a longer name)
    Map<String, int[]> seen = new HashMap<>();
    for (int d = 0; d < tokens.size(); d++) {
      List<Mention> ms = docs.get(d).mentions();
      for (Token t : tokens.get(d)) {
        for (String v : Clitics.variants(t.norm())) {
          if (!single.contains(v)) continue;
          int[] c = seen.computeIfAbsent(v, k -> new int[2]);
          c[0]++;
          if (Mention.anyOverlaps(ms, t.start(), t.end())) c[1]++;
          break;
        }
      }
    }
    Map<String, String> out = new HashMap<>();
    votes.forEach((k, v) -> {
      int[] c = seen.getOrDefault(k, new int[2]);
      String type = PropagateStage.majority(v);
      // a lone word spreads only as a person's surname or a place, without the article: a body
      // word, a definite word or a given name is too often also an adjective or a common noun
      // (السعودية, الوكالة, العمراني, سعيد); a place needs three articles (over whole days a town
      // tagged nearly everywhere is missed in lists: والباحة، وتبوك)
      boolean ok = k.contains(" ") ? k.split(" ").length <= MAX_WORDS && (taggedIn.get(k).size() >= 2 || fullName(k, type))
          : single.contains(k) && 3 * c[1] >= 2 * c[0] && !excluded.contains(k)
              && (type.equals("PER") || type.equals("LOC") && taggedIn.get(k).size() >= 3);
      if (ok) out.put(k, type);
    });
    return out;
  }

  /** A person's full name (a known given name, then name words): spreads even when tagged in one article. */
  private static boolean fullName(String key, String type) {
    if (!type.equals("PER")) return false;
    String[] w = key.split(" ");
    // the given name itself may fold to a stopword (علي / على)
    for (int i = 1; i < w.length; i++) if (EntityLexicon.STOPWORDS.contains(w[i]) || RoleStage.isTitle(w[i])) return false;
    return LEXICON.isPersonWord(w[0]);
  }

  private static final NerFeatures LEXICON = NerModel.shipped().features();

  /** The type of the reliable name that tokens {@code i .. i+len-1} print, clitics allowed; null if none. */
  private static String match(String body, List<Token> toks, int i, int len, Map<String, String> names) {
    String key = PropagateStage.match(toks, i, len, names, body);
    if (key == null) return null;
    // a lone word after a preposition is too often a common word (لصالح is not ل + صالح)
    String norm = toks.get(i).norm();
    if (len == 1 && !key.equals(norm) && "وف".indexOf(norm.charAt(0)) < 0) return null;
    return names.get(key);
  }
}
