package org.mizan.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mizan.doc.Document;
import org.mizan.text.ArabicNormalization;

/**
 * Articles an outlet published twice: the same headline and text under two addresses ({@code …/621072/x.html} and
 * {@code …/621072/x.html?weekly}, a page crawled twice, a file given twice). The later copy adds no
 * report, so a digest counts and cites the first only; the same text from another outlet is kept (wire
 * copy that outlet chose to run is a report of its own, and syndication detection groups it).
 */
public final class Reposts {
  private Reposts() {}

  /** A copy left out, and the earlier article it repeats. */
  public record Repost(Document copy, Document original) {}

  /** The articles kept, in their order, and the copies left out. */
  public record Split(List<Document> kept, List<Repost> reposts) {}

  /**
   * Keeps the first of each group of articles with the same {@link #fingerprint} and headline. An
   * article whose outlet is unknown is always kept: two outlets' identical wire copies, given as bare
   * text files, cannot be told from one outlet's copy twice, and losing a report is worse.
   */
  public static Split split(List<Document> docs) {
    Map<String, Document> first = new HashMap<>();
    List<Document> kept = new ArrayList<>(docs.size());
    List<Repost> reposts = new ArrayList<>();
    for (Document d : docs) {
      String key = key(d);
      Document earlier = key == null ? null : first.putIfAbsent(key, d);
      if (earlier == null) kept.add(d);
      else reposts.add(new Repost(d, earlier));
    }
    return new Split(List.copyOf(kept), List.copyOf(reposts));
  }

  /**
   * What two copies of one article share: the {@link #fingerprint} and the headline; null for an
   * article of unknown outlet, which is never taken for a copy.
   */
  public static String key(Document d) {
    if (d.outlet() == null || d.outlet().isBlank()) return null;
    String headline = d.headline() == null ? "" : ArabicNormalization.normalize(d.headline()).strip();
    return fingerprint(d) + "\n" + headline;
  }

  /** The line that names a copy left out, after its input: {@code skipped: … (a re-post)}. */
  public static String reason(String originalInput) {
    return "skipped: the same outlet's same text as " + originalInput + " (a re-post)";
  }

  /**
   * The outlet (empty when unknown) and the body in matching form with its spacing collapsed, hashed:
   * equal for two copies whatever their spelling of hamza or their line breaks.
   */
  public static String fingerprint(Document d) {
    String outlet = d.outlet() == null ? "" : d.outlet().strip();
    String body = ArabicNormalization.normalize(d.body()).replaceAll("\\s+", " ").strip();
    return Ids.sha256(outlet + "\n" + body).substring(0, 24);
  }
}
