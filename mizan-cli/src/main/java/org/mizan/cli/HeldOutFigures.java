package org.mizan.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mizan.doc.Document;
import org.mizan.figures.Figure;
import org.mizan.figures.HeldOutScoring;
import org.mizan.figures.TextDate;
import org.mizan.ingest.SaudiNewsNet;
import org.mizan.pipeline.Pipeline;
import org.mizan.pipeline.Pipelines;

/**
 * The held-out figure and date annotations ({@code eval/figures/}): article ids (day + url, or a
 * page {@code file}) with their figures and dates. SaudiNewsNet text is read from the zips at eval
 * time and dated as {@link SaudiNewsNet#document} dates it; a page is dated by its {@code published}.
 */
record HeldOutFigures(Map<String, List<Figure>> figures, Map<String, List<TextDate>> dates,
    List<HeldOutScoring.GoldFigure> goldFigures, List<HeldOutScoring.GoldDate> goldDates, int articles) {

  /** Loads and analyses the annotated articles, or returns null when the data set is absent. */
  static HeldOutFigures load(Path annotations, Path data) {
    JsonNode root = AnnotatedArticles.json(annotations);
    if (AnnotatedArticles.needsCorpus(root.path("articles")) && !Files.isDirectory(data)) return null;
    Map<String, SaudiNewsNet.Article> found = AnnotatedArticles.read(annotations, root.path("articles"), data);
    Pipeline pipeline = Pipelines.standard();
    Map<String, List<Figure>> figures = new LinkedHashMap<>();
    Map<String, List<TextDate>> dates = new LinkedHashMap<>();
    List<HeldOutScoring.GoldFigure> goldFigures = new ArrayList<>();
    List<HeldOutScoring.GoldDate> goldDates = new ArrayList<>();
    for (JsonNode a : root.path("articles")) {
      String id = a.path("id").asText();
      SaudiNewsNet.Article art = anchored(found.get(id), a);
      Document d = SaudiNewsNet.document(art, pipeline, p -> System.err.println("mizan: " + p));
      figures.put(id, d == null ? List.of() : d.figures());
      dates.put(id, d == null ? List.of() : d.dates());
      String content = SaudiNewsNet.nz(art.content());
      for (JsonNode f : a.path("figures")) {
        Set<String> units = new LinkedHashSet<>();
        if (f.path("unit").isArray()) f.path("unit").forEach(u -> units.add(u.asText()));
        else units.add(f.path("unit").asText());
        String approx = f.path("approx").isTextual() ? f.path("approx").asText() : null;
        goldFigures.add(new HeldOutScoring.GoldFigure(id, located(f, content, annotations, id),
            f.path("value").asDouble(), units, approx));
      }
      for (JsonNode t : a.path("dates")) {
        goldDates.add(new HeldOutScoring.GoldDate(id, located(t, content, annotations, id), t.path("value").asText()));
      }
    }
    return new HeldOutFigures(figures, dates, goldFigures, goldDates, root.path("articles").size());
  }

  /** A page written for the set has no corpus date: its annotated {@code published} date is the anchor. */
  private static SaudiNewsNet.Article anchored(SaudiNewsNet.Article art, JsonNode a) {
    if (art.dateExtracted() != null || !a.path("published").isTextual()) return art;
    return new SaudiNewsNet.Article(art.source(), art.url(), a.path("published").asText(), art.title(), art.author(),
        art.content());
  }

  private static String located(JsonNode entry, String content, Path annotations, String id) {
    String snippet = entry.path("snippet").asText();
    if (snippet.isEmpty() || !content.contains(snippet)) {
      throw new IllegalArgumentException(annotations + ": snippet of " + id + " is not in the article: " + snippet);
    }
    return snippet;
  }
}
