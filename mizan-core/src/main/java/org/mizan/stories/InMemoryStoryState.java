package org.mizan.stories;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.mizan.doc.Json;

/**
 * {@link StoryState} in memory, saved as one gzipped JSON file. Candidate retrieval goes through an
 * inverted index term → live stories whose centroid has that term among its strongest, so an
 * article meets only the few stories it shares vocabulary with, never a scan of all of them.
 */
public final class InMemoryStoryState implements StoryState {
  static final int FORMAT = 1;
  private static final ObjectMapper FILE_MAPPER = Json.mapper().copy()
      .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
      .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
      // sets keep their order (outlets in order of arrival), as they had before saving
      .registerModule(new com.fasterxml.jackson.databind.module.SimpleModule()
          .addAbstractTypeMapping(Set.class, LinkedHashSet.class));

  private final Idf idf;
  private final Map<String, StoryCluster> stories = new LinkedHashMap<>();
  private final Map<String, String> mergedInto = new HashMap<>();
  private final Map<String, Set<StoryCluster>> postings = new HashMap<>();
  private final Set<StoryCluster> live = new LinkedHashSet<>();
  private long order;

  InMemoryStoryState(Idf idf) {
    this.idf = idf;
  }

  @Override
  public Idf idf() {
    return idf;
  }

  @Override
  public StoryCluster get(String id) {
    String at = id;
    for (int i = 0; i < 64 && mergedInto.containsKey(at); i++) at = mergedInto.get(at);
    return stories.get(at);
  }

  @Override
  public Collection<StoryCluster> all() {
    return stories.values();
  }

  @Override
  public List<StoryCluster> candidates(Map<String, Float> query, int queryTerms, int limit) {
    Map<StoryCluster, Double> partial = new LinkedHashMap<>();
    for (String t : Vectors.top(query, queryTerms)) {
      Set<StoryCluster> p = postings.get(t);
      if (p == null) continue;
      float q = query.get(t);
      for (StoryCluster c : p) partial.merge(c, q * c.centroid.getOrDefault(t, 0f) / Math.max(1e-9, c.norm()), Double::sum);
    }
    List<Map.Entry<StoryCluster, Double>> es = new ArrayList<>(partial.entrySet());
    es.sort((a, b) -> {
      int cmp = Double.compare(b.getValue(), a.getValue());
      return cmp != 0 ? cmp : Long.compare(a.getKey().order, b.getKey().order);
    });
    List<StoryCluster> out = new ArrayList<>();
    for (int i = 0; i < es.size() && i < limit; i++) out.add(es.get(i).getKey());
    return out;
  }

  @Override
  public void put(StoryCluster story, int indexedTerms) {
    stories.putIfAbsent(story.id, story);
    live.add(story);
    List<String> now = story.topTerms(indexedTerms);
    for (String t : story.indexed) if (!now.contains(t)) unpost(t, story);
    for (String t : now) postings.computeIfAbsent(t, k -> new LinkedHashSet<>()).add(story);
    story.indexed = now;
  }

  @Override
  public void merged(StoryCluster from, StoryCluster into) {
    for (String t : from.indexed) unpost(t, from);
    from.indexed = List.of();
    live.remove(from);
    stories.remove(from.id);
    mergedInto.put(from.id, into.id);
  }

  @Override
  public void retire(double hours, int maxLive) {
    List<StoryCluster> gone = new ArrayList<>();
    for (StoryCluster c : live) if (c.lastHours < hours) gone.add(c);
    for (StoryCluster c : gone) retire(c);
    if (live.size() > maxLive) {
      List<StoryCluster> byAge = new ArrayList<>(live);
      byAge.sort((a, b) -> Long.compare(a.touched, b.touched));
      for (int i = 0; i < byAge.size() - maxLive; i++) retire(byAge.get(i));
    }
  }

  private void retire(StoryCluster c) {
    for (String t : c.indexed) unpost(t, c);
    c.indexed = List.of();
    c.retired = true;
    c.compact();
    live.remove(c);
  }

  @Override
  public int liveCount() {
    return live.size();
  }

  @Override
  public long nextOrder() {
    return order++;
  }

  private void unpost(String t, StoryCluster c) {
    Set<StoryCluster> p = postings.get(t);
    if (p == null) return;
    p.remove(c);
    if (p.isEmpty()) postings.remove(t);
  }

  /** The saved form: plain fields, so the file is readable JSON. */
  static final class Saved {
    int format = FORMAT;
    long order;
    long seenDocs;
    Map<String, Integer> seen;
    Map<String, String> mergedInto;
    List<StoryCluster> stories;
  }

  @Override
  public void save(Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) Files.createDirectories(parent);
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(tmp))) {
      FILE_MAPPER.writeValue(out, saved());
    }
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
  }

  @Override
  public byte[] toBytes() throws IOException {
    return FILE_MAPPER.writeValueAsBytes(saved());
  }

  /** A state from {@link #toBytes}. */
  static InMemoryStoryState fromBytes(byte[] bytes) throws IOException {
    try {
      return restore(FILE_MAPPER.readValue(bytes, Saved.class));
    } catch (IOException | RuntimeException e) {
      throw new IOException("not a story state (" + e.getClass().getSimpleName() + ")", e);
    }
  }

  private Saved saved() {
    Saved s = new Saved();
    s.order = order;
    s.seenDocs = idf.seenDocs();
    s.seen = new java.util.TreeMap<>(idf.seenCounts());
    s.mergedInto = new java.util.TreeMap<>(mergedInto);
    s.stories = new ArrayList<>(stories.values());
    return s;
  }

  static InMemoryStoryState load(Path file) throws IOException {
    Idf base = Idf.standard();
    if (!Files.exists(file)) return new InMemoryStoryState(base);
    Saved s;
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      s = FILE_MAPPER.readValue(in, Saved.class);
    } catch (IOException | RuntimeException e) {
      throw new IOException("not a story state file (" + e.getClass().getSimpleName() + ")", e);
    }
    return restore(s);
  }

  private static InMemoryStoryState restore(Saved s) throws IOException {
    Idf base = Idf.standard();
    if (s.format != FORMAT) throw new IOException("story state format " + s.format + ", expected " + FORMAT);
    InMemoryStoryState st = new InMemoryStoryState(base);
    base.seenCounts().putAll(s.seen == null ? Map.of() : s.seen);
    base.addSeenDocs(s.seenDocs);
    st.order = s.order;
    if (s.mergedInto != null) st.mergedInto.putAll(s.mergedInto);
    for (StoryCluster c : s.stories) {
      st.stories.put(c.id, c);
      if (c.retired) c.compact(); // states saved before compaction existed
      else st.put(c, StoryClusterer.Params.DEFAULT.indexedTerms());
    }
    return st;
  }
}
