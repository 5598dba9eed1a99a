package org.mizan.store;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.search.TopDocs;
import org.mizan.doc.Document;
import org.mizan.doc.Json;
import org.mizan.doc.Paragraph;
import org.mizan.figures.Figure;
import org.mizan.figures.TextDate;
import org.mizan.stories.Story;
import org.mizan.synthesis.StoryDigest;
import org.mizan.synthesis.Synthesizer;

/** The read side of the store: lookups, filtered lists and search over one committed view. */
final class StoreReader {
  private static final Analyzer ANALYZER = Fields.analyzer();
  private static final int MAX_QUERY_TERMS = 16;
  private static final int SNIPPET = 220;
  private static final Sort NEWEST = new Sort(new SortField(Fields.SORT_DATE, SortField.Type.STRING, true),
      new SortField(Fields.SEQ, SortField.Type.LONG, true));
  private static final Sort LATEST_STORY = new Sort(new SortField(Fields.SORT_DATE, SortField.Type.STRING, true),
      new SortField(Fields.MENTIONS, SortField.Type.LONG, true));
  private static final Sort MOST_MENTIONED = new Sort(new SortField(Fields.MENTIONS, SortField.Type.LONG, true));

  private StoreReader() {}

  /** {existing id, reason} of a stored article with this id, URL key or content hash; else null. */
  static String[] findExisting(IndexSearcher s, String id, String url, String hash) throws IOException {
    if (id != null && s.count(kind(Fields.DOC, new TermQuery(new Term(Fields.ID, id)))) > 0) return new String[] {id, "id"};
    if (url != null) {
      String e = firstId(s, kind(Fields.DOC, new TermQuery(new Term(Fields.URL_KEY, Fields.bounded(url)))));
      if (e != null) return new String[] {e, "url"};
    }
    if (hash != null) {
      String e = firstId(s, kind(Fields.DOC, new TermQuery(new Term(Fields.HASH, hash))));
      if (e != null) return new String[] {e, "content"};
    }
    return null;
  }

  static <T> T byId(IndexSearcher s, String kind, String id, Class<T> type) throws IOException {
    String json = storedField(s, kind, id, Fields.JSON);
    return json == null ? null : Json.mapper().readValue(json, type);
  }

  static String storedField(IndexSearcher s, String kind, String id, String field) throws IOException {
    if (id == null) return null;
    TopDocs top = s.search(kind(kind, new TermQuery(new Term(Fields.ID, id))), 1);
    if (top.scoreDocs.length == 0) return null;
    return s.storedFields().document(top.scoreDocs[0].doc).get(field);
  }

  static MizanStore.Stats stats(IndexSearcher s) throws IOException {
    return new MizanStore.Stats(count(s, Fields.DOC), count(s, Fields.STORY), count(s, Fields.ENTITY),
        count(s, Fields.QUOTE), 0);
  }

  static Page<Story> stories(IndexSearcher s, StoryQuery q, int offset, int limit) throws IOException {
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(kindQuery(Fields.STORY), Occur.FILTER);
    if (q.outlet() != null) b.add(new TermQuery(new Term(Fields.OUTLET, q.outlet())), Occur.FILTER);
    if (q.entity() != null) b.add(new TermQuery(new Term(Fields.ENTITY, q.entity())), Occur.FILTER);
    if (q.to() != null) b.add(TermRangeQuery.newStringRange(Fields.FIRST_SEEN, null, q.to(), true, true), Occur.FILTER);
    if (q.from() != null) b.add(TermRangeQuery.newStringRange(Fields.LAST_SEEN, q.from(), null, true, true), Occur.FILTER);
    if (q.text() != null && !q.text().isBlank()) {
      // stories whose articles match the text
      Query text = textQuery(q.text());
      if (text == null) return new Page<>(List.of(), 0, offset, limit);
      Set<String> ids = new LinkedHashSet<>();
      TopDocs hits = s.search(kind(Fields.DOC, text), 2000);
      for (ScoreDoc sd : hits.scoreDocs) ids.add(s.storedFields().document(sd.doc).get(Fields.STORY));
      if (ids.isEmpty()) return new Page<>(List.of(), 0, offset, limit);
      BooleanQuery.Builder any = new BooleanQuery.Builder();
      int n = 0;
      for (String id : ids) if (n++ < IndexSearcher.getMaxClauseCount() - 1) any.add(new TermQuery(new Term(Fields.ID, id)), Occur.SHOULD);
      b.add(any.build(), Occur.FILTER);
    }
    return page(s, b.build(), LATEST_STORY, offset, limit, Story.class);
  }

