package org.mizan.doc;

/** A readable Markdown rendering of one analysed document. */
public final class DocumentMarkdown {
  private DocumentMarkdown() {}

  public static String render(Document d) {
    StringBuilder sb = new StringBuilder();
    sb.append("# ").append(d.headline() == null ? "(no headline)" : d.headline()).append("\n\n");
    sb.append("- id: `").append(d.id()).append("`\n");
    sb.append("- input: `").append(d.input()).append("` (").append(d.format()).append(")\n");
    sb.append("- outlet: ").append(orUnknown(d.outlet())).append('\n');
    if (!d.creditedSources().isEmpty()) {
      sb.append("- credited sources: ").append(String.join("، ", d.creditedSources())).append('\n');
    }
    Published p = d.published();
    sb.append("- published: ").append(orUnknown(p.value()));
    if (p.value() != null) {
      sb.append(p.inferred() ? " (inferred" : " (from «").append(p.inferred() ? "" : p.evidence() + "»")
          .append(String.format(java.util.Locale.ROOT, ", confidence %.2f)", p.confidence()));
    }
    sb.append('\n');
    if (d.dateline() != null) sb.append("- dateline: ").append(d.dateline()).append('\n');
    if (d.byline() != null) sb.append("- byline: ").append(d.byline()).append('\n');
    sb.append("\n## Body\n\n");
    for (Paragraph para : d.paragraphs()) {
      if (para.kind() == Paragraph.Kind.SUBHEADING) sb.append("### ").append(para.text()).append("\n\n");
      else sb.append(para.text()).append("\n\n");
    }
    if (!d.removed().isEmpty()) {
      sb.append("## Removed\n\n");
      for (Removed r : d.removed()) sb.append("- *").append(r.reason()).append("*: ").append(r.text()).append('\n');
      sb.append('\n');
    }
    return sb.toString();
  }

  private static String orUnknown(String s) {
    return s == null ? "unknown" : s;
  }
}
