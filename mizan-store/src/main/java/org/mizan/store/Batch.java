package org.mizan.store;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.mizan.doc.Document;
import org.mizan.doc.Json;
import org.mizan.entities.Entity;
import org.mizan.entities.Mention;
import org.mizan.quotes.Quote;
import org.mizan.stories.Story;

/**
 * The Lucene records of one ingest batch: new articles and their quotes are added as they come;
 * the stories and entities they touch are merged with their stored state and rewritten once at
 * the end, all in the same commit.
 */
final class Batch {
  private static final int MAX_ALIASES = 50;
  private static final int MAX_ROLES = 20;

  final List<String> added = new ArrayList<>();
  final List<IngestResult.Duplicate> duplicates = new ArrayList<>();
  final Map<String, StoryRecord> stories = new LinkedHashMap<>();
  private final Map<String, StoredEntity> entities = new LinkedHashMap<>();
  private final Map<String, String> seen = new HashMap<>();
  private final List<org.apache.lucene.document.Document> docs = new ArrayList<>();
  private final IndexSearcher searcher;
  private final StoryJoiner joiner;
  private final Map<String, Entity> runEntities = new HashMap<>();

  /** A story being updated, with the entity ids of its articles. */
  record StoryRecord(Story story, Set<String> entities) {}

  Batch(IndexSearcher searcher, StoryJoiner joiner, List<Entity> runEntities) {
    this.searcher = searcher;
    this.joiner = joiner;
    for (Entity e : runEntities) this.runEntities.put(e.id(), e);
  }

  void add(Document d, long firstSeq) throws IOException {
    String url = Keys.url(d.url());
    String hash = Keys.content(d);
    String[] dup = StoreReader.findExisting(searcher, d.id(), url, hash);
    if (dup == null) dup = seenInBatch(d.id(), url, hash);
    if (dup != null) {
      duplicates.add(new IngestResult.Duplicate(d.id(), d.input(), dup[0], dup[1]));
      return;
    }
    seen.put("id:" + d.id(), d.id());
    if (url != null) seen.put("url:" + url, d.id());
    seen.put("content:" + hash, d.id());
    long seq = firstSeq + added.size();
    added.add(d.id());

    Map<String, Integer> terms = StoryJoiner.terms(d);
    String date = d.published() == null ? null : d.published().value();
    joiner.observe(terms);
    String storyId = joiner.assign(terms, date);
    if (storyId == null) storyId = "s" + d.id();
    joiner.add(storyId, terms, date);

    Map<String, StoredEntity> mentioned = entitiesOf(d);
    for (StoredEntity e : mentioned.values()) entities.merge(e.id(), e, Batch::merge);
    StoryRecord sr = stories.containsKey(storyId) ? stories.get(storyId) : load(storyId);
    stories.put(storyId, join(sr, storyId, d, mentioned.keySet()));

    Document stored = d.withoutRaw();
    docs.add(LuceneRecords.document(stored, seq, storyId, url, hash, mentioned.keySet(), terms));
    for (int i = 0; i < d.quotes().size(); i++) {
      Quote q = d.quotes().get(i);
      StoredQuote sq = new StoredQuote(d.id() + "-q" + i, d.id(), storyId, d.outlet(), date, speakerEntity(q), q);
      docs.add(LuceneRecords.quote(sq, seq));
    }
  }

  /** Writes the articles, then the merged stories and entities. */
  void flush(IndexWriter writer) throws IOException {
    writer.addDocuments(docs);
    for (var e : stories.entrySet()) {
      writer.updateDocument(new Term(Fields.ID, e.getKey()),
          LuceneRecords.story(e.getValue().story(), e.getValue().entities(), joiner.centroid(e.getKey())));
    }
    for (StoredEntity e : entities.values()) {
      StoredEntity old = StoreReader.byId(searcher, Fields.ENTITY, e.id(), StoredEntity.class);
      writer.updateDocument(new Term(Fields.ID, e.id()), LuceneRecords.entity(old == null ? e : merge(old, e)));
    }
  }