  static Page<DocSummary> documents(IndexSearcher s, String story, String outlet, String entity, int offset, int limit)
      throws IOException {
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(kindQuery(Fields.DOC), Occur.FILTER);
    if (story != null) b.add(new TermQuery(new Term(Fields.STORY, story)), Occur.FILTER);
    if (outlet != null) b.add(new TermQuery(new Term(Fields.OUTLET, outlet)), Occur.FILTER);
    if (entity != null) b.add(new TermQuery(new Term(Fields.ENTITY, entity)), Occur.FILTER);
    TopDocs top = s.search(b.build(), offset + limit, NEWEST);
    List<DocSummary> out = new ArrayList<>();
    for (int i = offset; i < top.scoreDocs.length; i++) out.add(summary(s, top.scoreDocs[i].doc, null, 0));
    return new Page<>(out, top.totalHits.value, offset, limit);
  }

  static Page<DocSummary> search(IndexSearcher s, String text, int offset, int limit) throws IOException {
    Query q = textQuery(text);
    if (q == null) return new Page<>(List.of(), 0, offset, limit);
    TopDocs top = s.search(kind(Fields.DOC, q), offset + limit);
    Set<String> terms = analyze(Fields.BODY, text);
    List<DocSummary> out = new ArrayList<>();
    for (int i = offset; i < top.scoreDocs.length; i++) {
      out.add(summary(s, top.scoreDocs[i].doc, terms, top.scoreDocs[i].score));
    }
    return new Page<>(out, top.totalHits.value, offset, limit);
  }

  static Page<StoredEntity> entities(IndexSearcher s, String type, String name, int offset, int limit)
      throws IOException {
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(kindQuery(Fields.ENTITY), Occur.FILTER);
    if (type != null) b.add(new TermQuery(new Term(Fields.TYPE, type)), Occur.FILTER);
    if (name != null && !name.isBlank()) {
      Set<String> terms = analyze(Fields.NAME, name);
      if (terms.isEmpty()) return new Page<>(List.of(), 0, offset, limit);
      for (String t : terms) b.add(new TermQuery(new Term(Fields.NAME, t)), Occur.FILTER);
    }
    return page(s, b.build(), MOST_MENTIONED, offset, limit, StoredEntity.class);
  }

  static Page<StoredQuote> quotes(IndexSearcher s, String speaker, String story, int offset, int limit)
      throws IOException {
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(kindQuery(Fields.QUOTE), Occur.FILTER);
    if (story != null) b.add(new TermQuery(new Term(Fields.STORY, story)), Occur.FILTER);
    if (speaker != null && !speaker.isBlank()) {
      Set<String> terms = analyze(Fields.SPEAKER, speaker);
      if (terms.isEmpty()) return new Page<>(List.of(), 0, offset, limit);
      for (String t : terms) b.add(new TermQuery(new Term(Fields.SPEAKER, t)), Occur.FILTER);
    }
    return page(s, b.build(), NEWEST, offset, limit, StoredQuote.class);
  }

  /** Quotes by an entity (the speaker linked to it). */
  static Page<StoredQuote> quotesOfEntity(IndexSearcher s, String entity, int offset, int limit) throws IOException {
    Query q = kind(Fields.QUOTE, new TermQuery(new Term(Fields.ENTITY, entity)));
    return page(s, q, NEWEST, offset, limit, StoredQuote.class);
  }

  static StoryDetail storyDetail(IndexSearcher s, String id) throws IOException {
    Story story = byId(s, Fields.STORY, id, Story.class);
    if (story == null) return null;
    List<DocSummary> sources = new ArrayList<>();
    List<StoryDetail.TimelineEntry> timeline = new ArrayList<>();
    List<StoryDetail.SourcedFigure> figures = new ArrayList<>();
    List<Document> docs = new ArrayList<>();
    for (String docId : story.documents()) {
      Document d = byId(s, Fields.DOC, docId, Document.class);
      if (d == null) continue;
      docs.add(d);
      String date = d.published() == null ? null : d.published().value();
      sources.add(new DocSummary(d.id(), headline(d), d.outlet(), date, d.url(), id, null, 0));
      timeline.add(new StoryDetail.TimelineEntry(date, "published", headline(d), d.id(), d.outlet()));
      for (TextDate td : d.dates()) {
        if (td.value() != null) timeline.add(new StoryDetail.TimelineEntry(td.value(), "mentioned",
            sentenceAround(d.body(), td.start(), td.end()), d.id(), d.outlet()));
      }
      for (Figure f : d.figures()) figures.add(new StoryDetail.SourcedFigure(d.id(), d.outlet(), f));
    }
    timeline.sort(Comparator.comparing(StoryDetail.TimelineEntry::date, Comparator.nullsLast(Comparator.naturalOrder())));
    List<StoredQuote> quotes = quotes(s, null, id, 0, 500).items();
    List<StoredEntity> entities = new ArrayList<>();
    String ents = storedField(s, Fields.STORY, id, Fields.ENTITIES);
    if (ents != null) {
      for (String e : Json.mapper().readValue(ents, String[].class)) {
        StoredEntity se = byId(s, Fields.ENTITY, e, StoredEntity.class);
        if (se != null) entities.add(se);
      }
      entities.sort(Comparator.comparingInt(StoredEntity::mentions).reversed());
      if (entities.size() > 50) entities = new ArrayList<>(entities.subList(0, 50));
    }
    StoryDigest digest = digest(story, docs);
    if (digest != null) digest = digest.withRelated(StoredRelated.of(s, story, docs));
    return new StoryDetail(story, digest, sources, timeline, quotes, figures, entities);
  }

