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
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.mizan.doc.Document;
import org.mizan.doc.Json;
import org.mizan.entities.Entity;
import org.mizan.entities.Mention;
import org.mizan.quotes.Quote;
import org.mizan.stories.Story;
import org.mizan.stories.StoryRecords;

/**
 * The Lucene records of one ingest batch: each new article is assigned its story by the archive's
 * story clusterer as it comes; at the end the articles, their quotes, the stories they touched
 * (as the clusterer now has them) and their entities are written, all in the same commit.
 */
final class Batch {
  private static final int MAX_ALIASES = 50;
  private static final int MAX_ROLES = 20;

  final List<String> added = new ArrayList<>();
  final List<IngestResult.Duplicate> duplicates = new ArrayList<>();
  /** Ids of the stories written by this batch (after merges), in first-touched order. */
  final List<String> stories = new ArrayList<>();
  private final Map<String, StoredEntity> entities = new LinkedHashMap<>();
  private final Map<String, String> seen = new HashMap<>();
  private final List<Pending> pending = new ArrayList<>();
  private final IndexSearcher searcher;
  private final ArchiveStories storyState;
  private final Map<String, Entity> runEntities = new HashMap<>();

  /** An article waiting for the batch's final story ids (a later article may merge its story). */
  private record Pending(Document doc, long seq, String story, String url, String hash, Set<String> entities) {}

  Batch(IndexSearcher searcher, ArchiveStories storyState, List<Entity> runEntities) {
    this.searcher = searcher;
    this.storyState = storyState;
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
    String storyId = storyState.clusterer().add(d);
    Map<String, StoredEntity> mentioned = entitiesOf(d);
    for (StoredEntity e : mentioned.values()) entities.merge(e.id(), e, Batch::merge);
    pending.add(new Pending(withArchiveIds(d.withoutRaw()), seq, storyId, url, hash, mentioned.keySet()));
  }

  /**
   * Writes the articles and their quotes under their final story, re-points the stored articles of
   * stories merged away, then rewrites every story touched (with its syndication groups) and entity.
   */
  void flush(IndexWriter writer) throws IOException {
    Map<String, Set<String>> storyEntities = new LinkedHashMap<>();
    for (Map.Entry<String, String> m : storyState.takeMerged().entrySet()) {
      String gone = m.getKey();
      String into = m.getValue();
      entitiesOf(storyEntities, into).addAll(storedStoryEntities(gone));
      writer.deleteDocuments(new Term(Fields.ID, gone));
      repoint(writer, gone, into);
    }
    for (Pending p : pending) {
      String storyId = storyState.story(p.story()).id();
      entitiesOf(storyEntities, storyId).addAll(p.entities());
      writer.addDocument(LuceneRecords.document(p.doc(), p.seq(), storyId, p.url(), p.hash(), p.entities()));
      Document d = p.doc();
      String date = d.published() == null ? null : d.published().value();
      for (int i = 0; i < d.quotes().size(); i++) {
        Quote q = d.quotes().get(i);
        writer.addDocument(LuceneRecords.quote(
            new StoredQuote(d.id() + "-q" + i, d.id(), storyId, d.outlet(), date, storedSpeaker(q), q), p.seq()));
      }
    }
    for (Map.Entry<String, Set<String>> e : storyEntities.entrySet()) {
      Story s = StoryRecords.of(storyState.story(e.getKey()));
      stories.add(s.id());
      writer.updateDocument(new Term(Fields.ID, s.id()), LuceneRecords.story(s, e.getValue()));
    }
    for (StoredEntity e : entities.values()) {
      StoredEntity old = StoreReader.byId(searcher, Fields.ENTITY, e.id(), StoredEntity.class);
      writer.updateDocument(new Term(Fields.ID, e.id()), LuceneRecords.entity(old == null ? e : merge(old, e)));
    }
  }

  /** The entity ids of a story: those already stored with it, then the batch's. */
  private Set<String> entitiesOf(Map<String, Set<String>> storyEntities, String storyId) throws IOException {
    Set<String> ents = storyEntities.get(storyId);
    if (ents == null) {
      ents = new LinkedHashSet<>(storedStoryEntities(storyId));
      storyEntities.put(storyId, ents);
    }
    return ents;
  }

  private List<String> storedStoryEntities(String storyId) throws IOException {
    String ents = StoreReader.storedField(searcher, Fields.STORY, storyId, Fields.ENTITIES);
    return ents == null ? List.of() : Json.mapper().readValue(ents, new TypeReference<List<String>>() {});
  }

