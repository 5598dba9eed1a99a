package org.mizan.store;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.document.Document;

import org.apache.lucene.document.StoredField;
import org.mizan.doc.Json;
import org.mizan.doc.Paragraph;
import org.mizan.stories.Story;

/** Builds the Lucene record of each stored kind (see {@link Fields}). */
final class LuceneRecords {
  private LuceneRecords() {}

  static Document document(org.mizan.doc.Document d, long seq, String story, String url, String hash,
      Set<String> entities) {
    Document doc = base(Fields.DOC, d.id(), Json.line(d));
    if (url != null) doc.add(Fields.key(Fields.URL_KEY, url));
    doc.add(Fields.key(Fields.HASH, hash));
    if (d.outlet() != null) doc.add(Fields.key(Fields.OUTLET, d.outlet()));
    String date = d.published() == null ? null : d.published().value();
    if (date != null) doc.add(Fields.key(Fields.PUBLISHED, date));
    doc.add(Fields.sortDate(date));
    doc.add(Fields.storedKey(Fields.STORY, story));
    for (String e : entities) doc.add(Fields.key(Fields.ENTITY, e));
    doc.add(Fields.text(Fields.HEADLINE, d.headline()));
    doc.add(Fields.text(Fields.BODY, d.paragraphs().stream().map(Paragraph::text).collect(Collectors.joining("\n"))));
    doc.add(new StoredField(Fields.SEQ, Long.toString(seq)));
    doc.add(Fields.number(Fields.SEQ, seq));
    doc.add(Fields.stored(Fields.ENTITIES, Json.line(entities)));
    return doc;
  }

  static Document story(Story s, Collection<String> entities) {
    Document doc = base(Fields.STORY, s.id(), Json.line(s));
    for (String o : s.outlets()) doc.add(Fields.key(Fields.OUTLET, o));
    for (String e : entities) doc.add(Fields.key(Fields.ENTITY, e));
    if (s.firstSeen() != null) doc.add(Fields.key(Fields.FIRST_SEEN, s.firstSeen().substring(0, Math.min(10, s.firstSeen().length()))));
    if (s.lastSeen() != null) doc.add(Fields.storedKey(Fields.LAST_SEEN, s.lastSeen().substring(0, Math.min(10, s.lastSeen().length()))));
    doc.add(Fields.sortDate(s.lastSeen()));
    doc.add(Fields.number(Fields.MENTIONS, s.documents().size()));
    doc.add(Fields.text(Fields.HEADLINE, s.label()));
    doc.add(Fields.stored(Fields.ENTITIES, Json.line(entities)));
    return doc;
  }

  static Document entity(StoredEntity e) {
    Document doc = base(Fields.ENTITY, e.id(), Json.line(e));
    if (e.type() != null) doc.add(Fields.key(Fields.TYPE, e.type()));
    doc.add(Fields.text(Fields.NAME, e.canonical() + "\n" + String.join("\n", e.aliases())));
    doc.add(Fields.number(Fields.MENTIONS, e.mentions()));
    return doc;
  }

  static Document quote(StoredQuote q, long seq) {
    Document doc = base(Fields.QUOTE, q.id(), Json.line(q));
    doc.add(Fields.key(Fields.DOCUMENT, q.document()));
    doc.add(Fields.key(Fields.STORY, q.story()));
    if (q.speakerEntity() != null) doc.add(Fields.key(Fields.ENTITY, q.speakerEntity()));
    var sp = q.quote().speaker();
    String speaker = sp == null ? "" : (sp.canonical() == null ? "" : sp.canonical()) + "\n"
        + (sp.description() == null ? "" : sp.description());
    doc.add(Fields.text(Fields.SPEAKER, speaker));
    doc.add(Fields.sortDate(q.published()));
    doc.add(new StoredField(Fields.SEQ, Long.toString(seq)));
    doc.add(Fields.number(Fields.SEQ, seq));
    return doc;
  }

  private static Document base(String kind, String id, String json) {
    Document doc = new Document();
    doc.add(Fields.key(Fields.KIND, kind));
    doc.add(Fields.storedKey(Fields.ID, id));
    doc.add(new StoredField(Fields.JSON, json));
    return doc;
  }

}
