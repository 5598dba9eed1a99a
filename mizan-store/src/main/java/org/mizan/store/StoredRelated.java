package org.mizan.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.mizan.doc.Document;
import org.mizan.stories.RelatedStories;
import org.mizan.stories.Story;

/**
 * The related stories of a stored story, among everything the store holds: the stories of the
 * articles whose headline or text best match its headlines (a Lucene search) are the candidates,
 * and {@link RelatedStories} decides and ranks, as in a digest. Bounded work per request: a fixed
 * number of candidate stories and of articles read for each.
 */
final class StoredRelated {
  /** Articles of other stories read from the search. */
  static final int CANDIDATE_DOCS = 60;
  /** Distinct stories among them that are compared. */
  static final int CANDIDATE_STORIES = 15;
  /** Articles of each candidate story read to compare (its first ones). */
  static final int DOCS_PER_STORY = 8;

  private StoredRelated() {}

  static List<RelatedStories.Link> of(IndexSearcher s, Story story, List<Document> docs) throws IOException {
    Set<String> terms = new LinkedHashSet<>();
    for (Document d : docs) if (d.headline() != null) terms.addAll(StoreReader.analyze(Fields.HEADLINE, d.headline()));
    if (terms.isEmpty()) return List.of();
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (String t : terms) {
      any.add(new TermQuery(new Term(Fields.HEADLINE, t)), Occur.SHOULD);
      any.add(new TermQuery(new Term(Fields.BODY, t)), Occur.SHOULD);
    }
    BooleanQuery q = new BooleanQuery.Builder()
        .add(new TermQuery(new Term(Fields.KIND, Fields.DOC)), Occur.FILTER)
        .add(new TermQuery(new Term(Fields.STORY, story.id())), Occur.MUST_NOT)
        .add(any.build(), Occur.MUST).build();
    Set<String> ids = new LinkedHashSet<>();
    for (ScoreDoc sd : s.search(q, CANDIDATE_DOCS).scoreDocs) {
      String id = s.storedFields().document(sd.doc).get(Fields.STORY);
      if (id != null && ids.size() < CANDIDATE_STORIES) ids.add(id);
    }
    List<Story> stories = new ArrayList<>(List.of(story));
    List<Document> all = new ArrayList<>(docs);
    for (String id : ids) {
      Story other = StoreReader.byId(s, Fields.STORY, id, Story.class);
      if (other == null) continue;
      List<String> first = other.documents().subList(0, Math.min(DOCS_PER_STORY, other.documents().size()));
      for (String docId : first) {
        Document d = StoreReader.byId(s, Fields.DOC, docId, Document.class);
        if (d != null) all.add(d);
      }
      stories.add(other);
    }
    return RelatedStories.of(stories, all, List.of()).getOrDefault(story.id(), List.of());
  }
}
