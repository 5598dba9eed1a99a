package org.mizan.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.mizan.doc.Document;
import org.mizan.doc.RawArticle;
import org.mizan.ingest.SaudiNewsNet;
import org.mizan.pipeline.Pipelines;
import org.mizan.quotes.QuoteAgreement;
import org.mizan.quotes.QuoteAgreement.Group;
import org.mizan.quotes.QuoteAgreement.Verdict;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code mizan eval quote-agreement}: a silver signal for quote speakers with no gold. The same direct
 * quote printed by several articles of the given days should have one speaker; prints how many such
 * groups agree, disagree, or leave the speaker unknown where another article names it, and writes
 * the disagreeing and unknown-vs-named groups to a file for reading.
 */
@Command(name = "quote-agreement", mixinStandardHelpOptions = true,
    description = {"Groups the same direct quote across the articles of SaudiNewsNet day files and counts the "
        + "groups whose speakers agree, disagree, or are unknown where another article names them."})
public final class EvalQuoteAgreementCommand implements Callable<Integer> {
  @Parameters(paramLabel = "DAY_ZIP", arity = "1..*", description = "SaudiNewsNet day files (YYYY-MM-DD.zip).")
  List<Path> days;

  @Option(names = "--out", paramLabel = "FILE", description = "Where to write the groups (default: ${DEFAULT-VALUE}).")
  Path out = Path.of("/tmp/quote-agreement.txt");

  @Override
  public Integer call() throws IOException {
    List<RawArticle> raws = new ArrayList<>();
    for (Path day : days) {
      String name = day.getFileName().toString().replaceFirst("\\.zip$", "");
      int[] i = {0};
      SaudiNewsNet.read(day, a -> raws.add(SaudiNewsNet.asText(a, name + "/" + i[0]++)));
    }
    List<Document> docs;
    try (Progress p = new Progress("analysing", raws.size(), true)) {
      docs = Pipelines.standard().analyseAll(raws, 1, x -> { }, p::step);
    }
    List<Group> groups = QuoteAgreement.groups(docs);
    Map<Verdict, Integer> count = new EnumMap<>(Verdict.class);
    for (Verdict v : Verdict.values()) count.put(v, 0);
    long unknownMembers = 0;
    for (Group g : groups) {
      count.merge(g.verdict(), 1, Integer::sum);
      if (g.verdict() == Verdict.UNKNOWN_VS_NAMED) {
        unknownMembers += g.members().stream().filter(m -> !org.mizan.quotes.SpeakerAgreement.named(m.quote().speaker())).count();
      }
    }
    int withTwoNamed = count.get(Verdict.AGREE) + count.get(Verdict.DISAGREE);
    System.out.printf("quote agreement over %d days, %d articles: %d groups of the same direct quote in 2+ articles%n",
        days.size(), docs.size(), groups.size());
    System.out.printf("  agreeing          %d%n", count.get(Verdict.AGREE));
    System.out.printf("  disagreeing       %d  (%.3f of the %d groups where only named speakers meet)%n",
        count.get(Verdict.DISAGREE), withTwoNamed == 0 ? 0.0 : (double) count.get(Verdict.DISAGREE) / withTwoNamed, withTwoNamed);
    System.out.printf("  unknown vs named  %d  (%d quotes left unknown whose speaker another article names)%n",
        count.get(Verdict.UNKNOWN_VS_NAMED), unknownMembers);
    System.out.printf("  all unknown       %d%n", count.get(Verdict.ALL_UNKNOWN));
    write(groups, docs);
    System.out.println("  disagreeing and unknown-vs-named groups written to " + out);
    return Mizan.OK;
  }

  private void write(List<Group> groups, List<Document> docs) throws IOException {
    Map<String, Document> byId = new java.util.HashMap<>();
    for (Document d : docs) byId.put(d.id(), d);
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
      int n = 0;
      for (Verdict v : List.of(Verdict.DISAGREE, Verdict.UNKNOWN_VS_NAMED)) {
        for (Group g : groups) {
          if (g.verdict() != v) continue;
          w.printf("== %s %d%n", v, ++n);
          for (QuoteAgreement.Member m : g.members()) {
            Document d = byId.get(m.docId());
            String body = d.body();
            int from = Math.max(0, m.quote().start() - 160);
            String before = body.substring(from, Math.max(from, Math.min(body.length(), m.quote().start()))).replace('\n', ' ');
            String text = m.quote().text();
            w.printf("  %s [%s] %s | ...%s >>%s%n", m.docId(), host(d), EvalQuotesCommand.name(m.quote().speaker()),
                before, text.length() > 90 ? text.substring(0, 90) + "…" : text);
          }
        }
      }
    }
  }

  private static String host(Document d) {
    String url = d.url() == null ? "" : d.url();
    return url.replaceFirst("^https?://(www\\.)?", "").replaceFirst("/.*", "");
  }
}
