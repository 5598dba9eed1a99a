package org.mizan.store;

import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.mizan.stories.Idf;
import org.mizan.stories.StoryCluster;
import org.mizan.stories.StoryClusterer;
import org.mizan.stories.StoryState;

/**
 * The archive's story assignment: the core incremental {@link StoryClusterer} (the same as
 * {@code mizan digest}), whose snapshot ({@link StoryClusterer#save}: its {@link StoryState} and the
 * copied-paragraph index of the live window) lives in a file beside the index. Every {@link #every}
 * articles, and on close, the snapshot is written to a new file {@code stories-N.state.gz} (the
 * articles before sequence number N) and synced first, then the Lucene commit names it in its user
 * data; the older file is deleted only after that commit. The commit on disk therefore always names
 * a complete state, and the articles stored after it are replayed (the clusterer is deterministic),
 * whatever moment a crash hits.
 */
final class ArchiveStories {
  /** Commit user-data key naming the state file of that commit. */
  static final String COMMIT_KEY = "mizan_stories";
  /**
   * A new state file is written once this many articles were added since the last one (and on
   * close); system property {@code mizan.stories.every} (tests use small values).
   */
  static int every = Integer.getInteger("mizan.stories.every", 2000);
  /** The clusterer's tuning ({@code StoryClusterer.Params.DEFAULT}; tests change it to force merges). */
  static StoryClusterer.Params params = StoryClusterer.Params.DEFAULT;
  private static final String PREFIX = "stories-";
  private static final String SUFFIX = ".state.gz";

  /** The stored articles from a sequence number on, in sequence order (to replay after a state file). */
  interface Replay {
    List<org.mizan.doc.Document> since(long seq) throws IOException;
  }

  private final Path dir;
  private final Replay replay;
  private Recording state;
  private StoryClusterer clusterer;
  private String committed;
  private long covered;

  private ArchiveStories(Path dir, Replay replay, String committed) {
    this.dir = dir;
    this.replay = replay;
    this.committed = committed;
    this.covered = committed == null ? 0 : Long.parseLong(committed.substring(PREFIX.length(),
        committed.length() - SUFFIX.length()));
  }

  /**
   * The story state of the last commit: {@code file} (null when no state was written yet) covers the
   * articles before its sequence number, the later stored ones are replayed when the clusterer is
   * first needed. State files no commit names (left by a crash between writing one and committing)
   * are deleted.
   */
  static ArchiveStories open(Path dataDir, String file, Replay replay) throws IOException {
    if (file != null) {
      Path p = dataDir.resolve(file);
      if (!file.matches(PREFIX + "\\d+" + java.util.regex.Pattern.quote(SUFFIX)) || !Files.isRegularFile(p)) {
        throw new IOException("story state " + p + " named by the last commit is missing");
      }
    }
    try (Stream<Path> s = Files.list(dataDir)) {
      for (Path p : s.toList()) {
        String n = p.getFileName().toString();
        if (n.startsWith(PREFIX) && !n.equals(file)) Files.deleteIfExists(p);
      }
    }
    return new ArchiveStories(dataDir, replay, file);
  }

  /** The clusterer, loaded on first use: the committed state file, then the articles stored after it. */
  StoryClusterer clusterer() throws IOException {
    if (clusterer != null) return clusterer;
    if (committed == null) {
      state = new Recording(StoryState.inMemory());
      clusterer = new StoryClusterer(state, params);
    } else {
      Path p = dir.resolve(committed);
      Recording[] r = new Recording[1];
      try (java.io.InputStream in = new java.io.BufferedInputStream(Files.newInputStream(p))) {
        clusterer = StoryClusterer.restore(in, params, s -> r[0] = new Recording(s));
      } catch (IOException | RuntimeException e) {
        throw new IOException(p + ": not a story state (" + e.getMessage() + ")", e);
      }
      state = r[0];
      clusterer.startNewRun(); // each opening of the archive is a new run over the stories so far
    }
    // the same articles in the same order: the clusterer is where it was when they were stored
    for (org.mizan.doc.Document d : replay.since(covered)) clusterer.add(d);
    state.merged.clear(); // their merges are stored already
    return clusterer;
  }

