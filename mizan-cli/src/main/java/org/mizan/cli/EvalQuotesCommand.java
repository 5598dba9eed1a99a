package org.mizan.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.mizan.doc.Document;
import org.mizan.quotes.Quote;
import org.mizan.quotes.QuoteScoring;
import org.mizan.quotes.StatementGroup;
import org.mizan.quotes.StatementGroups;
import org.mizan.text.ArabicNormalization;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code mizan eval quotes}: quotes and speakers against the seed gold and the held-out set. */
@Command(name = "quotes", mixinStandardHelpOptions = true,
    description = {"Scores quote extraction: seed quotes with the right speaker, cross-source groups, and "
        + "direct-quote speaker precision/recall on the held-out SaudiNewsNet annotations (eval/quotes/)."})
public final class EvalQuotesCommand implements Callable<Integer> {
  @Option(names = "--gold", paramLabel = "FILE", description = "Seed gold (default: ${DEFAULT-VALUE}).")
  Path gold = Path.of("../shared/gold/seeds.gold.json");

  @Option(names = "--seeds", paramLabel = "DIR", description = "Seed articles (default: ${DEFAULT-VALUE}).")
  Path seeds = Path.of("examples/seeds");

  @Option(names = "--heldout", paramLabel = "FILE", description = "Held-out annotations (default: ${DEFAULT-VALUE}).")
  Path heldout = Path.of("eval/quotes/saudinewsnet-heldout.json");

  @Mixin SaudiNewsNetData data;

  @Option(names = "--verbose", description = "List every miss and every unmatched prediction.")
  boolean verbose;

  @Override
  public Integer call() {
    GoldSeeds g = GoldSeeds.load(gold, seeds);
    List<QuoteScoring.Gold> golds = new ArrayList<>();
    for (JsonNode q : g.gold.path("quotes")) {
      String speaker = q.path("speaker").asText();
      golds.add(new QuoteScoring.Gold(q.path("doc").asText(), speaker, g.forms(speaker), q.path("snippet").asText(),
          q.path("kind").asText()));
    }
    Map<String, List<Quote>> predicted = new LinkedHashMap<>();
    g.documents.forEach((id, d) -> predicted.put(id, d.quotes()));
    QuoteScoring.Result r = QuoteScoring.score(predicted, golds, false);
    System.out.println("quotes on the seeds (" + gold + "): " + r.gold() + " gold quotes");
    System.out.printf("  recall, right speaker   %d/%d = %.3f%n", r.found(), r.gold(), r.recall());
    System.out.printf("  speaker precision       %d/%d = %.3f  (predicted quotes that match a gold quote)%n",
        r.matchedRight(), r.matched(), r.speakerPrecision());
    System.out.printf("  predicted quotes        %d (gold lists only some quotes of each article)%n", r.predicted());
    for (String m : r.misses()) System.out.println("  missed: " + m);
    groups(g);
    if (!java.nio.file.Files.isRegularFile(heldout)) {
      System.out.println("held-out: " + heldout + " not found, skipped");
      return Mizan.OK;
    }
    HeldOutQuotes h = HeldOutQuotes.load(heldout, data.dir);
    if (h == null) {
      System.out.println("held-out: " + data + " is absent, skipped");
      return Mizan.OK;
    }
    QuoteScoring.Result hr = QuoteScoring.score(h.predicted(), h.gold(), true);
    System.out.println("direct quotes on the held-out set (" + heldout + "): " + hr.gold() + " annotated quotes in "
        + h.articles() + " articles");
    System.out.printf("  speaker precision       %d/%d = %.3f  (every predicted direct quote with a speaker)%n",
        hr.matchedRight(), hr.predicted(), hr.precision());
    System.out.printf("  speaker left unknown    %d direct quotes (abstentions: not in precision)%n", hr.abstained());
    System.out.printf("  recall, right speaker   %d/%d = %.3f%n", hr.found(), hr.gold(), hr.recall());
    System.out.printf("  quote found, any speaker %d/%d = %.3f%n", hr.located(), hr.gold(),
        hr.gold() == 0 ? 0.0 : (double) hr.located() / hr.gold());
    if (verbose) {
      for (String m : hr.misses()) System.out.println("  missed: " + m);
      h.predicted().forEach((doc, qs) -> {
        for (Quote q : qs) {
          boolean ok = h.gold().stream().anyMatch(x -> x.doc().equals(doc) && QuoteScoring.overlaps(q.text(), x.snippet())
              && QuoteScoring.speakerMatches(q.speaker(), x.speakerForms()));
          if (!ok && "direct".equals(q.kind()) && !QuoteScoring.named(q.speaker())) {
            System.out.println("  unknown: " + doc + ": " + q.text());
          } else if (!ok && "direct".equals(q.kind())) {
            System.out.println("  wrong: " + doc + " " + name(q.speaker()) + ": " + q.text());
          }
        }
      });
    }
    return Mizan.OK;
  }

  private static void groups(GoldSeeds g) {
    List<Document> docs = new ArrayList<>();
    Map<String, String> idOf = new LinkedHashMap<>();
    g.documents.forEach((id, d) -> {
      docs.add(d);
      idOf.put(d.id(), id);
    });
    List<StatementGroup> groups = StatementGroups.group(docs);
    int found = 0;
    int total = 0;
    for (JsonNode s : g.gold.path("same_quote_across_sources")) {
      total++;
      Set<String> forms = new HashSet<>();
      for (String f : g.forms(s.path("speaker").asText())) forms.add(ArabicNormalization.normalize(f));
      Set<String> want = new HashSet<>();
      s.path("docs").forEach(d -> want.add(d.asText()));
      boolean ok = groups.stream().anyMatch(gr -> forms.contains(ArabicNormalization.normalize(gr.speaker()))
          && gr.members().stream().map(m -> idOf.get(m.docId())).toList().containsAll(want));
      if (ok) found++;
      else System.out.println("  group missed: " + s.path("speaker").asText() + " " + want);
    }
    System.out.printf("  cross-source groups     %d/%d found (%d groups proposed)%n", found, total, groups.size());
  }

  static String name(Quote.Speaker s) {
    return s == null ? "?" : s.canonical() != null ? s.canonical() : s.description();
  }
}
