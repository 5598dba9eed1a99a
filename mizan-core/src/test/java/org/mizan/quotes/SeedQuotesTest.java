package org.mizan.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mizan.doc.Document;
import org.mizan.doc.RawArticle;
import org.mizan.figures.Figure;
import org.mizan.figures.FigureExtractor;
import org.mizan.figures.FigureScoring;
import org.mizan.testing.Fixtures;

/** The seed articles against their gold: every quote with its speaker, every figure, the cross-source groups. */
class SeedQuotesTest {
  private static final Map<String, Document> DOCS = new LinkedHashMap<>();
  private static JsonNode gold;

  @BeforeAll
  static void analyse() {
    gold = Fixtures.seedGold();
    QuoteExtractor quotes = new QuoteExtractor();
    FigureExtractor figures = new FigureExtractor();
    for (JsonNode d : gold.path("documents")) {
      String id = d.path("id").asText();
      Path f = Fixtures.seed(id);
      List<String> lines = Fixtures.lines(f).stream().map(String::strip).filter(l -> !l.isEmpty()).toList();
      Document doc = Document.of(new RawArticle(id, f.toString(), "text", lines, Map.of()));
      DOCS.put(id, figures.apply(quotes.apply(doc)));
    }
  }

  private static Set<String> forms(String canonical) {
    Set<String> out = new HashSet<>();
    for (JsonNode e : gold.path("entities")) {
      if (e.path("canonical").asText().equals(canonical)) e.path("forms").forEach(x -> out.add(x.asText()));
    }
    return out;
  }

  @Test
  void everySeedQuoteIsFoundWithItsSpeaker() {
    List<QuoteScoring.Gold> golds = new ArrayList<>();
    for (JsonNode q : gold.path("quotes")) {
      String s = q.path("speaker").asText();
      golds.add(new QuoteScoring.Gold(q.path("doc").asText(), s, forms(s), q.path("snippet").asText(), q.path("kind").asText()));
    }
    Map<String, List<Quote>> predicted = new LinkedHashMap<>();
    DOCS.forEach((id, d) -> predicted.put(id, d.quotes()));
    QuoteScoring.Result r = QuoteScoring.score(predicted, golds, false);
    assertThat(r.misses()).isEmpty();
    assertThat(r.speakerPrecision()).isEqualTo(1.0);
  }

  @Test
  void everySeedFigureHasItsValueAndUnit() {
    List<FigureScoring.Gold> golds = new ArrayList<>();
    for (JsonNode f : gold.path("figures")) {
      golds.add(new FigureScoring.Gold(f.path("doc").asText(), f.path("snippet").asText(), f.path("value").asDouble(),
          f.path("unit").asText()));
    }
    Map<String, List<Figure>> predicted = new LinkedHashMap<>();
    DOCS.forEach((id, d) -> predicted.put(id, d.figures()));
    assertThat(FigureScoring.score(predicted, golds).misses()).isEmpty();
  }

  @Test
  void theSameStatementIsGroupedAcrossOutlets() {
    List<StatementGroup> groups = StatementGroups.group(new ArrayList<>(DOCS.values()));
    for (JsonNode s : gold.path("same_quote_across_sources")) {
      Set<String> want = new HashSet<>();
      s.path("docs").forEach(d -> want.add(d.asText()));
      String speaker = s.path("speaker").asText();
      assertThat(groups).as(speaker + " " + want).anySatisfy(g -> {
        assertThat(g.speaker()).isEqualTo(speaker);
        assertThat(g.members().stream().map(StatementGroup.Member::docId).toList()).containsAll(want);
        assertThat(g.score()).isBetween(StatementGroups.THRESHOLD, 1.0);
      });
    }
  }
}
