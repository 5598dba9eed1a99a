package org.mizan.stories;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mizan.doc.Document;

/**
 * The join decision on one pair of articles: the earlier article as a story of its own, the later
 * one arriving, from an empty state. The clusterer decides exactly so when the later article meets
 * the earlier one's story before any other article joined it; a labelled pair (same story or not)
 * scores the decision where the gold story sets hold few cases, near the model's threshold.
 */
public final class StoryPairs {
  private StoryPairs() {}

  /**
   * The decision on one pair.
   *
   * @param probability the model's probability that the later article joins (0 when the earlier
   *     article's story is no candidate, NaN without a model)
   * @param decided the model decides the pair (a candidate within its horizon and no veto)
   * @param same the clusterer would join the pair (the full decision, vetoes and hand rules included)
   * @param features the model's features of the pair (null when the story is no candidate)
   */
  public record Verdict(double probability, boolean decided, boolean same, double[] features) {}

  /** The clusterer's decision on {@code later} joining {@code earlier}'s story, both arriving into an empty state. */
  public static Verdict judge(Document earlier, Document later, StoryClusterer.Params params, JoinModel model,
      StoryOptions options) {
    StoryClusterer c = new StoryClusterer(StoryState.inMemory(), params, model, options);
    String first = c.addObserved(earlier, "earlier", null);
    JoinEvidence[] seen = new JoinEvidence[1];
    c.addObserved(later, "later", (ev, story) -> {
      if (story.id.equals(first)) seen[0] = ev;
    });
    JoinEvidence ev = seen[0];
    if (ev == null) return new Verdict(model == null ? Double.NaN : 0, false, false, null);
    double p = model == null ? Double.NaN : model.probability(ev.features());
    return new Verdict(p, c.modelDecides(ev), c.margin(ev) >= 0, ev.features());
  }

  /** A pair of articles met while clustering, with the model's probability for the later one joining the earlier one's story. */
  public record Candidate(Document earlier, Document later, double probability) {}

  /**
   * The pairs whose probability lies within {@code band} of the model's threshold: the articles are
   * clustered in order by {@code model}, each candidate story the model decides for an article gives
   * the pair (story's first article, article), and the pair is judged on its own ({@link #judge}) and
   * kept when the model decides it and its probability is in the band. For sampling pairs to label.
   */
  public static List<Candidate> nearThreshold(List<Document> docs, StoryClusterer.Params params, JoinModel model,
      StoryOptions options, double band) {
    Map<String, Document> byId = new LinkedHashMap<>();
    for (Document d : docs) byId.put(d.id(), d);
    Map<String, Candidate> out = new LinkedHashMap<>();
    StoryClusterer c = new StoryClusterer(StoryState.inMemory(), params, model, options);
    for (Document d : docs) {
      List<String> partners = new ArrayList<>();
      c.addObserved(d, null, (ev, story) -> {
        if (!c.modelDecides(ev)) return;
        double p = model.probability(ev.features());
        if (Math.abs(p - model.threshold()) <= band + 0.1) partners.add(story.documents.get(0));
      });
      for (String id : partners) {
        Document e = byId.get(id);
        if (e == null || id.equals(d.id()) || out.containsKey(id + " " + d.id())) continue;
        Verdict v = judge(e, d, params, model, options);
        if (v.decided() && Math.abs(v.probability() - model.threshold()) <= band) {
          out.put(id + " " + d.id(), new Candidate(e, d, v.probability()));
        }
      }
    }
    return new ArrayList<>(out.values());
  }

  /** Counts of a pair set's decisions against its labels; "positive" is same story. */
  public record Tally(int truePos, int falsePos, int falseNeg, int trueNeg) {
    public Tally add(boolean gold, boolean same) {
      return new Tally(truePos + (gold && same ? 1 : 0), falsePos + (!gold && same ? 1 : 0),
          falseNeg + (gold && !same ? 1 : 0), trueNeg + (!gold && !same ? 1 : 0));
    }

    public int total() {
      return truePos + falsePos + falseNeg + trueNeg;
    }

    public double accuracy() {
      return total() == 0 ? Double.NaN : (double) (truePos + trueNeg) / total();
    }

    public double precision() {
      return truePos + falsePos == 0 ? Double.NaN : (double) truePos / (truePos + falsePos);
    }

    public double recall() {
      return truePos + falseNeg == 0 ? Double.NaN : (double) truePos / (truePos + falseNeg);
    }
  }
}
