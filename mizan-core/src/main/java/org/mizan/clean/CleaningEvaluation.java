package org.mizan.clean;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.mizan.doc.Document;
import org.mizan.doc.Paragraph;

/**
 * Scores cleaning and metadata against gold in the format of {@code seeds.gold.json}: line-level
 * precision/recall/F1 of "removed" (boilerplate) against "kept" (body), headline, date and outlet
 * accuracy, credited-source precision/recall, and every gold check (each {@code not_body} line out
 * of the body, each {@code body_must_contain} snippet in it, subheadings marked, headline and date
 * exact where given and unknown where gold is null, the clock time where gold gives {@code published_time},
 * outlet or one of its alternatives).
 *
 * <p>Line labels: a gold document either lists its boilerplate ({@code not_body}; every other line
 * counts as body) or labels every line ({@code line_labels}, aligned with the article's lines).
 * With {@code not_body}, lines the system turned into the headline or a metadata field (date stamp,
 * dateline) are left out of the line figures (gold lists boilerplate only; headline and date have
 * their own checks). With {@code line_labels}, every labelled line counts except the headline.
 */
public final class CleaningEvaluation {
  /** Labels that mean "part of the body" in {@code line_labels}. */
  static final Set<String> BODY = Set.of("body", "subheading");
  /** Labels (gold) and removal reasons (system) that are document fields, not boilerplate. */
  static final Set<String> FIELDS = Set.of("headline", "metadata", "dateline");

  private CleaningEvaluation() {}

  /** One gold check. */
  public record Check(String doc, String what, boolean passed, String detail) {}

