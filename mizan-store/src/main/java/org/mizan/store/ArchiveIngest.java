package org.mizan.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.mizan.doc.Document;
import org.mizan.doc.Published;
import org.mizan.doc.RawArticle;
import org.mizan.pipeline.Corpus;
import org.mizan.pipeline.CorpusStage;
import org.mizan.pipeline.Pipeline;
import org.mizan.pipeline.Problem;
import org.mizan.stories.StoryClustering;

/**
 * Incremental ingest into a {@link MizanStore}: articles are buffered into batches; each batch skips
 * what the store already has (same id or URL, before any analysis), runs the document stages (in
 * parallel: they are pure) and the corpus stages over the batch (entity linking, quote speakers),
 * then is stored in one commit, in publication order, where the store's own clusterer assigns the
 * stories. {@code onCommit} hears about a batch only after its commit.
 */
public final class ArchiveIngest {
  private final MizanStore store;
  private final Pipeline pipeline;
  private final int batchSize;
  private final Consumer<IngestResult> onCommit;
  private final Consumer<Problem> problems;
  private final List<RawArticle> pending = new ArrayList<>();
  private long added;
  private long duplicates;
  private long failed;
  private StoreException failure;
  private long analysisNanos;
  private long storeNanos;

  public ArchiveIngest(MizanStore store, Pipeline pipeline, int batchSize, Consumer<IngestResult> onCommit,
      Consumer<Problem> problems) {
    if (batchSize < 1) throw new IllegalArgumentException("batch size must be at least 1");
    this.store = store;
    this.pipeline = pipeline;
    this.batchSize = batchSize;
    this.onCommit = onCommit;
    this.problems = p -> {
      failed++;
      problems.accept(p);
    };
  }

  /**
   * Adds an article to the current batch, storing the batch when it is full. After a store failure
   * further articles are ignored (the reader may go on); {@link #flush} reports the failure.
   */
  public void accept(RawArticle raw) {
    if (failure != null) return;
    pending.add(raw);
    if (pending.size() >= batchSize) flush();
  }

  /** Stores the current batch (a no-op when empty); throws the store's failure if there was one. */
  public void flush() {
    if (failure != null) throw failure;
    if (pending.isEmpty()) return;
    try {
      store();
    } catch (StoreException e) {
      failure = e;
      pending.clear();
      throw e;
    }
  }

  private void store() {
    List<RawArticle> batch = new ArrayList<>(pending);
    pending.clear();
    List<IngestResult.Duplicate> known = new ArrayList<>();
    List<RawArticle> fresh = new ArrayList<>();
    for (RawArticle raw : batch) {
      if (store.known(raw.id(), raw.meta(RawArticle.URL))) {
        known.add(new IngestResult.Duplicate(raw.id(), raw.input(), raw.id(), "id or url"));
      } else {
        fresh.add(raw);
      }
    }
    long t0 = System.nanoTime();
    List<Problem> found = Collections.synchronizedList(new ArrayList<>());
    List<Document> docs = fresh.parallelStream().map(raw -> pipeline.analyse(raw, found::add))
        .filter(Objects::nonNull).map(ArchiveIngest::withContainerHints).toList();
    found.forEach(problems);
    // corpus stages but story clustering: the store assigns stories with its persistent clusterer
    Corpus corpus = Corpus.of(docs);
    for (CorpusStage stage : pipeline.corpusStages()) {
      if (!stage.name().startsWith("stories.")) corpus = stage.apply(corpus);
    }
    long t1 = System.nanoTime();
    // in publication order, as a digest clusters its batch: the clusterer is incremental
    IngestResult r = store.add(StoryClustering.inTimeOrder(corpus.documents()), corpus.entities());
    analysisNanos += t1 - t0;
    storeNanos += System.nanoTime() - t1;
    List<IngestResult.Duplicate> allDups = new ArrayList<>(known);
    allDups.addAll(r.duplicates());
    IngestResult result = new IngestResult(r.added(), allDups, r.stories());
    added += result.added().size();
    duplicates += result.duplicates().size();
    onCommit.accept(result);
  }

  public long added() {
    return added;
  }

  public long duplicates() {
    return duplicates;
  }

  /** Wall time spent analysing (document and corpus stages), in nanoseconds. */
  public long analysisNanos() {
    return analysisNanos;
  }

  /** Wall time spent storing and committing, in nanoseconds. */
  public long storeNanos() {
    return storeNanos;
  }

  public long failed() {
    return failed;
  }

  /**
   * Fills headline, outlet and date from the container's structured metadata (feed, JSON record)
   * where the metadata stage found none: those fields are given by the source, not guessed.
   */
  static Document withContainerHints(Document d) {
    RawArticle raw = d.raw();
    if (raw == null) return d;
    String headline = d.headline() != null ? d.headline() : blankToNull(raw.meta(RawArticle.TITLE));
    String outlet = d.outlet() != null ? d.outlet()
        : blankToNull(raw.meta(RawArticle.SITE_NAME) != null ? raw.meta(RawArticle.SITE_NAME) : raw.meta(RawArticle.SOURCE));
    Published published = d.published();
    if ((published == null || published.value() == null) && raw.meta(RawArticle.PUBLISHED) != null) {
      String iso = isoDate(raw.meta(RawArticle.PUBLISHED));
      if (iso != null) published = new Published(iso, raw.meta(RawArticle.PUBLISHED), 0.9, false);
    }
    if (Objects.equals(headline, d.headline()) && Objects.equals(outlet, d.outlet()) && published == d.published()) {
      return d;
    }
    return d.withMetadata(headline, published, outlet, d.creditedSources(), d.dateline(), d.byline());
  }

  /** {@code 2015-07-21 02:51:32} or ISO forms to {@code 2015-07-21T02:51}; null when not a date. */
  static String isoDate(String s) {
    String t = s.strip();
    if (!t.matches("\\d{4}-\\d{2}-\\d{2}([ T]\\d{2}:\\d{2}.*)?")) return null;
    if (t.length() >= 16) return t.substring(0, 10) + "T" + t.substring(11, 16);
    return t.substring(0, 10);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
