package org.mizan.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.ToIntFunction;
import org.mizan.doc.Document;
import org.mizan.doc.RawArticle;
import org.mizan.entities.CorpusPropagateStage;
import org.mizan.entities.LinkStage;
import org.mizan.ingest.SaudiNewsNet;
import org.mizan.pipeline.Corpus;
import org.mizan.pipeline.DocumentStage;
import org.mizan.pipeline.Pipeline;
import org.mizan.pipeline.Pipelines;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code mizan eval entity-consistency}: a silver signal for entities, needing no gold. Runs the
 * cleaning and entity stages over whole SaudiNewsNet days and reports the names that are treated
 * differently across the articles printing them ({@link EntityConsistency}).
 */
@Command(name = "entity-consistency", mixinStandardHelpOptions = true,
    description = {"Runs cleaning and the entity stages (with cross-document linking per day) over whole day zips and",
        "reports, per printed name: conflicting types, articles that print it with no mention of it (missed) or",
        "a mention of another extent (cut), names tagged in under half the articles printing them, and the",
        "names split over two entities of one day. No gold needed: one name should be treated alike."})
public final class EvalEntityConsistencyCommand implements Callable<Integer> {
  @Parameters(paramLabel = "DAY.zip", arity = "1..*", description = "SaudiNewsNet day files.")
  List<Path> days;

  @Option(names = "--min-articles", description = "Only names printed in at least this many articles (default: ${DEFAULT-VALUE}).")
  int minArticles = 3;

  @Option(names = "--top", description = "Names listed per table (default: ${DEFAULT-VALUE}).")
  int top = 30;

  @Option(names = "--examples", description = "Print example contexts under each listed name.")
  boolean examples;

  @Option(names = "--dump", paramLabel = "FILE", description = "Write every classified printing of a name, with its context, to FILE (for reading).")
  Path dump;

  @Override
  public Integer call() throws IOException {
    EntityConsistency c = new EntityConsistency();
    java.io.PrintWriter dumpOut = dump == null ? null
        : new java.io.PrintWriter(java.nio.file.Files.newBufferedWriter(dump, java.nio.charset.StandardCharsets.UTF_8));
    if (dumpOut != null) c.dumpTo(dumpOut::println);
    for (Path zip : days) analyseDay(zip, c);
    Map<String, EntityConsistency.Form> all = c.forms();
    if (dumpOut != null) dumpOut.close();
    List<EntityConsistency.Form> forms = new ArrayList<>();
    for (EntityConsistency.Form f : all.values()) if (f.printed() >= minArticles) forms.add(f);
    List<EntityConsistency.Form> rare = forms.stream().filter(f -> f.taggedShare() < 0.5).toList();
    List<EntityConsistency.Form> usual = forms.stream().filter(f -> f.taggedShare() >= 0.5).toList();
    System.out.printf("entity consistency over %d days, %d articles; %d names printed in >= %d articles%n", days.size(),
        c.documents(), forms.size(), minArticles);
    System.out.printf("  type conflicts        %d articles (tagged with a type other than the name's usual one)%n",
        sum(forms, EntityConsistency.Form::minorityType));
    System.out.printf("  entity splits         %d articles (the name on another entity than its usual one that day)%n",
        sum(forms, EntityConsistency.Form::minorityEntity));
    System.out.printf("  missed                %d articles (a name tagged in >= half its articles, printed with no mention)%n",
        sum(usual, f -> f.count(EntityConsistency.Status.MISSED)));
    System.out.printf("  cut                   %d articles (... printed under a mention of another extent)%n",
        sum(usual, f -> f.count(EntityConsistency.Status.CUT)));
    System.out.printf("  rarely tagged         %d names, %d tagged articles (tagged in < half the articles printing them)%n",
        rare.size(), sum(rare, f -> f.count(EntityConsistency.Status.TAGGED)));
    table("type conflicts", forms, EntityConsistency.Form::minorityType);
    table("entity splits", forms, EntityConsistency.Form::minorityEntity);
    table("missed or cut (names tagged in >= half)", usual,
        f -> f.count(EntityConsistency.Status.MISSED) + f.count(EntityConsistency.Status.CUT));
    table("rarely tagged", rare, f -> f.count(EntityConsistency.Status.TAGGED));
    table("biggest names", forms, EntityConsistency.Form::printed);
    return Mizan.OK;
  }

  private static int sum(List<EntityConsistency.Form> forms, ToIntFunction<EntityConsistency.Form> w) {
    return forms.stream().mapToInt(w).sum();
  }

  private void table(String title, List<EntityConsistency.Form> forms, ToIntFunction<EntityConsistency.Form> weight) {
    System.out.println("== " + title);
    forms.stream().filter(f -> weight.applyAsInt(f) > 0)
        .sorted(Comparator.comparingInt(weight).reversed().thenComparing(f -> f.key)).limit(top)
        .forEach(f -> {
          System.out.printf("  %4d  %-30s printed %d: tagged %d, cut %d, missed %d; types %s; entities %d%n",
              weight.applyAsInt(f), f.key, f.printed(), f.count(EntityConsistency.Status.TAGGED),
              f.count(EntityConsistency.Status.CUT), f.count(EntityConsistency.Status.MISSED), f.types, f.ids.size());
          if (examples) f.examples.forEach((label, ctx) -> System.out.println("          " + label + "  " + ctx));
        });
  }

  /** Cleaning and entity stages on every article of the day, then the day's cross-document linking. */
  private static void analyseDay(Path zip, EntityConsistency c) throws IOException {
    List<RawArticle> raws = new ArrayList<>();
    SaudiNewsNet.read(zip, a -> raws.add(SaudiNewsNet.asPage(a, a.url())));
    Pipeline.Builder b = Pipeline.builder();
    for (DocumentStage s : Pipelines.cleaning(null, org.mizan.clean.RepeatedLines.learn(raws))) b.add(s);
    for (DocumentStage s : Pipelines.entities()) b.add(s);
    Pipeline pipeline = b.add(new CorpusPropagateStage()).add(new LinkStage()).build();
    List<Document> docs = pipeline.analyseAll(raws, 1, p -> {}, () -> {});
    Corpus corpus = pipeline.synthesise(docs);
    String day = zip.getFileName().toString().replace(".zip", "");
    for (Document d : corpus.documents()) c.add(day, d.id(), d);
    System.err.println("mizan: " + day + ": " + docs.size() + " articles");
  }
}