  /** True when a new state file should go with the commit that brings the archive to {@code nextSeq}. */
  boolean due(long nextSeq) {
    return clusterer != null && nextSeq - covered >= every;
  }

  /** True when the clusterer holds articles the committed state file does not. */
  boolean dirty(long nextSeq) {
    return clusterer != null && nextSeq > covered;
  }

  /** The story an article id or story id now belongs to (following merges). */
  StoryCluster story(String id) {
    return state.get(id);
  }

  /** Story ids merged away since the last call, each with the id of the story that absorbed it. */
  Map<String, String> takeMerged() {
    Map<String, String> out = new LinkedHashMap<>();
    if (state == null) return out; // not loaded: no article was assigned
    for (Map.Entry<String, String> e : state.merged.entrySet()) {
      StoryCluster into = state.get(e.getValue());
      out.put(e.getKey(), into == null ? e.getValue() : into.id());
    }
    state.merged.clear();
    return out;
  }

  /** Writes the state (articles before {@code nextSeq}) durably to a new file for the next commit; returns its name. */
  String write(long nextSeq) throws IOException {
    String name = PREFIX + nextSeq + SUFFIX;
    if (name.equals(committed)) throw new IllegalStateException("story state " + name + " is the committed one");
    Path file = dir.resolve(name);
    Path tmp = dir.resolve(name + ".tmp");
    try (FileChannel c = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
        StandardOpenOption.WRITE); java.io.OutputStream out = new java.io.BufferedOutputStream(Channels.newOutputStream(c), 1 << 16)) {
      clusterer.save(out);
      out.flush();
      c.force(true);
    }
    Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    syncDirectory(dir);
    return name;
  }

  /** After the commit naming {@code name}: the earlier state file is no longer needed. */
  void committed(String name, long nextSeq) {
    String old = committed;
    committed = name;
    covered = nextSeq;
    try {
      if (old != null && !old.equals(name)) Files.deleteIfExists(dir.resolve(old));
    } catch (IOException e) {
      // a leftover file is harmless: the next open deletes what no commit names
    }
  }

  private static void syncDirectory(Path dir) {
    try (FileChannel c = FileChannel.open(dir, StandardOpenOption.READ)) {
      c.force(true);
    } catch (IOException e) {
      // some file systems cannot sync a directory; the rename is still atomic
    }
  }

  /** Passes everything to the state, noting the stories merged away. */
  private static final class Recording implements StoryState {
    private final StoryState s;
    final Map<String, String> merged = new LinkedHashMap<>();

    Recording(StoryState s) {
      this.s = s;
    }

    @Override
    public Idf idf() {
      return s.idf();
    }

    @Override
    public StoryCluster get(String id) {
      return s.get(id);
    }

    @Override
    public Collection<StoryCluster> all() {
      return s.all();
    }

    @Override
    public List<StoryCluster> candidates(Map<String, Float> query, int queryTerms, int limit) {
      return s.candidates(query, queryTerms, limit);
    }

    @Override
    public void put(StoryCluster story, int indexedTerms) {
      s.put(story, indexedTerms);
    }

    @Override
    public void merged(StoryCluster from, StoryCluster into) {
      merged.put(from.id(), into.id());
      s.merged(from, into);
    }

    @Override
    public void retire(double hours, int maxLive) {
      s.retire(hours, maxLive);
    }

    @Override
    public int liveCount() {
      return s.liveCount();
    }

    @Override
    public long nextOrder() {
      return s.nextOrder();
    }

    @Override
    public void save(Path file) throws IOException {
      s.save(file);
    }

    @Override
    public byte[] toBytes() throws IOException {
      return s.toBytes();
    }
  }
}
