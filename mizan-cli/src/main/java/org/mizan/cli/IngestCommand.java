package org.mizan.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.mizan.ingest.Ingestor;
import org.mizan.pipeline.Pipelines;
import org.mizan.store.ArchiveIngest;
import org.mizan.store.MizanStore;
import org.mizan.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code mizan ingest}: analyses articles and adds them to the archive, incrementally. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = {"Analyses articles and adds them to the archive under --data.",
        "Articles already stored (same id, URL or text) are skipped, so re-ingesting is a no-op; new "
            + "articles join existing stories. An article counts as stored only once its batch is committed: "
            + "an interrupted run loses at most the batch in progress."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:at least one article was stored or recognized as already stored",
        "1:nothing could be processed", "2:invalid command line", "3:the store could not be opened or written"})
public final class IngestCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, directories, http(s) URLs, URL-list files or '-' (stdin).")
  List<String> inputs = new ArrayList<>();

  @Option(names = "--data", paramLabel = "DIR", description = "Data directory (default: ${DEFAULT-VALUE}).")
  Path data = Path.of("data");

  @Option(names = "--batch", paramLabel = "N", description = "Articles per commit (default: ${DEFAULT-VALUE}).")
  int batch = 200;

  @Option(names = "--acks", description = "Print the id of every stored article once it is committed.")
  boolean acks;

  @Option(names = {"-q", "--quiet"}, description = "No progress output, even on a terminal.")
  boolean quiet;

  @picocli.CommandLine.Mixin
  UrlOptions urls = new UrlOptions();

  @Override
  public Integer call() {
    if (batch < 1 || batch > 100_000) {
      System.err.println("mizan: --batch must be between 1 and 100000");
      return Mizan.USAGE;
    }
    org.mizan.ingest.UrlFetcher.Options urlOptions = urls.options();
    if (urlOptions == null) return Mizan.USAGE;
    long[] problems = {0};
    try (MizanStore store = MizanStore.openForWriting(data);
        Progress progress = new Progress("ingesting", 0, !quiet)) {
      ArchiveIngest ingest = new ArchiveIngest(store, Pipelines.standard(), batch, r -> {
        for (int i = 0; i < r.added().size() + r.duplicates().size(); i++) progress.step();
        if (acks) {
          r.added().forEach(id -> System.out.println("stored " + id));
          System.out.flush();
        }
      }, p -> {
        problems[0]++;
        System.err.println("mizan: " + p);
      });
      new Ingestor().urls(urlOptions).read(inputs, ingest::accept, p -> {
        problems[0]++;
        System.err.println("mizan: " + p);
      });
      ingest.flush();
      MizanStore.Stats st = store.stats();
      System.out.println("added " + ingest.added() + ", already stored " + ingest.duplicates() + ", failed "
          + problems[0] + "; archive " + data + ": " + st.documents() + " articles, " + st.stories() + " stories");
      return ingest.added() + ingest.duplicates() > 0 ? Mizan.OK : Mizan.NOTHING_PROCESSED;
    } catch (StoreException e) {
      System.err.println("mizan: " + e.getMessage());
      return Mizan.FAILURE;
    }
  }
}
