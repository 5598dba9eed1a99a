package org.mizan.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mizan.doc.Document;
import org.mizan.ingest.SaudiNewsNet;
import org.mizan.pipeline.Pipeline;
import org.mizan.pipeline.Pipelines;
import org.mizan.quotes.Quote;
import org.mizan.quotes.QuoteScoring;

/**
 * The held-out quote annotations ({@code eval/quotes/}): article ids (day + url) with their direct
 * quotes. The article text is read from the SaudiNewsNet zips at eval time, never from the repo.
 */
record HeldOutQuotes(Map<String, List<Quote>> predicted, List<QuoteScoring.Gold> gold, int articles) {

  /** Loads and analyses the annotated articles, or returns null when the data set is absent. */
  static HeldOutQuotes load(Path annotations, Path data) {
    JsonNode root = AnnotatedArticles.json(annotations);
    if (AnnotatedArticles.needsCorpus(root.path("articles")) && !java.nio.file.Files.isDirectory(data)) return null;
    Map<String, SaudiNewsNet.Article> found = AnnotatedArticles.read(annotations, root.path("articles"), data);
    Pipeline pipeline = Pipelines.standard();
    Map<String, List<Quote>> predicted = new LinkedHashMap<>();
    List<QuoteScoring.Gold> gold = new ArrayList<>();
    for (JsonNode a : root.path("articles")) {
      String id = a.path("id").asText();
      SaudiNewsNet.Article art = found.get(id);
      Document d = pipeline.analyse(SaudiNewsNet.asText(art, id), p -> System.err.println("mizan: " + p));
      predicted.put(id, d == null ? List.of() : d.quotes());
      String content = SaudiNewsNet.nz(art.content());
      for (JsonNode q : a.path("quotes")) {
        String snippet = q.path("snippet").asText();
        if (!content.contains(snippet)) {
          throw new IllegalArgumentException(annotations + ": snippet of " + id + " is not in the article: " + snippet);
        }
        List<String> forms = new ArrayList<>();
        q.path("forms").forEach(f -> forms.add(f.asText()));
        gold.add(new QuoteScoring.Gold(id, q.path("speaker").asText(), new java.util.HashSet<>(forms), snippet, "direct"));
      }
    }
    return new HeldOutQuotes(predicted, gold, root.path("articles").size());
  }
}
