package org.mizan.store;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.ConcurrentMergeScheduler;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.mizan.doc.Document;
import org.mizan.doc.Json;
import org.mizan.entities.Entity;
import org.mizan.stories.Story;

/**
 * The living archive: an embedded Lucene index under a data directory holding every analysed
 * article, its quotes, the stories and the entities. One process writes (Lucene's write lock); any
 * number read. A batch is visible to readers, and acknowledged to the caller, only after its Lucene
 * commit: a crash at any moment leaves the last commit, with every acknowledged article whole.
 */
public final class MizanStore implements Closeable {
  /** Version of the stored layout, kept in the commit data. */
  public static final String LAYOUT_VERSION = "2";

  private final Path dataDir;
  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final ArchiveStories stories;
  private final ScheduledExecutorService refresher;
  private long nextSeq;
  private volatile boolean broken;
  private static final int DETAIL_CACHE = 2000;
  private final Map<String, StoryDetail> details = new ConcurrentHashMap<>();

  private MizanStore(Path dataDir, Directory directory, IndexWriter writer, SearcherManager searchers,
      ArchiveStories stories, ScheduledExecutorService refresher, long nextSeq) {
    this.dataDir = dataDir;
    this.directory = directory;
    this.writer = writer;
    this.searchers = searchers;
    this.stories = stories;
    this.refresher = refresher;
    this.nextSeq = nextSeq;
  }

  /** Opens (creating if needed) the store under {@code dataDir} for ingesting. */
  public static MizanStore openForWriting(Path dataDir) {
    Path index = dataDir.resolve("index");
    try {
      Files.createDirectories(index);
    } catch (IOException e) {
      throw new StoreException("cannot create data directory " + dataDir + ": " + reason(e), e);
    }
    if (!Files.isWritable(index)) throw new StoreException("data directory " + dataDir + " is read-only");
    return openForWriting(dataDir, open(dataDir, index));
  }

