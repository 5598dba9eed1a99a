package org.mizan.store;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene field names and how each is indexed. One index holds four kinds of records, told apart by
 * {@link #KIND}: articles, stories, entities and quotes; each keeps its full JSON in {@link #JSON}.
 */
final class Fields {
  private Fields() {}

  static final String KIND = "kind";
  static final String DOC = "doc";
  static final String STORY = "story";
  static final String ENTITY = "entity";
  static final String QUOTE = "quote";

  static final String ID = "id";
  static final String JSON = "json";
  static final String URL_KEY = "url_key";
  static final String HASH = "hash";
  static final String OUTLET = "outlet";
  static final String PUBLISHED = "published";
  static final String FIRST_SEEN = "first_seen";
  static final String LAST_SEEN = "last_seen";
  static final String SORT_DATE = "sort_date";
  static final String SEQ = "seq";
  static final String MENTIONS = "mentions";
  static final String TYPE = "type";
  static final String DOCUMENT = "document";
  static final String HEADLINE = "headline";
  static final String BODY = "body";
  static final String NAME = "name";
  static final String SPEAKER = "speaker";
  static final String ENTITIES = "entities";

  /**
   * Lucene's Arabic chain (standard tokenizer, lower case, Arabic normalization, stop words, light
   * stemming) for every analysed field.
   */
  static Analyzer analyzer() {
    return new ArabicAnalyzer();
  }

  static Field key(String name, String value) {
    return new StringField(name, bounded(value), Field.Store.NO);
  }

  static Field storedKey(String name, String value) {
    return new StringField(name, bounded(value), Field.Store.YES);
  }

  /** Lucene terms are limited to 32 KB: a longer key (a hostile URL) is replaced by its hash. */
  static String bounded(String value) {
    return value.length() <= 2000 ? value : "sha256:" + org.mizan.ingest.Ids.sha256(value);
  }

  static Field text(String name, String value) {
    return new TextField(name, value == null ? "" : value, Field.Store.NO);
  }

  static Field stored(String name, String value) {
    return new StoredField(name, value);
  }

  static Field sortDate(String value) {
    return new SortedDocValuesField(SORT_DATE, new BytesRef(value == null ? "" : value));
  }

  static Field number(String name, long value) {
    return new NumericDocValuesField(name, value);
  }
}
