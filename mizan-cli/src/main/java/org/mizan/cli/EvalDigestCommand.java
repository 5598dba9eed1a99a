package org.mizan.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.mizan.doc.Document;
import org.mizan.stories.Story;
import org.mizan.synthesis.CitationCheck;
import org.mizan.synthesis.DigestReport;
import org.mizan.synthesis.StoryDigest;
import org.mizan.synthesis.StoryDigest.Citation;
import org.mizan.synthesis.Synthesizer;
import org.mizan.text.ArabicNormalization;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code mizan eval digest}: the seed story's digest against the seed gold: timeline events on the
 * gold dates, same-statement groups, figure agreement, the gold divergences, and summary citations.
 */
@Command(name = "digest", mixinStandardHelpOptions = true,
    description = "Checks the digest of the seed story against the seed gold (timeline, same statements, "
        + "figures, divergences, citations) and prints what was found.")
public final class EvalDigestCommand implements Callable<Integer> {
  @Option(names = "--gold", paramLabel = "FILE", description = "Seed gold (default: ${DEFAULT-VALUE}).")
  Path gold = Path.of("../shared/gold/seeds.gold.json");

  @Option(names = "--seeds", paramLabel = "DIR", description = "Seed articles (default: ${DEFAULT-VALUE}).")
  Path seeds = Path.of("examples/seeds");

  @Override
  public Integer call() {
    GoldSeeds g;
    try {
      g = GoldSeeds.load(gold, seeds);
    } catch (IllegalArgumentException e) {
      System.err.println("mizan: " + e.getMessage());
      return Mizan.NOTHING_PROCESSED;
    }
    Map<String, Document> docs = g.documents;
    int clustered = DigestReport.storiesOf(g.corpus).size();
    List<String> ids = docs.values().stream().map(Document::id).toList();
    Story story = new Story("seeds", null, ids, List.of(), null, null,
        DigestReport.storiesOf(g.corpus).stream().flatMap(s -> s.syndication().stream()).toList());
    StoryDigest d = Synthesizer.digest(story, g.corpus.documents(), g.corpus.entities());
    System.out.println("digest of the seed story (" + gold + ")");
    System.out.println("  stories from clustering: " + clustered + " (gold: 1); the checks use the gold story");

    int found = 0;
    int total = 0;
    for (JsonNode ev : g.gold.path("timeline")) {
      Set<String> want = ids(docs, ev.path("docs"));
      Set<String> cited = new HashSet<>();
      d.timeline().stream().filter(e -> e.date().equals(ev.path("date").asText()))
          .forEach(e -> cited.addAll(docIds(e.citations())));
      cited.retainAll(want);
      total++;
      if (!cited.isEmpty()) found++;
      System.out.printf("    %s %s: %d of %d gold articles cited%n", ev.path("date").asText(),
          cited.isEmpty() ? "MISSED" : "found", cited.size(), want.size());
    }
    System.out.printf("  timeline: %d/%d gold events on their date (%d events, %d background)%n", found, total,
        d.timeline().size(), d.timeline().stream().filter(StoryDigest.TimelineEvent::background).count());

    found = 0;
    total = 0;
    for (JsonNode same : g.gold.path("same_quote_across_sources")) {
      Set<String> want = ids(docs, same.path("docs"));
      String last = lastWord(same.path("speaker").asText());
      total++;
      boolean ok = d.quotes().stream().filter(s -> ArabicNormalization.normalize(s.speaker()).endsWith(last))
          .flatMap(s -> s.statements().stream()).anyMatch(st -> docIds(st.citations()).containsAll(want));
      if (ok) found++;
    }
    System.out.printf("  same-statement groups: %d/%d gold groups (%d speakers, %d multi-outlet statements)%n",
        found, total, d.quotes().size(),
        d.quotes().stream().flatMap(s -> s.statements().stream()).filter(s -> s.outlets() > 1).count());

    // figures: every gold value given by two or more articles should be one quantity in agreement
    Map<String, Set<String>> byValue = new java.util.LinkedHashMap<>();
    for (JsonNode f : g.gold.path("figures")) {
      Document doc = docs.get(f.path("doc").asText());
      if (doc != null) {
        byValue.computeIfAbsent(f.path("value").asDouble() + " " + f.path("unit").asText(), k -> new HashSet<>())
            .add(doc.id());
      }
    }
    found = 0;
    total = 0;
    for (var e : byValue.entrySet()) {
      if (e.getValue().size() < 2) continue;
      double v = Double.parseDouble(e.getKey().substring(0, e.getKey().indexOf(' ')));
      total++;
      if (d.figures().stream().anyMatch(q -> q.agreement() && q.values().get(0).value() == v
          && docIds(q.values().get(0).citations()).containsAll(e.getValue()))) {
        found++;
      }
    }
    System.out.printf("  figures: %d/%d gold values given by several articles shown in agreement; %d conflicts%n",
        found, total, d.figures().stream().filter(StoryDigest.Quantity::conflict).count());

    // divergences: a digest divergence with, for each gold position, a side citing one of its articles
    found = 0;
    total = 0;
    StringBuilder which = new StringBuilder();
    for (JsonNode gd : g.gold.path("divergences")) {
      total++;
      boolean ok = d.divergences().stream().anyMatch(x -> {
        for (JsonNode pos : gd.path("positions")) {
          Set<String> want = ids(docs, pos.path("docs"));
          if (x.positions().stream().noneMatch(p -> docIds(p.citations()).stream().anyMatch(want::contains))) {
            return false;
          }
        }
        return x.positions().size() >= 2;
      });
      if (ok) found++;
      which.append(which.length() == 0 ? "" : "; ").append(gd.path("about").asText()).append(": ")
          .append(ok ? "found" : "MISSED");
    }
    System.out.printf("  divergences: %d/%d gold (%s); %d in all%n", found, total, which, d.divergences().size());

    long cited = d.summary().stream().filter(s -> !s.citations().isEmpty()).count();
    System.out.printf("  summary: %d sentences, %d cited, %d citations checked, %d violations%n", d.summary().size(),
        cited, CitationCheck.citations(d).size(), CitationCheck.violations(d, g.corpus.documents()).size());
    return Mizan.OK;
  }

  private static Set<String> ids(Map<String, Document> docs, JsonNode goldIds) {
    Set<String> out = new HashSet<>();
    for (JsonNode n : goldIds) if (docs.containsKey(n.asText())) out.add(docs.get(n.asText()).id());
    return out;
  }

  private static Set<String> docIds(List<Citation> cs) {
    Set<String> out = new HashSet<>();
    for (Citation c : cs) out.add(c.documentId());
    return out;
  }

  private static String lastWord(String name) {
    String n = ArabicNormalization.normalize(name);
    return n.substring(n.lastIndexOf(' ') + 1);
  }
}