  /** Rewrites the stored articles and quotes of story {@code from} as members of {@code to}. */
  private void repoint(IndexWriter writer, String from, String to) throws IOException {
    for (String kind : List.of(Fields.DOC, Fields.QUOTE)) {
      Query q = new BooleanQuery.Builder().add(new TermQuery(new Term(Fields.KIND, kind)), Occur.FILTER)
          .add(new TermQuery(new Term(Fields.STORY, from)), Occur.FILTER).build();
      for (ScoreDoc sd : searcher.search(q, Math.max(1, searcher.count(q))).scoreDocs) {
        org.apache.lucene.document.Document r = searcher.storedFields().document(sd.doc);
        String json = r.get(Fields.JSON);
        long seq = Long.parseLong(r.get(Fields.SEQ));
        org.apache.lucene.document.Document rewritten;
        if (kind.equals(Fields.DOC)) {
          Document d = Json.mapper().readValue(json, Document.class);
          String ents = r.get(Fields.ENTITIES);
          Set<String> entityIds = ents == null ? Set.of()
              : new LinkedHashSet<>(Json.mapper().readValue(ents, new TypeReference<List<String>>() {}));
          rewritten = LuceneRecords.document(d, seq, to, Keys.url(d.url()), Keys.content(d), entityIds);
        } else {
          StoredQuote o = Json.mapper().readValue(json, StoredQuote.class);
          rewritten = LuceneRecords.quote(
              new StoredQuote(o.id(), o.document(), to, o.outlet(), o.published(), o.speakerEntity(), o.quote()), seq);
        }
        writer.updateDocument(new Term(Fields.ID, r.get(Fields.ID)), rewritten);
      }
    }
  }

  private String[] seenInBatch(String id, String url, String hash) {
    if (seen.containsKey("id:" + id)) return new String[] {seen.get("id:" + id), "id"};
    if (url != null && seen.containsKey("url:" + url)) return new String[] {seen.get("url:" + url), "url"};
    if (seen.containsKey("content:" + hash)) return new String[] {seen.get("content:" + hash), "content"};
    return null;
  }

  private Map<String, StoredEntity> entitiesOf(Document d) {
    Map<String, StoredEntity> out = new LinkedHashMap<>();
    for (Mention m : d.mentions()) {
      Named n = named(m);
      if (n == null) continue;
      // the run's linked forms are clitic-free (بوتين, not the printed لبوتين); the canonical is no alias
      List<String> aliases = new ArrayList<>();
      if (n.linked() != null) aliases.addAll(n.linked().aliases());
      else if (!m.text().equals(n.name())) aliases.add(m.text());
      List<String> roles = m.role() == null ? List.of() : List.of(m.role());
      StoredEntity e = new StoredEntity(n.id(), n.name(), n.type(), aliases, roles, 1, 1);
      out.merge(n.id(), e, (a, b) -> merge(a, new StoredEntity(b.id(), b.canonical(), b.type(), b.aliases(), b.roles(), 0, 1)));
    }
    return out;
  }

  /** What a mention names in the archive: its run entity (or null), name, type and archive id. */
  private record Named(Entity linked, String name, String type, String id) {}

  /** The archive's reading of a mention (its run entity's canonical name, or its own text), or null without a name. */
  private Named named(Mention m) {
    Entity linked = m.entityId() == null ? null : runEntities.get(m.entityId());
    String name = linked != null ? linked.canonical() : m.text();
    String type = linked != null && linked.type() != null ? linked.type() : m.type();
    return name == null || name.isBlank() ? null : new Named(linked, name, type, Keys.entity(type, name));
  }

  /**
   * The document as stored: its mentions' and quote speakers' entity ids are the archive's (those of
   * {@code /api/entities/{id}}), not the ingest run's, which mean nothing once the run is over.
   */
  private Document withArchiveIds(Document d) {
    List<Mention> mentions = new ArrayList<>(d.mentions().size());
    for (Mention m : d.mentions()) {
      Named n = named(m);
      mentions.add(new Mention(m.start(), m.end(), m.text(), m.type(), n == null ? null : n.id(), m.role(), m.canonical()));
    }
    List<Quote> quotes = new ArrayList<>(d.quotes().size());
    for (Quote q : d.quotes()) {
      Quote.Speaker sp = q.speaker();
      if (sp != null && sp.entityId() != null) {
        sp = new Quote.Speaker(sp.canonical(), sp.description(), speakerEntity(q));
      }
      quotes.add(new Quote(sp, q.text(), q.kind(), q.cue(), q.medium(), q.start(), q.end()));
    }
    return d.withMentions(mentions).withQuotes(quotes);
  }

  /** The archive id of a run quote's linked speaker, or null. */
  private String speakerEntity(Quote q) {
    Entity linked = runEntities.get(q.speaker().entityId());
    return linked == null ? null : Keys.entity(linked.type(), linked.canonical());
  }

  /**
   * The speaker id a stored quote is found by: its linked entity (already an archive id, see
   * {@link #withArchiveIds}), else the person its name would be.
   */
  private static String storedSpeaker(Quote q) {
    if (q.speaker() == null) return null;
    if (q.speaker().entityId() != null) return q.speaker().entityId();
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
}