  /** The story's cited digest, or null when synthesis fails on these articles (the page shows the rest). */
  private static StoryDigest digest(Story story, List<Document> docs) {
    try {
      return Synthesizer.digest(story, docs, List.of());
    } catch (RuntimeException | StackOverflowError e) {
      return null;
    }
  }

  // ---- helpers ----

  /** Every analysed term of the text must occur in the headline or the body; null when no term. */
  static Query textQuery(String text) {
    Set<String> terms = analyze(Fields.BODY, text);
    if (terms.isEmpty()) return null;
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (String t : terms) {
      Query either = new BooleanQuery.Builder()
          .add(new BoostQuery(new TermQuery(new Term(Fields.HEADLINE, t)), 2f), Occur.SHOULD)
          .add(new TermQuery(new Term(Fields.BODY, t)), Occur.SHOULD).build();
      b.add(either, Occur.MUST);
    }
    return b.build();
  }

  static Set<String> analyze(String field, String text) {
    Set<String> out = new LinkedHashSet<>();
    try (TokenStream ts = ANALYZER.tokenStream(field, new StringReader(text))) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken() && out.size() < MAX_QUERY_TERMS) out.add(term.toString());
      ts.end();
    } catch (IOException e) {
      throw new IllegalStateException("analysing a string cannot fail", e);
    }
    return out;
  }

  private static DocSummary summary(IndexSearcher s, int docNum, Set<String> terms, double score) throws IOException {
    var stored = s.storedFields().document(docNum);
    Document d = Json.mapper().readValue(stored.get(Fields.JSON), Document.class);
    String snippet = terms == null ? null : snippet(d, terms);
    return new DocSummary(d.id(), headline(d), d.outlet(), d.published() == null ? null : d.published().value(),
        d.url(), stored.get(Fields.STORY), snippet, score);
  }

  /** The first paragraph containing a query term, cut to a readable length. */
  private static String snippet(Document d, Set<String> terms) {
    for (Paragraph p : d.paragraphs()) {
      Set<String> pt = analyze(Fields.BODY, p.text());
      pt.retainAll(terms);
      if (!pt.isEmpty()) return cut(p.text());
    }
    return d.paragraphs().isEmpty() ? "" : cut(d.paragraphs().get(0).text());
  }

  static String headline(Document d) {
    if (d.headline() != null && !d.headline().isBlank()) return d.headline();
    return d.paragraphs().isEmpty() ? "" : cut(d.paragraphs().get(0).text());
  }

  private static String cut(String t) {
    return t.length() <= SNIPPET ? t : t.substring(0, SNIPPET) + "…";
  }

  private static String sentenceAround(String body, int start, int end) {
    if (start < 0 || end > body.length() || start > end) return "";
    int a = start;
    while (a > 0 && ".!؟?\n".indexOf(body.charAt(a - 1)) < 0 && start - a < 200) a--;
    int b = end;
    while (b < body.length() && ".!؟?\n".indexOf(body.charAt(b)) < 0 && b - end < 200) b++;
    return body.substring(a, Math.min(body.length(), b + (b < body.length() ? 1 : 0))).strip();
  }

  private static <T> Page<T> page(IndexSearcher s, Query q, Sort sort, int offset, int limit, Class<T> type)
      throws IOException {
    TopDocs top = s.search(q, Math.max(1, offset + limit), sort);
    List<T> out = new ArrayList<>();
    for (int i = offset; i < top.scoreDocs.length; i++) {
      out.add(Json.mapper().readValue(s.storedFields().document(top.scoreDocs[i].doc).get(Fields.JSON), type));
    }
    return new Page<>(out, top.totalHits.value, offset, limit);
  }

  private static String firstId(IndexSearcher s, Query q) throws IOException {
    TopDocs top = s.search(q, 1);
    return top.scoreDocs.length == 0 ? null : s.storedFields().document(top.scoreDocs[0].doc).get(Fields.ID);
  }

  private static long count(IndexSearcher s, String kind) throws IOException {
    return s.count(kindQuery(kind));
  }

  private static Query kindQuery(String kind) {
    return new TermQuery(new Term(Fields.KIND, kind));
  }

  private static Query kind(String kind, Query q) {
    return new BooleanQuery.Builder().add(kindQuery(kind), Occur.FILTER).add(q, Occur.MUST).build();
  }
}
