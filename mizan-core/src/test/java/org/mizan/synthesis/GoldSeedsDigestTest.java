package org.mizan.synthesis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mizan.doc.Document;
import org.mizan.doc.Json;
import org.mizan.synthesis.StoryDigest.Citation;
import org.mizan.synthesis.StoryDigest.Divergence;
import org.mizan.synthesis.StoryDigest.Quantity;

/** Synthesis alone on the real seed text, with the gold standing in for the analysis stages. */
class GoldSeedsDigestTest {
  private static final List<Document> DOCS = GoldSeeds.docs();
  private static final StoryDigest G = Synthesizer.digest(GoldSeeds.story(), DOCS, GoldSeeds.entities());

  private static Set<String> docs(List<Citation> cs) {
    Set<String> out = new HashSet<>();
    for (Citation c : cs) out.add(c.documentId());
    return out;
  }

  @Test
  void rendersAllFormats() throws Exception {
    String md = DigestMarkdown.render(List.of(G));
    String html = DigestHtml.page(List.of(G), DOCS);
    assertThat(Json.line(G)).contains("\"story_id\":\"seeds\"");
    assertThat(md).contains("reported by 3 outlets");
    assertThat(html).contains("نقلته 3 وسائل إعلام");
    // kept for a look in a browser: target/gold-seeds-digest.html
    java.nio.file.Files.writeString(java.nio.file.Path.of("target/gold-seeds-digest.html"), html);
  }

  @Test
  void summaryIsThreeToSixCitedSentences() {
    assertThat(G.summary()).hasSizeBetween(3, 6);
    assertThat(G.summary()).allSatisfy(s -> assertThat(s.citations()).isNotEmpty());
  }

  @Test
  void summaryKeepsTheLatestDevelopment() {
    // 002 (2025-12-06, the Miami follow-up) is the only report of the latest day: its lead is in
    var latest = G.summary().stream().filter(s -> docs(s.citations()).contains("002")).toList();
    assertThat(latest).isNotEmpty();
    assertThat(latest.get(0).text()).startsWith("قال مستشارون للرئيس الأميركي");
  }

  @Test
  void rubioAndUshakovStatementsAreGroupedAcrossOutlets() {
    for (var same : GoldSeeds.GOLD.get("same_quote_across_sources")) {
      Set<String> want = new HashSet<>();
      same.get("docs").forEach(n -> want.add(n.asText()));
      var sp = G.quotes().stream().filter(x -> x.speaker().equals(same.get("speaker").asText())).findFirst().orElseThrow();
      assertThat(sp.statements()).anySatisfy(st -> assertThat(docs(st.citations())).containsAll(want));
    }
  }

  @Test
  void areaFiguresAgreeAndAreNotConfused() {
    for (double v : new double[] {701, 725}) {
      Quantity q = G.figures().stream().filter(x -> x.values().stream().anyMatch(f -> f.value() == v)).findFirst()
          .orElseThrow();
      assertThat(q.values()).hasSize(1);
      assertThat(q.agreement()).isTrue();
      assertThat(docs(q.values().get(0).citations())).containsExactlyInAnyOrder("000", "001");
    }
    Quantity hours = G.figures().stream().filter(x -> "hour".equals(x.unit())).findFirst().orElseThrow();
    assertThat(hours.agreement()).isTrue();
    assertThat(docs(hours.values().get(0).citations())).containsExactlyInAnyOrder("002", "003", "004");
  }

  @Test
  void progressDivergenceCitesBothSides() {
    // a claim is an opposition between reported statements; the gold lists the Kremlin's "no real
    // progress" as a divergence position but not among its quotes, so it is added as the indirect
    // quote the pipeline finds (SeedDigestTest checks the same divergence end to end)
    List<Document> docs = new java.util.ArrayList<>();
    for (Document d : DOCS) {
      int at = d.body().indexOf("اللقاء المطول");
      if (!d.id().equals("000") || at < 0) {
        docs.add(d);
        continue;
      }
      int end = d.body().indexOf("النزاع", at) + "النزاع".length();
      List<org.mizan.quotes.Quote> quotes = new java.util.ArrayList<>(d.quotes());
      quotes.add(new org.mizan.quotes.Quote(new org.mizan.quotes.Quote.Speaker("الكرملين", null, null),
          d.body().substring(at, end), "indirect", "أعلن", null, at, end));
      docs.add(d.withQuotes(quotes));
    }
    StoryDigest g = Synthesizer.digest(GoldSeeds.story(), docs, GoldSeeds.entities());
    Divergence d = g.divergences().stream()
        .filter(x -> x.kind().equals("claim") && org.mizan.text.ArabicNormalization.normalize(x.about()).contains("تقدم"))
        .findFirst().orElseThrow(() -> new AssertionError(g.divergences().toString()));
    assertThat(docs(d.positions().get(0).citations())).contains("000");
    assertThat(docs(d.positions().get(1).citations())).contains("001", "004");
    assertThat(G.divergences()).noneMatch(x -> x.kind().equals("claim")
        && org.mizan.text.ArabicNormalization.normalize(x.about()).contains("تقدم"));
  }
}
