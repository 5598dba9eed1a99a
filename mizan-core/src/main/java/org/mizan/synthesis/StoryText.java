package org.mizan.synthesis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mizan.doc.Document;
import org.mizan.doc.Paragraph;
import org.mizan.text.Sentences;
import org.mizan.text.Span;
import org.mizan.text.Token;
import org.mizan.text.Tokenizer;

/**
 * The body sentences of a story's articles with TF-IDF vectors over content-word stems: the shared
 * index the summary, timeline and divergence finders compare sentences with. Only kept body
 * paragraphs are used, so removed boilerplate, captions and appended articles can never be cited.
 */
final class StoryText {

  /**
   * One body sentence of one article; offsets are into {@link Document#body()}. {@code piece} says it is
   * a clause of a run-on sentence {@link ClauseCutter} cut, so it may begin or end mid-sentence.
   */
  record Sentence(int index, int doc, int paragraph, int start, int end, String text, boolean subheading,
      List<Token> tokens, Map<String, Double> vector, boolean piece) {}

  final List<Document> docs;
  final List<Sentence> sentences;
  /** Sentences of each document, in order. */
  final List<List<Sentence>> byDoc;
  /** Each document's body, computed once. */
  final List<String> bodies;

  StoryText(List<Document> docs) {
    this.docs = List.copyOf(docs);
    this.bodies = docs.stream().map(Document::body).toList();
    List<Sentence> raw = new ArrayList<>();
    List<List<Sentence>> per = new ArrayList<>();
    Map<String, Integer> df = new HashMap<>();
    for (int d = 0; d < docs.size(); d++) {
      Document doc = docs.get(d);
      List<Sentence> mine = new ArrayList<>();
      List<Paragraph> paras = doc.paragraphs();
      int off = 0;
      for (int p = 0; p < paras.size(); p++) {
        String text = paras.get(p).text();
        boolean sub = paras.get(p).kind() == Paragraph.Kind.SUBHEADING;
        for (Span whole : Sentences.split(text)) {
          List<Span> pieces = ClauseCutter.cut(text, whole);
          for (Span s : pieces) {
            String t = s.of(text);
            List<Token> toks = new ArrayList<>();
            for (Token k : Tokenizer.tokenize(t)) {
              toks.add(new Token(k.text(), k.start() + off + s.start(), k.end() + off + s.start(), k.norm(), k.stem()));
            }
            Sentence sen = new Sentence(raw.size(), d, p, off + s.start(), off + s.end(), t, sub, toks, Map.of(),
                pieces.size() > 1);
            raw.add(sen);
            mine.add(sen);
            for (String term : terms(toks).keySet()) df.merge(term, 1, Integer::sum);
          }
        }
        off += text.length() + Document.PARAGRAPH_SEPARATOR.length();
      }
      per.add(mine);
    }
    int n = Math.max(1, raw.size());
    List<Sentence> out = new ArrayList<>(raw.size());
    List<List<Sentence>> outPer = new ArrayList<>();
    for (List<Sentence> mine : per) {
      List<Sentence> withVec = new ArrayList<>();
      for (Sentence s : mine) {
        Sentence v = new Sentence(s.index(), s.doc(), s.paragraph(), s.start(), s.end(), s.text(), s.subheading(),
            s.tokens(), vector(terms(s.tokens()), df, n), s.piece());
        withVec.add(v);
      }
      outPer.add(withVec);
    }
    for (List<Sentence> l : outPer) out.addAll(l);
    out.sort(java.util.Comparator.comparingInt(Sentence::index));
    this.sentences = List.copyOf(out);
    this.byDoc = outPer.stream().map(List::copyOf).toList();
  }

  /** The key an article counts under among a story's outlets: its outlet, or itself when the outlet is unknown. */
  static String outletKey(String outlet, String documentId) {
    return outlet != null ? outlet : "doc:" + documentId;
  }

  /** Content terms of a token run: stems of Arabic words of 3+ letters not in the stop list, and numbers. */
  static Map<String, Integer> terms(List<Token> toks) {
    Map<String, Integer> tf = new HashMap<>();
    for (Token t : toks) {
      String key = key(t);
      if (key != null) tf.merge(key, 1, Integer::sum);
    }
    return tf;
  }

  /** The matching key of a content word (stem with accusative tanween alef dropped), or null. */
  static String key(Token t) {
    String s = t.stem();
    if (t.isNumber()) return s;
    if (s.length() < 3 || Lexicon.STOPWORDS.contains(s) || Lexicon.STOPWORDS.contains(t.norm())) return null;
    // accusative indefinite: تقدماً / تقدما match تقدم (with the tanween mark, or bare on longer words)
    if (s.endsWith("ا") && (s.length() >= 5 || s.length() >= 4 && t.text().indexOf('\u064B') >= 0)) {
      s = s.substring(0, s.length() - 1);
    }
    return s;
  }

  private static Map<String, Double> vector(Map<String, Integer> tf, Map<String, Integer> df, int n) {
    Map<String, Double> v = new HashMap<>();
    double norm = 0;
    for (var e : tf.entrySet()) {
      double w = (1 + Math.log(e.getValue())) * Math.log(1.0 + (double) n / df.getOrDefault(e.getKey(), 1));
      v.put(e.getKey(), w);
      norm += w * w;
    }
    if (norm == 0) return Map.of();
    double len = Math.sqrt(norm);
    v.replaceAll((k, w) -> w / len);
    return v;
  }

  static double cosine(Map<String, Double> a, Map<String, Double> b) {
    if (a.size() > b.size()) return cosine(b, a);
    double dot = 0;
    for (var e : a.entrySet()) {
      Double w = b.get(e.getKey());
      if (w != null) dot += e.getValue() * w;
    }
    return dot;
  }

  /** The sentence of document {@code doc} containing body offset {@code offset}, or null. */
  Sentence at(int doc, int offset) {
    for (Sentence s : byDoc.get(doc)) if (offset >= s.start() && offset < s.end()) return s;
    return null;
  }

  /** A citation of body span [start, end) of document {@code doc}, clamped to the body. */
  StoryDigest.Citation citation(int doc, int start, int end) {
    String body = bodies.get(doc);
    int s = Math.max(0, Math.min(start, body.length()));
    int e = Math.max(s, Math.min(end, body.length()));
    Document d = docs.get(doc);
    return new StoryDigest.Citation(d.id(), d.outlet(), s, e, body.substring(s, e));
  }

  /** Position of {@code s} among its document's sentences (0 = first). */
  int position(Sentence s) {
    return s.index() - byDoc.get(s.doc()).get(0).index();
  }

  Document doc(Sentence s) {
    return docs.get(s.doc());
  }
}
