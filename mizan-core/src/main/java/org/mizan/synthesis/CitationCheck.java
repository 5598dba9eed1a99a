package org.mizan.synthesis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mizan.doc.Document;
import org.mizan.synthesis.StoryDigest.Citation;

/**
 * The guarantee behind every citation: the cited text really occurs in the cited article's body at
 * the cited offsets. Run on every digest the {@link Synthesizer} produces; a failure is a bug.
 */
public final class CitationCheck {
  private CitationCheck() {}

  /** Every citation of {@code digest} that does not hold (empty when all are verified). */
  public static List<String> violations(StoryDigest digest, List<Document> docs) {
    Map<String, String> bodies = new HashMap<>();
    for (Document d : docs) bodies.put(d.id(), d.body());
    List<String> out = new ArrayList<>();
    for (Citation c : citations(digest)) {
      String body = bodies.get(c.documentId());
      if (body == null) out.add("cites unknown document " + c.documentId());
      else if (c.start() < 0 || c.end() > body.length() || c.start() > c.end()
          || !body.substring(c.start(), c.end()).equals(c.text())) {
        out.add("document " + c.documentId() + " has no «" + c.text() + "» at " + c.start() + ".." + c.end());
      } else if (!digest.documents().contains(c.documentId())) {
        out.add("cites document " + c.documentId() + " outside the story");
      }
    }
    return out;
  }

  /** Every citation in the digest, section by section. */
  public static List<Citation> citations(StoryDigest g) {
    List<Citation> all = new ArrayList<>();
    g.summary().forEach(s -> all.addAll(s.citations()));
    g.timeline().forEach(e -> all.addAll(e.citations()));
    g.quotes().forEach(sp -> sp.statements().forEach(st -> all.addAll(st.citations())));
    g.figures().forEach(q -> q.values().forEach(v -> all.addAll(v.citations())));
    g.divergences().forEach(d -> d.positions().forEach(p -> all.addAll(p.citations())));
    return all;
  }
}