  private String[] seenInBatch(String id, String url, String hash) {
    if (seen.containsKey("id:" + id)) return new String[] {seen.get("id:" + id), "id"};
    if (url != null && seen.containsKey("url:" + url)) return new String[] {seen.get("url:" + url), "url"};
    if (seen.containsKey("content:" + hash)) return new String[] {seen.get("content:" + hash), "content"};
    return null;
  }

  private StoryRecord load(String storyId) throws IOException {
    Story s = StoreReader.byId(searcher, Fields.STORY, storyId, Story.class);
    if (s == null) return null;
    String ents = StoreReader.storedField(searcher, Fields.STORY, storyId, Fields.ENTITIES);
    Set<String> ids = ents == null ? new LinkedHashSet<>()
        : new LinkedHashSet<>(Json.mapper().readValue(ents, new TypeReference<List<String>>() {}));
    return new StoryRecord(s, ids);
  }

  private static StoryRecord join(StoryRecord old, String storyId, Document d, Set<String> entityIds) {
    String date = d.published() == null ? null : d.published().value();
    String headline = d.headline() != null ? d.headline() : (d.paragraphs().isEmpty() ? "" : d.paragraphs().get(0).text());
    if (old == null) {
      List<String> outlets = d.outlet() == null ? List.of() : List.of(d.outlet());
      return new StoryRecord(new Story(storyId, headline, List.of(d.id()), outlets, date, date, List.of()),
          new LinkedHashSet<>(entityIds));
    }
    Story s = old.story();
    List<String> docs = new ArrayList<>(s.documents());
    docs.add(d.id());
    List<String> outlets = new ArrayList<>(s.outlets());
    if (d.outlet() != null && !outlets.contains(d.outlet())) outlets.add(d.outlet());
    String first = min(s.firstSeen(), date);
    String last = max(s.lastSeen(), date);
    Set<String> ents = new LinkedHashSet<>(old.entities());
    ents.addAll(entityIds);
    return new StoryRecord(new Story(s.id(), s.label(), docs, outlets, first, last, s.syndication()), ents);
  }

  private Map<String, StoredEntity> entitiesOf(Document d) {
    Map<String, StoredEntity> out = new LinkedHashMap<>();
    for (Mention m : d.mentions()) {
      Entity linked = m.entityId() == null ? null : runEntities.get(m.entityId());
      String name = linked != null ? linked.canonical() : m.text();
      String type = linked != null && linked.type() != null ? linked.type() : m.type();
      if (name == null || name.isBlank()) continue;
      String id = Keys.entity(type, name);
      List<String> aliases = new ArrayList<>();
      aliases.add(m.text());
      if (linked != null) aliases.addAll(linked.aliases());
      List<String> roles = m.role() == null ? List.of() : List.of(m.role());
      StoredEntity e = new StoredEntity(id, name, type, aliases, roles, 1, 1);
      out.merge(id, e, (a, b) -> merge(a, new StoredEntity(b.id(), b.canonical(), b.type(), b.aliases(), b.roles(), 0, 1)));
    }
    return out;
  }

  private String speakerEntity(Quote q) {
    if (q.speaker() == null) return null;
    Entity linked = q.speaker().entityId() == null ? null : runEntities.get(q.speaker().entityId());
    if (linked != null) return Keys.entity(linked.type(), linked.canonical());
    return q.speaker().canonical() == null ? null : Keys.entity("PER", q.speaker().canonical());
  }

  static StoredEntity merge(StoredEntity a, StoredEntity b) {
    Set<String> aliases = new LinkedHashSet<>(a.aliases());
    for (String s : b.aliases()) if (aliases.size() < MAX_ALIASES) aliases.add(s);
    Set<String> roles = new LinkedHashSet<>(a.roles());
    for (String s : b.roles()) if (roles.size() < MAX_ROLES) roles.add(s);
    return new StoredEntity(a.id(), a.canonical(), a.type(), List.copyOf(aliases), List.copyOf(roles),
        a.documents() + b.documents(), a.mentions() + b.mentions());
  }

  private static String min(String a, String b) {
    if (a == null) return b;
    if (b == null) return a;
    return a.compareTo(b) <= 0 ? a : b;
  }

  private static String max(String a, String b) {
    if (a == null) return b;
    if (b == null) return a;
    return a.compareTo(b) >= 0 ? a : b;
  }
}
