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
 * copied-paragraph index of the live window) lives in a file beside the index. Each commit that
 * adds articles writes the state to a new file {@code stories-N.state.gz} first, then names that file
 * in the Lucene commit's user data; the older file is deleted only after the commit. So the commit
 * on disk always names a complete state holding exactly its articles, whatever moment a crash hits.
 */
final class ArchiveStories {
  /** Commit user-data key naming the state file of that commit. */
  static final String COMMIT_KEY = "mizan_stories";
  private static final String PREFIX = "stories-";
  private static final String SUFFIX = ".state.gz";

  private final Path dir;
  private final Recording state;
  private final StoryClusterer clusterer;
  private String committed;

  private ArchiveStories(Path dir, java.io.InputStream saved, String committed) throws IOException {
    this.dir = dir;
    if (saved == null) {
      this.state = new Recording(StoryState.inMemory());
      this.clusterer = new StoryClusterer(this.state);
    } else {
      Recording[] r = new Recording[1];
      this.clusterer = StoryClusterer.restore(saved, StoryClusterer.Params.DEFAULT, s -> r[0] = new Recording(s));
      this.state = r[0];
    }
    this.committed = committed;
  }

  /**
   * The story state of the last commit ({@code file}, null for an archive with no articles yet);
   * state files no commit names (left by a crash between writing one and committing) are deleted.
   */
  static ArchiveStories open(Path dataDir, String file) throws IOException {
    ArchiveStories out;
    if (file == null) {
      out = new ArchiveStories(dataDir, null, null);
    } else {
      Path p = dataDir.resolve(file);
      if (!file.matches(PREFIX + "\\d+" + java.util.regex.Pattern.quote(SUFFIX)) || !Files.isRegularFile(p)) {
        throw new IOException("story state " + p + " named by the last commit is missing");
      }
      try (java.io.InputStream in = new java.io.BufferedInputStream(Files.newInputStream(p))) {
        out = new ArchiveStories(dataDir, in, file);
      } catch (IOException | RuntimeException e) {
        throw new IOException(p + ": not a story state (" + e.getMessage() + ")", e);
      }
    }
    try (Stream<Path> s = Files.list(dataDir)) {
      for (Path p : s.toList()) {
        String n = p.getFileName().toString();
        if (n.startsWith(PREFIX) && !n.equals(file)) Files.deleteIfExists(p);
      }
    }
    return out;
  }

  StoryClusterer clusterer() {
    return clusterer;
  }

  /** The story an article id or story id now belongs to (following merges). */
  StoryCluster story(String id) {
    return state.get(id);
  }

  /** Story ids merged away since the last call, each with the id of the story that absorbed it. */
  Map<String, String> takeMerged() {
    Map<String, String> out = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : state.merged.entrySet()) {
      StoryCluster into = state.get(e.getValue());
      out.put(e.getKey(), into == null ? e.getValue() : into.id());
    }
    state.merged.clear();
    return out;
  }

  /** Writes the state durably to a new file for the commit about to be made; returns its name. */
  String write(long generation) throws IOException {
    String name = PREFIX + generation + SUFFIX;
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
  void committed(String name) {
    String old = committed;
    committed = name;
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
