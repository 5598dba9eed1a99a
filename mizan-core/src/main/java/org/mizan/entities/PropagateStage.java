package org.mizan.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mizan.doc.Document;
import org.mizan.pipeline.DocumentStage;
import org.mizan.text.Clitics;
import org.mizan.text.Token;
import org.mizan.text.Tokenizer;

/**
 * {@code entities.propagate}: one name, one reading per document. Every name tagged somewhere in the
 * document (and the surname of every full person name) is also a mention where the tagger missed
 * it, clitics allowed ({@code وأردوغان}); a name tagged with several types takes its majority type.
 */
public final class PropagateStage implements DocumentStage {
  private static final int MAX_WORDS = 4;

  @Override
  public String name() {
    return "entities.propagate";
  }

  @Override
  public Document apply(Document doc) {
    if (doc.mentions().isEmpty()) return doc;
    String body = doc.body();
    Map<String, Map<String, Integer>> votes = new HashMap<>();
    for (Mention m : doc.mentions()) {
      String k = bareKey(m.text());
      votes.computeIfAbsent(k, x -> new HashMap<>()).merge(m.type(), 2, Integer::sum);
      List<String> w = NameForms.words(m.text());
      if (m.type().equals("PER") && w.size() >= 2) {
        String last = w.get(w.size() - 1);
        if (last.length() >= 3 && !EntityLexicon.STOPWORDS.contains(last)) {
          votes.computeIfAbsent(last, x -> new HashMap<>()).merge("PER", 1, Integer::sum);
        }
      }
    }
    Map<String, String> known = new HashMap<>();
    votes.forEach((k, v) -> known.put(k, majority(v)));
    List<Mention> out = new ArrayList<>();
    for (Mention m : doc.mentions()) {
      String t = known.get(bareKey(m.text()));
      out.add(t == null || t.equals(m.type()) ? m : new Mention(m.start(), m.end(), m.text(), t, m.entityId(), m.role(), m.canonical()));
    }
    List<Token> toks = Tokenizer.tokenize(body);
    for (int i = 0; i < toks.size(); i++) {
      if (Mention.anyOverlaps(out, toks.get(i).start(), toks.get(i).end())) continue;
      for (int len = Math.min(MAX_WORDS, toks.size() - i); len >= 1; len--) {
        String type = match(toks, i, len, known, body);
        if (type == null || Mention.anyOverlaps(out, toks.get(i).start(), toks.get(i + len - 1).end())) continue;
        int s = toks.get(i).start();
        int e = toks.get(i + len - 1).end();
        out.add(new Mention(s, e, body.substring(s, e), type, null, null));
        i += len - 1;
        break;
      }
    }
    out.sort(Comparator.comparingInt(Mention::start));
    return doc.withMentions(out);
  }

  /** The type with most votes; ties go to the alphabetically first type, so the result is stable. */
  static String majority(Map<String, Integer> votes) {
    String best = null;
    for (var e : new java.util.TreeMap<>(votes).entrySet()) {
      if (best == null || e.getValue() > votes.get(best)) best = e.getKey();
    }
    return best;
  }

  /** The key of a printed name with the clitics of its first word removed. */
  static String bareKey(String printed) {
    List<String> w = NameForms.words(printed);
    if (w.isEmpty()) return "";
    w.set(0, Clitics.strip(w.get(0)));
    return String.join(" ", w);
  }

  private static String match(List<Token> toks, int i, int len, Map<String, String> known, String body) {
    StringBuilder rest = new StringBuilder();
    for (int k = i + 1; k < i + len; k++) {
      // a name does not run across punctuation
      for (int c = toks.get(k - 1).end(); c < toks.get(k).start(); c++) {
        if (!Character.isWhitespace(body.charAt(c))) return null;
      }
      rest.append(' ').append(toks.get(k).norm());
    }
    for (String first : Clitics.variants(toks.get(i).norm())) {
      if (first.length() < 3) continue;
      String t = known.get(first + rest);
      if (t != null) return t;
    }
    return null;
  }
}
