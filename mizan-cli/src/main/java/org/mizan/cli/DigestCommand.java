package org.mizan.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
        "Inputs are files, directories (read recursively) or '-' for standard input; formats "
            + "(text, HTML, JSON/JSONL, RSS/Atom, WARC, zip) and encodings are detected from the content."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:at least one article was processed", "1:nothing could be processed",
        "2:invalid command line", "3:output could not be written"})
public final class DigestCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, directories or '-' (stdin).")
  List<String> inputs = new ArrayList<>();

  @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "Output directory (default: ${DEFAULT-VALUE}).")
  Path out = Path.of("out");

  @Option(names = {"-q", "--quiet"}, description = "No progress output, even on a terminal.")
  boolean quiet;

  @Option(names = "--story-state", paramLabel = "FILE",
      description = "Keep the stories in this file between runs: a run extends the stories of earlier runs.")
  Path storyState;

  @Override
  public Integer call() {
    Pipeline pipeline = Pipelines.standard(storyState);
    List<RawArticle> raws = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    new Ingestor().read(inputs, raws::add, problems::add);
    List<Document> docs = new ArrayList<>();
    try (Progress progress = new Progress("analysing", raws.size(), !quiet)) {
      for (RawArticle raw : raws) {
        Document d = pipeline.analyse(raw, problems::add);
        if (d != null) docs.add(d);
        progress.step();
      }
    }
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
      new DigestWriter(out).write(corpus);
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
