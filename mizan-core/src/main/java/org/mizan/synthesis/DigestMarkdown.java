package org.mizan.synthesis;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.mizan.stories.RelatedStories;
import org.mizan.synthesis.StoryDigest.Citation;
import org.mizan.synthesis.StoryDigest.Divergence;
import org.mizan.synthesis.StoryDigest.FigureValue;
import org.mizan.synthesis.StoryDigest.Position;
import org.mizan.synthesis.StoryDigest.Quantity;
import org.mizan.synthesis.StoryDigest.Source;
import org.mizan.synthesis.StoryDigest.SpeakerStatements;
import org.mizan.synthesis.StoryDigest.Statement;
import org.mizan.synthesis.StoryDigest.SummarySentence;
import org.mizan.synthesis.StoryDigest.TimelineEvent;

/**
 * The digest as Markdown: one section per story; citations as {@code [outlet · doc-id]}. {@code &},
 * {@code <} and {@code >} are written as entities so article text cannot inject HTML.
 */
public final class DigestMarkdown {
  private DigestMarkdown() {}

  public static String render(List<StoryDigest> stories) {
    return render(new DigestReport(DigestReport.SCHEMA_VERSION, stories));
  }

  /** The report's stories, saying how many were left out for too few outlets. */
  public static String render(DigestReport report) {
    List<StoryDigest> stories = report.stories();
    StringBuilder sb = new StringBuilder("# Mizan digest\n\n");
    if (report.storiesLeftOut() > 0) {
      int n = report.storiesLeftOut();
      sb.append("Stories covered by at least ").append(report.minOutlets()).append(" outlets; ").append(n)
          .append(n == 1 ? " other story is" : " other stories are").append(" left out (all stories: stories.md).\n\n");
    }
    for (StoryDigest g : stories) {
      int n = g.documents().size();
      int outlets = DigestReport.outlets(g);
      sb.append("- ").append(g.label() == null ? g.storyId() : g.label()).append(" (").append(n)
          .append(n == 1 ? " article" : " articles");
      if (n > 1) sb.append(", ").append(outlets).append(outlets == 1 ? " outlet" : " outlets");
      sb.append(")\n");
    }
    for (StoryDigest g : stories) story(sb, g);
    // article text is untrusted: no raw HTML survives into renderers that allow it (our markup has none)
    return sb.toString().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /** A report time, or "date unknown" for articles that state none (never the word null). */
  private static String orUnknown(String iso) {
    return iso == null ? "date unknown" : iso;
  }

  static void story(StringBuilder sb, StoryDigest g) {
    sb.append("\n## ").append(g.label() == null ? g.storyId() : g.label()).append("\n\n");
    sb.append("story `").append(g.storyId()).append("` · first report ").append(orUnknown(g.coverage().firstReport()))
        .append(" · last report ").append(orUnknown(g.coverage().lastReport())).append("\n\n### Summary\n\n");
    for (SummarySentence s : g.summary()) sb.append(s.text()).append(' ').append(cites(s.citations())).append("\n");
    if (!g.timeline().isEmpty()) sb.append("\n### Timeline\n\n");
    for (TimelineEvent e : g.timeline()) {
      sb.append("- **").append(TimelineBuilder.readable(e.date(), "week of")).append("**").append(e.background() ? " *(background)*" : "")
          .append(e.inferred() ? " *(inferred from «" + e.dateText() + "»)*" : "").append(" ")
          .append(e.text()).append(' ').append(cites(e.citations())).append('\n');
    }
    if (!g.quotes().isEmpty()) sb.append("\n### Who said what\n");
    for (SpeakerStatements sp : g.quotes()) {
      sb.append("\n**").append(WhoSaidWhat.UNKNOWN.equals(sp.speaker()) ? "speaker not identified" : sp.speaker())
          .append("**\n\n");
      for (Statement st : sp.statements()) {
        sb.append("- «").append(st.text()).append("» (").append(String.join("/", st.kinds()));
        if (st.medium() != null) sb.append(", ").append(st.medium());
        if (st.outlets() > 1) sb.append(", reported by ").append(st.outlets()).append(" outlets");
        sb.append(") ").append(cites(st.citations())).append('\n');
      }
    }
    if (!g.figures().isEmpty()) sb.append("\n### Figures\n\n| quantity | value | sources | |\n|---|---|---|---|\n");
    for (Quantity q : g.figures()) {
      String label = FigureLabels.label(q) == null ? "—" : FigureLabels.label(q); // an amount with no unit or thing
      for (FigureValue v : q.values()) {
        sb.append("| ").append(label).append(" | ").append(v.text())
            .append(" | ").append(String.join("، ", v.outlets())).append(" | ")
            .append(q.conflict() ? "**disagreement**" : q.agreement() ? "agreement" : "").append(" |\n");
      }
    }
    if (!g.divergences().isEmpty()) sb.append("\n### Divergences\n");
    for (Divergence d : g.divergences()) {
      sb.append("\n- **").append(d.kind()).append("**: ").append("figure".equals(d.kind()) ? FigureLabels.label(d) : d.about())
          .append('\n');
      for (Position p : d.positions()) {
        sb.append("  - ").append(p.stance()).append(p.actor() == null ? "" : " (" + p.actor() + ")").append(": ")
            .append(p.claim()).append(' ').append(cites(p.citations())).append('\n');
      }
      if (d.note() != null) sb.append("  - note: ").append(d.note()).append('\n');
    }
    if (!g.related().isEmpty()) sb.append("\n### Related stories\n\n");
    for (RelatedStories.Link l : g.related()) {
      sb.append("- ").append(l.label() == null ? l.storyId() : l.label()).append(" (`").append(l.storyId()).append('`');
      if (!l.shared().isEmpty()) sb.append("; shared: ").append(String.join("، ", l.shared()));
      sb.append(")\n");
    }
    sb.append("\n### Sources\n\n");
    for (Source s : g.coverage().sources()) {
      sb.append("- `").append(s.documentId()).append("` ").append(s.outlet() == null ? "(outlet unknown)" : s.outlet())
          .append(", ").append(published(s));
      if (!s.creditedSources().isEmpty()) sb.append(", credits ").append(String.join("، ", s.creditedSources()));
      if (!s.syndicatedWith().isEmpty()) sb.append(", shares copied text with ").append(String.join(", ", s.syndicatedWith()));
      if (s.agency() != null) sb.append(" (").append(s.agency()).append(')');
      sb.append('\n');
    }
  }

  /** The stated date; else the stated weekday and where it places the article in the story. */
  static String published(Source s) {
    if (s.published() != null) return s.published();
    if (s.weekday() == null) return "date unknown";
    return "date not printed, says it is " + s.weekday() + (s.placedOn() == null ? "" : " (so likely " + s.placedOn() + ")");
  }

  private static String cites(List<Citation> cs) {
    Set<String> out = new LinkedHashSet<>();
    for (Citation c : cs) out.add("[" + (c.outlet() == null ? "" : c.outlet() + " · ") + c.documentId() + "]");
    return String.join("", out);
  }
}
