package org.mizan.stories;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mizan.doc.Document;

/**
 * Training data for {@link JoinModel}: the articles of a labelled set are clustered in order with
 * each article put in its gold story (teacher forcing), and every candidate story the clusterer
 * considers for an article becomes one example, positive when it is the article's gold story
 * (only the candidates the model decides: within {@link StoryClusterer#MODEL_HORIZON_HOURS}, no veto).
 */
public final class JoinTraining {
  private JoinTraining() {}

  /** Feature rows and labels, in article order then candidate order. */
  public record Examples(List<double[]> x, List<Boolean> y) {
    public Examples() {
      this(new ArrayList<>(), new ArrayList<>());
    }

    public int positives() {
      int n = 0;
      for (boolean b : y) if (b) n++;
      return n;
    }
  }

  /**
   * Adds the examples of one labelled set to {@code out}.
   *
   * @param docs the articles, in the order they arrive (publication time)
   * @param gold article id → gold story label
   * @param options the switchable rules on ({@link StoryOptions#ALL} for the model that ships)
   */
  public static void collect(List<Document> docs, Map<String, String> gold, StoryClusterer.Params params,
      StoryOptions options, Examples out) {
    run(docs, gold, params, options, null, true, out);
  }

  /**
   * Adds the examples the clusterer meets when it decides by {@code model} itself (its own, possibly
   * wrong, stories): a candidate is positive when most of its articles are in the article's gold story.
   * Trained on these too, the model learns the states its own mistakes lead to.
   */
  public static void collectOwn(List<Document> docs, Map<String, String> gold, StoryClusterer.Params params,
      StoryOptions options, JoinModel model, Examples out) {
    run(docs, gold, params, options, model, false, out);
  }

  /**
   * Adds labelled article pairs as examples ({@link StoryPairs#judge}: the later article against the
   * earlier one's story), each {@code weight} times; only pairs the model decides (a candidate within
   * its horizon, no veto). The story sets hold few candidates near the threshold; these are drawn there.
   *
   * @param pairs earlier and later article of each pair
   * @param same whether each pair is one story
   */
  public static void collectPairs(List<Document[]> pairs, List<Boolean> same, StoryClusterer.Params params,
      StoryOptions options, int weight, Examples out) {
    for (int i = 0; i < pairs.size(); i++) {
      StoryPairs.Verdict v = StoryPairs.judge(pairs.get(i)[0], pairs.get(i)[1], params, null, options);
      if (!v.decided()) continue;
      for (int k = 0; k < weight; k++) {
        out.x().add(v.features());
        out.y().add(same.get(i));
      }
    }
  }

  private static void run(List<Document> docs, Map<String, String> gold, StoryClusterer.Params params,
      StoryOptions options, JoinModel model, boolean forced, Examples out) {
    StoryClusterer c = new StoryClusterer(StoryState.inMemory(), params, model, options);
    for (Document d : docs) {
      String mine = gold.get(d.id());
      if (mine == null) continue;
      c.addObserved(d, forced ? mine : null, (ev, story) -> {
        if (!c.modelDecides(ev)) return;
        out.x().add(ev.features());
        out.y().add(mine.equals(majority(story.documents(), gold)));
      });
    }
  }

  /** The gold story most of {@code docs} are in (ties: the first reached). */
  static String majority(List<String> docs, Map<String, String> gold) {
    Map<String, Integer> n = new java.util.LinkedHashMap<>();
    for (String d : docs) {
      String g = gold.get(d);
      if (g != null) n.merge(g, 1, Integer::sum);
    }
    String best = null;
    for (Map.Entry<String, Integer> e : n.entrySet()) if (best == null || e.getValue() > n.get(best)) best = e.getKey();
    return best;
  }
}
