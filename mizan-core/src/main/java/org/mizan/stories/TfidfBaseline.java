package org.mizan.stories;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mizan.doc.Document;
import org.mizan.doc.Paragraph;
import org.mizan.text.Token;
import org.mizan.text.Tokenizer;

/**
 * The plain baseline story clustering is measured against: single pass, tf-idf cosine of the whole
 * article (headline and body, clitic-stripped stems, same idf) with each cluster centroid, join the
 * best cluster at or above a threshold, else start a new one. No time, numbers, copies or merging.
 */
public final class TfidfBaseline {
  private TfidfBaseline() {}

  /** Article id → cluster id for the documents in order. */
  public static Map<String, String> cluster(List<Document> docs, double threshold) {
    return clusterVectors(vectors(docs), threshold);
  }

  /** Unit tf-idf vectors of the documents, in order (idf grows as they arrive, as in a stream). */
  public static List<Map.Entry<String, Map<String, Float>>> vectors(List<Document> docs) {
    Idf idf = Idf.standard();
    List<Map.Entry<String, Map<String, Float>>> out = new ArrayList<>();
    for (Document d : docs) {
      Map<String, Double> tf = new HashMap<>();
      if (d.headline() != null) count(d.headline(), tf);
      for (Paragraph p : d.paragraphs()) count(p.text(), tf);
      idf.add(tf.keySet());
      out.add(Map.entry(d.id(), Vectors.tfidf(tf, idf, Integer.MAX_VALUE)));
    }
    return out;
  }

  public static Map<String, String> clusterVectors(List<Map.Entry<String, Map<String, Float>>> vectors, double threshold) {
    List<Map<String, Float>> centroids = new ArrayList<>();
    List<Double> norms = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    Map<String, String> out = new LinkedHashMap<>();
    for (Map.Entry<String, Map<String, Float>> v : vectors) {
      int best = -1;
      double bestSim = threshold;
      for (int i = 0; i < centroids.size(); i++) {
        double s = Vectors.dot(v.getValue(), centroids.get(i)) / norms.get(i);
        if (s >= bestSim) {
          best = i;
          bestSim = s;
        }
      }
      if (best < 0) {
        centroids.add(new HashMap<>());
        norms.add(0.0);
        ids.add(v.getKey());
        best = centroids.size() - 1;
      }
      Map<String, Float> c = centroids.get(best);
      for (Map.Entry<String, Float> e : v.getValue().entrySet()) c.merge(e.getKey(), e.getValue(), Float::sum);
      double s = 0;
      for (float x : c.values()) s += (double) x * x;
      norms.set(best, Math.sqrt(s));
      out.put(v.getKey(), ids.get(best));
    }
    return out;
  }

  static void count(String text, Map<String, Double> tf) {
    for (Token t : Tokenizer.tokenize(text)) {
      String term = StoryFeatures.term(t);
      if (term != null) tf.merge(term, 1.0, Double::sum);
    }
  }
}
