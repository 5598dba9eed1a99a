package org.mizan.synthesis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.mizan.doc.Document;
import org.mizan.synthesis.StoryDigest.Citation;
import org.mizan.synthesis.StoryDigest.SummarySentence;
import org.mizan.synthesis.StoryText.Sentence;

/**
 * Extractive, cited summary of a story: sentences scored by centrality (sum of TF-IDF cosines to
 * the other sentences, computed as a dot product with the story's sum vector; LexRank-like), boosted when several outlets carry a near-identical sentence and
 * when early in their article or recent, then chosen by MMR so no two say the same thing; printed
 * in natural order (relative position in the article, then publication).
 */
final class Summarizer {
  /** Cosine at or above which two sentences are the same statement (supporting each other). */
  static final double SAME = 0.55;
  private static final double MMR_LAMBDA = 0.7;
  /**
   * Share of the most central sentence's centrality below which a sentence is no summary line: with
   * repeats and fragments left out, the next best were asides on another event (a battle elsewhere, a
   * second phone call) that the story's other articles hardly share a word with.
   */
  static final double PERIPHERAL = 0.1;
  private static final int MIN_TOKENS = 6;
  /** Candidates kept for support counting and MMR. */
  private static final int POOL = 40;

  private Summarizer() {}

  static List<SummarySentence> summarize(StoryText st, int max) {
    List<Sentence> cands = new ArrayList<>();
    for (Sentence s : st.sentences) {
      if (!s.subheading() && s.tokens().size() >= MIN_TOKENS && !s.vector().isEmpty() && !s.text().endsWith(":")) {
        cands.add(s);
      }
    }
    if (cands.isEmpty()) return List.of();
    // lines that read alone (whole sentences naming their speaker) when the story has them
    List<Sentence> plain = cands.stream().filter(s -> !SummaryFormulas.formula(st, s)).toList();
    if (!plain.isEmpty()) cands = new ArrayList<>(plain);
    List<Sentence> alone = cands.stream().filter(s -> SummaryLines.standsAlone(st, s)).toList();
    if (!alone.isEmpty()) cands = new ArrayList<>(alone);
    // centrality: sum of cosines to every other sentence = dot with the sum vector (same article at half weight)
    Map<String, Double> all = new HashMap<>();
    List<Map<String, Double>> perDoc = new ArrayList<>();
    for (int d = 0; d < st.docs.size(); d++) perDoc.add(new HashMap<>());
    for (Sentence b : st.sentences) {
      if (b.subheading()) continue;
      b.vector().forEach((k, w) -> all.merge(k, w, Double::sum));
      b.vector().forEach((k, w) -> perDoc.get(b.doc()).merge(k, w, Double::sum));
    }
    String latest = latestPublished(st.docs);
    double[] pre = new double[cands.size()];
    double[] centrality = new double[cands.size()];
    for (int i = 0; i < cands.size(); i++) {
      Sentence a = cands.get(i);
      double self = StoryText.cosine(a.vector(), a.vector());
      double central = StoryText.cosine(a.vector(), all) - 0.5 * StoryText.cosine(a.vector(), perDoc.get(a.doc())) - 0.5 * self;
      int pos = st.position(a);
      double early = 1.0 / (1.0 + 0.08 * pos);
      double recent = latest != null && latest.equals(day(st.docs.get(a.doc()))) ? 1.1 : 1.0;
      centrality[i] = Math.max(0, central);
      pre[i] = (0.2 + centrality[i]) * early * recent;
    }
    // support (near-identical sentences in other articles) only for the best candidates: keeps big stories linear
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < cands.size(); i++) order.add(i);
    order.sort(Comparator.comparingDouble(i -> -pre[i]));
    List<Integer> poolIdx = new ArrayList<>(order.subList(0, Math.min(POOL, order.size())));
    // a story told over several days keeps its latest development in reach ("recent facts")
    boolean severalDays = st.docs.stream().map(Summarizer::day).filter(java.util.Objects::nonNull).distinct().count() > 1;
    List<Sentence> all0 = cands;
    java.util.function.IntPredicate isLatest = i -> latest != null && latest.equals(day(st.docs.get(all0.get(i).doc())));
    if (severalDays) { // the lead (earliest usable sentence) of the latest report
      order.stream().filter(isLatest::test).min(Comparator.comparingInt(i -> st.position(all0.get(i))))
          .filter(i -> !poolIdx.contains(i)).ifPresent(poolIdx::add);
    }
    List<Sentence> pool = new ArrayList<>();
    for (int i : poolIdx) pool.add(cands.get(i));
    cands = pool;
    int n = cands.size();
    double[] score = new double[n];
    List<List<Sentence>> support = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Sentence a = cands.get(i);
      List<Sentence> sup = new ArrayList<>();
      sup.add(a);
      Set<Integer> supDocs = new LinkedHashSet<>();
      supDocs.add(a.doc());
      for (Sentence b : st.sentences) {
        if (b.doc() == a.doc() || b.subheading() || supDocs.contains(b.doc())) continue;
        if (StoryText.cosine(a.vector(), b.vector()) >= SAME) {
          supDocs.add(b.doc());
          sup.add(b);
        }
      }
      support.add(sup);
      score[i] = pre[poolIdx.get(i)] * (1.0 + 0.5 * (outlets(st, sup) - 1));
    }
    double top = 0;
    for (double s : score) top = Math.max(top, s);
    double mostCentral = 0;
    for (double c : centrality) mostCentral = Math.max(mostCentral, c);
    int want = Math.min(max, Math.max(3, 2 + st.docs.size()));
    List<Integer> chosen = new ArrayList<>();
    boolean[] covered = new boolean[st.sentences.size()];
    List<Sentence> chosenLines = new ArrayList<>();
    while (chosen.size() < want) {
      int best = -1;
      double bestVal = Double.NEGATIVE_INFINITY;
      for (int i = 0; i < n; i++) {
        if (chosen.contains(i) || covered[cands.get(i).index()]) continue;
        if (centrality[poolIdx.get(i)] < PERIPHERAL * mostCentral) continue; // an aside on another event
        double red = 0;
        for (int j : chosen) red = Math.max(red, StoryText.cosine(cands.get(i).vector(), cands.get(j).vector()));
        if (red >= SAME) continue;
        if (SummaryLines.repeated(cands.get(i), chosenLines) >= SummaryLines.REPEATS) continue; // retold
        if (SummaryLines.retoldLead(st, cands.get(i), chosenLines)) continue; // another outlet's lead on the same news
        if (SummaryLines.retoldFigures(cands.get(i), chosenLines)) continue; // the same numbers told again
        double v = MMR_LAMBDA * score[i] / top - (1 - MMR_LAMBDA) * red;
        if (v > bestVal) {
          bestVal = v;
          best = i;
        }
      }
      if (best < 0) break;
      chosen.add(best);
      chosenLines.add(cands.get(best));
      for (Sentence s : support.get(best)) covered[s.index()] = true;
    }
    if (severalDays && chosen.size() >= 3 && chosen.stream().noneMatch(i -> isLatest.test(poolIdx.get(i)))) {
      int best = -1;
      for (int i = 0; i < n; i++) {
        if (!isLatest.test(poolIdx.get(i)) || chosen.contains(i)) continue;
        if (best < 0 || st.position(cands.get(i)) < st.position(cands.get(best))) best = i;
      }
      if (best >= 0) chosen.set(chosen.size() - 1, best); // replaces the least useful pick
    }
    List<Sentence> picked = cands;
    chosen.sort(Comparator.<Integer>comparingDouble(i -> relativePosition(st, picked.get(i)))
        .thenComparing(i -> String.valueOf(day(st.docs.get(picked.get(i).doc())))));
    List<SummarySentence> out = new ArrayList<>();
    for (int i : chosen) {
      List<Citation> cites = support.get(i).stream().map(s -> cite(st, s)).toList();
      out.add(new SummarySentence(cands.get(i).text(), cites, outlets(st, support.get(i))));
    }
    return out;
  }

  static Citation cite(StoryText st, Sentence s) {
    Document d = st.docs.get(s.doc());
    return new Citation(d.id(), d.outlet(), s.start(), s.end(), s.text());
  }

  /** Distinct outlets (unknown outlets count per document) among the sentences' articles. */
  static int outlets(StoryText st, List<Sentence> sents) {
    Set<String> o = new LinkedHashSet<>();
    for (Sentence s : sents) {
      Document d = st.docs.get(s.doc());
      o.add(StoryText.outletKey(d.outlet(), d.id()));
    }
    return o.size();
  }

  private static double relativePosition(StoryText st, Sentence s) {
    int size = st.byDoc.get(s.doc()).size();
    return size <= 1 ? 0 : (double) st.position(s) / (size - 1);
  }

  static String day(Document d) {
    String v = d.published() == null ? null : d.published().value();
    return v == null || v.length() < 10 ? null : v.substring(0, 10);
  }

  private static String latestPublished(List<Document> docs) {
    String best = null;
    for (Document d : docs) {
      String v = day(d);
      if (v != null && (best == null || v.compareTo(best) > 0)) best = v;
    }
    return best;
  }
}