  /** Opens a store for ingesting over a given Lucene directory (tests use this to inject faults). */
  static MizanStore openForWriting(Path dataDir, Directory directory) {
    IndexWriter writer = null;
    try {
      IndexWriterConfig cfg = new IndexWriterConfig(Fields.analyzer())
          .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND).setRAMBufferSizeMB(64)
          .setCommitOnClose(false).setMergeScheduler(new QuietMergeScheduler());
      writer = new IndexWriter(directory, cfg);
      Map<String, String> commit = new HashMap<>();
      if (writer.getLiveCommitData() != null) writer.getLiveCommitData().forEach(e -> commit.put(e.getKey(), e.getValue()));
      if (commit.isEmpty()) {
        commit.put("mizan_layout", LAYOUT_VERSION);
        writer.setLiveCommitData(commit.entrySet());
        writer.commit();
      }
      SearcherManager sm = new SearcherManager(writer, null);
      long seq = nextSeq(sm);
      if (!LAYOUT_VERSION.equals(commit.get("mizan_layout")) && seq > 0) {
        throw new IOException("made by an older Mizan (layout " + commit.get("mizan_layout") + ", stories by another "
            + "method); it can still be served, but ingest into a new --data directory");
      }
      ArchiveStories stories = ArchiveStories.open(dataDir, commit.get(ArchiveStories.COMMIT_KEY),
          from -> storedSince(sm, from));
      return new MizanStore(dataDir, directory, writer, sm, stories, null, seq);
    } catch (LockObtainFailedException e) {
      closeQuietly(directory);
      throw new StoreException("store " + dataDir + " is being written by another process", e);
    } catch (IOException | RuntimeException e) {
      if (writer != null) try { writer.rollback(); } catch (IOException | RuntimeException ignored) { /* closing */ }
      closeQuietly(directory);
      throw new StoreException("cannot open store " + dataDir + " for writing: " + reason(e), e);
    }
  }

  /**
   * Opens an existing store for reading. It picks up the commits of a concurrent ingest every
   * {@code refreshMillis} (0: never).
   */
  public static MizanStore openReadOnly(Path dataDir, long refreshMillis) {
    Path index = dataDir.resolve("index");
    if (!Files.isDirectory(index)) {
      throw new StoreException("no Mizan store in " + dataDir + " (create one with: mizan ingest --data " + dataDir + " ...)");
    }
    Directory dir = open(dataDir, index);
    try {
      SearcherManager sm = new SearcherManager(dir, null);
      ScheduledExecutorService refresher = null;
      if (refreshMillis > 0) {
        refresher = Executors.newSingleThreadScheduledExecutor(r -> {
          Thread t = new Thread(r, "mizan-store-refresh");
          t.setDaemon(true);
          return t;
        });
        refresher.scheduleWithFixedDelay(() -> {
          try {
            sm.maybeRefresh();
          } catch (IOException | RuntimeException e) {
            // keep serving the last good view; the next refresh tries again
          }
        }, refreshMillis, refreshMillis, TimeUnit.MILLISECONDS);
      }
      return new MizanStore(dataDir, dir, null, sm, null, refresher, -1);
    } catch (IndexNotFoundException e) {
      closeQuietly(dir);
      throw new StoreException("no Mizan store in " + dataDir + " (create one with: mizan ingest --data " + dataDir + " ...)", e);
    } catch (IOException | RuntimeException e) {
      closeQuietly(dir);
      throw new StoreException("cannot read store " + dataDir + ": " + reason(e), e);
    }
  }

  private static Directory open(Path dataDir, Path index) {
    try {
      return FSDirectory.open(index);
    } catch (IOException e) {
      throw new StoreException("cannot open store " + dataDir + ": " + reason(e), e);
    }
  }

  /** The stored articles with arrival number {@code from} or later, in arrival order. */
  private static List<Document> storedSince(SearcherManager sm, long from) throws IOException {
    IndexSearcher s = sm.acquire();
    try {
      Query q = new BooleanQuery.Builder().add(new TermQuery(new Term(Fields.KIND, Fields.DOC)), Occur.FILTER)
          .add(NumericDocValuesField.newSlowRangeQuery(Fields.SEQ, from, Long.MAX_VALUE), Occur.FILTER).build();
      int n = s.count(q);
      List<Document> out = new ArrayList<>(n);
      if (n == 0) return out;
      StoredFields fields = s.storedFields();
      for (ScoreDoc sd : s.search(q, n, new Sort(new SortField(Fields.SEQ, SortField.Type.LONG))).scoreDocs) {
        out.add(Json.mapper().readValue(fields.document(sd.doc).get(Fields.JSON), Document.class));
      }
      return out;
    } finally {
      sm.release(s);
    }
  }

  /** The next arrival number: one past the highest stored. */
  private static long nextSeq(SearcherManager sm) throws IOException {
    IndexSearcher s = sm.acquire();
    try {
      TermQuery q = new TermQuery(new Term(Fields.KIND, Fields.DOC));
      TopDocs top = s.search(q, 1, new Sort(new SortField(Fields.SEQ, SortField.Type.LONG, true)));
      if (top.scoreDocs.length == 0) return 0;
      return Long.parseLong(s.storedFields().document(top.scoreDocs[0].doc).get(Fields.SEQ)) + 1;
    } finally {
      sm.release(s);
    }
  }

  public Path dataDir() {
    return dataDir;
  }

  public boolean writable() {
    return writer != null;
  }

  /**
   * True when an article with this id or URL is already stored: lets ingest skip analysing it.
   * (Content duplicates are found by {@link #add} after cleaning.)
   */
  public boolean known(String id, String url) {
    return read(s -> StoreReader.findExisting(s, id, Keys.url(url), null) != null);
  }

  /**
   * Stores a batch of analysed articles and commits. Articles already stored (same id, URL or
   * content) are skipped; new ones join existing stories or open new ones. When this returns, every
   * article in {@link IngestResult#added()} is durable. On failure nothing of the batch is visible
   * and the store must be closed (the on-disk store keeps its last commit).
   *
   * @param entities the run's linked entities, to name the entities of mentions linked to them
   */
  public synchronized IngestResult add(List<Document> documents, List<Entity> entities) {
    if (writer == null) throw new StoreException("store " + dataDir + " is open read-only");
    if (broken) throw new StoreException("store " + dataDir + " failed earlier; reopen it");
    try {
      searchers.maybeRefreshBlocking();
      IndexSearcher searcher = searchers.acquire();
      try {
        Batch batch = new Batch(searcher, stories, entities);
        for (Document d : documents) batch.add(d, nextSeq);
        batch.flush(writer);
        long next = nextSeq + batch.added.size();
        String state = null;
        if (stories.due(next)) {
          // a story state is on disk before the commit that names it
          state = stories.write(next);
          writer.setLiveCommitData(Map.of("mizan_layout", LAYOUT_VERSION, ArchiveStories.COMMIT_KEY, state).entrySet());
        }
        writer.commit();
        nextSeq = next;
        if (state != null) stories.committed(state, next);
        searchers.maybeRefreshBlocking();
        return new IngestResult(batch.added, batch.duplicates, batch.stories);
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException | IllegalStateException e) {
      broken = true;
      Throwable cause = writer.getTragicException() != null ? writer.getTragicException() : e;
      try {
        writer.rollback();
      } catch (IOException | RuntimeException ignored) {
        // the writer is gone either way; the last commit on disk stays intact
      }
      throw new StoreException("cannot write store " + dataDir + ": " + reason(cause), e);
    }
  }

  // ---- reads ----

  /** Runs a read against the current committed view. */
  <T> T read(IOFunction<IndexSearcher, T> f) {
    try {
      IndexSearcher s = searchers.acquire();
      try {
        return f.apply(s);
      } finally {
        searchers.release(s);
      }
    } catch (IOException | AlreadyClosedException e) {
      throw new StoreException("cannot read store " + dataDir + ": " + reason(e), e);
    }
  }

  /** Functional read step that may throw I/O errors. */
  @FunctionalInterface
  interface IOFunction<A, B> {
    B apply(A a) throws IOException;
  }

  public Stats stats() {
    return read(s -> {
      Stats st = StoreReader.stats(s);
      return new Stats(st.documents(), st.stories(), st.entities(), st.quotes(), indexBytes());
    });
  }

  public Page<Story> stories(StoryQuery q, int offset, int limit) {
    return read(s -> StoreReader.stories(s, q, offset, limit));
  }

  public Optional<Story> story(String id) {
    return read(s -> Optional.ofNullable(StoreReader.byId(s, Fields.STORY, id, Story.class)));
  }

  /** The story page; cached per committed view, since the digest is the costliest read. */
  public Optional<StoryDetail> storyDetail(String id) {
    return read(s -> {
      long version = ((DirectoryReader) s.getIndexReader()).getVersion();
      String key = version + "/" + id;
      StoryDetail cached = details.get(key);
      if (cached != null) return Optional.of(cached);
      StoryDetail d = StoreReader.storyDetail(s, id);
      if (d != null) {
        if (details.size() >= DETAIL_CACHE) details.clear();
        details.put(key, d);
      }
      return Optional.ofNullable(d);
    });
  }

  public Optional<Document> document(String id) {
    return read(s -> Optional.ofNullable(StoreReader.byId(s, Fields.DOC, id, Document.class)));
  }

  /** Articles, newest first, optionally of one story, outlet or entity. */
  public Page<DocSummary> documents(String story, String outlet, String entity, int offset, int limit) {
    return read(s -> StoreReader.documents(s, story, outlet, entity, offset, limit));
  }

  /** Full-text search over headlines and bodies with Arabic normalization and stemming. */
  public Page<DocSummary> search(String text, int offset, int limit) {
    return read(s -> StoreReader.search(s, text, offset, limit));
  }

  public Page<StoredEntity> entities(String type, String name, int offset, int limit) {
    return read(s -> StoreReader.entities(s, type, name, offset, limit));
  }

  public Optional<StoredEntity> entity(String id) {
    return read(s -> Optional.ofNullable(StoreReader.byId(s, Fields.ENTITY, id, StoredEntity.class)));
  }

  /** Quotes, newest first, by a speaker (name words, any spelling variant) and/or in a story. */
  public Page<StoredQuote> quotes(String speaker, String story, int offset, int limit) {
    return read(s -> StoreReader.quotes(s, speaker, story, offset, limit));
  }

  /** Quotes whose speaker is linked to an entity, newest first. */
  public Page<StoredQuote> quotesOfEntity(String entity, int offset, int limit) {
    return read(s -> StoreReader.quotesOfEntity(s, entity, offset, limit));
  }

  /** Counts of what is stored. */
  public record Stats(long documents, long stories, long entities, long quotes, long indexBytes) {}

  long indexBytes() throws IOException {
    long n = 0;
    for (String f : directory.listAll()) {
      try {
        n += directory.fileLength(f);
      } catch (IOException e) {
        // a file merged away meanwhile
      }
    }
    return n;
  }

  /** Writes the story state of what was added since the last state file, in a commit of its own. */
  private synchronized void saveStories() {
    if (writer == null || broken || !writer.isOpen() || !stories.dirty(nextSeq)) return;
    try {
      String state = stories.write(nextSeq);
      writer.setLiveCommitData(Map.of("mizan_layout", LAYOUT_VERSION, ArchiveStories.COMMIT_KEY, state).entrySet());
      writer.commit();
      stories.committed(state, nextSeq);
    } catch (IOException | RuntimeException e) {
      // the articles are committed; the next open replays them from the previous state file
    }
  }

  @Override
  public void close() {
    saveStories();
    if (refresher != null) refresher.shutdownNow();
    try {
      searchers.close();
    } catch (IOException | RuntimeException ignored) {
      // closing anyway
    }
    if (writer != null && writer.isOpen()) {
      try {
        writer.close();
      } catch (IOException | RuntimeException e) {
        try { writer.rollback(); } catch (IOException | RuntimeException ignored) { /* closing */ }
      }
    }
    closeQuietly(directory);
  }

  private static void closeQuietly(Closeable c) {
    try {
      c.close();
    } catch (IOException | RuntimeException ignored) {
      // nothing more to do
    }
  }

  /**
   * Background merges whose failure (a full disk) is not printed by the merge thread: the writer
   * keeps it and the next commit reports it as a one-line error.
   */
  private static final class QuietMergeScheduler extends ConcurrentMergeScheduler {
    @Override
    protected void handleMergeException(Throwable exc) {
      // reported through IndexWriter.getTragicException on the next commit
    }
  }

  static String reason(Throwable e) {
    if (e instanceof AccessDeniedException a) return "permission denied: " + a.getFile();
    if (e instanceof FileSystemException f && f.getReason() != null) return f.getReason();
    String m = e.getMessage();
    if (m == null && e.getCause() != null) return reason(e.getCause());
    return m == null ? e.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
  }
}
