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
 * after {@code باراك أوباما} elsewhere), clitics allowed. Only names the run tags reliably spread: a
 * name of two words or more tagged at least once, or a single word tagged in two articles or more
 * and in at least half of the places the run prints it, so a common word tagged by mistake stays alone.
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
    for (int d = 0; d < docs.size(); d++) {
      for (Mention m : docs.get(d).mentions()) {
        if (m.type().equals("MISC")) continue;
        String k = PropagateStage.bareKey(m.text());
        votes.computeIfAbsent(k, x -> new HashMap<>()).merge(m.type(), 1, Integer::sum);
        taggedIn.computeIfAbsent(k, x -> new HashSet<>()).add(d);
      }
    }
    List<List<Token>> tokens = new ArrayList<>();
    for (Document d : docs) tokens.add(Tokenizer.tokenize(d.body()));
    Map<String, String> names = reliable(votes, taggedIn, docs, tokens);
    if (names.isEmpty()) return corpus;
    List<Document> out = new ArrayList<>();
    boolean changed = false;
    for (int d = 0; d < docs.size(); d++) {
      Document doc = docs.get(d);
      List<Mention> ms = new ArrayList<>(doc.mentions());
      int before = ms.size();
      List<Token> toks = tokens.get(d);
      String body = doc.body();
      for (int i = 0; i < toks.size(); i++) {
        if (Mention.anyOverlaps(ms, toks.get(i).start(), toks.get(i).end())) continue;
        for (int len = Math.min(MAX_WORDS, toks.size() - i); len >= 1; len--) {
          String type = match(body, toks, i, len, names);
          int s = toks.get(i).start();
          int e = toks.get(i + len - 1).end();
          if (type == null || Mention.anyOverlaps(ms, s, e)) continue;
          ms.add(new Mention(s, e, body.substring(s, e), type, null, null));
          i += len - 1;
          break;
        }
      }
      if (ms.size() == before) {
        out.add(doc);
        continue;
      }
      ms.sort(Comparator.comparingInt(Mention::start));
      out.add(resolve.apply(doc.withMentions(ms)));
      changed = true;
    }
    return changed ? corpus.withDocuments(out) : corpus;
  }

  /** Name key → majority type, for the names the run tags reliably. */
  private static Map<String, String> reliable(Map<String, Map<String, Integer>> votes,
      Map<String, Set<Integer>> taggedIn, List<Document> docs,
      List<List<Token>> tokens) {
    Set<String> single = new HashSet<>();
    votes.forEach((k, v) -> {
      if (!k.contains(" ") && taggedIn.get(k).size() >= 2 && k.length() >= 4 && !EntityLexicon.STOPWORDS.contains(k)
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
      boolean ok = k.contains(" ") ? k.split(" ").length <= MAX_WORDS : single.contains(k) && 2 * c[1] >= c[0];
      if (ok) out.put(k, PropagateStage.majority(v));
    });
    return out;
  }

  /** The type of the reliable name that tokens {@code i .. i+len-1} print, clitics allowed; null if none. */
  private static String match(String body, List<Token> toks, int i, int len, Map<String, String> names) {
    StringBuilder rest = new StringBuilder();
    for (int k = i + 1; k < i + len; k++) {
      for (int c = toks.get(k - 1).end(); c < toks.get(k).start(); c++) {
        if (!Character.isWhitespace(body.charAt(c))) return null;
      }
      rest.append(' ').append(toks.get(k).norm());
    }
    for (String first : Clitics.variants(toks.get(i).norm())) {
      if (first.length() < 3) continue;
      String t = names.get(first + rest);
      if (t != null) return t;
    }
    return null;
  }
}
