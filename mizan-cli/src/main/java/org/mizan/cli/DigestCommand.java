package org.mizan.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.mizan.doc.Document;
import org.mizan.doc.RawArticle;
import org.mizan.ingest.Ingestor;
import org.mizan.pipeline.Corpus;
import org.mizan.pipeline.Pipeline;
import org.mizan.pipeline.Pipelines;
import org.mizan.pipeline.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code mizan digest}: ingest, clean, analyse, cluster and synthesise, writing the reports. */
@Command(name = "digest", mixinStandardHelpOptions = true,
    description = {"Reads articles and writes a digest: documents, entities, stories and reports.",
        "Inputs are files, directories (read recursively), http(s) URLs, text files listing URLs (one per "
            + "line) or '-' for standard input; formats "
            + "(text, HTML, JSON/JSONL, RSS/Atom, WARC, zip) and encodings are detected from the content."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:at least one article was processed", "1:nothing could be processed",
        "2:invalid command line", "3:output could not be written"})
public final class DigestCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, directories, http(s) URLs, URL-list files or '-' (stdin).")
  List<String> inputs = new ArrayList<>();

  @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "Output directory (default: ${DEFAULT-VALUE}).")
  Path out = Path.of("out");

  @Option(names = "--reference-date", paramLabel = "DATE[THH:MM]", converter = ReferenceDate.class,
      description = {"Time the articles were collected (e.g. 2025-12-03 or 2025-12-03T14:00). Relative stamps "
          + "such as 'منذ ساعتين' are resolved against it, and an article that states no date gets this "
          + "date, marked inferred. Without it such dates stay unknown."})
  java.time.LocalDateTime referenceDate;

  @Option(names = {"-q", "--quiet"}, description = "No progress output, even on a terminal.")
  boolean quiet;

  @picocli.CommandLine.Mixin
  UrlOptions urls = new UrlOptions();

  @Option(names = {"-j", "--threads"}, paramLabel = "N",
      description = "Articles analysed in parallel (default: the number of cores, ${DEFAULT-VALUE}). "
          + "The output is the same whatever N.")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--doc-time-limit", paramLabel = "SECONDS",
      description = "An article whose analysis takes longer is skipped with a message (default: ${DEFAULT-VALUE}).")
  double docTimeLimit = Pipeline.DEFAULT_TIMEOUT.toSeconds();

  @Option(names = "--story-state", paramLabel = "FILE",
      description = "Keep the stories in this file between runs: a run extends the stories of earlier runs.")
  Path storyState;

  @Option(names = "--min-outlets", paramLabel = "N",
      description = "Only stories covered by at least N outlets go into digest.md/.html/.json (default: "
          + "${DEFAULT-VALUE}: every story); stories.jsonl and stories.md keep them all.")
  int minOutlets = 1;

  @Override
  public Integer call() {
    if (threads < 1 || !(docTimeLimit > 0) || minOutlets < 1) {
      System.err.println("mizan: --threads, --doc-time-limit and --min-outlets must be positive");
      return Mizan.USAGE;
    }
    org.mizan.ingest.UrlFetcher.Options urlOptions = urls.options();
    if (urlOptions == null) return Mizan.USAGE;
    // models load on other cores while the inputs are read (cold start of small runs)
    java.util.concurrent.CompletableFuture<Void> warm =
        java.util.concurrent.CompletableFuture.runAsync(() -> Pipelines.standard().warmUp());
    List<RawArticle> raws = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    try (Progress progress = new Progress("reading", 0, !quiet);
        Progress fetching = new Progress("fetching", 0, !quiet)) {
      new Ingestor().urls(urlOptions).onFetched(fetching::step).read(inputs, r -> {
        raws.add(r);
        progress.step();
      }, problems::add);
    }
    // short lines an outlet repeats across the batch are furniture: learned before analysis
    Pipeline pipeline = Pipelines.standard(referenceDate, storyState, org.mizan.clean.RepeatedLines.learn(raws))
        .withLimits(Duration.ofMillis((long) (docTimeLimit * 1000)), Pipeline.DEFAULT_MAX_CHARS);
    warm.join();
    List<Document> docs;
    try (Progress progress = new Progress("analysing", raws.size(), !quiet)) {
      // one thread for a handful of articles: starting workers would cost more than it saves
      docs = pipeline.analyseAll(raws, raws.size() < 16 ? 1 : threads, problems::add, progress::step);
    }
    // an outlet's second copy of one text would count and be cited as a second report
    org.mizan.ingest.Reposts.Split split = org.mizan.ingest.Reposts.split(docs);
    for (org.mizan.ingest.Reposts.Repost r : split.reposts()) {
      problems.add(new Problem(r.copy().input(), org.mizan.ingest.Reposts.reason(r.original().input())));
    }
    docs = split.kept();
    Corpus corpus;
    try {
      corpus = pipeline.synthesise(docs);
    } catch (java.io.UncheckedIOException e) {
      System.err.println("mizan: " + e.getMessage());
      return Mizan.FAILURE;
    }
    for (Problem p : problems) System.err.println("mizan: " + p);
    if (corpus.documents().isEmpty()) {
      System.err.println("mizan: nothing to digest");
      return Mizan.NOTHING_PROCESSED;
    }
    try {
      new DigestWriter(out, minOutlets).write(corpus);
    } catch (IOException e) {
      System.err.println("mizan: cannot write " + out + ": " + e.getMessage());
      return Mizan.FAILURE;
    }
    if (!quiet && Progress.onTerminal()) {
      System.err.println("mizan: " + corpus.documents().size() + " documents, " + corpus.stories().size()
          + " stories -> " + out);
    }
    return Mizan.OK;
  }
}