  /** The figures and checks of one evaluation run. */
  public record Report(int documents, int tp, int fp, int fn, int tn, int headlineOk, int headlineTotal, int dateOk,
      int dateTotal, int outletOk, int outletTotal, int creditTp, int creditFp, int creditFn, List<Check> checks, List<String> notes) {

    public double precision() {
      return ratio(tp, tp + fp);
    }

    public double recall() {
      return ratio(tp, tp + fn);
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public long failed() {
      return checks.stream().filter(c -> !c.passed()).count();
    }

    /** The report as printed by {@code mizan eval cleaning}. */
    public String format() {
      StringBuilder sb = new StringBuilder();
      sb.append(String.format(Locale.ROOT, "documents: %d%n", documents));
      sb.append(String.format(Locale.ROOT, "lines removed-vs-kept: precision %.3f  recall %.3f  F1 %.3f"
          + "  (tp %d, fp %d, fn %d, tn %d)%n", precision(), recall(), f1(), tp, fp, fn, tn));
      sb.append(String.format(Locale.ROOT, "headline accuracy: %d/%d%n", headlineOk, headlineTotal));
      sb.append(String.format(Locale.ROOT, "date accuracy: %d/%d%n", dateOk, dateTotal));
      sb.append(String.format(Locale.ROOT, "outlet accuracy: %d/%d%n", outletOk, outletTotal));
      sb.append(String.format(Locale.ROOT, "credited sources: precision %.3f  recall %.3f  (tp %d, fp %d, fn %d)%n",
          ratio(creditTp, creditTp + creditFp), ratio(creditTp, creditTp + creditFn), creditTp, creditFp, creditFn));
      sb.append(String.format(Locale.ROOT, "gold checks: %d/%d passed%n", checks.size() - failed(), checks.size()));
      sb.append(failures());
      return sb.toString();
    }

    /** Every check, passed or not, one per line (for {@code --verbose}). */
    public String details() {
      StringBuilder sb = new StringBuilder();
      for (Check c : checks) sb.append(c.passed() ? "  ok   " : "  FAIL ").append(c.doc()).append(' ').append(c.what())
          .append(": ").append(c.detail()).append('\n');
      for (String note : notes) sb.append("  note ").append(note).append('\n');
      return sb.toString();
    }

    private String failures() {
      StringBuilder sb = new StringBuilder();
      for (Check c : checks) if (!c.passed()) sb.append("  FAIL ").append(c.doc()).append(' ').append(c.what())
          .append(": ").append(c.detail()).append('\n');
      return sb.toString();
    }
  }

  static double ratio(int a, int b) {
    return b == 0 ? 0 : (double) a / b;
  }

  /** Scores {@code docs} (gold id → analysed document; absent ids are reported as failed checks). */
  public static Report evaluate(JsonNode gold, Map<String, Document> docs) {
    int[] n = new int[13];
    List<Check> checks = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    int documents = 0;
    for (JsonNode g : gold.path("documents")) {
      String id = g.path("id").asText();
      Document d = docs.get(id);
      if (d == null) {
        checks.add(new Check(id, "input", false, "no input matches this gold id"));
        continue;
      }
      documents++;
      lines(g, d, n, checks, notes);
      if (g.has("headline_line") && d.raw() != null) { // held-out gold stores no text: the line's index
        int at = g.get("headline_line").asInt();
        String want = at < d.raw().lines().size() ? d.raw().lines().get(at) : null;
        g = ((com.fasterxml.jackson.databind.node.ObjectNode) g.deepCopy()).put("headline", want);
      }
      if (g.has("headline")) {
        boolean ok = same(g.get("headline"), d.headline());
        n[4] += ok ? 1 : 0;
        n[5]++;
        checks.add(new Check(id, "headline", ok, "expected " + text(g.get("headline")) + ", got " + d.headline()));
      }
      if (g.has("published")) {
        String want = g.get("published").isNull() ? null : g.get("published").asText();
        String got = d.published().inferred() ? null : d.published().value();
        boolean ok = want == null ? got == null : got != null && got.startsWith(want);
        n[6] += ok ? 1 : 0;
        n[7]++;
        checks.add(new Check(id, "published", ok, "expected " + want + ", got " + got));
      }
      if (g.hasNonNull("published_time") && g.hasNonNull("published")) { // a check of its own, like the weekday
        String want = g.get("published").asText() + "T" + g.get("published_time").asText();
        String got = d.published().inferred() ? null : d.published().value();
        checks.add(new Check(id, "published_time", got != null && got.startsWith(want), "expected " + want + ", got " + got));
      }
      if (g.has("published_weekday")) { // a check of its own: the date counts stay comparable with earlier runs
        String want = g.get("published_weekday").asText();
        String got = d.published().weekday();
        checks.add(new Check(id, "published_weekday", want.equals(got), "expected " + want + ", got " + got));
      }
      if (g.has("outlet")) {
        boolean ok = same(g.get("outlet"), d.outlet());
        for (JsonNode alt : g.path("outlet_alternatives")) ok |= same(alt, d.outlet());
        n[8] += ok ? 1 : 0;
        n[9]++;
        checks.add(new Check(id, "outlet", ok, "expected " + text(g.get("outlet")) + ", got " + d.outlet()));
      }
      for (String field : new String[] {"dateline", "byline"}) {
        if (!g.has(field)) continue;
        String got = field.equals("dateline") ? d.dateline() : d.byline();
        checks.add(new Check(id, field, same(g.get(field), got), "expected " + text(g.get(field)) + ", got " + got));
      }
      if (g.has("credited_sources")) {
        List<String> got = d.creditedSources().stream().map(Lines::key).toList();
        List<String> want = new ArrayList<>();
        for (JsonNode s : g.get("credited_sources")) want.add(Lines.key(s.asText()));
        for (String s : got) if (want.contains(s)) n[10]++; else n[11]++;
        for (String s : want) if (!got.contains(s)) n[12]++;
      }
    }
    return new Report(documents, n[0], n[1], n[2], n[3], n[4], n[5], n[6], n[7], n[8], n[9], n[10], n[11], n[12],
        checks, notes);
  }

  private static void lines(JsonNode g, Document d, int[] n, List<Check> checks, List<String> notes) {
    String id = g.path("id").asText();
    List<String> raw = d.raw() == null ? List.of() : d.raw().lines();
    List<String> kept = d.paragraphs().stream().map(p -> Lines.key(p.text())).filter(k -> !k.isEmpty()).toList();
    List<String> fields = d.removed().stream().filter(r -> FIELDS.contains(r.reason())).map(r -> Lines.key(r.text()))
        .toList();
    Map<String, String> notBody = new java.util.HashMap<>(); // line key -> kind
    for (JsonNode nb : g.path("not_body")) notBody.put(Lines.key(nb.path("line").asText()), nb.path("kind").asText());
    boolean inAppended = false;
    JsonNode labels = g.get("line_labels");
    for (int i = 0; i < raw.size(); i++) {
      String key = Lines.key(raw.get(i));
      if (key.isEmpty()) continue;
      boolean sysKept = isKept(key, kept);
      boolean goldRemoved;
      if (labels != null) {
        String label = i < labels.size() ? labels.get(i).asText() : "body";
        if (label.equals("headline")) continue; // scored by the headline check
        goldRemoved = !BODY.contains(label);
        checks.add(new Check(id, "line " + i, goldRemoved != sysKept, (goldRemoved ? "should be removed (" + label + ")"
            : "should be kept") + ": " + abbreviate(raw.get(i))));
      } else {
        // an appended article runs from a line listed as such up to the next line listed as something else
        String kind = notBody.get(key);
        if (kind != null) inAppended = kind.equals("appended-article");
        goldRemoved = kind != null || inAppended;
        if (!goldRemoved && !sysKept && fields.contains(key)) continue;
      }
      if (goldRemoved && !sysKept) n[0]++;
      else if (!goldRemoved && !sysKept) {
        n[1]++;
        if (labels == null) {
          notes.add(id + " line " + i + " removed, not listed in not_body: " + abbreviate(raw.get(i)));
        }
      }
      else if (goldRemoved) n[2]++;
      else n[3]++;
    }
    for (JsonNode nb : g.path("not_body")) {
      String key = Lines.key(nb.path("line").asText());
      checks.add(new Check(id, "not_body", !isKept(key, kept), abbreviate(nb.path("line").asText())));
    }
    String body = Lines.key(d.body());
    for (JsonNode s : g.path("body_must_contain")) {
      checks.add(new Check(id, "body_must_contain", body.contains(Lines.key(s.asText())), abbreviate(s.asText())));
    }
    for (JsonNode s : g.path("subheadings")) {
      String key = Lines.key(s.asText());
      boolean ok = d.paragraphs().stream()
          .anyMatch(p -> p.kind() == Paragraph.Kind.SUBHEADING && Lines.key(p.text()).equals(key));
      checks.add(new Check(id, "subheading", ok, abbreviate(s.asText())));
    }
  }

  /**
   * A raw line is kept when a kept paragraph is it, or is a part of it of three words or more (a line
   * split at a glued paragraph break, or cut of its dateline, is kept in parts).
   */
  static boolean isKept(String key, List<String> kept) {
    for (String k : kept) {
      if (k.equals(key) || (k.split(" ").length >= 3 && Lines.containsWords(key, k))) return true;
      if (k.split(" ").length >= 3 && key.replace(" ", "").contains(k.replace(" ", ""))) return true;
    }
    return false;
  }

  private static boolean same(JsonNode want, String got) {
    if (want == null || want.isNull()) return got == null;
    return got != null && Lines.key(want.asText()).equals(Lines.key(got));
  }

  private static String text(JsonNode n) {
    return n == null || n.isNull() ? "null" : n.asText();
  }

  private static String abbreviate(String s) {
    String t = s.strip();
    return t.length() <= 60 ? t : t.substring(0, 57) + "...";
  }
}
