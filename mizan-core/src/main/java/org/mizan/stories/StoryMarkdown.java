package org.mizan.stories;

import java.util.HashMap;
import java.util.Map;
import org.mizan.doc.Document;
import org.mizan.pipeline.Corpus;

/** The story list of a run as Markdown: one section per story, biggest first, with its articles. */
public final class StoryMarkdown {
  private StoryMarkdown() {}

  public static String render(Corpus corpus) {
    Map<String, Document> docs = new HashMap<>();
    for (Document d : corpus.documents()) docs.put(d.id(), d);
    StringBuilder b = new StringBuilder("# Stories\n\n");
    b.append(corpus.stories().size()).append(" stories from ").append(corpus.documents().size()).append(" articles.\n");
    var stories = new java.util.ArrayList<>(corpus.stories());
    stories.sort((x, y) -> Integer.compare(y.documents().size(), x.documents().size()));
    for (Story s : stories) {
      b.append("\n## ").append(s.label() == null || s.label().isBlank() ? s.id() : s.label()).append("\n\n");
      b.append("- id: `").append(s.id()).append("`\n");
      b.append("- articles: ").append(s.documents().size()).append(", outlets: ")
          .append(s.outlets().isEmpty() ? "unknown" : String.join(", ", s.outlets())).append('\n');
      if (s.firstSeen() != null) b.append("- seen: ").append(s.firstSeen()).append(" → ").append(s.lastSeen()).append('\n');
      for (String id : s.documents()) {
        Document d = docs.get(id);
        String title = d == null ? "" : StoryFeatures.headline(d);
        String outlet = d == null || d.outlet() == null ? "" : " (" + d.outlet() + ")";
        b.append("  - `").append(id).append("` ").append(title).append(outlet).append('\n');
      }
      for (Story.SyndicationGroup g : s.syndication()) {
        b.append("- copied text (").append(g.kind().replace('_', ' ')).append(", ")
            .append(String.format(java.util.Locale.ROOT, "%.2f", g.similarity())).append(g.agency() == null ? "" : ", likely from " + g.agency())
            .append("): ").append(String.join(", ", g.documents())).append('\n');
      }
    }
    return b.toString();
  }
}
